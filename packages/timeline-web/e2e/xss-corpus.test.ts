import { parseChronicle } from "@briefline/core";
import { describe, expect, test } from "vitest";
import { renderTimelinePage } from "../src/page/render-page.js";
import { chronicleFields, hostileChronicle, XSS_HTTP_URLS, XSS_IDS, XSS_TEXT, XSS_URLS } from "./_xss.js";

/** Every value found at each schema path of a chronicle (`statements[].quote.text`). */
function valuesByPath(value: unknown, path = "", out = new Map<string, unknown[]>()): Map<string, unknown[]> {
  if (Array.isArray(value)) for (const v of value) valuesByPath(v, `${path}[]`, out);
  else if (value !== null && typeof value === "object")
    for (const [k, v] of Object.entries(value)) valuesByPath(v, path ? `${path}.${k}` : k, out);
  else out.set(path, [...(out.get(path) ?? []), value]);
  return out;
}

// Fields that hold a number or a string in the schema are walked as `anyOf`: their path is the same.
const fields = chronicleFields();

describe("the hostile chronicle of the web safety tests", () => {
  test("chronicleFields() finds the free-text, address and id fields of the schema", () => {
    const text = fields.filter((f) => f.kind === "text").map((f) => f.path);
    expect(text).toEqual(
      expect.arrayContaining([
        "title",
        "description",
        "actors[].name",
        "actors[].aliases[]",
        "actors[].title",
        "sources[].title",
        "sources[].publisher",
        "events[].location.name",
        "events[].summary",
        "statements[].summary",
        "statements[].quote.text",
        "statements[].conditions[].text",
        "statements[].tags[]",
        "judgments[].text",
        "briefing.bluf",
        "briefing.marking",
      ]),
    );
    expect(text.length).toBeGreaterThanOrEqual(35);
    // Sources and media (TimelineJS's) have addresses; nothing else does.
    const urls = fields.filter((f) => f.kind === "url").map((f) => f.path);
    expect(urls).toEqual(expect.arrayContaining(["$schema", "sources[].url"]));
    expect(urls.filter((p) => p !== "$schema" && p !== "sources[].url" && !/(^|\.)media\[\]\.url$/.test(p))).toEqual(
      [],
    );
    expect(fields.filter((f) => f.kind === "id").length).toBeGreaterThanOrEqual(15);
  });

  test.each([
    ["all", XSS_URLS],
    ["http", XSS_HTTP_URLS],
  ] as const)("hostileChronicle(urls: %s) puts every payload in every text, URL and id field", (urls, corpus) => {
    const values = valuesByPath(hostileChronicle({ urls }));
    for (const { path, kind } of fields) {
      const found = (values.get(path) ?? []).map(String);
      if (kind === "text") {
        for (const p of XSS_TEXT)
          expect(
            // A field with a length limit (a title) holds as much of the payload as it may.
            found.some((v) => v.includes(p.text) || (v.length > 0 && p.text.startsWith(v))),
            `${path}: ${p.name}`,
          ).toBe(true);
      } else if (kind === "url" && path !== "$schema") {
        for (const p of corpus) expect(found, `${path}: ${p.name}`).toContain(p.text);
      } else if (kind === "id" && path.endsWith(".id")) {
        // Each list takes the scheme- and prototype-like ids (with a suffix naming the list, as ids are unique).
        for (const id of XSS_IDS)
          expect(
            found.some((v) => v.startsWith(id)),
            `${path}: ${id}`,
          ).toBe(true);
      } else {
        // A map (an import's kept columns) is filled when any of its keys is.
        const filled = found.length > 0 || [...values.keys()].some((k) => k.startsWith(`${path}.`));
        expect(filled, `${path} is filled`).toBe(true);
      }
    }
  });

  test("hostileChronicle(urls: http) validates: the payloads reach the page through briefline timeline and serve", () => {
    const result = parseChronicle(JSON.stringify(hostileChronicle({ urls: "http" })), { filename: "hostile.json" });
    expect(result.ok ? [] : result.errors.map((e) => `${e.code} ${e.message}`)).toEqual([]);
  });

  test("hostileChronicle(urls: all) fails only on its addresses (the error page shows them)", () => {
    const result = parseChronicle(JSON.stringify(hostileChronicle({ urls: "all" })), { filename: "hostile.json" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(new Set(result.errors.map((e) => e.code))).toEqual(new Set(["invalid-url"]));
  });

  test("renderTimelinePage(hostile) writes no payload as markup: only the page's own two scripts and two styles", () => {
    const page = renderTimelinePage(hostileChronicle({ urls: "all" }));
    // The markup around the page's own code and styles (which mention tags and handlers themselves).
    const html = page.replace(/(<(script|style)[^>]*>)[\s\S]*?(<\/\2>)/g, "$1$3");
    expect(html.match(/<script/gi)).toHaveLength(2);
    expect(html.match(/<style/gi)).toHaveLength(2);
    expect(html.length).toBeLessThan(12_000);
    expect(html).not.toMatch(/<(img|svg|iframe|object|embed|base|link|form|math|details|input)\b/i);
    const tags = html.match(/<[^>]*>/g) ?? [];
    expect(tags.filter((t) => /\son[a-z]+\s*=|javascript:|style=/i.test(t))).toEqual([]);
    // Line separators end a line in older JavaScript: the data island holds them escaped.
    const island = /id="briefline-data">([\s\S]*?)<\/script>/.exec(page)?.[1] ?? "";
    expect(island).not.toMatch(/[<>\u2028\u2029]/);
    expect(island).toContain("\\u2028");
  });
});
