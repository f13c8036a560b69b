import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseChronicle } from "@briefline/core";
import { describe, expect, it } from "vitest";
import * as extractor from "../../../../packages/extract/src/index.js";
import { useExtractor } from "../io/_extract-core.js";
import { ARTICLE, runWith, tempDir } from "./_extract-test-support.js";

// Tests run the extractor's sources; the built CLI loads @briefline/extract.
useExtractor(extractor);

const statementsOf = (text: string) => {
  const r = parseChronicle(text);
  if (!r.ok) throw new Error(r.errors[0]?.message);
  return r.chronicle.statements ?? [];
};

describe("briefline extract", () => {
  it("extract article.txt --published prints valid candidates with spans, to stdout", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "article.txt"), ARTICLE);
    const r = await runWith(["extract", "article.txt", "--published", "2025-09-05", "--publisher", "Example Wire"], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    const statements = statementsOf(r.stdout);
    expect(statements.map((s) => [s.kind, s.status])).toEqual([
      ["threat", "candidate"],
      ["rejection", "candidate"],
      ["offer", "candidate"],
      ["appeal", "candidate"],
    ]);
    expect(statements[0]?.date).toBe("2025-09-03");
    expect(statements[0]?.sources?.[0]?.locator).toBe(`chars 0-${ARTICLE.indexOf("\n")}`);
    expect(statements[2]?.conditions).toEqual([{ kind: "only_if", text: "Belgrade recognised the border" }]);
    expect(r.stderr).toContain("article.txt: 4 statements");
  });

  it("extract -o writes a file that `briefline validate` accepts, and leaves the article untouched", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "article.txt"), ARTICLE);
    const r = await runWith(["extract", "article.txt", "--published", "2025-09-05", "-o", "candidates.yaml"], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    const v = await runWith(["validate", "candidates.yaml"], { cwd: dir });
    expect(v.code).toBe(0);
    expect(readFileSync(join(dir, "article.txt"), "utf8")).toBe(ARTICLE);
  });

  it("extract - reads standard input; front matter gives the source record", async () => {
    const dir = tempDir();
    const md = `---\ntitle: Standoff in the north\npublisher: Example Wire\npublished: 2025-09-05\nurl: https://example.org/a\n---\n# Standoff\n\n${ARTICLE}`;
    const r = await runWith(["extract", "-", "--format", "json"], { cwd: dir, stdin: md });
    expect(r.code).toBe(0);
    const c = JSON.parse(r.stdout);
    expect(c.sources[0]).toMatchObject({
      title: "Standoff in the north",
      publisher: "Example Wire",
      published: "2025-09-05",
      url: "https://example.org/a",
    });
    const span = c.statements[0].sources[0].locator.match(/chars (\d+)-(\d+)/);
    expect(md.slice(Number(span[1]), Number(span[2]))).toBe(ARTICLE.slice(0, ARTICLE.indexOf("\n")));
  });

  it("extract reads the text of an HTML page, not its scripts or navigation, and its meta tags", async () => {
    const dir = tempDir();
    const html = `<!doctype html><html lang="en"><head><title>Standoff</title><meta property="article:published_time" content="2025-09-05T08:00:00Z"><script>var warned = "Moscow warned that x would be destroyed";</script></head><body><nav>Home · World</nav><article>${ARTICLE.split(
      "\n",
    )
      .map((p) => `<p>${p.replace("&", "&amp;")}</p>`)
      .join("")}</article><footer>© Example</footer></body></html>`;
    writeFileSync(join(dir, "page.html"), html);
    const r = await runWith(["extract", "page.html"], { cwd: dir });
    expect(r.code).toBe(0);
    const statements = statementsOf(r.stdout);
    expect(statements).toHaveLength(4);
    expect(statements[0]?.date).toBe("2025-09-03");
    expect(r.stdout).not.toContain("Moscow");
    expect(r.stdout).toContain("title: Standoff");
  });

  it("extract drops a relative or non-http address from the page with a warning; --url gives the real one", async () => {
    const dir = tempDir();
    const page = (head: string) =>
      `<!doctype html><html><head><title>Standoff</title>${head}</head><body><article><p>${ARTICLE.split("\n")[0]}</p></article></body></html>`;
    writeFileSync(join(dir, "relative.html"), page('<link rel="canonical" href="/world/2025/story">'));
    writeFileSync(join(dir, "script.html"), page('<meta property="og:url" content="javascript:alert(1)">'));
    writeFileSync(join(dir, "front.md"), `---\nurl: www.example.org/story\n---\n${ARTICLE}`);
    for (const file of ["relative.html", "script.html", "front.md"]) {
      const r = await runWith(["extract", file, "--published", "2025-09-05"], { cwd: dir });
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(
        new RegExp(
          `warning: ${file.replace(".", "\\.")}: ignored its address ".+" \\(not an absolute http\\(s\\) address\\); give the article's address with --url`,
        ),
      );
      expect(r.stdout).not.toMatch(/^ {4}url:/m);
    }
    const given = await runWith(
      ["extract", "relative.html", "--published", "2025-09-05", "--url", "https://example.org/world/2025/story"],
      { cwd: dir },
    );
    expect(given.code).toBe(0);
    expect(given.stderr).not.toContain("ignored its address");
    expect(given.stdout).toContain("url: https://example.org/world/2025/story");
  });

  it("extract of several files gives one chronicle with a source each and actors once", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.txt"), ARTICLE);
    writeFileSync(join(dir, "b.txt"), "Aleksandar Vucic praised the European Union on Thursday.");
    const r = await runWith(["extract", "a.txt", "b.txt", "--published", "2025-09-05", "--format", "json"], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    const c = JSON.parse(r.stdout);
    expect(c.sources).toHaveLength(2);
    expect(c.actors.filter((a: { name: string }) => a.name === "Aleksandar Vucic")).toHaveLength(1);
    expect(r.stderr).not.toContain("[#"); // no progress bar when stderr is not a terminal
  });

  it("extract draws a progress bar on a terminal for many files", async () => {
    const dir = tempDir();
    for (const n of [1, 2, 3]) writeFileSync(join(dir, `${n}.txt`), ARTICLE);
    const r = await runWith(["extract", "1.txt", "2.txt", "3.txt", "--published", "2025-09-05", "-o", "out.yaml"], {
      cwd: dir,
      tty: true,
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("3/3 3.txt");
  });

  it("extract refuses an empty article, an unknown encoding and invalid UTF-8 with a hint, writing nothing", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "empty.txt"), "  \n\n");
    const empty = await runWith(["extract", "empty.txt", "-o", "out.yaml"], { cwd: dir });
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain("empty.txt: the article is empty");
    const unknown = await runWith(["extract", "empty.txt", "--encoding", "klingon"], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown encoding "klingon"');
    writeFileSync(join(dir, "latin.txt"), Buffer.from("Bogotá warned that troops would be destroyed.", "latin1"));
    const bad = await runWith(["extract", "latin.txt"], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("latin.txt: not valid utf-8");
    expect(bad.stderr).toContain("--encoding windows-1252");
    const good = await runWith(["extract", "latin.txt", "--encoding", "windows-1252", "--published", "2025-09-05"], {
      cwd: dir,
    });
    expect(good.code).toBe(0);
    expect(good.stdout).toContain("Bogotá");
    const missing = await runWith(["extract", "nope.txt"], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(existsSync(join(dir, "out.yaml"))).toBe(false);
  });

  it("extract rejects a publication date that is not a day", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.txt"), ARTICLE);
    const r = await runWith(["extract", "a.txt", "--published", "last tuesday"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--published must be a day such as 2025-09-05");
  });
});
