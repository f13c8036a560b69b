/**
 * Generators of the input classes that broke Briefline in issue 11, for the fuzz harness:
 * EDTF set notation, long runs of one token, huge counts of tiny items, control
 * characters in every text field, and prototype names in every lookup. Each returns
 * one seeded case: a text for a reader (`chronicle`, `acled`, `timelinejs`), a date
 * for the query filter, or an article for the extractor. Sizes are drawn log-uniformly,
 * so most cases are small and fast and some are large. Private to the tests.
 */

export type Case =
  | { kind: "chronicle"; text: string; filename: string }
  | { kind: "acled"; text: string }
  | { kind: "timelinejs"; json: unknown }
  | { kind: "filter-date"; text: string }
  | { kind: "article"; text: string };

type Rand = () => number;

const PROTOTYPE_NAMES = [
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "valueOf",
  "hasOwnProperty",
  "__defineGetter__",
  "isPrototypeOf",
];
const CONTROLS = [
  "\u001b]0;pwned\u0007",
  "\u001b[2J",
  "\u0007",
  "\u0008",
  "\r",
  "\u009b31m",
  "\u202e",
  "\u2066",
  "\u0000",
  "\u007f",
];

const pick = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
/**
 * A size from 1 to 2^maxLog, log-uniform: one case in 50 may reach 2^maxLog, the others
 * stay under 1,024, so that 200,000 cases run in a reasonable time and still try the
 * large sizes thousands of times.
 */
const size = (rand: Rand, maxLog: number) =>
  Math.max(1, Math.floor(2 ** (rand() * (rand() < 0.02 ? maxLog : Math.min(maxLog, 10)))));

function chronicle(parts: {
  title?: string;
  actor?: { id?: string; name?: string };
  date?: string;
  summary?: string;
  tags?: unknown[];
  kind?: string;
  extra?: string;
}): string {
  const q = (s: string) => JSON.stringify(s);
  const id = parts.actor?.id ?? "a";
  return [
    "briefline: 1",
    `title: ${q(parts.title ?? "Fuzz")}`,
    "actors:",
    `  - { id: ${q(id)}, name: ${q(parts.actor?.name ?? "A")}, type: person }`,
    "statements:",
    `  - id: s1`,
    `    kind: ${q(parts.kind ?? "threat")}`,
    `    speaker: ${q(id)}`,
    `    date: ${q(parts.date ?? "2025-09-05")}`,
    `    summary: ${q(parts.summary ?? "A warning.")}`,
    ...(parts.tags ? [`    tags: ${JSON.stringify(parts.tags)}`] : []),
    parts.extra ?? "",
  ].join("\n");
}

/** `{2025,2025,…}`, `[2025..2026]` and their kin, in dates and deep-link bounds. */
export function setNotation(rand: Rand): Case {
  const n = size(rand, 15);
  const member = pick(rand, ["2025", "2025-09", "2025-09-05", "..2025", "2025-09-05T11:30Z"]);
  const [open, close] = pick(rand, [
    ["{", "}"],
    ["[", "]"],
  ]) as [string, string];
  const text = `${open}${Array(n)
    .fill(member)
    .join(pick(rand, [",", "..", ", "]))}${close}`;
  return rand() < 0.5
    ? { kind: "filter-date", text }
    : { kind: "chronicle", text: chronicle({ date: text }), filename: "c.yaml" };
}

/** One token repeated: a date, a summary, a tag list, an article without a full stop. */
export function longRuns(rand: Rand): Case {
  const token = pick(rand, ["2025", "x", "word ", "- ", "{", "[", "&#27;", "9", "é", " "]);
  const n = size(rand, 16);
  const run = token.repeat(n);
  switch (Math.floor(rand() * 4)) {
    case 0:
      return { kind: "chronicle", text: chronicle({ date: run }), filename: "c.yaml" };
    case 1:
      return { kind: "chronicle", text: chronicle({ summary: run, title: run.slice(0, 5000) }), filename: "c.yaml" };
    case 2:
      return { kind: "filter-date", text: run };
    default:
      // The extractor is the slowest reader: its runs stay under 8 KB.
      return {
        kind: "article",
        text: `Moscow warned that ${"troops would move north and ".repeat(Math.min(n, 300))}.`,
      };
  }
}

/** Huge counts of tiny items: empty actors, numeric tags, `- {}` lines, empty JSON objects. */
export function tinyItems(rand: Rand): Case {
  const n = size(rand, 17);
  switch (Math.floor(rand() * 4)) {
    case 0:
      // The YAML parser spends ~30 µs on each `{}` (minutes for the 131,072 its budget
      // allows at 64 MiB): its cases stay under 32,768, JSON goes to 131,072.
      return {
        kind: "chronicle",
        text: `briefline: 1\ntitle: t\nactors:\n${"- {}\n".repeat(Math.min(n, 32_768))}`,
        filename: "c.yaml",
      };
    case 1:
      return {
        kind: "chronicle",
        text: JSON.stringify({ briefline: 1, title: "t", actors: Array(n).fill({}) }),
        filename: "c.json",
      };
    case 2:
      return {
        kind: "chronicle",
        text: chronicle({ tags: Array.from({ length: n }, (_, i) => i) }),
        filename: "c.yaml",
      };
    default:
      return {
        kind: "chronicle",
        text: JSON.stringify({ briefline: 1, title: "t", statements: Array(n).fill(5) }),
        filename: "c.json",
      };
  }
}

/** Control characters and bidi overrides in every text field. */
export function controlCharacters(rand: Rand): Case {
  const c = () => `x${pick(rand, CONTROLS)}y${pick(rand, CONTROLS)}`;
  switch (Math.floor(rand() * 3)) {
    case 0:
      return {
        kind: "chronicle",
        text: chronicle({
          title: c(),
          actor: { name: c() },
          summary: c(),
          tags: [c()],
          extra: `${JSON.stringify(c())}: 1`,
        }),
        filename: "c.yaml",
      };
    case 1:
      return { kind: "article", text: `Moscow ${c()} warned on Monday that troops would be ${c()} destroyed.` };
    default:
      return {
        kind: "timelinejs",
        json: {
          title: { text: { headline: c() } },
          events: [{ start_date: { year: 2025 }, text: { headline: c(), text: c() }, group: c() }],
        },
      };
  }
}

/** Names of Object.prototype's properties wherever a string is looked up. */
export function prototypeNames(rand: Rand): Case {
  const p = () => pick(rand, PROTOTYPE_NAMES);
  switch (Math.floor(rand() * 4)) {
    case 0:
      return {
        kind: "chronicle",
        text: chronicle({
          actor: { id: p() },
          kind: p(),
          extra: `relations: [{ type: ${p()}, from: s1, to: ${p()} }]`,
        }),
        filename: "c.yaml",
      };
    case 1:
      return {
        kind: "acled",
        text: `event_id_cnty,event_date,event_type,sub_event_type,actor1,${p()}\nX1,2025-09-05,${p()},${p()},${p()},${p()}\n`,
      };
    case 2:
      return {
        kind: "timelinejs",
        json: JSON.parse(
          `{"events":[{"start_date":{"year":2025,"${p()}":1},"unique_id":"${p()}","group":"${p()}","text":{"headline":"${p()}","${p()}":2}}],"${p()}":{}}`,
        ),
      };
    default:
      return { kind: "filter-date", text: p() };
  }
}

/** Odd field types in the converters: numbers, lists and objects where text goes; bad references. */
export function wrongTypes(rand: Rand): Case {
  const v = () => pick(rand, [42, ["a"], { a: 1 }, true, null, "&#99999999;", "&#0;", -1e308, ""]);
  return {
    kind: "timelinejs",
    json: {
      title: rand() < 0.5 ? v() : { text: { headline: v(), text: v() } },
      events: [
        {
          start_date: rand() < 0.8 ? { year: 2025, month: v() } : v(),
          text: rand() < 0.5 ? v() : { headline: v(), text: v() },
          unique_id: v(),
          group: v(),
        },
      ],
    },
  };
}

/** All generators, by name. */
export const GENERATORS: ReadonlyArray<[string, (rand: Rand) => Case]> = [
  ["set notation", setNotation],
  ["long runs of one token", longRuns],
  ["huge counts of tiny items", tinyItems],
  ["control characters in every text field", controlCharacters],
  ["prototype names in every lookup", prototypeNames],
  ["wrong field types in converters", wrongTypes],
];
