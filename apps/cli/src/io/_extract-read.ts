import type { CliEnv } from "../env.js";
import { CliError, usageError } from "../errors.js";
import type { ArticleMeta } from "./_extract-core.js";
import { htmlToText } from "./_extract-html.js";
import { firstHeading, markdownToText, splitFrontMatter } from "./_extract-markdown.js";
import { readInput } from "./read-input.js";

/** One article, read and turned into plain text, with what its file says about it. */
export interface Article {
  /** The path as given, or "<stdin>". */
  name: string;
  text: string;
  format: "text" | "markdown" | "html";
  meta: ArticleMeta;
}

/**
 * Reads an article file (or standard input for "-"): decodes it in the given encoding
 * (UTF-8 by default, refusing invalid bytes with a hint), reads front matter, turns
 * Markdown or HTML into plain text, and refuses an empty article.
 */
export async function readArticle(path: string, env: CliEnv, encoding: string | undefined): Promise<Article> {
  const name = path === "-" ? "<stdin>" : path;
  if (path === "-" && env.stdin.isTTY)
    throw usageError("no article given", "give article files, or pipe one in: cat article.txt | briefline extract -");
  const bytes = await readInput(path, env, "article");
  const raw = decode(bytes, name, encoding);
  if (raw.includes("\u0000"))
    throw new CliError(
      1,
      `${name}: contains NUL bytes: it looks binary, not text`,
      "give a text, Markdown or HTML article",
    );
  const format =
    /\.html?$/i.test(path) || /^\s*<(!doctype html|html|head|body|article|p)\b/i.test(raw)
      ? "html"
      : /\.(md|markdown)$/i.test(path)
        ? "markdown"
        : "text";
  let text: string;
  let meta: ArticleMeta = {};
  if (format === "html") {
    const html = htmlToText(raw);
    text = html.text;
    meta = clean(html.meta);
  } else {
    const front = splitFrontMatterSafely(raw, name);
    meta = clean(front.meta);
    text = format === "markdown" ? markdownToText(front.text) : front.text;
    if (format === "markdown" && !meta.title) {
      const heading = firstHeading(front.text);
      if (heading) meta.title = heading;
    }
  }
  if (text.trim() === "")
    throw new CliError(
      1,
      `${name}: the article is empty`,
      format === "html"
        ? "the page has no readable text outside scripts, navigation and footers"
        : "give a file with the article's text",
    );
  return { name, text: withoutControls(text), format, meta };
}

// An article is prose: a control character in it (an escape sequence written as
// "&#27;]0;…&#7;" in a page, a stray byte in a text file) or a bidi override is never part
// of what was said, and would reach the chronicle and later a terminal. Line breaks,
// tabs and carriage returns stay.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function withoutControls(text: string): string {
  return text.replace(CONTROLS, "");
}

function decode(bytes: Uint8Array, name: string, encoding: string | undefined): string {
  let decoder: InstanceType<typeof TextDecoder>;
  const label =
    encoding ??
    (bytes[0] === 0xff && bytes[1] === 0xfe
      ? "utf-16le"
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? "utf-16be"
        : "utf-8");
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    throw usageError(
      `unknown encoding "${encoding}"`,
      "use a WHATWG encoding label such as utf-8, latin1, windows-1252, utf-16le, koi8-r or gb18030",
    );
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new CliError(
      1,
      `${name}: not valid ${label}`,
      label === "utf-8"
        ? "if the file is in another encoding, say which: --encoding windows-1252 (or latin1, koi8-r, …)"
        : "check --encoding",
    );
  }
}

function splitFrontMatterSafely(raw: string, name: string): ReturnType<typeof splitFrontMatter> {
  try {
    return splitFrontMatter(raw);
  } catch (error) {
    throw new CliError(
      1,
      `${name}: the front matter is not valid YAML (${(error as Error).message.split("\n")[0]})`,
      "fix the block between the --- lines, or remove it and use --source-title, --published …",
    );
  }
}

function clean(meta: Record<string, string | undefined>): ArticleMeta {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(meta)) if (v) out[k] = typeof v === "string" ? withoutControls(v) : v;
  return out as ArticleMeta;
}
