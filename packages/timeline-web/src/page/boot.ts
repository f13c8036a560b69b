// The script of the standalone page: reads the JSON data island and draws the timeline
// (or, for `briefline serve`, the list of errors), then listens for live reloads.
import { entriesOf, type Media, shortenText } from "@briefline/core";
import { fitDomain } from "@briefline/core/layout";
import { h, safeHref } from "../dom.js";
import { createTimeline } from "../timeline.js";
import type { PageData } from "./render-page.js";

function boot(doc: Document): void {
  const host = doc.getElementById("briefline-page");
  const island = doc.getElementById("briefline-data");
  if (!host || !island) return;
  host.replaceChildren();
  const data = JSON.parse(island.textContent ?? "{}") as PageData;
  if (data.errors) showErrors(doc, host, data);
  else if (data.chronicle) showTimeline(doc, host, data);
  if (data.liveReload) listen(doc, data.liveReload);
}

/**
 * The chronicle's own media (a TimelineJS title slide's picture and background) as links
 * under the title: the page fetches nothing, as for an item's media in the details panel.
 */
function chronicleMedia(doc: Document, media: readonly Media[] | undefined): HTMLElement | null {
  const links = (media ?? []).map((m) => {
    const href = safeHref(m.url);
    const label = h(doc, "bdi", {}, m.caption ?? m.alt ?? m.url);
    const what = [m.role === "background" ? "background image" : null, m.credit ? `credit: ${m.credit}` : null]
      .filter(Boolean)
      .join(", ");
    return h(
      doc,
      "li",
      {},
      href ? h(doc, "a", { href, target: "_blank", rel: "noopener noreferrer nofollow" }, label) : label,
      what ? ` (${what})` : null,
    );
  });
  return links.length ? h(doc, "ul", { class: "blp-media", "aria-label": "Media" }, ...links) : null;
}

function showTimeline(doc: Document, host: HTMLElement, data: PageData): void {
  const chronicle = data.chronicle as NonNullable<PageData["chronicle"]>;
  const o = data.options;
  const marking = chronicle.briefing?.marking;
  const banner = () => (marking ? h(doc, "div", { class: "blp-marking", role: "note" }, marking) : null);
  const app = h(doc, "main", { id: "briefline-app" });
  // The footer counts what the filters show, as the summary above the chart does.
  const footerText = (shown: number, total: number) =>
    `${shown === total ? `${total} items` : `${shown} of ${total} items shown`} · times in ${chronicle.timezone ?? "UTC"} · made with Briefline${o.footer ? ` · ${o.footer}` : ""}`;
  // Filled once the timeline has counted what its filters show.
  const footer = h(doc, "footer", { class: "blp-footer" });
  host.append(
    ...[banner()].filter((x): x is HTMLDivElement => x !== null),
    h(
      doc,
      "header",
      { class: "blp-header" },
      h(doc, "h1", { dir: "auto" }, o.title),
      // Cut at a word with one ellipsis (a CSS line clamp wrote "force.…"); the whole text is the tooltip.
      chronicle.description
        ? h(doc, "p", { dir: "auto", title: chronicle.description }, shortenText(chronicle.description, 320))
        : null,
      chronicleMedia(doc, chronicle.media),
    ),
    app,
    footer,
    ...[banner()].filter((x): x is HTMLDivElement => x !== null),
  );
  doc.title = o.title;
  let domain: [number, number] | undefined;
  if (o.range) {
    const fit = fitDomain(entriesOf(chronicle));
    domain = [o.range[0] ?? fit[0], o.range[1] ?? fit[1]];
    if (!(domain[1] > domain[0])) domain = undefined;
  }
  const timeline = createTimeline(app, chronicle, {
    laneBy: o.laneBy,
    domain,
    open: "story",
    filter: o.filter,
    theme: o.theme,
    title: o.title,
    hash: true,
    styles: false,
    images: o.images === true,
  });
  // A deep link's filter was applied while the timeline was made, before anyone listened.
  const { shown, total } = timeline.counts();
  footer.textContent = footerText(shown, total);
  timeline.on("filter", ({ shown, total }) => {
    footer.textContent = footerText(shown, total);
  });
  const theme = () => {
    const t = app.querySelector<HTMLElement>(".blt")?.dataset.theme ?? "auto";
    doc.documentElement.className = t === "auto" ? "" : `blp-${t}`;
    doc.body.className = doc.documentElement.className;
  };
  theme();
  new (doc.defaultView as Window & typeof globalThis).MutationObserver(theme).observe(app, {
    attributes: true,
    subtree: true,
    attributeFilter: ["data-theme"],
  });
  (doc.defaultView as Window & { briefline?: unknown }).briefline = timeline;
}

function showErrors(doc: Document, host: HTMLElement, data: PageData): void {
  const errors = data.errors ?? [];
  doc.title = data.options.title;
  host.append(
    h(
      doc,
      "section",
      { class: "blp-errors", role: "alert" },
      h(doc, "h1", {}, `${data.file ?? "The chronicle"} has ${errors.length} error${errors.length === 1 ? "" : "s"}`),
      h(doc, "p", {}, "Fix the file and save: this page reloads by itself. The server keeps running."),
      h(
        doc,
        "ul",
        {},
        ...errors.map((e) =>
          h(
            doc,
            "li",
            { "data-line": e.line ?? null, "data-column": e.column ?? null },
            h(doc, "code", {}, `${data.file ?? ""}${e.line ? `:${e.line}` : ""}${e.column ? `:${e.column}` : ""}`),
            e.path ? h(doc, "span", {}, ` ${e.path}`) : null,
            h(doc, "div", { dir: "auto" }, e.message),
            e.source !== undefined
              ? h(
                  doc,
                  "pre",
                  { class: "blp-excerpt" },
                  `${e.line} | ${e.source}${e.caret !== undefined ? `\n${" ".repeat(String(e.line).length)} | ${" ".repeat(e.caret)}^` : ""}`,
                )
              : null,
            e.hint ? h(doc, "div", { class: "blp-hint", dir: "auto" }, `hint: ${e.hint}`) : null,
          ),
        ),
      ),
    ),
  );
}

function listen(doc: Document, url: string): void {
  const view = doc.defaultView as Window & typeof globalThis;
  if (!("EventSource" in view)) return;
  const source = new view.EventSource(url);
  source.addEventListener("reload", () => view.location.reload());
}

boot(document);
