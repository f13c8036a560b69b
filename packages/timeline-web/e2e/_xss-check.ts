// What the web safety tests watch and inspect in a page opened in Chromium: dialogs,
// the payloads' console marker and global, every request, the DOM's elements,
// attributes and links, Content-Security-Policy violations, and exported SVG.
import type { BrowserContext, Page } from "playwright-core";
import { MARKER } from "./_xss.js";

/** Everything a page did that it should not have; each list must stay empty. */
export interface Watch {
  dialogs: string[];
  markers: string[];
  /** Requests to anything but the allowed URLs. */
  requests: string[];
  /** Of those, the ones the browser refused to send, with its reason (e.g. net::ERR_BLOCKED_BY_CSP). */
  blocked: string[];
  popups: string[];
  errors: string[];
}

/** What {@link watchPage} must report for a page that stayed inert. */
export const INERT: Watch = { dialogs: [], markers: [], requests: [], blocked: [], popups: [], errors: [] };

/**
 * Watches a page from before it loads. `allowed` says which request URLs are the page's
 * own (the page itself, the live-reload endpoint, the blob URLs of its own exports).
 * Requests a Content-Security-Policy blocks are reported too, so a payload that tried
 * to load something is caught with or without the policy.
 */
export async function watchPage(context: BrowserContext, allowed: (url: string) => boolean): Promise<Watch> {
  const watch: Watch = { dialogs: [], markers: [], requests: [], blocked: [], popups: [], errors: [] };
  // Violations are recorded in the page, before any of its code runs.
  await context.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener(
      "securitypolicyviolation",
      (e) => w.__violations.push(`${e.effectiveDirective} ${e.blockedURI}`),
      true,
    );
  });
  context.on("request", (r) => {
    if (!allowed(r.url())) watch.requests.push(`${r.method()} ${r.url()}`);
  });
  // Chromium reports a request even when the Content-Security-Policy stops it before the network.
  context.on("requestfailed", (r) => {
    if (!allowed(r.url())) watch.blocked.push(`${r.url()} ${r.failure()?.errorText}`);
  });
  // The test opens one page per context: any other is a popup a payload or a link opened.
  context.on("page", (p) => {
    if (context.pages().length > 1) watch.popups.push(p.url());
  });
  context.on("console", (m) => {
    if (m.text().includes(MARKER)) watch.markers.push(m.text());
    if (m.type() === "error" && !m.text().includes(MARKER)) watch.errors.push(m.text());
  });
  context.on("dialog", (d) => {
    watch.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => {});
  });
  context.on("weberror", (e) => watch.errors.push(`pageerror: ${e.error().message}`));
  return watch;
}

/** What a payload that ran left in the page, and CSP violations so far. */
export function pageTraces(page: Page): Promise<{ xss: unknown; violations: string[] }> {
  return page.evaluate(() => {
    const w = window as unknown as { __xss?: unknown; __violations?: string[] };
    return { xss: w.__xss, violations: [...(w.__violations ?? [])] };
  });
}

/**
 * Inspects the whole document: no element a payload would bring (script beyond the
 * page's two, iframe, img, svg animation…), no `on*` attribute, no address-bearing
 * attribute but `a[href]` with http or https, no style attribute that loads or runs
 * anything. Returns the problems found, and the links for the caller to check.
 */
export function inspectDom(page: Page): Promise<{ problems: string[]; links: string[]; elements: number }> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const links: string[] = [];
    const FORBIDDEN = new Set([
      "iframe",
      "frame",
      "frameset",
      "object",
      "embed",
      "applet",
      "img",
      "image",
      "picture",
      "video",
      "audio",
      "source",
      "track",
      "base",
      "link",
      "form",
      "animate",
      "set",
      "animatetransform",
      "animatemotion",
      "foreignobject",
      "math",
      "use",
      "template",
      "portal",
      "noscript",
      "marquee",
    ]);
    const URL_ATTRS = new Set([
      "href",
      "xlink:href",
      "src",
      "srcset",
      "srcdoc",
      "action",
      "formaction",
      "data",
      "poster",
      "background",
      "ping",
      "codebase",
      "manifest",
    ]);
    const all = document.querySelectorAll("*");
    for (const el of all) {
      const tag = el.localName.toLowerCase();
      const where = `<${el.localName}${el.id ? `#${el.id}` : ""} class="${el.getAttribute("class") ?? ""}">`;
      if (FORBIDDEN.has(tag)) problems.push(`element ${where}`);
      for (const attr of el.attributes) {
        const name = attr.name.toLowerCase();
        if (name.startsWith("on")) problems.push(`handler ${name} on ${where}`);
        if (URL_ATTRS.has(name)) {
          if (tag === "a" && name === "href" && /^https?:\/\//.test(attr.value)) links.push(attr.value);
          else problems.push(`${name}="${attr.value.slice(0, 80)}" on ${where}`);
        }
        if (name === "style" && /url\(|expression|javascript|@import|behavior/i.test(attr.value))
          problems.push(`style="${attr.value.slice(0, 80)}" on ${where}`);
        if (name === "http-equiv" && attr.value.toLowerCase() !== "content-security-policy")
          problems.push(`http-equiv=${attr.value}`);
      }
    }
    const scripts = [...document.scripts];
    if (scripts.length !== 2 || scripts[0]?.id !== "briefline-data" || scripts[0]?.type !== "application/json")
      problems.push(`${scripts.length} script elements: ${scripts.map((s) => s.outerHTML.slice(0, 60)).join(" ")}`);
    if (document.querySelectorAll("style").length !== 2)
      problems.push(`${document.querySelectorAll("style").length} style elements`);
    if (document.querySelectorAll("meta").length !== 5)
      problems.push(`${document.querySelectorAll("meta").length} meta elements`);
    // Every link is an absolute http(s) address that opens apart from the page.
    for (const a of document.querySelectorAll("a[href]")) {
      const rel = a.getAttribute("rel") ?? "";
      if (!/noopener/.test(rel) || !/noreferrer/.test(rel)) problems.push(`link without noopener: ${a.outerHTML}`);
    }
    return { problems, links, elements: all.length };
  });
}

/**
 * Checks an exported SVG document as text: no `<script`, no active element, and no
 * attribute that is a handler (`on*`), a link (`href`, `xlink:href`, `src`) or a
 * reference to anything but the document itself (`url(#…)`). Returns the problems.
 * Text nodes and attribute values such as `aria-label` hold the payloads: that is the
 * data, escaped, drawn as text.
 */
export function svgProblems(text: string): string[] {
  const problems: string[] = [];
  if (/<script/i.test(text)) problems.push("a <script element");
  const active = /<(foreignObject|iframe|image|use|a|animate\w*|set|handler|listener)[\s>/]/i.exec(text);
  if (active) problems.push(`an active element <${active[1]}>`);
  for (const tag of text.match(/<[^>]*>/g) ?? []) {
    // The serializer writes every value in double quotes, with `"` escaped inside.
    const rest = tag.replace(/\s[^\s=]+="[^"]*"/g, "");
    if (!/^<\/?[\w:-]+\s*\/?>$|^<\?xml[^>]*\?>$/.test(rest)) problems.push(`unparsed tag ${tag.slice(0, 120)}`);
    for (const [, name = "", value = ""] of tag.matchAll(/\s([^\s=]+)="([^"]*)"/g)) {
      if (/^on/i.test(name)) problems.push(`handler ${name} in ${tag.slice(0, 80)}`);
      if (/^(xlink:)?href$|^src$/i.test(name)) problems.push(`link ${name}="${value.slice(0, 60)}"`);
      if (/url\((?!#)|javascript:|vbscript:|data:/i.test(value) && !/^(data-|aria-)/.test(name))
        problems.push(`reference ${name}="${value.slice(0, 60)}"`);
    }
  }
  const style = /<style[^>]*>([\s\S]*?)<\/style>/i.exec(text)?.[1] ?? "";
  if (/@import|url\((?!#)|expression\(|javascript:/i.test(style))
    problems.push("the style sheet loads or runs something");
  // Outside tags, markup characters only appear escaped.
  const outside = text.replace(/<[^>]*>/g, "");
  if (/[<>]/.test(outside)) problems.push("an unescaped < or > in text");
  return problems;
}

/**
 * Injects inline code the page did not ship (a script element, a handler attribute,
 * markup with onerror, a style element, an external script) and reports what ran
 * and which CSP violations fired.
 */
export function probeCsp(page: Page): Promise<{ injected: unknown; violations: string[]; own: boolean }> {
  return page.evaluate(async () => {
    const w = window as unknown as { __injected?: unknown; __violations: string[]; briefline?: unknown };
    const before = w.__violations.length;
    const script = document.createElement("script");
    script.textContent = "window.__injected = 'inline script'";
    document.body.append(script);
    const div = document.createElement("div");
    div.setAttribute("onclick", "window.__injected = 'handler attribute'");
    document.body.append(div);
    div.click();
    const holder = document.createElement("div");
    holder.innerHTML = `<img src="x" onerror="window.__injected = 'onerror'">`;
    document.body.append(holder);
    const style = document.createElement("style");
    style.textContent = "body { outline: 3px solid red }";
    document.head.append(style);
    const external = document.createElement("script");
    external.src = "http://127.0.0.1:9/xss/external.js";
    document.body.append(external);
    await new Promise((r) => setTimeout(r, 300));
    const outlined = getComputedStyle(document.body).outlineStyle === "solid";
    for (const el of [script, div, holder, style, external]) el.remove();
    return {
      injected: w.__injected ?? (outlined ? "style element" : undefined),
      violations: w.__violations.slice(before),
      own: typeof w.briefline === "object",
    };
  });
}
