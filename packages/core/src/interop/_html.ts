import { decodeHTML } from "entities";

/**
 * Slide HTML as Markdown: paragraphs and line breaks kept, links as [text](url), bold and
 * italics as ** and _, list items as "- ", every other tag dropped without adding space
 * (so "Korea <b>.</b>" does not become "Korea ."), entities decoded (&rsquo; → ’).
 */
export function htmlToMarkdown(html: string): string {
  // A field of the wrong type (a number, a list) reads as no text; the importer reports
  // the fields it checks, and none of them crashes here.
  if (typeof html !== "string") return "";
  const md = html
    .replace(/\s+/g, " ")
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/(p|div|h[1-6]|ul|ol|blockquote)>/gi, "\n\n")
    .replace(/<li[^>]*>/gi, "\n- ")
    .replace(/<a\s[^>]*?href\s*=\s*(["'])(.*?)\1[^>]*>(.*?)<\/a>/gi, (_, _q, href: string, label: string) => {
      const text = stripTags(label).trim();
      return `[${text || href}](${decodeHTML(href)})`;
    })
    .replace(/<(strong|b)(\s[^>]*)?>(.*?)<\/\1>/gi, "**$3**")
    .replace(/<(em|i)(\s[^>]*)?>(.*?)<\/\1>/gi, "_$3_");
  return decodeHTML(stripTags(md))
    .replace(/\u00a0/g, " ")
    .split("\n")
    .map((line) => line.replace(/[ \t]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Text of HTML without tags, entities decoded, white space collapsed: for headlines. */
export function htmlToText(html: string): string {
  if (typeof html !== "string") return "";
  return decodeHTML(stripTags(html.replace(/<br\s*\/?>/gi, " ")))
    .replace(/\s+/g, " ")
    .trim();
}

/** The Markdown this module writes, back as HTML: paragraphs, line breaks, links, bold, italics. */
export function markdownToHtml(md: string): string {
  return md
    .split(/\n{2,}/)
    .map((para) => {
      const html = escapeHtml(para)
        .replace(/\[([^\]]*)\]\(([^)\s]+)\)/g, (_, text: string, url: string) => `<a href="${url}">${text}</a>`)
        .replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>")
        .replace(/(^|\W)_(.+?)_(?=\W|$)/g, "$1<em>$2</em>")
        .replace(/\n/g, "<br>");
      return `<p>${html}</p>`;
    })
    .join("");
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function stripTags(s: string): string {
  return s.replace(/<[^>]*>/g, "");
}
