import { formatFuzzy, parseDate, RELIABILITY_LABELS, type Source } from "@briefline/core";
import { INK, STYLES } from "../draw/styles.js";
import { drawTable } from "../draw/table.js";
import type { Context } from "../model/context.js";
import { clip } from "./describe.js";
import { emptyNote, type Section, span } from "./section.js";
import { safeUrl } from "./urls.js";

/** Ids of the sources the period's items cite, with how many items cite each. */
export function citedSources(ctx: Context): Map<string, number> {
  const cited = new Map<string, number>();
  for (const e of ctx.scope.entries) {
    const refs = e.statement?.sources ?? e.event?.sources ?? [];
    for (const id of new Set(refs.map((r) => r.source))) cited.set(id, (cited.get(id) ?? 0) + 1);
  }
  return cited;
}

/**
 * Sources: every source the period's items cite, with publisher, title (linked when it
 * has an http(s) address), date, Admiralty reliability grade and how many items cite
 * it; then what the grades mean.
 */
export const sourcesSection: Section = {
  id: "sources",
  title: "Sources",
  draw(ctx) {
    const cited = citedSources(ctx);
    const list = [...cited.keys()].map((id) => ctx.sources.get(id)).filter((s): s is Source => s !== undefined);
    if (list.length === 0) {
      emptyNote(ctx, "No item in the period cites a source. Every line of this briefing rests on the chronicle alone.");
      ctx.warn("no item in the period cites a source");
      return;
    }
    list.sort(
      (a, b) => (cited.get(b.id) ?? 0) - (cited.get(a.id) ?? 0) || (a.publisher ?? "").localeCompare(b.publisher ?? ""),
    );
    ctx.frame.where = "sources table";
    drawTable(
      ctx.frame,
      [
        { header: "Source", share: 3.6 },
        { header: "Published", share: 0.9 },
        { header: "Reliability", share: 1.5 },
        { header: "Cited by", share: 0.7, align: "right" },
      ],
      list.map((s) => {
        const url = safeUrl(s.url);
        const published = s.published === undefined ? undefined : parseDate(s.published, ctx.tz);
        return {
          where: `source "${s.id}"`,
          cells: [
            [
              [span(s.publisher ?? "Unknown publisher", STYLES.cellBold)],
              [
                span(
                  clip(s.title, 240),
                  url ? { ...STYLES.cell, color: INK.link } : STYLES.cell,
                  url ? { url } : undefined,
                ),
              ],
              ...(url ? [[span(clip(url, 120), STYLES.small, { url })]] : []),
            ],
            [[span(published?.ok ? formatFuzzy(published.date, ctx.tz) : "–", STYLES.cell)]],
            [
              [
                span(
                  s.reliability ? `${s.reliability} · ${RELIABILITY_LABELS[s.reliability]}` : "Not graded",
                  s.reliability ? STYLES.cell : STYLES.cellItalic,
                ),
              ],
            ],
            [[span(`${cited.get(s.id) ?? 0} item${cited.get(s.id) === 1 ? "" : "s"}`, STYLES.cell)]],
          ],
        };
      }),
    );
    ctx.frame.paragraph(
      [
        span("Admiralty grades. ", STYLES.smallBold),
        span(
          "Source reliability: A completely reliable, B usually reliable, C fairly reliable, D not usually reliable, E unreliable, F cannot be judged. Information credibility, given per item in the endnotes: 1 confirmed by other sources, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged.",
          STYLES.small,
        ),
      ],
      { after: 6 },
    );
    ctx.frame.where = "";
  },
};
