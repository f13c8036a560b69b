import { Parser } from "htmlparser2";

/** Readable text of an HTML page and what its head says about the article. */
export interface HtmlArticle {
  text: string;
  meta: { title?: string; publisher?: string; author?: string; url?: string; published?: string; language?: string };
}

const SKIP = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "nav",
  "header",
  "footer",
  "aside",
  "form",
  "button",
  "iframe",
  "figure",
  "figcaption",
  "select",
]);
const BLOCK = new Set([
  "p",
  "div",
  "section",
  "article",
  "main",
  "br",
  "li",
  "ul",
  "ol",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "blockquote",
  "pre",
  "tr",
  "table",
  "dd",
  "dt",
  "hr",
]);

/**
 * The readable text of an HTML article: paragraphs and headings each on their own
 * line, scripts, styles, navigation, headers, footers and asides left out, entities
 * decoded. Reads the title, site name, author, canonical address, publication time
 * and language from the head (Open Graph and article: meta tags), as defaults for the
 * source record.
 *
 * @example
 * htmlToText("<title>T</title><p>Moscow warned.</p>").text // "Moscow warned."
 */
export function htmlToText(html: string): HtmlArticle {
  const lines: string[] = [];
  let line = "";
  let skipping = 0;
  let inTitle = false;
  let title = "";
  const meta: HtmlArticle["meta"] = {};
  const flush = () => {
    const clean = line.replace(/\s+/g, " ").trim();
    if (clean) lines.push(clean);
    line = "";
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (SKIP.has(name)) skipping++;
        if (BLOCK.has(name)) flush();
        if (name === "title") inTitle = true;
        if (name === "html" && attrs.lang) meta.language = attrs.lang.split("-")[0]?.toLowerCase();
        if (name === "meta") readMeta(attrs, meta);
        if (name === "link" && attrs.rel === "canonical" && attrs.href) meta.url = attrs.href;
        if (name === "time" && attrs.datetime && !meta.published) meta.published = attrs.datetime.slice(0, 10);
      },
      ontext(text) {
        if (inTitle) title += text;
        else if (skipping === 0) line += text;
      },
      onclosetag(name) {
        if (SKIP.has(name)) skipping = Math.max(0, skipping - 1);
        if (BLOCK.has(name)) flush();
        if (name === "title") inTitle = false;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();
  if (!meta.title && title.trim()) meta.title = title.replace(/\s+/g, " ").trim();
  return { text: lines.join("\n"), meta };
}

function readMeta(attrs: Record<string, string>, meta: HtmlArticle["meta"]): void {
  const key = (attrs.property ?? attrs.name ?? "").toLowerCase();
  const value = attrs.content?.trim();
  if (!value) return;
  if (key === "og:title") meta.title = value;
  else if (key === "og:site_name") meta.publisher = value;
  else if (key === "author" || key === "article:author") meta.author = value;
  else if (key === "og:url" && !meta.url) meta.url = value;
  else if (key === "article:published_time" || key === "date" || key === "pubdate") meta.published = value.slice(0, 10);
}
