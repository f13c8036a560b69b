import { describe, expect, it } from "vitest";
import type { FuzzyDate } from "./fuzzy-date.js";
import { parseDate } from "./parse-date.js";

const iso = (ms: number) => (Number.isFinite(ms) ? new Date(ms).toISOString() : String(ms));

/** The date, or a test failure naming the problem. */
function date(input: string | number, timezone?: string): FuzzyDate {
  const result = parseDate(input, timezone);
  if (!result.ok) throw new Error(`expected ${input} to parse: ${result.problem.message}`);
  return result.date;
}

/** Earliest and latest instants as ISO strings. */
function span(input: string | number, timezone?: string): [string, string] {
  const d = date(input, timezone);
  return [iso(d.earliest), iso(d.latest)];
}

function problem(input: string, timezone?: string) {
  const result = parseDate(input, timezone);
  if (result.ok) throw new Error(`expected ${input} to be refused`);
  return result.problem;
}

describe("parseDate: precisions", () => {
  it('parseDate("2025") keeps year precision and spans the whole year', () => {
    expect(date("2025").precision).toBe("year");
    expect(span("2025")).toEqual(["2025-01-01T00:00:00.000Z", "2025-12-31T23:59:59.999Z"]);
  });

  it("parseDate(2025) reads a bare year number as YAML gives it", () => {
    expect(date(2025)).toMatchObject({ precision: "year", input: "2025" });
    expect(span(2025)).toEqual(span("2025"));
  });

  it('parseDate("2025-09") keeps month precision: the whole of September, never the 1st', () => {
    expect(date("2025-09").precision).toBe("month");
    expect(span("2025-09")).toEqual(["2025-09-01T00:00:00.000Z", "2025-09-30T23:59:59.999Z"]);
  });

  it('parseDate("2025-02") ends on the 28th and "2024-02" on the 29th', () => {
    expect(span("2025-02")[1]).toBe("2025-02-28T23:59:59.999Z");
    expect(span("2024-02")[1]).toBe("2024-02-29T23:59:59.999Z");
  });

  it('parseDate("2025-09-05") keeps day precision', () => {
    expect(date("2025-09-05").precision).toBe("day");
    expect(span("2025-09-05")).toEqual(["2025-09-05T00:00:00.000Z", "2025-09-05T23:59:59.999Z"]);
  });

  it('parseDate("2025-09-05T11:30+10:00") keeps minute precision and applies the offset', () => {
    expect(date("2025-09-05T11:30+10:00").precision).toBe("minute");
    expect(span("2025-09-05T11:30+10:00")).toEqual(["2025-09-05T01:30:00.000Z", "2025-09-05T01:30:59.999Z"]);
  });

  it("parseDate(minute with Z or a negative offset) reads the offset", () => {
    expect(span("2025-09-05T11:30Z")[0]).toBe("2025-09-05T11:30:00.000Z");
    expect(span("2025-09-05T11:30-04:00")[0]).toBe("2025-09-05T15:30:00.000Z");
  });

  it("parseDate(minute with an offset) ignores the chronicle time zone", () => {
    expect(span("2025-09-05T11:30+10:00", "America/New_York")).toEqual(span("2025-09-05T11:30+10:00"));
  });

  it("parseDate(minute without an offset) is read in the chronicle time zone", () => {
    expect(span("2025-09-05T11:30", "Europe/Moscow")).toEqual(["2025-09-05T08:30:00.000Z", "2025-09-05T08:30:59.999Z"]);
    expect(span("2025-09-05T11:30")).toEqual(["2025-09-05T11:30:00.000Z", "2025-09-05T11:30:59.999Z"]);
  });

  it("parseDate(seconds) keeps second precision", () => {
    expect(date("2025-09-05T11:30:15Z").precision).toBe("second");
    expect(span("2025-09-05T11:30:15Z")).toEqual(["2025-09-05T11:30:15.000Z", "2025-09-05T11:30:15.999Z"]);
  });

  it('parseDate("2025-09-05", "Europe/Moscow") is the Moscow day', () => {
    expect(span("2025-09-05", "Europe/Moscow")).toEqual(["2025-09-04T21:00:00.000Z", "2025-09-05T20:59:59.999Z"]);
  });

  it('parseDate("2025", "Europe/Moscow") is the Moscow year', () => {
    expect(span("2025", "Europe/Moscow")).toEqual(["2024-12-31T21:00:00.000Z", "2025-12-31T20:59:59.999Z"]);
  });

  it("parseDate(years 0000–0099) keeps the year (Date.UTC would read 50 as 1950)", () => {
    expect(span("0050")[0]).toBe("0050-01-01T00:00:00.000Z");
    expect(span("0000")[0]).toBe("0000-01-01T00:00:00.000Z");
    expect(span("0099-12")[1]).toBe("0099-12-31T23:59:59.999Z");
  });

  it("parseDate keeps the input as written (trimmed)", () => {
    expect(date(" 2025-09 ").input).toBe("2025-09");
  });
});

describe("parseDate: daylight saving time", () => {
  it("parseDate(the spring-forward day in New York) lasts 23 hours", () => {
    const d = date("2025-03-09", "America/New_York");
    expect([iso(d.earliest), iso(d.latest)]).toEqual(["2025-03-09T05:00:00.000Z", "2025-03-10T03:59:59.999Z"]);
    expect(d.latest + 1 - d.earliest).toBe(23 * 3_600_000);
  });

  it("parseDate(the fall-back day in New York) lasts 25 hours", () => {
    const d = date("2025-11-02", "America/New_York");
    expect([iso(d.earliest), iso(d.latest)]).toEqual(["2025-11-02T04:00:00.000Z", "2025-11-03T04:59:59.999Z"]);
    expect(d.latest + 1 - d.earliest).toBe(25 * 3_600_000);
  });

  it("parseDate(a month across a DST change) starts and ends at local midnight", () => {
    expect(span("2025-03", "America/New_York")).toEqual(["2025-03-01T05:00:00.000Z", "2025-04-01T03:59:59.999Z"]);
  });

  it("parseDate(a time skipped by spring forward) moves forward by the jump (02:30 → 03:30 EDT)", () => {
    expect(span("2025-03-09T02:30", "America/New_York")[0]).toBe("2025-03-09T07:30:00.000Z");
  });

  it("parseDate(a time that occurs twice at fall back) is its first occurrence", () => {
    expect(span("2025-11-02T01:30", "America/New_York")[0]).toBe("2025-11-02T05:30:00.000Z");
    expect(span("2025-10-26T02:30", "Europe/Berlin")[0]).toBe("2025-10-26T00:30:00.000Z");
  });

  it("parseDate(a day whose midnight DST skips) starts when the day does (Santiago, Beirut)", () => {
    // Chile springs forward at 24:00 on 6 September 2025: the 7th starts at 01:00 (-03).
    expect(span("2025-09-07", "America/Santiago")).toEqual(["2025-09-07T04:00:00.000Z", "2025-09-08T02:59:59.999Z"]);
    expect(span("2025-09-06", "America/Santiago")[1]).toBe("2025-09-07T03:59:59.999Z");
    // Lebanon springs forward at 00:00 on 30 March 2025.
    expect(span("2025-03-30", "Asia/Beirut")).toEqual(["2025-03-29T22:00:00.000Z", "2025-03-30T20:59:59.999Z"]);
    expect(span("2025-03-29", "Asia/Beirut")[1]).toBe("2025-03-29T21:59:59.999Z");
  });

  it("parseDate(consecutive days across a DST change) leave no gap and no overlap", () => {
    for (const zone of ["America/New_York", "Europe/Moscow", "America/Santiago", "Asia/Beirut", "America/Havana"]) {
      let previous = date("2025-01-01", zone);
      for (let day = 1; day < 365; day++) {
        const text = new Date(Date.UTC(2025, 0, 1 + day)).toISOString().slice(0, 10);
        const next = date(text, zone);
        expect(next.earliest, `${zone} ${text}`).toBe(previous.latest + 1);
        previous = next;
      }
    }
  }, 30_000);
});

describe("parseDate: intervals and open ends", () => {
  it('parseDate("2025-09-03/2025-09-06") spans from the first to the end of the last day', () => {
    const d = date("2025-09-03/2025-09-06");
    expect(d.interval).toBe(true);
    expect(d.precision).toBe("day");
    expect(span("2025-09-03/2025-09-06")).toEqual(["2025-09-03T00:00:00.000Z", "2025-09-06T23:59:59.999Z"]);
  });

  it("parseDate(interval of mixed precision) keeps each end's precision", () => {
    const d = date("2025-08/2025-09-05");
    expect(d.start?.precision).toBe("month");
    expect(d.end?.precision).toBe("day");
    expect([iso(d.earliest), iso(d.latest)]).toEqual(["2025-08-01T00:00:00.000Z", "2025-09-05T23:59:59.999Z"]);
  });

  it("parseDate(interval of one month) is accepted (start and end may coincide)", () => {
    expect(span("2025-09/2025-09")).toEqual(span("2025-09"));
  });

  it('parseDate("../2025-09") is open at the start: earliest is -Infinity', () => {
    const d = date("../2025-09");
    expect(d.start).toBeNull();
    expect(d.earliest).toBe(Number.NEGATIVE_INFINITY);
    expect(iso(d.latest)).toBe("2025-09-30T23:59:59.999Z");
    expect(d.precision).toBe("month");
  });

  it('parseDate("2025-09/..") is open at the end: latest is +Infinity', () => {
    const d = date("2025-09/..");
    expect(d.end).toBeNull();
    expect(iso(d.earliest)).toBe("2025-09-01T00:00:00.000Z");
    expect(d.latest).toBe(Number.POSITIVE_INFINITY);
  });

  it('parseDate("2025-09/") (unknown end) is open at the end too', () => {
    const d = date("2025-09/");
    expect(d.end).toBeNull();
    expect(d.latest).toBe(Number.POSITIVE_INFINITY);
  });

  it('parseDate("../..") is refused: a date needs at least one end', () => {
    expect(problem("../..")).toEqual({
      message: 'interval "../.." is open at both ends',
      hint: "give at least one end, e.g. 2025-09/..",
    });
  });

  it("parseDate(interval that ends before it starts) is refused with a hint to swap", () => {
    expect(problem("2025-09-06/2025-09-03")).toEqual({
      message: 'interval "2025-09-06/2025-09-03" ends before it starts',
      hint: "write the earlier date first: start/end",
    });
  });

  it("parseDate(interval across a DST change in the chronicle zone) places each end in its own offset", () => {
    expect(span("2025-03-08/2025-03-10", "America/New_York")).toEqual([
      "2025-03-08T05:00:00.000Z",
      "2025-03-11T03:59:59.999Z",
    ]);
  });
});

describe("parseDate: qualifiers", () => {
  it('parseDate("2025-09-05?") is uncertain, not approximate', () => {
    expect(date("2025-09-05?")).toMatchObject({ uncertain: true, approximate: false, precision: "day" });
  });

  it('parseDate("2025-09~") is approximate, not uncertain, and keeps its span', () => {
    expect(date("2025-09~")).toMatchObject({ uncertain: false, approximate: true, precision: "month" });
    expect(span("2025-09~")).toEqual(span("2025-09"));
  });

  it('parseDate("2025-09%") is both uncertain and approximate', () => {
    expect(date("2025-09%")).toMatchObject({ uncertain: true, approximate: true });
  });

  it("parseDate(a plain date) is neither uncertain nor approximate", () => {
    expect(date("2025-09-05")).toMatchObject({ uncertain: false, approximate: false });
  });

  it("parseDate(interval with a qualified end) carries the qualifier to the whole date", () => {
    const d = date("2025-09-03/2025-09-06?");
    expect(d.uncertain).toBe(true);
    expect(d.start?.uncertain).toBe(false);
    expect(d.end?.uncertain).toBe(true);
  });
});

describe("parseDate: invalid dates", () => {
  it('parseDate("2025-13") says there is no month 13', () => {
    expect(problem("2025-13")).toEqual({
      message: 'invalid date "2025-13": there is no month 13',
      hint: "months run from 01 to 12",
    });
  });

  it('parseDate("2025-00") says there is no month 00', () => {
    expect(problem("2025-00").message).toBe('invalid date "2025-00": there is no month 00');
  });

  it('parseDate("2025-02-30") says February has no day 30', () => {
    expect(problem("2025-02-30")).toEqual({
      message: 'invalid date "2025-02-30": 2025-02 has no day 30',
      hint: "check the day of the month",
    });
  });

  it('parseDate("2025-04-31") says April has no day 31', () => {
    expect(problem("2025-04-31").message).toBe('invalid date "2025-04-31": 2025-04 has no day 31');
  });

  it('parseDate("2025-02-29") is refused (2025 is not a leap year), never read as 1 March', () => {
    expect(problem("2025-02-29")).toEqual({
      message: 'invalid date "2025-02-29": 2025-02 has no day 29 (2025 is not a leap year)',
      hint: "check the day of the month",
    });
    expect(problem("1900-02-29").message).toContain("1900 is not a leap year");
  });

  it('parseDate("2024-02-29") is accepted (2024 is a leap year), as is 2000-02-29', () => {
    expect(span("2024-02-29")[0]).toBe("2024-02-29T00:00:00.000Z");
    expect(span("2000-02-29")[0]).toBe("2000-02-29T00:00:00.000Z");
  });

  it("parseDate(an interval with an impossible end) names the impossible day", () => {
    expect(problem("2025-02-01/2025-02-29").message).toBe(
      'invalid date "2025-02-01/2025-02-29": 2025-02 has no day 29 (2025 is not a leap year)',
    );
  });

  it('parseDate("2025-09-05T25:00") blames the time, not the day', () => {
    const p = problem("2025-09-05T25:00");
    expect(p.message).toBe('invalid date "2025-09-05T25:00": the time "25:00" is not hh:mm with an optional offset');
    expect(p.hint).toContain("00:00 to 23:59");
  });

  it('parseDate("2025-09-05 11:30") asks for a "T" before the time', () => {
    expect(problem("2025-09-05 11:30")).toEqual({
      message: 'invalid date "2025-09-05 11:30": the time must follow a "T"',
      hint: "write e.g. 2025-09-05T11:30",
    });
  });

  it("parseDate(a season) is refused as unsupported, with examples of what is", () => {
    const p = problem("2025-21");
    expect(p.message).toBe('unsupported date "2025-21": Briefline reads years, months, days, times and intervals');
    expect(p.hint).toContain("seasons");
    expect(p.hint).toContain("2025-09-05");
  });

  it("parseDate(unspecified digits, sets) is refused as unsupported", () => {
    expect(problem("2025-XX").message).toMatch(/^unsupported date/);
    expect(problem("[2025,2026]").message).toMatch(/^unsupported date/);
    expect(problem("{2025,2026}").message).toMatch(/^unsupported date|^invalid date/);
  });

  it("parseDate(text that is no date) says so and shows examples", () => {
    expect(problem("yesterday")).toEqual({
      message: 'invalid date "yesterday"',
      hint: "write an EDTF date such as 2025, 2025-09, 2025-09-05, 2025-09-05T11:30+10:00, 2025-09-03/2025-09-06, 2025-09~ or 2025-09-05?",
    });
    expect(problem("2025-9").message).toBe('invalid date "2025-9"');
  });

  it('parseDate("") is refused as empty', () => {
    expect(problem("").message).toBe("empty date");
    expect(problem("   ").message).toBe("empty date");
  });

  it("parseDate never throws, whatever the text", () => {
    for (const text of [
      "/",
      "//",
      "2025/2026/2027",
      "T",
      "2025-09-05T",
      "-",
      "\u0000",
      "9".repeat(400),
      "2025-09-05T11:30+99:99",
    ]) {
      expect(() => parseDate(text)).not.toThrow();
    }
  });
});

describe("parseDate: results are shared safely", () => {
  it("parseDate returns the same answer for the same text and zone, and a different one for another zone", () => {
    expect(parseDate("2025-09-05", "Europe/Moscow")).toEqual(parseDate("2025-09-05", "Europe/Moscow"));
    expect(span("2025-09-05", "Europe/Moscow")).not.toEqual(span("2025-09-05", "UTC"));
  });
});

describe("parseDate: work is bounded before the EDTF grammar (issue 11)", () => {
  it("parseDate(a set of 32,000 dates) is refused at once, naming the notation", () => {
    const started = performance.now();
    const p = problem(`{${Array(32_000).fill("2025").join(",")}}`);
    expect(performance.now() - started).toBeLessThan(200);
    expect(p.message).toMatch(/too long \(at most 80 characters\)/);
    expect(p.message.length).toBeLessThan(200);
    expect(p.hint).toMatch(/one date or one interval/);
  });

  it("parseDate(short sets and lists) says sets are not supported", () => {
    expect(problem("{2025,2026}").message).toMatch(/sets and lists of dates/);
    expect(problem("[2025..2026]").message).toMatch(/sets and lists of dates/);
  });

  it("parseDate(the longest form Briefline speaks) still parses", () => {
    const longest = "-2025-09-05T11:30:00+10:00/-2024-09-06T11:30:00+10:00";
    expect(date(longest).interval).toBe(true);
  });
});

describe("parseDate: offsets out of range (issue 11)", () => {
  it('parseDate("9999-12-31T23:59-14:00") is refused for its offset, not its time', () => {
    const p = problem("9999-12-31T23:59-14:00");
    expect(p.message).toBe('invalid date "9999-12-31T23:59-14:00": there is no time zone offset -14:00');
    expect(p.hint).toMatch(/offsets run from -12:00 to \+14:00/);
  });

  it('parseDate("9999-12-31T23:59+14:00") is the last minute of 9999 in Kiribati', () => {
    expect(span("9999-12-31T23:59+14:00")[0]).toBe("9999-12-31T09:59:00.000Z");
  });
});

describe("parseDate at the edges of EDTF", () => {
  it('parseDate("2025-09-05T24:00") is a minute (the end of the day), not a second', () => {
    const r = parseDate("2025-09-05T24:00");
    expect(r.ok && r.date.precision).toBe("minute");
    expect(r.ok && new Date(r.date.earliest).toISOString()).toBe("2025-09-06T00:00:00.000Z");
    expect(r.ok && r.date.latest - r.date.earliest).toBe(59_999);
  });

  it('parseDate("2025-09-05T11:30:15") keeps its seconds', () => {
    const r = parseDate("2025-09-05T11:30:15");
    expect(r.ok && r.date.precision).toBe("second");
  });

  it('parseDate("-300") explains that BCE years take four digits, with the fix', () => {
    const r = parseDate("-300");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem.message).toContain("four digits");
    expect(r.problem.hint).toContain("write -0300");
    expect(r.problem.hint).not.toContain("seasons");
  });

  it('parseDate("-0300/-0050") reads years before 1 CE', () => {
    const r = parseDate("-0300/-0050");
    expect(r.ok && r.date.precision).toBe("year");
  });

  it('parseDate("Y-12000") says years beyond ±9999 are not supported', () => {
    const r = parseDate("Y-12000");
    expect(!r.ok && r.problem.message).toContain("beyond ±9999");
  });
});
