import { describe, expect, it } from "vitest";
import { BASE_YAML, edit } from "../../test-fixtures/chronicles.js";
import { isWellFormed, tokenAt } from "../../test-fixtures/issues.js";
import { parseChronicle } from "./parse-chronicle.js";
import { readDocument } from "./read-document.js";

/** The errors of a text that must not load. */
function refused(text: string, filename = "c.yaml", maxYamlLength?: number) {
  const result = parseChronicle(text, maxYamlLength === undefined ? { filename } : { filename, maxYamlLength });
  if (result.ok) throw new Error("expected the text to be refused");
  for (const e of result.errors) expect(isWellFormed(e), `${e.code}: ${e.message}`).toBe(true);
  return result.errors;
}

describe("readDocument: YAML and JSON", () => {
  it('readDocument("briefline: 1\\ntitle: Test\\n") reads YAML', () => {
    expect(readDocument("briefline: 1\ntitle: Test\n")).toEqual({
      ok: true,
      data: { briefline: 1, title: "Test" },
      format: "yaml",
    });
  });

  it("readDocument(JSON text) takes the JSON path", () => {
    expect(readDocument('{"briefline": 1}')).toEqual({ ok: true, data: { briefline: 1 }, format: "json" });
  });

  it("readDocument(a YAML flow mapping starting with '{') is read as YAML, not refused as bad JSON", () => {
    expect(readDocument("{briefline: 1, title: Test}")).toMatchObject({
      ok: true,
      data: { briefline: 1, title: "Test" },
    });
    expect(readDocument("{briefline: 1, title: Test}", { filename: "c.yaml" })).toMatchObject({ ok: true });
  });

  it("readDocument(format forced) obeys it", () => {
    expect(readDocument("{briefline: 1}", { format: "json" }).ok).toBe(false);
    expect(readDocument('{"briefline": 1}', { format: "yaml" })).toMatchObject({ ok: true, format: "yaml" });
  });

  it("readDocument(YAML timestamps, yes/no) keeps them as text (YAML 1.2 core schema)", () => {
    expect(readDocument("a: 2025-09-05\nb: yes\nc: '036'\nd: 036\n")).toMatchObject({
      data: { a: "2025-09-05", b: "yes", c: "036", d: 36 },
    });
  });
});

describe("parseChronicle: bad input", () => {
  it("parseChronicle(malformed YAML) reports the syntax error at its line and column", () => {
    const [e] = refused(edit("    kind: offer", "    kind: offer: bad"));
    expect(e).toMatchObject({ code: "yaml-syntax", file: "c.yaml", line: 24, column: 11, path: [] });
    expect(e?.message).toBe("Nested mappings are not allowed in compact mappings");
    expect(e?.hint).toContain("quote text that contains ': '");
  });

  it("parseChronicle(an unclosed quote) hints at closing it", () => {
    const [e] = refused(edit("summary: Offers to meet in Moscow.", 'summary: "Offers to meet'));
    expect(e?.message).toMatch(/Missing closing "quote/);
    expect(e?.hint).toBe("close the quoted text with the same quote mark it opens with");
  });

  it("parseChronicle(a tab used for indentation) says YAML indents with spaces", () => {
    const [e] = refused(edit("    kind: offer", "\tkind: offer"));
    expect(e).toMatchObject({ line: 24, column: 1, hint: "YAML indents with spaces, never tabs" });
  });

  it("parseChronicle(malformed JSON) reports line and column", () => {
    const [e] = refused('{\n  "briefline": 1\n  "title": "T"\n}\n', "c.json");
    expect(e).toMatchObject({ code: "json-syntax", file: "c.json", line: 3, column: 3 });
    expect(e?.message).toMatch(/^invalid JSON: /);
  });

  it("parseChronicle(JSON with a trailing comma) points just after it", () => {
    const [e] = refused('{\n  "briefline": 1,\n  "title": "T",\n}\n', "c.json");
    expect(e).toMatchObject({ code: "json-syntax", line: 4, column: 1 });
    expect(e?.hint).toContain("trailing comma");
  });

  it("parseChronicle(truncated JSON) points at the end", () => {
    const [e] = refused('{\n  "briefline": 1,\n  "title": "T"', "c.json");
    expect(e).toMatchObject({ code: "json-syntax", line: 3 });
  });

  it("parseChronicle(a JSON chronicle with a bad value) places the issue in the JSON text", () => {
    const text =
      '{\n  "briefline": 1,\n  "title": "T",\n  "actors": [\n    {"id": "a", "name": "A", "type": "persn"}\n  ]\n}';
    const [e] = refused(text, "c.json");
    expect(e).toMatchObject({ path: ["actors", 0, "type"], line: 5, column: 38, hint: 'did you mean "person"?' });
    expect(tokenAt(text, e?.line, e?.column)).toBe('"persn"');
  });

  it("parseChronicle(a BOM) is ignored, and positions still count from the first visible character", () => {
    expect(parseChronicle(`\ufeff${BASE_YAML}`)).toMatchObject({ ok: true, warnings: [] });
    const [e] = refused(`\ufeff${edit("kind: offer", "kind: ofer")}`);
    expect(e).toMatchObject({ line: 24, column: 11 });
    const [j] = refused('\ufeff{"briefline": 1, "title": 5}', "c.json");
    expect(j).toMatchObject({ path: ["title"], line: 1, column: 27 });
  });

  it("parseChronicle(CRLF line endings) loads, and positions match the LF version", () => {
    expect(parseChronicle(BASE_YAML.replace(/\n/g, "\r\n"))).toMatchObject({ ok: true, warnings: [] });
    const text = edit("kind: offer", "kind: ofer").replace(/\n/g, "\r\n");
    const [e] = refused(text);
    expect(e).toMatchObject({ line: 24, column: 11 });
    expect(tokenAt(text, e?.line, e?.column)).toBe("ofer");
  });

  it("parseChronicle(CRLF inside text) leaves no carriage return in the values", () => {
    const result = parseChronicle(BASE_YAML.replace(/\n/g, "\r\n"));
    expect(JSON.stringify(result.ok && result.chronicle)).not.toContain("\\r");
  });

  it("parseChronicle(an empty file) says the file is empty", () => {
    expect(refused("")).toEqual([
      expect.objectContaining({ code: "empty-file", line: 1, column: 1, message: "the file is empty" }),
    ]);
  });

  it("parseChronicle(a whitespace-only file, or only a BOM) says the file is empty", () => {
    expect(refused("  \n\n\t \r\n")[0]?.code).toBe("empty-file");
    expect(refused("\ufeff")[0]?.code).toBe("empty-file");
  });

  it("parseChronicle(only a comment) expects a mapping, found nothing", () => {
    expect(refused("# nothing here\n")[0]).toMatchObject({
      code: "not-a-chronicle",
      message: expect.stringMatching(/found nothing$/),
    });
  });

  it("parseChronicle(a top-level list) expects a mapping, found a list", () => {
    expect(refused("- a\n- b\n")[0]).toMatchObject({
      code: "not-a-chronicle",
      line: 1,
      column: 1,
      message: "expected a mapping with briefline: 1, title, actors, statements…, found a list of 2",
    });
  });

  it("parseChronicle(a top-level text) expects a mapping, found the text", () => {
    expect(refused("hello\n")[0]?.message).toMatch(/found "hello"$/);
  });

  it("parseChronicle(a duplicate key) reports the second one", () => {
    const [e] = refused(edit("    kind: offer", "    kind: offer\n    kind: threat"));
    expect(e).toMatchObject({ code: "duplicate-key", line: 25, column: 5 });
    expect(e?.hint).toContain("only once");
  });

  it("parseChronicle(JSON repeating a key) reports the repeat at its line and column, and the first use", () => {
    const text = '{\n  "briefline": 1,\n  "title": "T",\n  "title": "U"\n}\n';
    const [e] = refused(text, "c.json");
    expect(e).toMatchObject({ code: "duplicate-key", line: 4, column: 3, file: "c.json" });
    expect(e?.message).toBe('duplicate key "title": this object already has it at line 3, column 3');
    expect(e?.hint).toContain("only once");
  });

  it("readDocument scans JSON for repeated keys up to 2 MB, and beyond only when asked", () => {
    const big = `{"pad": "${"x".repeat(2_000_001)}", "a": 1, "a": 2}`;
    expect(readDocument(big, { filename: "big.json" }).ok).toBe(true);
    expect(readDocument(big, { filename: "big.json", duplicateKeys: true })).toMatchObject({
      ok: false,
      errors: [{ code: "duplicate-key", line: 1 }],
    });
    expect(readDocument('{"a": 1, "a": 2}', { duplicateKeys: false }).ok).toBe(true);
  });

  it("parseChronicle(two YAML documents) says a chronicle is one document", () => {
    const [e] = refused(`${BASE_YAML}---\nbriefline: 1\n`);
    expect(e).toMatchObject({ code: "yaml-syntax", line: 46, column: 1 });
    expect(e?.hint).toContain("one YAML document");
  });

  it("parseChronicle(a YAML alias bomb) refuses it quickly instead of expanding it", () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (const [prev, name] of ["ab", "bc", "cd", "de", "ef", "fg", "gh", "hi"] as const) {
      lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(",")}]`);
    }
    const started = Date.now();
    const errors = refused(`${lines.join("\n")}\n`);
    expect(errors[0]).toMatchObject({ code: "alias-bomb", line: 1, column: 1 });
    expect(Date.now() - started).toBeLessThan(5000);
  }, 30_000);

  it("parseChronicle(a few legitimate aliases) is accepted", () => {
    const text = edit(
      "    sources: [{ source: wire, credibility: 2 }]\n  - id: rejection",
      "    sources: &src [{ source: wire, credibility: 2 }]\n  - id: rejection",
    );
    const result = parseChronicle(
      edit("    sources: [{ source: wire, credibility: 2 }]\nrelations", "    sources: *src\nrelations", text),
    );
    expect(result.ok).toBe(true);
  });

  it("parseChronicle(deeply nested YAML) says it is nested too deeply", () => {
    expect(refused(`a: ${"[".repeat(100_000)}${"]".repeat(100_000)}\n`)[0]).toMatchObject({
      code: "too-deep",
      message: "the document is nested too deeply to read",
    });
  }, 30_000);

  it("parseChronicle(deeply nested JSON) reports the problem without a crash", () => {
    const deep = `{"briefline": 1, "title": "T", "description": ${"[".repeat(100_000)}${"]".repeat(100_000)}}`;
    const errors = refused(deep, "c.json");
    expect(errors[0]).toMatchObject({ path: ["description"], code: "invalid-type" });
  }, 30_000);

  it("parseChronicle(YAML above the size limit) refuses it, naming both sizes, and suggests JSON", () => {
    const [e] = refused(BASE_YAML, "c.yaml", 100);
    expect(e).toMatchObject({ code: "too-large", line: 1, column: 1 });
    expect(e?.message).toBe(`the YAML text is ${BASE_YAML.length} characters, above the 100 characters limit for YAML`);
    expect(e?.hint).toContain("JSON");
  });

  it("parseChronicle(JSON above the YAML size limit) still loads: the limit is for YAML", () => {
    const json = JSON.stringify({ briefline: 1, title: "T" });
    expect(parseChronicle(json, { filename: "c.json", maxYamlLength: 10 }).ok).toBe(true);
  });

  it("parseChronicle(a non-scalar key) is reported as an unknown field, and nothing is printed", () => {
    const errors = refused("briefline: 1\ntitle: T\n? [a]\n: 1\n");
    expect(errors[0]?.code).toBe("unknown-field");
  });
});
