import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { _parseWithGrammar, parseDate } from "./parse-date.js";

const ZONES = ["UTC", "Europe/Moscow", "America/New_York", "Asia/Beirut", "America/Santiago", "Pacific/Chatham"];
const pad = (n: number, w = 2) => String(n).padStart(w, "0");

// A plain date of any precision, valid or not (day 0..31, month 0..13), with a qualifier.
const plain = fc
  .tuple(
    fc.integer({ min: 1000, max: 2100 }),
    fc.option(fc.integer({ min: 0, max: 13 })),
    fc.option(fc.integer({ min: 0, max: 31 })),
    fc.constantFrom("", "?", "~", "%"),
  )
  .map(([y, m, d, q]) => `${pad(y, 4)}${m === null ? "" : `-${pad(m)}${d === null ? "" : `-${pad(d)}`}`}${q}`);

describe("parseDate's fast path for plain dates", () => {
  it("parseDate(plain date) gives exactly what the EDTF grammar gives, in every zone", () => {
    fc.assert(
      fc.property(plain, fc.constantFrom(...ZONES), (text, zone) => {
        const fast = parseDate(text, zone);
        const slow = _parseWithGrammar(text, zone);
        expect(fast.ok).toBe(slow.ok);
        if (fast.ok && slow.ok) expect(fast.date).toEqual(slow.date);
      }),
      { numRuns: 3000 },
    );
  });

  it("parseDate(interval of plain dates, open ends included) agrees with the grammar", () => {
    const end = fc.oneof(plain, fc.constant(".."), fc.constant(""));
    fc.assert(
      fc.property(end, end, fc.constantFrom(...ZONES), (a, b, zone) => {
        const text = `${a}/${b}`;
        const fast = parseDate(text, zone);
        const slow = _parseWithGrammar(text, zone);
        expect(fast.ok, text).toBe(slow.ok);
        if (fast.ok && slow.ok) expect(fast.date).toEqual(slow.date);
      }),
      { numRuns: 2000 },
    );
  });
});
