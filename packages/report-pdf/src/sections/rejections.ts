import { formatFuzzy, rejectedItems } from "@briefline/core";
import { INK, STYLES } from "../draw/styles.js";
import { drawTable } from "../draw/table.js";
import { itemDest } from "../model/notes.js";
import type { Span } from "../text/types.js";
import { clip, itemRef } from "./describe.js";
import { emptyNote, type Section, span } from "./section.js";

/**
 * Rejections: who turned down what, when, and the item rejected (core's
 * `rejectedItems`: `rejects`, or a rejection's `responds_to`), linked to the chronology.
 */
export const rejectionsSection: Section = {
  id: "rejections",
  title: "Rejections",
  draw(ctx) {
    const rejections = ctx.scope.entries.filter((e) => e.type === "statement" && e.kind === "rejection");
    if (rejections.length === 0) {
      emptyNote(ctx, "No rejections are recorded in the period.");
      return;
    }
    ctx.frame.where = "rejections table";
    const rejected = rejectedItems(ctx.chronicle);
    drawTable(
      ctx.frame,
      [
        { header: "Date", share: 0.95 },
        { header: "Who → whom", share: 1.5 },
        { header: "Rejection", share: 3.1 },
        { header: "What was rejected", share: 2.4 },
      ],
      rejections.map((e) => {
        const link = ctx.shown.has(e.id) ? { dest: itemDest(e.id) } : undefined;
        const what: Span[][] = (rejected.get(e.id) ?? []).map((id) => itemRef(ctx, id, STYLES.cell, 120));
        return {
          where: `statement "${e.id}"`,
          cells: [
            [[span(formatFuzzy(e.date, ctx.tz), STYLES.cell)]],
            [
              [span(ctx.name(e.speaker ?? ""), STYLES.cellBold)],
              [span(`→ ${e.targets.map((id) => ctx.name(id)).join(", ") || "–"}`, STYLES.cell)],
            ],
            [[span(clip(e.title, 400), link ? { ...STYLES.cell, color: INK.link } : STYLES.cell, link)]],
            what.length ? what : [[span("Not linked to an item", STYLES.cellItalic)]],
          ],
        };
      }),
    );
    ctx.frame.where = "";
  },
};
