import { parse } from "yaml";

/** An article's text and the metadata its front matter gives. */
export interface ArticleText {
  text: string;
  meta: Record<string, string>;
}

const FRONT = /^(?:\uFEFF)?---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/**
 * Splits YAML front matter (`---` … `---` at the top) from the body. Keys read:
 * title, publisher (or source, site), author, url (or link), published (or date),
 * language (or lang). Other keys are ignored. Throws on front matter that is not YAML.
 *
 * @example
 * splitFrontMatter("---\ntitle: T\npublished: 2025-09-05\n---\nBody").meta.published // "2025-09-05"
 */
export function splitFrontMatter(input: string): ArticleText {
  const m = FRONT.exec(input);
  if (!m) return { text: input, meta: {} };
  const data = parse(m[1] ?? "") as Record<string, unknown> | null;
  const meta: Record<string, string> = {};
  const pick = (to: string, ...keys: string[]) => {
    for (const k of keys) {
      const v = data?.[k];
      if (v instanceof Date) meta[to] = v.toISOString().slice(0, 10);
      else if (v !== undefined && v !== null && String(v).trim()) meta[to] = String(v).trim();
      if (meta[to]) return;
    }
  };
  pick("title", "title");
  pick("publisher", "publisher", "source", "site");
  pick("author", "author");
  pick("url", "url", "link");
  pick("published", "published", "date");
  pick("language", "language", "lang");
  // Spaces in place of the front matter keep character offsets those of the file.
  return { text: blank(m[0]) + input.slice(m[0].length), meta };
}

const blank = (s: string) => s.replace(/[^\n]/g, " ");

/**
 * Plain text from Markdown: headings, emphasis, links (their text kept), images, code
 * fences, block quotes and list markers blanked out with spaces, so every character
 * keeps its offset and a candidate's span points into the Markdown file itself.
 *
 * @example
 * markdownToText("# Moscow **warned**.").trim() // "Moscow   warned  ." with markup turned to spaces
 */
export function markdownToText(md: string): string {
  return md
    .replace(/```[\s\S]*?```/g, blank)
    .replace(/!\[[^\]]*\]\([^)]*\)/g, blank)
    .replace(/\[([^\]]*)\]\([^)]*\)/g, (all, text: string) => ` ${text}${blank(all.slice(text.length + 1))}`)
    .replace(/^(\s{0,3})(#{1,6}\s+)/gm, (_, a: string, b: string) => a + blank(b))
    .replace(/^(\s{0,3})>/gm, "$1 ")
    .replace(/^(\s*)([-*+]|\d+\.)(\s+)/gm, (_, a: string, b: string, c: string) => a + blank(b) + c)
    .replace(/(\*\*|__)(.*?)\1/g, (_, m: string, t: string) => blank(m) + t + blank(m))
    .replace(/(^|[^*\w])([*_])([^*_\n]+)\2(?=[^*\w]|$)/g, (_, a: string, __: string, t: string) => `${a} ${t} `)
    .replace(/`([^`\n]*)`/g, " $1 ")
    .replace(/^\s*([-*_]\s*){3,}$/gm, blank);
}

/** The first Markdown heading, as a title when none is given. */
export function firstHeading(md: string): string | undefined {
  return /^\s{0,3}#\s+(.+)$/m.exec(md)?.[1]?.trim();
}
