import {
  CREDIBILITY_LABELS,
  cameoCode,
  codingOf,
  type Entry,
  type Media,
  RELIABILITY_LABELS,
  type SourceRef,
} from "@briefline/core";
import { FAMILY_STYLE, familyOf, symbolPath } from "@briefline/core/layout";
import { clear, h, highlight, safeHref, svg } from "../dom.js";
import { formatFuzzy, kindLabel } from "../format.js";
import type { Model } from "../model.js";

/** The details panel of the selected item. */
export interface DetailsPanel {
  element: HTMLElement;
  show(entry: Entry | null, words: readonly string[]): void;
}

/**
 * Creates the details panel: summary, date, speaker and targets, the event it was said
 * at, quote, conditions, CAMEO/PLOVER coding and intensity, every source with its
 * Admiralty grades and link, and its relations (activating one moves to it). Media are
 * links; with `images: true`, image media (by their file name, or a thumbnail) are also
 * shown as pictures, which makes the browser fetch them.
 *
 * @example
 * const panel = createDetails(document, model, { select: (id) => t.select(id), close: () => t.select(null) });
 */
export function createDetails(
  doc: Document,
  model: Model,
  act: { select(id: string): void; close(): void },
  options: { images?: boolean } = {},
): DetailsPanel {
  const element = h(doc, "aside", { class: "blt-details", "aria-label": "Item details", tabindex: "-1", hidden: true });
  const name = (id: string) => model.names.get(id) ?? id;
  const link = (id: string, text: string) => {
    const b = h(doc, "button", { type: "button", class: "blt-linkbtn", "data-goto": id }, h(doc, "bdi", {}, text));
    b.addEventListener("click", () => act.select(id));
    return b;
  };
  const section = (title: string, ...content: Array<Node | null>) =>
    content.some(Boolean) ? [h(doc, "h3", {}, title), ...content.filter((c): c is Node => c !== null)] : [];
  // Media are links, and images only when asked for: by default the page fetches nothing
  // (the standalone page's CSP forbids it unless built with images).
  const picture = (m: Media) => {
    const src = options.images ? imageUrlOf(m) : null;
    if (!src) return null;
    return h(doc, "img", {
      class: "blt-media-img",
      src,
      alt: m.alt ?? m.caption ?? "",
      loading: "lazy",
      decoding: "async",
      referrerpolicy: "no-referrer",
    });
  };
  const media = (items: readonly Media[] | undefined) => {
    if (!items?.length) return null;
    const list = h(doc, "ul", { class: "blt-media" });
    for (const m of items) {
      const href = safeHref(m.url);
      const label = m.caption ?? m.alt ?? m.url;
      const note = [m.role === "background" ? "background image" : null, m.credit ? `credit: ${m.credit}` : null]
        .filter(Boolean)
        .join(", ");
      list.append(
        h(
          doc,
          "li",
          {},
          picture(m),
          href
            ? h(doc, "a", { href, target: "_blank", rel: "noopener noreferrer nofollow" }, h(doc, "bdi", {}, label))
            : h(doc, "bdi", {}, label),
          note ? h(doc, "div", { class: "blt-count" }, note) : null,
        ),
      );
    }
    return list;
  };
  const sources = (refs: readonly SourceRef[] | undefined) => {
    if (!refs?.length) return null;
    const list = h(doc, "ul", { class: "blt-sources" });
    for (const ref of refs) {
      const src = model.sources.get(ref.source);
      const href = src?.url ? safeHref(src.url) : null;
      const title = src?.title ?? ref.source;
      const grades: string[] = [];
      if (src?.reliability) grades.push(`${src.reliability} — ${RELIABILITY_LABELS[src.reliability]}`);
      if (ref.credibility) grades.push(`${ref.credibility} — ${CREDIBILITY_LABELS[ref.credibility as 1]}`);
      list.append(
        h(
          doc,
          "li",
          { "data-source": ref.source },
          href
            ? h(doc, "a", { href, target: "_blank", rel: "noopener noreferrer nofollow" }, h(doc, "bdi", {}, title))
            : h(doc, "bdi", {}, title),
          src?.publisher || src?.published
            ? h(doc, "div", { class: "blt-count" }, [src.publisher, src.published].filter(Boolean).join(", "))
            : null,
          grades.length
            ? h(
                doc,
                "div",
                {},
                h(
                  doc,
                  "span",
                  { class: "blt-badge", title: "Admiralty grading: source reliability, information credibility" },
                  grades.join(" · "),
                ),
              )
            : null,
          ref.excerpt ? h(doc, "blockquote", { dir: "auto" }, ref.excerpt) : null,
          ref.locator ? h(doc, "div", { class: "blt-count" }, ref.locator) : null,
        ),
      );
    }
    return list;
  };
  // Closing is kept apart from drawing, so that a page with nothing selected never
  // compiles the drawing.
  const show = (entry: Entry | null, words: readonly string[]) => {
    clear(element);
    element.hidden = entry === null;
    if (entry) draw(entry, words);
  };
  const draw = (entry: Entry, words: readonly string[]) => {
    const family = familyOf(entry.kind);
    const style = FAMILY_STYLE[family];
    const icon = svg(doc, "svg", {
      width: 14,
      height: 14,
      viewBox: "-7 -7 14 14",
      "aria-hidden": "true",
      class: `fam-${family}`,
    });
    icon.append(svg(doc, "path", { class: "sym", d: symbolPath(style.shape, 12) }));
    const close = h(
      doc,
      "button",
      { type: "button", class: "blt-btn blt-close", "aria-label": "Close details (Escape)" },
      "×",
    );
    close.addEventListener("click", act.close);
    const s = entry.statement;
    const ev = entry.event;
    const coding = codingOf((s ?? ev) as NonNullable<typeof s>);
    const cameo = coding.cameo ? cameoCode(coding.cameo) : undefined;
    const who = h(doc, "dl", {});
    const row = (k: string, ...v: Array<Node | string>) => who.append(h(doc, "dt", {}, k), h(doc, "dd", {}, ...v));
    row(
      "Date",
      formatFuzzy(entry.date, model.timezone),
      h(doc, "span", { class: "blt-count" }, ` (${entry.date.input})`),
    );
    if (s) {
      row("Speaker", link(s.speaker, name(s.speaker)));
      if (s.targets?.length)
        row("Targets", ...s.targets.flatMap((t, i) => [i ? ", " : "", h(doc, "bdi", {}, name(t))]));
      if (s.at) row("Said at", model.byId.has(s.at) ? link(s.at, model.byId.get(s.at)?.title ?? s.at) : s.at);
    }
    if (ev?.participants?.length)
      row("Participants", ...ev.participants.flatMap((t, i) => [i ? ", " : "", h(doc, "bdi", {}, name(t))]));
    if (ev?.location)
      row("Location", h(doc, "bdi", {}, [ev.location.name, ev.location.country].filter(Boolean).join(", ")));
    if (entry.status !== "confirmed") row("Status", kindLabel(entry.status));
    const quote = s?.quote
      ? h(
          doc,
          "div",
          {},
          h(
            doc,
            "blockquote",
            {
              dir: "auto",
              lang: /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(s.quote.language ?? "") ? s.quote.language : null,
            },
            highlight(doc, s.quote.text, words),
          ),
          h(
            doc,
            "div",
            { class: "blt-count" },
            s.quote.verbatim === false ? "Paraphrase" : s.quote.verbatim ? "Verbatim" : "Quote",
          ),
          s.quote.translation ? h(doc, "p", { dir: "auto" }, `Translation: ${s.quote.translation}`) : null,
        )
      : null;
    const conditions = s?.conditions?.length
      ? h(
          doc,
          "ul",
          {},
          ...s.conditions.map((c) =>
            h(doc, "li", { dir: "auto" }, h(doc, "strong", {}, `${c.kind.replace("_", " ")}: `), c.text),
          ),
        )
      : null;
    const codes = h(
      doc,
      "dl",
      {},
      h(doc, "dt", {}, "CAMEO"),
      h(doc, "dd", {}, coding.cameo ? `${coding.cameo}${cameo ? ` — ${cameo.name}` : ""}` : "—"),
      h(doc, "dt", {}, "PLOVER"),
      h(doc, "dd", {}, coding.plover ? [coding.plover.event, coding.plover.mode].filter(Boolean).join(" / ") : "—"),
      h(doc, "dt", {}, "Intensity"),
      h(doc, "dd", {}, `${entry.intensity > 0 ? "+" : ""}${entry.intensity} (−10 hostile … +10 cooperative)`),
    );
    const rels = model.relations.get(entry.id) ?? [];
    const relations = rels.length
      ? h(
          doc,
          "ul",
          {},
          ...rels.map((r) => {
            const other = r.from === entry.id ? r.to : r.from;
            const verb = r.from === entry.id ? r.type.replace(/_/g, " ") : `${r.type.replace(/_/g, " ")} (by)`;
            return h(doc, "li", {}, `${kindLabel(verb)}: `, link(other, model.byId.get(other)?.title ?? other));
          }),
        )
      : null;
    const saidHere = ev ? model.entries.filter((e) => e.statement?.at === ev.id) : [];
    const parts: Array<Node | null> = [
      close,
      h(doc, "div", { class: "blt-kind" }, icon, kindLabel(entry.kind)),
      h(
        doc,
        "h2",
        { dir: "auto", class: entry.title.length > 240 ? "blt-long" : null },
        highlight(doc, entry.title, words),
      ),
      ev?.summary ? h(doc, "p", { dir: "auto" }, highlight(doc, ev.summary, words)) : null,
      who,
      ...section("Quote", quote),
      ...section("Conditions", conditions),
      ...section(
        "Said here",
        saidHere.length ? h(doc, "ul", {}, ...saidHere.map((e) => h(doc, "li", {}, link(e.id, e.title)))) : null,
      ),
      ...section("Coding", codes),
      ...section("Media", media((s ?? ev)?.media)),
      ...section("Sources", sources((s ?? ev)?.sources)),
      ...section("Relations", relations),
      s?.notes ? h(doc, "p", { class: "blt-count", dir: "auto" }, `Notes: ${s.notes}`) : null,
      entry.tags.length ? h(doc, "p", { class: "blt-count" }, `Tags: ${entry.tags.join(", ")}`) : null,
    ];
    element.append(...parts.filter((p): p is Node => p !== null));
  };
  return { element, show };
}

const IMAGE_FILE = /\.(?:avif|gif|jpe?g|png|svg|webp)$/i;

/**
 * The address of a picture for a media item: its thumbnail, else its url when that names
 * an image file; only absolute http(s) addresses (never `javascript:` or `data:`).
 *
 * @example
 * imageUrlOf({ url: "https://example.org/a.jpg" })           // "https://example.org/a.jpg"
 * imageUrlOf({ url: "https://youtu.be/x" })                  // null
 */
export function imageUrlOf(m: Media): string | null {
  if (m.thumbnail) {
    const thumb = safeHref(m.thumbnail);
    if (thumb) return thumb;
  }
  const url = safeHref(m.url);
  return url && IMAGE_FILE.test(new URL(url).pathname) ? url : null;
}
