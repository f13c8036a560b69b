import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cameoCodes } from "../coding/cameo.js";
import { PLOVER_EVENTS } from "../coding/plover.js";
import type { Chronicle } from "../model/types.js";
import {
  ACTOR_TYPES,
  CONDITION_KINDS,
  CONFIDENCES,
  EVENT_KINDS,
  LIKELIHOODS,
  RELATION_TYPES,
  RELIABILITY_GRADES,
  STATEMENT_KINDS,
  STATUSES,
} from "../model/vocabulary.js";
import { COUNTRY_CODES } from "../schema/countries.js";
import { validateChronicle } from "../schema/validate.js";
import { parseChronicle } from "./parse-chronicle.js";
import { formatChronicle } from "./serialize.js";

// Text that YAML could misread if written bare: numbers, booleans, nulls, dates,
// indicators, line breaks, leading and trailing spaces, other scripts.
const TRICKY = [
  "036",
  "0x1F",
  "1e3",
  ".inf",
  "-.nan",
  "yes",
  "no",
  "on",
  "off",
  "true",
  "False",
  "null",
  "Null",
  "~",
  "2025-09-05",
  "2025-09-05T11:30:00Z",
  "12:30",
  "1:20:30",
  "- dash",
  "? question",
  ": colon",
  "a: b",
  "a #not a comment",
  "# hash",
  "[bracket]",
  "{brace}",
  "*alias",
  "&anchor",
  "!tag",
  "%directive",
  "@at",
  "`tick",
  "|pipe",
  "> folded",
  "'single'",
  '"double"',
  "back\\slash",
  "  leading spaces",
  "trailing spaces  ",
  "multi\nline\ntext\n",
  "two\n\nparagraphs",
  "\n\nleading newlines",
  "ends with newlines\n\n",
  "tab\there",
  "crlf\r\nline",
  "lone\rcr",
  "nel\u0085next",
  "line\u2028separator",
  "nbsp\u00a0here",
  "---",
  "...",
  "<<",
  "Владимир Путин",
  "«Москва» — столица",
  "習近平",
  "😀 emoji",
  "\u0000nul and \u001b escape",
];

const text = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary-ascii", minLength: 1, maxLength: 20 }) },
  {
    weight: 1,
    arbitrary: fc.string({
      unit: fc.constantFrom("а", "б", "в", "Ж", "ї", " ", "\n", "'", ":"),
      minLength: 1,
      maxLength: 20,
    }),
  },
);

const slug = fc.oneof(
  fc.stringMatching(/^[a-z0-9][a-z0-9_.:-]{0,12}$/),
  fc.constantFrom("036", "yes", "no", "null", "true", "2025-09-05", "1e3", "0x1F", "1.0", "NaN", "on"),
);

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** A single EDTF date of some precision (days kept to 1..28 so every month has them). */
const edtfSingle = fc
  .record({
    y: fc.integer({ min: 1900, max: 2100 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
    h: fc.integer({ min: 0, max: 23 }),
    mi: fc.integer({ min: 0, max: 59 }),
    precision: fc.constantFrom("year", "month", "day", "minute-offset", "minute-z", "minute-local"),
    q: fc.constantFrom("", "", "", "?", "~", "%"),
    offset: fc.integer({ min: -12, max: 14 }),
  })
  .map(({ y, m, d, h, mi, precision, q, offset }) => {
    const day = `${y}-${pad(m)}-${pad(d)}`;
    const time = `${day}T${pad(h)}:${pad(mi)}`;
    const sign = offset < 0 ? "-" : "+";
    switch (precision) {
      case "year":
        return `${y}${q}`;
      case "month":
        return `${y}-${pad(m)}${q}`;
      case "day":
        return `${day}${q}`;
      case "minute-offset":
        return `${time}${sign}${pad(Math.abs(offset))}:00`;
      case "minute-z":
        return `${time}Z`;
      default:
        return time;
    }
  });

const edtf: fc.Arbitrary<string | number> = fc.oneof(
  { weight: 4, arbitrary: edtfSingle },
  { weight: 1, arbitrary: fc.integer({ min: 1900, max: 2100 }) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 1, max: 12 }))
      .chain(([y, span, m]) =>
        fc.constantFrom(`${y}-${pad(m)}/${y + span}-${pad(m)}-28`, `../${y}-${pad(m)}`, `${y}/..`, `${y}-${pad(m)}/`),
      ),
  },
);

const number = (min: number, max: number) =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x)); // no -0

/** fc.record with every key optional except `required`, as plain objects (like parsed data). */
function some<T extends Record<string, fc.Arbitrary<unknown>>>(model: T, required: Array<keyof T>) {
  return fc.record(model, { requiredKeys: required as never, noNullPrototype: true });
}

/** A valid chronicle: every reference resolves, relations point from later items to earlier ones. */
const chronicleArb: fc.Arbitrary<Chronicle> = fc
  .record({
    actors: fc.integer({ min: 1, max: 4 }),
    sources: fc.integer({ min: 1, max: 3 }),
    events: fc.integer({ min: 0, max: 3 }),
    statements: fc.integer({ min: 0, max: 5 }),
    judgments: fc.integer({ min: 0, max: 2 }),
  })
  .chain((n) => {
    const total = n.actors + n.sources + n.events + n.statements + n.judgments;
    return fc.uniqueArray(slug, { minLength: total, maxLength: total }).chain((ids) => {
      let taken = 0;
      const take = (k: number) => {
        taken += k;
        return ids.slice(taken - k, taken);
      };
      const actorIds = take(n.actors);
      const sourceIds = take(n.sources);
      const eventIds = take(n.events);
      const statementIds = take(n.statements);
      const judgmentIds = take(n.judgments);
      const items = [...eventIds, ...statementIds];
      const actorRef = fc.constantFrom(...actorIds);
      const sourceRefs = fc.array(
        some(
          {
            source: fc.constantFrom(...sourceIds),
            credibility: fc.integer({ min: 1, max: 6 }),
            excerpt: text,
            locator: text,
          },
          ["source"],
        ),
        { maxLength: 2 },
      );
      const coding = some(
        {
          cameo: fc.constantFrom(...cameoCodes().map((c) => c.code), "1384", "0361"),
          plover: some(
            {
              event: fc.constantFrom(...Object.keys(PLOVER_EVENTS)),
              mode: text,
              context: fc.array(text, { maxLength: 2 }),
            },
            ["event"],
          ),
        },
        [],
      );
      const tags = fc.array(text, { maxLength: 3 });
      const actors = fc.tuple(
        ...actorIds.map((id) =>
          some(
            {
              id: fc.constant(id),
              name: text,
              aliases: fc.array(text, { maxLength: 3 }),
              type: fc.constantFrom(...ACTOR_TYPES),
              country: fc.constantFrom(...COUNTRY_CODES),
              sector: text,
              title: text,
              description: text,
              members: fc.array(actorRef, { maxLength: 2 }),
              tags,
            },
            ["id", "name", "type"],
          ),
        ),
      );
      const sources = fc.tuple(
        ...sourceIds.map((id) =>
          some(
            {
              id: fc.constant(id),
              title: text,
              publisher: text,
              author: text,
              url: fc.constantFrom("https://example.org/a?b=c&d=e#f", "http://example.com/путь", "https://x.y/036"),
              published: edtf,
              accessed: edtf,
              language: text,
              reliability: fc.constantFrom(...RELIABILITY_GRADES),
              notes: text,
            },
            ["id", "title"],
          ),
        ),
      );
      const events = fc.tuple(
        ...eventIds.map((id) =>
          some(
            {
              id: fc.constant(id),
              kind: fc.constantFrom(...EVENT_KINDS),
              title: text,
              date: edtf,
              location: some(
                {
                  name: text,
                  country: fc.constantFrom(...COUNTRY_CODES),
                  lat: number(-90, 90),
                  lon: number(-180, 180),
                },
                ["name"],
              ),
              participants: fc.array(actorRef, { maxLength: 3 }),
              summary: text,
              coding,
              intensity: number(-10, 10),
              sources: sourceRefs,
              tags,
            },
            ["id", "kind", "title", "date"],
          ),
        ),
      );
      const statements = fc.tuple(
        ...statementIds.map((id) =>
          some(
            {
              id: fc.constant(id),
              kind: fc.constantFrom(...STATEMENT_KINDS),
              speaker: actorRef,
              targets: fc.array(actorRef, { maxLength: 3 }),
              date: edtf,
              ...(eventIds.length ? { at: fc.constantFrom(...eventIds) } : {}),
              summary: text,
              quote: some(
                {
                  text,
                  verbatim: fc.boolean(),
                  language: fc.constantFrom("en", "ru", "uk", "zh-Hans", "en-GB"),
                  translation: text,
                },
                ["text"],
              ),
              conditions: fc.array(some({ kind: fc.constantFrom(...CONDITION_KINDS), text }, ["kind", "text"]), {
                maxLength: 2,
              }),
              coding,
              intensity: number(-10, 10),
              status: fc.constantFrom(...STATUSES),
              sources: sourceRefs,
              tags,
              notes: text,
            },
            ["id", "kind", "speaker", "date", "summary"],
          ),
        ),
      );
      // From a later item (higher index) to an earlier one: never a cycle, never a self-relation.
      const relations =
        items.length < 2
          ? fc.constant([])
          : fc
              .array(
                fc.tuple(
                  fc.nat(items.length - 1),
                  fc.nat(items.length - 1),
                  fc.constantFrom(...RELATION_TYPES),
                  fc.option(text, { nil: undefined }),
                ),
                { maxLength: 4 },
              )
              .map((list) =>
                list
                  .filter(([a, b]) => a !== b)
                  .map(([a, b, type, note]) => ({
                    type,
                    from: items[Math.max(a, b)] as string,
                    to: items[Math.min(a, b)] as string,
                    ...(note === undefined ? {} : { note }),
                  })),
              );
      const judgments = items.length
        ? fc.tuple(
            ...judgmentIds.map((id) =>
              some(
                {
                  id: fc.constant(id),
                  text,
                  likelihood: fc.constantFrom(...LIKELIHOODS),
                  confidence: fc.constantFrom(...CONFIDENCES),
                  basis: fc.array(fc.constantFrom(...items), { minLength: 1, maxLength: 3 }),
                  horizon: edtf,
                },
                ["id", "text", "likelihood", "confidence", "basis"],
              ),
            ),
          )
        : fc.constant([]);
      return some(
        {
          $schema: fc.constant("./chronicle.schema.json"),
          briefline: fc.constant(1 as const),
          title: text,
          description: text,
          timezone: fc.constantFrom("UTC", "Europe/Moscow", "America/New_York", "Asia/Tokyo"),
          actors,
          sources,
          events,
          statements,
          relations,
          judgments,
          briefing: some({ bluf: text, marking: text, author: text, audience: text }, []),
        },
        // The collections that others point into are always there (empty or not).
        ["briefline", "title", "actors", "sources", "events", "statements"],
      );
    });
  }) as unknown as fc.Arbitrary<Chronicle>;

describe("formatChronicle → parseChronicle loses nothing", () => {
  it("the generator makes valid chronicles (a check of the test itself)", () => {
    fc.assert(
      fc.property(chronicleArb, (chronicle) => {
        const result = validateChronicle(chronicle);
        expect(result.ok ? [] : result.errors).toEqual([]);
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it("parseChronicle(formatChronicle(c, 'yaml')) deep-equals c", () => {
    fc.assert(
      fc.property(chronicleArb, (chronicle) => {
        const text = formatChronicle(chronicle, "yaml");
        const result = parseChronicle(text, { filename: "c.yaml" });
        expect(result.ok ? [] : result.errors).toEqual([]);
        if (result.ok) expect(result.chronicle).toStrictEqual(chronicle);
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it("parseChronicle(formatChronicle(c, 'json')) deep-equals c", () => {
    fc.assert(
      fc.property(chronicleArb, (chronicle) => {
        const text = formatChronicle(chronicle, "json");
        const result = parseChronicle(text, { filename: "c.json" });
        expect(result.ok ? [] : result.errors).toEqual([]);
        if (result.ok) expect(result.chronicle).toStrictEqual(chronicle);
      }),
      { numRuns: 200 },
    );
  }, 120_000);

  it("formatChronicle(c, 'yaml') read back without a file name (format guessed) is still c", () => {
    fc.assert(
      fc.property(chronicleArb, (chronicle) => {
        const result = parseChronicle(formatChronicle(chronicle, "yaml"));
        expect(result.ok && result.chronicle).toStrictEqual(chronicle);
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it("formatChronicle(example) → YAML → chronicle is the example, and YAML → YAML is stable", () => {
    const source = readFileSync(new URL("../../../../examples/eef-2025/chronicle.yaml", import.meta.url), "utf8");
    const first = parseChronicle(source);
    if (!first.ok) throw new Error("the example must load");
    const yaml = formatChronicle(first.chronicle, "yaml");
    const second = parseChronicle(yaml);
    expect(second.ok && second.chronicle).toStrictEqual(first.chronicle);
    expect(second.ok && formatChronicle(second.chronicle, "yaml")).toBe(yaml);
  });

  it('formatChronicle keeps CAMEO "036" a string and a bare year a number', () => {
    const chronicle: Chronicle = {
      briefline: 1,
      title: "T",
      actors: [{ id: "putin", name: "Putin", type: "person" }],
      statements: [{ id: "s", kind: "offer", speaker: "putin", date: 2025, summary: "yes", coding: { cameo: "036" } }],
    };
    const yaml = formatChronicle(chronicle, "yaml");
    expect(yaml).toMatch(/cameo: "036"|cameo: '036'/);
    expect(yaml).toContain("date: 2025\n");
    expect(parseChronicle(yaml).ok && (parseChronicle(yaml) as { chronicle: Chronicle }).chronicle).toStrictEqual(
      chronicle,
    );
  });

  it('formatChronicle(text of only spaces and line breaks, e.g. " \\n") keeps the spaces', () => {
    for (const blank of [" \n", "  \n\n", "\n \n", " \t\n"]) {
      const chronicle: Chronicle = { briefline: 1, title: "T", description: blank, briefing: { bluf: blank } };
      const result = parseChronicle(formatChronicle(chronicle, "yaml"));
      expect(result.ok && result.chronicle, JSON.stringify(blank)).toStrictEqual(chronicle);
    }
  });

  it("formatChronicle does not mutate the chronicle", () => {
    fc.assert(
      fc.property(chronicleArb, (chronicle) => {
        const before = structuredClone(chronicle);
        formatChronicle(chronicle, "yaml");
        formatChronicle(chronicle, "json");
        expect(chronicle).toStrictEqual(before);
      }),
      { numRuns: 50 },
    );
  }, 60_000);
});
