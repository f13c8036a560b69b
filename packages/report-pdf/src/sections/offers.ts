import { formatFuzzy, offers } from "@briefline/core";
import { INK, STYLES } from "../draw/styles.js";
import { drawTable } from "../draw/table.js";
import { itemDest } from "../model/notes.js";
import type { Span } from "../text/types.js";
import { clip, kindLabel } from "./describe.js";
import { emptyNote, type Section, span } from "./section.js";

const STATUS: Record<string, string> = { open: "Open", rejected: "Rejected", accepted: "Accepted" };
const RESPONSE: Record<string, string> = { rejects: "Rejected", accepts: "Accepted", responds_to: "Answered" };

/**
 * Offers and proposals with their conditions, their standing (open, rejected,
 * accepted) and every response: who answered, how and when, linked to the chronology.
 */
export const offersSection: Section = {
  id: "offers",
  title: "Offers and proposals",
  draw(ctx) {
    const list = offers(ctx.chronicle, ctx.scope.entries);
    if (list.length === 0) {
      emptyNote(ctx, "No offers or proposals were made in the period.");
      return;
    }
    ctx.frame.where = "offers table";
    const linkStyle = (id: string) => (ctx.shown.has(id) ? { ...STYLES.cell, color: INK.link } : STYLES.cell);
    const link = (id: string) => (ctx.shown.has(id) ? { dest: itemDest(id) } : undefined);
    drawTable(
      ctx.frame,
      [
        { header: "Date", share: 0.9 },
        { header: "From → to", share: 1.4 },
        { header: "Offer and conditions", share: 3.2 },
        { header: "Status", share: 0.8 },
        { header: "Responses", share: 2.4 },
      ],
      list.map((o) => {
        const offer: Span[][] = [
          [span(`${kindLabel(o.kind)}: `, STYLES.cellBold), span(clip(o.summary, 400), linkStyle(o.id), link(o.id))],
        ];
        for (const c of o.conditions)
          offer.push([span(`${kindLabel(c.kind)} `, STYLES.cellItalic), span(clip(c.text, 300), STYLES.cellItalic)]);
        if (o.reiterations.length) offer.push([span(`Repeated ${o.reiterations.length}×`, STYLES.cellItalic)]);
        const responses: Span[][] = o.responses.length
          ? o.responses.map((r) => [
              span(
                `${RESPONSE[r.type] ?? r.type} by ${ctx.name(r.speaker ?? "")}, ${formatFuzzy(r.date, ctx.tz)}: `,
                STYLES.cellBold,
              ),
              span(clip(r.summary, 160), linkStyle(r.id), link(r.id)),
            ])
          : [[span("No response recorded", STYLES.cellItalic)]];
        return {
          where: `offer "${o.id}"`,
          cells: [
            [[span(formatFuzzy(o.date, ctx.tz), STYLES.cell)]],
            [
              [span(ctx.name(o.speaker), STYLES.cellBold)],
              [span(`→ ${o.targets.map((id) => ctx.name(id)).join(", ") || "–"}`, STYLES.cell)],
            ],
            offer,
            [[span(STATUS[o.status] ?? o.status, STYLES.cellBold)]],
            responses,
          ],
        };
      }),
    );
    ctx.frame.where = "";
  },
};
