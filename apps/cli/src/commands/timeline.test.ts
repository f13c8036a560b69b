import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { examplePath, run, tempDir } from "../test-support/run.js";

const bundled = existsSync(new URL("../../../../packages/timeline-web/dist/_bundle.js", import.meta.url));

describe.skipIf(!bundled)("briefline timeline", () => {
  it("timeline -o writes one self-contained HTML page and says where", async () => {
    const dir = tempDir();
    const before = statSync(examplePath).mtimeMs;
    const r = await run(["timeline", examplePath, "-o", "timeline.html"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/wrote timeline\.html \(37 items, \d+ KiB\)/);
    const html = readFileSync(join(dir, "timeline.html"), "utf8");
    expect(html).toContain("Content-Security-Policy");
    expect(html).toContain('id="briefline-data"');
    expect(statSync(examplePath).mtimeMs).toBe(before);
  });

  it("timeline --lanes --from --to --kind carries the view into the page", async () => {
    const r = await run([
      "timeline",
      examplePath,
      "-o",
      "-",
      "--lanes",
      "kind",
      "--from",
      "2025-09-01",
      "--to",
      "2025-09-07",
      "--kind",
      "threat,offer",
      "--title",
      "Week one",
    ]);
    expect(r.code).toBe(0);
    const data = JSON.parse(/id="briefline-data">([\s\S]*?)<\/script>/.exec(r.stdout)?.[1] ?? "{}");
    expect(data.options).toMatchObject({ title: "Week one", laneBy: "kind", filter: { kinds: ["threat", "offer"] } });
    expect(data.options.range).toEqual([Date.UTC(2025, 8, 1), Date.UTC(2025, 8, 8)]);
  });

  it("timeline --lanes group --images carries both into the page; without --images the page loads no image", async () => {
    const r = await run(["timeline", examplePath, "-o", "-", "--lanes", "group", "--images"]);
    expect(r.code).toBe(0);
    const data = JSON.parse(/id="briefline-data">([\s\S]*?)<\/script>/.exec(r.stdout)?.[1] ?? "{}");
    expect(data.options).toMatchObject({ laneBy: "group", images: true });
    expect(r.stdout).toContain("img-src data: blob: https: http:");
    const plain = await run(["timeline", examplePath, "-o", "-"]);
    expect(plain.stdout).toContain("img-src data: blob:;");
    expect(plain.stdout).not.toContain('"images"');
  });

  it("timeline with a bad date, kind, actor or output name is a usage error and writes nothing", async () => {
    const dir = tempDir();
    for (const args of [
      ["--from", "2025-13"],
      ["--kind", "threatt"],
      ["--actor", "nobody"],
      ["--lanes", "sideways"],
    ]) {
      const r = await run(["timeline", examplePath, "-o", "t.html", ...args], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/error: .+\n\s+hint: /);
    }
    expect((await run(["timeline", examplePath, "-o", "t.pdf"], { cwd: dir })).code).toBe(2);
    expect(existsSync(join(dir, "t.html"))).toBe(false);
  });

  it("timeline of an invalid chronicle reports its errors with exit code 1 and leaves no file", async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, "bad.yaml"),
      "briefline: 1\ntitle: Bad\nstatements:\n  - { id: s, kind: threat, speaker: nobody, date: 2025-09-05, summary: x }\n",
    );
    const r = await run(["timeline", "bad.yaml", "-o", "t.html"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.yaml:4:\d+: error/);
    expect(existsSync(join(dir, "t.html"))).toBe(false);
  });

  it("timeline refuses to write over its input", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "c.html"), readFileSync(examplePath));
    const r = await run(["timeline", "c.html", "-o", "c.html"], { cwd: dir });
    expect(r.code).not.toBe(0);
  });

  it("timeline of a chronicle full of markup writes it only as escaped data: two scripts, two styles, no handler", async () => {
    const dir = tempDir();
    const hostile = [
      "<script>alert(1)</script>",
      `"'><img src=x onerror=alert(1)>`,
      "</script><script>alert(2)</script><!--",
      "</style><svg onload=alert(3)>",
      "a\u2028b\u2029c \u202Eevil",
    ];
    const text = (i: number) => hostile[i % hostile.length] as string;
    const chronicle = {
      briefline: 1,
      title: text(0),
      description: text(1),
      briefing: { marking: text(2), bluf: text(3) },
      actors: [{ id: "javascript:x", name: text(3), aliases: [text(4)], type: "person", title: text(1) }],
      sources: [{ id: "src", title: text(2), url: `https://example.org/"><script>alert(4)</script>` }],
      statements: hostile.map((_, i) => ({
        id: `s${i}`,
        kind: "threat",
        speaker: "javascript:x",
        date: "2025-09-05",
        summary: text(i),
        quote: { text: text(i + 1) },
        conditions: [{ kind: "if", text: text(i + 2) }],
        sources: [{ source: "src", excerpt: text(i + 3) }],
        tags: [text(i + 4)],
      })),
    };
    writeFileSync(join(dir, "hostile.json"), JSON.stringify(chronicle));
    const r = await run(["timeline", "hostile.json", "-o", "t.html", "--title", "</title><script>alert(5)</script>"], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    const page = readFileSync(join(dir, "t.html"), "utf8");
    const markup = page.replace(/(<(script|style)[^>]*>)[\s\S]*?(<\/\2>)/g, "$1$3");
    expect(markup.match(/<script/g)).toHaveLength(2);
    expect(markup.match(/<style/g)).toHaveLength(2);
    expect(markup).not.toMatch(/<(img|svg|iframe)\b/);
    expect((markup.match(/<[^>]*>/g) ?? []).filter((t) => /\son[a-z]+=/i.test(t))).toEqual([]);
    const island = /id="briefline-data">([\s\S]*?)<\/script>/.exec(page)?.[1] ?? "";
    expect(island).not.toMatch(/[<>\u2028\u2029]/);
    // Read back, the data is exactly what was written: nothing dropped, nothing rewritten.
    const data = JSON.parse(island);
    expect(data.chronicle.statements.map((x: { summary: string }) => x.summary)).toEqual(hostile);
    expect(data.options.title).toBe("</title><script>alert(5)</script>");
    expect(page).toContain("<title>&#60;/title&#62;&#60;script&#62;alert(5)&#60;/script&#62;</title>");
  });
});
