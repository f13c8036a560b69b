import { LineCounter, parseDocument } from "yaml";
import type { Issue } from "../schema/issue.js";
import { yamlOverBudget } from "./_yaml-budget.js";
import { firstDuplicateKey } from "./json-duplicates.js";
import { positions } from "./json-positions.js";

type Place = { line: number; column: number };

/** Options for reading chronicle text. */
export interface ReadOptions {
  /** Shown in issues as `file:line:column`. */
  filename?: string;
  /**
   * Force a format. By default `.json` files are JSON, `.yaml`/`.yml` files YAML, and
   * other text is JSON when it starts with `{` and parses as JSON, else YAML.
   */
  format?: "yaml" | "json";
  /** YAML above this many characters is refused (YAML parsing needs ~20× the text in memory). Default 64 MiB. */
  maxYamlLength?: number;
  /**
   * Refuse JSON in which an object repeats a key (`JSON.parse` would keep the last value
   * without a word; YAML's parser refuses them always). The scan costs about half a
   * `JSON.parse`, so by default it runs on JSON up to 2 MB, the size of a file edited by
   * hand; larger files, written by programs, are scanned when this is true.
   */
  duplicateKeys?: boolean;
}

/** JSON up to this many characters is checked for repeated keys unless told otherwise. */
const DUPLICATE_SCAN_LIMIT = 2_000_000;

/** Plain data read from text, or the syntax errors that stopped it. */
export type ReadResult = { ok: true; data: unknown; format: "yaml" | "json" } | { ok: false; errors: Issue[] };

/**
 * Reads YAML or JSON text into plain data, with syntax errors placed at line and
 * column. JSON takes the fast path (`JSON.parse`, then a scan for repeated keys; see
 * `duplicateKeys`); YAML resists alias bombs (at most 100 aliases), duplicate keys and
 * runaway nesting.
 *
 * @example
 * readDocument("briefline: 1\ntitle: Test\n") // { ok: true, data: { briefline: 1, title: "Test" }, format: "yaml" }
 */
export function readDocument(input: string, options: ReadOptions = {}): ReadResult {
  const file = options.filename;
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === "") {
    return fail(
      file,
      1,
      1,
      "empty-file",
      "the file is empty",
      "start from `briefline init`, which writes a commented example",
    );
  }
  const name = file?.toLowerCase() ?? "";
  const yamlName = name.endsWith(".yaml") || name.endsWith(".yml");
  const format = options.format ?? (name.endsWith(".json") || (!yamlName && /^\s*\{/.test(text)) ? "json" : "yaml");
  const limit = options.maxYamlLength ?? 64 * 1024 * 1024;
  if (format === "json") {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      // Only guessed from a leading "{": a YAML flow mapping (`{briefline: 1, …}`) starts so
      // too. Retried as YAML only while small: YAML needs ~20× the text in memory.
      if (options.format === undefined && !name.endsWith(".json") && text.length <= Math.min(limit, 1 << 20)) {
        const yaml = readYaml(text, file);
        if (yaml.ok) return yaml;
      }
      return jsonError(text, error, file);
    }
    const repeated =
      (options.duplicateKeys ?? text.length <= DUPLICATE_SCAN_LIMIT) ? firstDuplicateKey(text) : undefined;
    if (repeated) {
      const [first, here] = positions(text, [repeated.first, repeated.offset]) as [Place, Place];
      return fail(
        file,
        here.line,
        here.column,
        "duplicate-key",
        `duplicate key "${repeated.key}": this object already has it at line ${first.line}, column ${first.column}`,
        "a field may appear only once in an object (JSON would keep only the last value); remove or rename one",
      );
    }
    return { ok: true, data, format };
  }
  if (text.length > limit) {
    return fail(
      file,
      1,
      1,
      "too-large",
      `the YAML text is ${size(text.length)}, above the ${size(limit)} limit for YAML`,
      "split the chronicle by period, or keep it as JSON, which loads many times faster: convert it once with a raised limit, `BRIEFLINE_MAX_YAML_MB=200 briefline convert big.yaml big.json` (YAML needs about 20× its size in memory)",
    );
  }
  // Old Mac files end lines with a carriage return alone, which YAML does not read as a
  // line break: the whole file would be one line, with a puzzling message at 1:1.
  if (!text.includes("\n") && text.includes("\r")) {
    return fail(
      file,
      1,
      text.indexOf("\r") + 1,
      "line-endings",
      "the lines end with a carriage return alone (old Mac line endings), which YAML does not read as line breaks",
      "save the file with LF or CRLF line endings, e.g. `tr '\\r' '\\n' < old.yaml > chronicle.yaml`",
    );
  }
  // The parser's memory follows the number of nodes, not the size: checked before it runs.
  const over = yamlOverBudget(text, limit);
  if (over) {
    const n = (x: number) => x.toLocaleString("en-US");
    return fail(
      file,
      1,
      1,
      "too-large",
      `the YAML text has ${n(over.count)} ${over.what}, above the ${n(over.allowed)} that the ${size(limit)} limit for YAML allows`,
      "write lists of mappings in block style (one field per line), or keep the chronicle as JSON, which loads many times faster; `BRIEFLINE_MAX_YAML_MB` raises the limit",
    );
  }
  return readYaml(text, file);
}

function readYaml(text: string, file: string | undefined): ReadResult {
  try {
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, {
      lineCounter,
      uniqueKeys: true,
      prettyErrors: false,
      strict: true,
      // Core never writes to the console: oddities surface as issues or not at all.
      logLevel: "error",
    });
    if (doc.errors.length > 0) {
      return {
        ok: false,
        errors: doc.errors.slice(0, 20).map((e) => {
          const pos = lineCounter.linePos(e.pos[0]);
          return syntaxIssue(
            file,
            pos.line,
            pos.col,
            e.code === "DUPLICATE_KEY" ? "duplicate-key" : "yaml-syntax",
            firstLine(e.message),
            yamlHint(e.code, e.message),
          );
        }),
      };
    }
    return { ok: true, data: doc.toJS({ maxAliasCount: 100 }), format: "yaml" };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/alias/i.test(message)) {
      return fail(
        file,
        1,
        1,
        "alias-bomb",
        "too many YAML aliases: the document expands far beyond its size",
        "write the repeated values out, or use fewer anchors and aliases",
      );
    }
    // The parser's own stack overflows on deep flow nesting ({a: {a: …}}); V8 may report
    // it inside a regular expression ("Invalid regular expression: … Maximum call stack").
    if (error instanceof RangeError || /Maximum call stack size exceeded/.test(message)) {
      const deep = positions(text, [deepestPoint(text)])[0] as Place;
      return fail(
        file,
        deep.line,
        deep.column,
        "too-deep",
        "the document is nested too deeply to read",
        "a chronicle needs at most a few levels of nesting",
      );
    }
    return fail(
      file,
      1,
      1,
      "yaml-syntax",
      `could not read the YAML: ${firstLine(message)}`,
      "check the indentation and quoting near the start",
    );
  }
}

function jsonError(text: string, error: unknown, file?: string): ReadResult {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof RangeError) {
    return fail(
      file,
      1,
      1,
      "too-deep",
      "the document is nested too deeply to read",
      "a chronicle needs at most a few levels of nesting",
    );
  }
  const position = /at position (\d+)/.exec(message);
  let line = 1;
  let column = 1;
  if (position) ({ line, column } = positions(text, [Number(position[1])])[0] as Place);
  else if (/Unexpected end of JSON input/i.test(message)) {
    const lines = text.split("\n");
    line = lines.length;
    column = (lines[lines.length - 1]?.length ?? 0) + 1;
  }
  const what = message.replace(/ in JSON at position \d+.*$/, "").replace(/^JSON\.parse: /, "");
  return fail(
    file,
    line,
    column,
    "json-syntax",
    `invalid JSON: ${what}`,
    "check for a missing comma or quote, or a trailing comma, just before this point",
  );
}

/** Where flow brackets first nest 256 deep (brackets in quoted text counted too: only a place to point at). */
function deepestPoint(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 123 || c === 91) {
      if (++depth === 256) return i;
    } else if (c === 125 || c === 93) depth = Math.max(0, depth - 1);
  }
  return 0;
}

/** A length in characters, readable: 120 characters, 64 KiB, 200 MiB. */
function size(chars: number): string {
  if (chars < 1024) return `${chars} characters`;
  if (chars < 1024 * 1024) return `${Math.round(chars / 1024)} KiB`;
  return `${Math.round(chars / 1048576)} MiB`;
}

function yamlHint(code: string, message: string): string {
  if (/closing (quote|"quote)/i.test(message)) return "close the quoted text with the same quote mark it opens with";
  switch (code) {
    case "MULTIPLE_DOCS":
      return "a chronicle is one YAML document: remove the `---` line, or split the file in two";
    case "DUPLICATE_KEY":
      return "a field may appear only once in a mapping; remove or rename one";
    case "BAD_INDENT":
    case "MISSING_CHAR":
      return "check the indentation: items of a list start with '- ' at the same column";
    case "TAB_AS_INDENT":
      return "YAML indents with spaces, never tabs";
    case "BAD_DQ_ESCAPE":
      return "in double quotes, write a backslash as \\\\ or use single quotes";
    default:
      return "quote text that contains ': ' or starts with a special character ([ { & * ! | > ' \" % @ `)";
  }
}

function firstLine(message: string): string {
  return (message.split("\n")[0] ?? message).replace(/ at line \d+, column \d+:?$/, "");
}

function syntaxIssue(
  file: string | undefined,
  line: number,
  column: number,
  code: string,
  message: string,
  hint: string,
): Issue {
  return { severity: "error", code, path: [], message, hint, line, column, ...(file === undefined ? {} : { file }) };
}

function fail(
  file: string | undefined,
  line: number,
  column: number,
  code: string,
  message: string,
  hint: string,
): ReadResult {
  return { ok: false, errors: [syntaxIssue(file, line, column, code, message, hint)] };
}
