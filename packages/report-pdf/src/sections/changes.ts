import { STYLES } from "../draw/styles.js";
import { drawTable } from "../draw/table.js";
import { type Change, diffChronicles } from "../model/diff.js";
import { clip, itemRef, kindLabel } from "./describe.js";
import { emptyNote, type Section, span } from "./section.js";

const ORDER: Record<Change["change"], number> = { new: 0, changed: 1, withdrawn: 2 };
const LABEL: Record<Change["change"], string> = { new: "New", changed: "Changed", withdrawn: "Withdrawn" };

/**
 * What changed since the previous version of the chronicle: new, changed and
 * withdrawn items, judgments (with likelihood and confidence moves), actors, sources
 * and relations. Present only when a previous chronicle is given.
 */
export const changesSection: Section = {
  id: "changes",
  title: "What changed",
  draw(ctx) {
    if (!ctx.previous) return;
    const changes = diffChronicles(ctx.previous, ctx.chronicle).sort((a, b) => ORDER[a.change] - ORDER[b.change]);
    const count = (c: Change["change"]) => changes.filter((x) => x.change === c).length;
    if (changes.length === 0) {
      emptyNote(ctx, "Nothing changed since the previous version of the chronicle.");
      return;
    }
    ctx.frame.paragraph(
      [
        span(
          `Since the previous version: ${count("new")} new, ${count("changed")} changed and ${count("withdrawn")} withdrawn entries.`,
          STYLES.body,
        ),
      ],
      { after: 6 },
    );
    ctx.frame.where = "what-changed table";
    drawTable(
      ctx.frame,
      [
        { header: "Change", share: 1 },
        { header: "Entry", share: 0.9 },
        { header: "What", share: 4 },
        { header: "Fields", share: 1.6 },
      ],
      changes.map((c) => {
        const isItem = (c.what === "statement" || c.what === "event") && c.change !== "withdrawn";
        return {
          where: `${c.what} "${c.id}"`,
          cells: [
            [[span(LABEL[c.change], STYLES.cellBold)]],
            [[span(kindLabel(c.what), STYLES.cell)]],
            [
              isItem
                ? itemRef(ctx, c.id, STYLES.cell, 200)
                : [span(clip(c.label, 200), c.change === "withdrawn" ? STYLES.cellItalic : STYLES.cell)],
            ],
            [[span(c.detail ?? (c.fields.join(", ") || "–"), STYLES.cell)]],
          ],
        };
      }),
    );
    ctx.frame.where = "";
  },
};
