import { formatFuzzy, threatRegister } from "@briefline/core";
import { INK, STYLES } from "../draw/styles.js";
import { drawTable } from "../draw/table.js";
import { itemDest } from "../model/notes.js";
import { signed } from "./bluf.js";
import { clip, kindLabel } from "./describe.js";
import { emptyNote, type Section, span } from "./section.js";

/**
 * The threat register: each distinct threat once (reiterations folded in), most
 * hostile first, with speaker, target, conditions, first and last statement, how often
 * it was stated and its intensity. The threat links to its chronology entry.
 */
export const threatsSection: Section = {
  id: "threats",
  title: "Threat register",
  draw(ctx) {
    const register = threatRegister(ctx.chronicle, ctx.scope.entries);
    if (register.length === 0) {
      emptyNote(ctx, "No threats, warnings or ultimatums were made in the period.");
      return;
    }
    ctx.frame.where = "threat register";
    drawTable(
      ctx.frame,
      [
        { header: "Speaker", share: 1.1 },
        { header: "Target", share: 1.1 },
        { header: "Threat and conditions", share: 3.2 },
        { header: "First stated", share: 0.95 },
        { header: "Last stated", share: 0.95 },
        { header: "Stated", share: 0.72, align: "right" },
        { header: "Intensity", share: 0.8, align: "right" },
      ],
      register.map((t) => {
        const link = ctx.shown.has(t.id) ? { dest: itemDest(t.id) } : undefined;
        const threat = [
          span(`${kindLabel(t.kind)}${t.escalated ? " (escalated)" : ""}: `, STYLES.cellBold),
          span(clip(t.summary, 400), link ? { ...STYLES.cell, color: INK.link } : STYLES.cell, link),
        ];
        const paragraphs = [threat];
        for (const c of t.conditions)
          paragraphs.push([
            span(`${kindLabel(c.kind)} `, STYLES.cellItalic),
            span(clip(c.text, 300), STYLES.cellItalic),
          ]);
        return {
          where: `threat "${t.id}"`,
          cells: [
            [[span(ctx.name(t.speaker), STYLES.cellBold)]],
            [[span(t.targets.map((id) => ctx.name(id)).join(", ") || "–", STYLES.cell)]],
            paragraphs,
            [[span(formatFuzzy(t.firstStated, ctx.tz), STYLES.cell)]],
            [[span(t.reiterations ? formatFuzzy(t.lastStated, ctx.tz) : "–", STYLES.cell)]],
            [[span(`${t.reiterations + 1}×`, STYLES.cell)]],
            [[span(signed(t.intensity), STYLES.cellBold)]],
          ],
        };
      }),
    );
    ctx.frame.where = "";
  },
};
