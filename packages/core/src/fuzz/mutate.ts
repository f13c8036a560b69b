/**
 * A small, seeded mutation fuzzer for chronicle text: the cases it makes are the
 * kinds of damage real files suffer (truncation, stray or doubled lines, broken
 * quoting, encoding debris) and the kinds of attack a parser must survive (alias
 * bombs, deep nesting, huge scalars, duplicate keys). Deterministic for a seed, so a
 * failing case can be replayed. Private to the test suite and `pnpm fuzz`.
 */

/** A seeded pseudo-random generator (mulberry32). */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOKENS = [
  "\u0000",
  "\ufeff",
  "\r",
  "\r\n",
  "\t",
  "\u202e",
  "\u200f",
  "\ud800",
  "\uffff",
  "�",
  "- ",
  ": ",
  "? ",
  "&a ",
  "*a",
  "<<: *a",
  "!!binary ",
  "!!js/function ",
  "!!python/object ",
  "%YAML 1.1\n",
  "---\n",
  "...\n",
  "{",
  "}",
  "[",
  "]",
  ",",
  '"',
  "'",
  "|",
  ">",
  "#",
  "@",
  "`",
  "\\",
  "\\u",
  "\\x",
  "&",
  "*",
  "null",
  "~",
  "true",
  "yes",
  "0x1F",
  "1e999",
  "-.inf",
  ".nan",
  "036",
  "2025-13-45",
  "2025-02-29",
  "../..",
  "__proto__: {polluted: 1}\n",
  "constructor: {prototype: {polluted: 1}}\n",
  "<script>alert(1)</script>",
  "javascript:alert(1)",
  "Ж",
  "😀",
  "\u0301",
];

/** One mutation of a text. */
export function mutate(text: string, rand: () => number): string {
  const pos = () => Math.floor(rand() * (text.length + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const lines = () => text.split("\n");
  switch (Math.floor(rand() * 12)) {
    case 0: {
      const at = pos();
      return text.slice(0, at) + pick(TOKENS) + text.slice(at);
    }
    case 1: {
      const at = pos();
      return text.slice(0, at) + text.slice(at + 1 + Math.floor(rand() * 40));
    }
    case 2:
      return text.slice(0, pos());
    case 3: {
      const l = lines();
      const i = Math.floor(rand() * l.length);
      l.splice(i, 0, l[Math.floor(rand() * l.length)] ?? "");
      return l.join("\n");
    }
    case 4: {
      const l = lines();
      const i = Math.floor(rand() * l.length);
      const j = Math.floor(rand() * l.length);
      [l[i], l[j]] = [l[j] ?? "", l[i] ?? ""];
      return l.join("\n");
    }
    case 5: {
      const l = lines();
      const i = Math.floor(rand() * l.length);
      l[i] = (rand() < 0.5 ? " " : "\t") + (l[i] ?? "");
      return l.join("\n");
    }
    case 6:
      return text.replace(/\n/g, () => (rand() < 0.3 ? "\r\n" : rand() < 0.1 ? "\r" : "\n"));
    case 7: {
      const at = pos();
      const c = text.charCodeAt(at);
      return Number.isNaN(c)
        ? text
        : text.slice(0, at) + String.fromCharCode(c ^ (1 << Math.floor(rand() * 7))) + text.slice(at + 1);
    }
    case 8: {
      const a = pos();
      const b = Math.min(text.length, a + Math.floor(rand() * 200));
      const at = pos();
      return text.slice(0, at) + text.slice(a, b) + text.slice(at);
    }
    case 9:
      return text.replace(/: (\S+)/, (_m, v: string) => `: ${pick(TOKENS)}${v}`);
    case 10:
      return text.replace(/^(\s*)(\w+):/m, (_m, ws: string, k: string) => `${ws}${k}:\n${ws}${k}:`);
    default:
      return `${pick(TOKENS)}${text}`;
  }
}

/** Hostile documents every parser should survive, each a known attack or failure mode. */
export function hostileDocuments(): Array<[name: string, text: string]> {
  const laughs = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
  for (let i = 1; i < 12; i++)
    laughs.push(
      `${"abcdefghijkl"[i]}: &${"abcdefghijkl"[i]} [${Array(10)
        .fill(`*${"abcdefghijkl"[i - 1]}`)
        .join(", ")}]`,
    );
  return [
    ["billion laughs (YAML aliases)", `briefline: 1\ntitle: t\n${laughs.join("\n")}\n`],
    ["deep YAML nesting", `briefline: 1\ntitle: t\nx: ${"[".repeat(5000)}${"]".repeat(5000)}\n`],
    ["deep JSON nesting", `{"briefline": 1, "title": "t", "x": ${"[".repeat(100_000)}${"]".repeat(100_000)}}`],
    [
      "deep block nesting",
      `briefline: 1\ntitle: t\n${Array.from({ length: 2000 }, (_, i) => `${" ".repeat(i)}k:`).join("\n")}\n`,
    ],
    ["huge scalar", `briefline: 1\ntitle: "${"x".repeat(20_000_000)}"\n`],
    ["huge key", `briefline: 1\n${"k".repeat(1_000_000)}: 1\ntitle: t\n`],
    ["many duplicate keys", `briefline: 1\n${"title: t\n".repeat(10_000)}`],
    ["many tiny documents", "---\n".repeat(50_000)],
    ["NUL bytes", "briefline: 1\ntitle: a\u0000b\n"],
    ["BOM and mixed line endings", "\ufeffbriefline: 1\r\ntitle: t\rstatements: []\n"],
    ["lone surrogates", "briefline: 1\ntitle: \ud800\udc00\ud800\n"],
    [
      "prototype pollution keys",
      "briefline: 1\ntitle: t\n__proto__: { polluted: true }\nconstructor: { prototype: { polluted: true } }\n",
    ],
    ["JSON prototype pollution", '{"briefline": 1, "title": "t", "__proto__": {"polluted": true}}'],
    ["custom tags", "briefline: 1\ntitle: !!js/function 'function(){return 1}'\n"],
    ["very many items", `briefline: 1\ntitle: t\nactors:\n${"  - { id: a, name: A, type: person }\n".repeat(20_000)}`],
    ["a million commas", `{"briefline": 1, "title": "t", "x": [${"0,".repeat(1_000_000)}0]}`],
  ];
}
