import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";
import { loadExample } from "../../e2e/_browser.js";
import { escapeHtml, jsonForHtml, renderErrorPage, renderTimelinePage } from "./render-page.js";

const sha = (text: string) => `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;

describe("renderTimelinePage", () => {
  const chronicle = loadExample();
  const html = renderTimelinePage(chronicle);

  test("renderTimelinePage(chronicle) allows no image from the network; { images: true } allows http(s) images and nothing else", () => {
    const csp = (page: string) => /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page)?.[1] ?? "";
    expect(csp(html)).toContain("img-src data: blob:;");
    const withImages = renderTimelinePage(chronicle, { images: true });
    expect(csp(withImages)).toContain("img-src data: blob: https: http:;");
    expect(csp(withImages)).toContain("default-src 'none'");
    expect(csp(withImages)).not.toContain("connect-src");
    expect(withImages).toContain('"images":true');
    expect(html).not.toContain('"images"');
  });

  test("renderTimelinePage(chronicle) is one self-contained page: no external URL anywhere in its markup", () => {
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).not.toMatch(/<(script|link|img|iframe)[^>]+(src|href)=/i);
    expect(html.match(/<script/g)).toHaveLength(2);
  });

  test("renderTimelinePage sets a Content-Security-Policy whose hashes match the inline script and styles", () => {
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? "";
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toContain("connect-src");
    const script = /<script>([\s\S]*)<\/script>\n<\/body>/.exec(html)?.[1] ?? "";
    expect(csp).toContain(`script-src '${sha(script)}'`);
    const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? "");
    expect(styles).toHaveLength(2);
    for (const style of styles) expect(csp).toContain(sha(style));
  });

  test("renderTimelinePage is deterministic", () => {
    expect(renderTimelinePage(chronicle)).toBe(html);
  });

  test("renderTimelinePage(liveReload) allows connecting back to the server and nothing else", () => {
    const live = renderTimelinePage(chronicle, { liveReload: "/events" });
    expect(live).toContain("connect-src 'self'");
    expect(live).toContain('"liveReload":"/events"');
  });

  test("renderTimelinePage(from, to) sets the first visible range; a bad date is a RangeError", () => {
    const page = renderTimelinePage(chronicle, { from: "2025-09-01", to: "2025-09-07" });
    const data = JSON.parse(/id="briefline-data">([\s\S]*?)<\/script>/.exec(page)?.[1] ?? "{}");
    expect(data.options.range).toEqual([Date.UTC(2025, 8, 1), Date.UTC(2025, 8, 8)]);
    expect(() => renderTimelinePage(chronicle, { from: "2025-13" })).toThrow(RangeError);
    expect(() => renderTimelinePage(chronicle, { from: "2025-09-07", to: "2025-09-01" })).toThrow(/after/);
  });

  test("renderTimelinePage escapes the title it writes into <title>", () => {
    const page = renderTimelinePage({ ...chronicle, title: "</title><script>alert(1)</script>" });
    expect(page).toContain("<title>&#60;/title&#62;&#60;script&#62;alert(1)&#60;/script&#62;</title>");
  });

  test("renderErrorPage lists errors with line and column for the page script", () => {
    const page = renderErrorPage("c.yaml", [
      {
        severity: "error",
        code: "x",
        path: ["statements", 0, "speaker"],
        message: 'unknown actor "puttin"',
        line: 17,
        column: 14,
      },
    ]);
    const data = JSON.parse(/id="briefline-data">([\s\S]*?)<\/script>/.exec(page)?.[1] ?? "{}");
    expect(data.errors).toEqual([
      { message: 'unknown actor "puttin"', line: 17, column: 14, path: "statements[0].speaker" },
    ]);
  });

  test("renderErrorPage gives each error its source line and caret when given the file's text, as the terminal does", () => {
    const source = ["statements:", "  - id: s1", "    speaker: puttin", `    summary: ${"x".repeat(400)}`].join("\n");
    const issue = (line: number, column: number) => ({
      severity: "error" as const,
      code: "x",
      path: ["statements", 0],
      message: "m",
      line,
      column,
    });
    const page = renderErrorPage("c.yaml", [issue(3, 14), issue(4, 300), issue(9, 1)], { source });
    const data = JSON.parse(/id="briefline-data">([\s\S]*?)<\/script>/.exec(page)?.[1] ?? "{}");
    expect(data.errors[0]).toMatchObject({ source: "    speaker: puttin", caret: 13 });
    // A long line is cut around the column, and the caret still points at it.
    const long = data.errors[1] as { source: string; caret: number };
    expect(long.source.length).toBeLessThanOrEqual(162);
    expect(long.source.startsWith("…") && long.source.endsWith("…")).toBe(true);
    expect(long.source[long.caret]).toBe("x");
    // A line the file does not have: no excerpt.
    expect(data.errors[2].source).toBeUndefined();
  });
});

describe("escaping", () => {
  test("jsonForHtml keeps </script> and <!-- out of a script element and parses back unchanged", () => {
    const value = { a: "</script><!-- & \u2028 \u2029 >" };
    const text = jsonForHtml(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });

  test("escapeHtml escapes the five special characters", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      "&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#60;/a&#62;",
    );
  });
});
