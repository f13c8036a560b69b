import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { parseChronicle } from "@briefline/core";
import { describe, expect, it } from "vitest";
import { serve } from "../commands/serve.js";
import { examplePath, repoRoot, run, tempDir } from "../test-support/run.js";
import { type CodeBlock, codeBlocks, shellWords } from "./_code-blocks.js";

// Issue 12, item 2: every chronicle and every `briefline` command shown in README.md,
// docs/ and the examples' READMEs is run, so a reader who copies one gets what it says.

function markdownFiles(): string[] {
  const out = [join(repoRoot, "README.md")];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith(".md")) out.push(path);
    }
  };
  walk(join(repoRoot, "docs"));
  walk(join(repoRoot, "examples"));
  return out;
}

const blocks: CodeBlock[] = markdownFiles().flatMap((path) =>
  codeBlocks(readFileSync(path, "utf8"), relative(repoRoot, path)),
);
const chronicles = blocks.filter(
  (b) => ["yaml", "yml", "json"].includes(b.lang) && /^\s*"?briefline"?\s*:/m.test(b.text),
);
const CLI = /^(?:briefline|node apps\/cli\/dist\/main\.js)\s/;
const commands = blocks
  .filter((b) => ["sh", "bash", "shell", "console", ""].includes(b.lang))
  .flatMap((b) =>
    b.text
      .split("\n")
      .map((text, i) => ({ where: `${b.file}:${b.line + i}`, text: text.trim() }))
      .filter((c) => CLI.test(c.text) || /\|\s*briefline\s/.test(c.text)),
  );

describe("the chronicles in README.md and docs/", () => {
  it("there are some to check", () => {
    expect(chronicles.length).toBeGreaterThan(0);
  });
  for (const block of chronicles) {
    it(`${block.file}:${block.line} is a valid chronicle`, () => {
      const result = parseChronicle(block.text, { filename: `${block.file}:${block.line}` });
      expect(result.ok ? [] : result.errors.map((e) => `${e.line}:${e.column} ${e.message}`)).toEqual([]);
    });
  }
});

/**
 * A folder with the files the documented commands name: the example as chronicle.yaml
 * (and at its own path), an older copy as last-week.yaml, an article as .txt and .md,
 * and a TTF font under the name the docs use for a CJK fallback.
 */
function workspace(): string {
  const dir = tempDir();
  mkdirSync(join(dir, "examples/eef-2025"), { recursive: true });
  copyFileSync(examplePath, join(dir, "examples/eef-2025/chronicle.yaml"));
  copyFileSync(examplePath, join(dir, "chronicle.yaml"));
  copyFileSync(examplePath, join(dir, "last-week.yaml"));
  const article = join(repoRoot, "eval/extract/texts/strait-drills/article.txt");
  copyFileSync(article, join(dir, "article.txt"));
  copyFileSync(article, join(dir, "article.md"));
  // The docs name a CJK font; any TTF shows that --font takes one.
  const pdf = createRequire(join(repoRoot, "packages/report-pdf/package.json"));
  copyFileSync(pdf.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf"), join(dir, "NotoSansCJK-Regular.ttf"));
  return dir;
}

/** Runs `serve <file>` until the page answers, on a free port instead of 8080. */
async function serveOnce(args: string[], cwd: string): Promise<number> {
  const file = args.find((a) => !a.startsWith("-")) as string;
  const controller = new AbortController();
  const sink = { write: () => true } as unknown as NodeJS.WritableStream;
  let url = "";
  const done = serve(file, { port: "0" }, { cwd, stdout: sink, stderr: sink, stdin: process.stdin, env: {} } as never, {
    signal: controller.signal,
    onListen: (u) => {
      url = u;
    },
  });
  for (let i = 0; i < 200 && !url; i++) await new Promise((r) => setTimeout(r, 25));
  const status = url ? (await fetch(url)).status : 0;
  controller.abort();
  await done;
  return status;
}

describe("the commands in README.md and docs/", () => {
  const dir = workspace();
  it("there are some to run", () => {
    expect(commands.length).toBeGreaterThan(5);
  });
  for (const command of commands) {
    it(`${command.where}: ${command.text}`, { timeout: 60_000 }, async () => {
      for (const part of splitOn(shellWords(command.text), "&&")) {
        const [feed, cli] = part.includes("|") ? splitOn(part, "|") : [undefined, part];
        const args = (cli as string[]).slice((cli as string[])[0] === "node" ? 2 : 1);
        if (args[0] === "serve") {
          expect(await serveOnce(args.slice(1), dir)).toBe(200);
          continue;
        }
        const r = await run(args, { cwd: dir, stdin: feed ? stdinOf(feed, dir) : undefined });
        expect({ code: r.code, stderr: r.stderr }).toMatchObject({ code: 0 });
      }
    });
  }
});

function splitOn(words: string[], op: string): string[][] {
  const parts: string[][] = [[]];
  for (const w of words) {
    if (w === op) parts.push([]);
    else parts[parts.length - 1]?.push(w);
  }
  return parts;
}

/** What the left side of a documented pipe gives: a file's content, or an article for a download. */
function stdinOf(feed: string[], dir: string): string {
  if (feed[0] === "cat") return readFileSync(join(dir, feed[1] as string), "utf8");
  if (feed[0] === "curl") return readFileSync(join(dir, "article.txt"), "utf8");
  throw new Error(`the docs pipe from ${feed.join(" ")}, which this test cannot stand in for`);
}
