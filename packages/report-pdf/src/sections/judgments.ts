import { formatFuzzy, type Judgment, LIKELIHOOD_RANGES, parseDate } from "@briefline/core";
import { heightOf } from "../draw/frame.js";
import { INK, STYLES } from "../draw/styles.js";
import type { Context } from "../model/context.js";
import type { Line } from "../text/types.js";
import { itemRef, kindLabel } from "./describe.js";
import { drawEstimativeKey } from "./estimative-key.js";
import { emptyNote, type Section, span } from "./section.js";

const GUTTER = 40;

/**
 * Key judgments: each with its likelihood (ICD 203 term and range) and its confidence
 * in separate labelled fields, never in one sentence, the horizon, and links to the
 * items it rests on; then the estimative-language key.
 */
export const judgmentsSection: Section = {
  id: "judgments",
  title: "Key judgments",
  draw(ctx) {
    const judgments = ctx.chronicle.judgments ?? [];
    if (judgments.length === 0) {
      emptyNote(ctx, "No key judgments have been recorded in this chronicle.");
      return;
    }
    judgments.forEach((j, i) => drawJudgment(ctx, j, i + 1));
    drawEstimativeKey(ctx);
  },
};

function drawJudgment(ctx: Context, j: Judgment, n: number): void {
  const { frame } = ctx;
  const width = frame.width - GUTTER;
  frame.where = `judgment "${j.id}"`;
  const text = frame.set([span(j.text, { ...STYLES.bodyBold, size: 10 })], width);
  const [lo, hi] = LIKELIHOOD_RANGES[j.likelihood];
  const fields = [
    span("LIKELIHOOD\u2002", STYLES.label),
    span(`${kindLabel(j.likelihood)} (${lo}–${hi}%)`, STYLES.cellBold),
    span("\u2003\u2003CONFIDENCE\u2002", STYLES.label),
    span(kindLabel(j.confidence), STYLES.cellBold),
  ];
  if (j.horizon !== undefined) {
    const h = parseDate(j.horizon, ctx.tz);
    fields.push(
      span("\u2003\u2003HORIZON\u2002", STYLES.label),
      span(h.ok ? formatFuzzy(h.date, ctx.tz) : String(j.horizon), STYLES.cell),
    );
  }
  const meta = frame.set(fields, width);
  const basis: Line[] = [];
  for (const id of j.basis)
    basis.push(...frame.set([span("▸ ", STYLES.small), ...itemRef(ctx, id, STYLES.small, 110)], width));
  const label = frame.set([span("Rests on", STYLES.label)], width);
  const total = heightOf(text) + heightOf(meta) + heightOf(label) + heightOf(basis) + 16;
  frame.ensure(Math.min(total, 200));
  const top = frame.y;
  const elem = frame.tags.child(frame.elem, "Div");
  const kj = frame.set([span(`KJ${n}`, { ...STYLES.h2, size: 11 })], GUTTER - 6);
  frame.tags.content(frame.tags.child(elem, "Lbl"), "Lbl", () => {
    for (const line of kj) frame.drawLine(line, frame.left, top);
  });
  const x = frame.left + GUTTER;
  frame.flow(text, x, frame.tags.child(elem, "P"), "P");
  frame.y += 2;
  frame.flow(meta, x, frame.tags.child(elem, "P"), "P");
  frame.y += 2;
  frame.flow(label, x, frame.tags.child(elem, "P"), "P");
  frame.flow(basis, x, frame.tags.child(elem, "P"), "P");
  const bottom = frame.y + 6;
  frame.decor((doc) => doc.moveTo(frame.left, bottom).lineTo(frame.right, bottom).lineWidth(0.4).stroke(INK.hairline));
  frame.tags.end(elem);
  frame.y = bottom + 8;
  frame.where = "";
}
