import { describe, expect, it } from "vitest";
import { codeBlocks, shellWords } from "./_code-blocks.js";

describe("codeBlocks", () => {
  it("codeBlocks(markdown) finds fenced blocks with their language and indented blocks after a blank line", () => {
    const md = "# T\n\n```yaml\na: 1\n```\n\ntext\n\n    briefline x\n    briefline y\n\nend\n";
    expect(codeBlocks(md, "f.md")).toEqual([
      { file: "f.md", line: 4, lang: "yaml", text: "a: 1" },
      { file: "f.md", line: 9, lang: "", text: "briefline x\nbriefline y" },
    ]);
  });
});

describe("shellWords", () => {
  it("shellWords(a command with quotes, a pipe and a comment) splits it as sh would", () => {
    expect(shellWords(`curl -s x | briefline extract - --publisher "Example Wire"   # note`)).toEqual([
      "curl",
      "-s",
      "x",
      "|",
      "briefline",
      "extract",
      "-",
      "--publisher",
      "Example Wire",
    ]);
    expect(shellWords("a && b 'c d'")).toEqual(["a", "&&", "b", "c d"]);
  });
});
