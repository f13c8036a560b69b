import { LIKELIHOOD_RANGES, LIKELIHOODS } from "@briefline/core";
import { heightOf } from "../draw/frame.js";
import { STYLES } from "../draw/styles.js";
import type { Context } from "../model/context.js";
import type { Line } from "../text/types.js";
import { kindLabel } from "./describe.js";
import { span } from "./section.js";

const CONFIDENCE: Array<[string, string]> = [
  ["High", "well-corroborated information from several reliable sources; the judgment could still be wrong."],
  ["Moderate", "credible and plausible information, not corroborated enough for high confidence."],
  ["Low", "scant, questionable or fragmented information; the judgment is a best reading of it."],
];

/**
 * The estimative-language key (ICD 203): the seven likelihood terms with their
 * probability ranges as a graded scale, and what each confidence level means. Kept
 * together on one page, right after the judgments.
 *
 * @example
 * drawEstimativeKey(ctx);
 */
export function drawEstimativeKey(ctx: Context): void {
  const { frame } = ctx;
  const intro = frame.set([
    span("Estimative language. ", STYLES.smallBold),
    span(
      "Likelihood says how probable an event is; confidence says how good the evidence for the judgment is. The two are independent and are never given in one sentence.",
      STYLES.small,
    ),
  ]);
  const cellWidth = frame.width / LIKELIHOODS.length;
  const cells = LIKELIHOODS.map((term) => {
    const [lo, hi] = LIKELIHOOD_RANGES[term];
    return [
      ...frame.set([span(kindLabel(term), STYLES.smallBold)], cellWidth - 6, "center"),
      ...frame.set([span(`${lo}–${hi}%`, STYLES.small)], cellWidth - 6, "center"),
    ];
  });
  const scaleHeight = Math.max(...cells.map(heightOf)) + 10;
  const confidence = CONFIDENCE.map(([level, text]) =>
    frame.set([span(`${level} confidence: `, STYLES.smallBold), span(text, STYLES.small)]),
  );
  const total = heightOf(intro) + scaleHeight + confidence.reduce((h, l) => h + heightOf(l), 0) + 30;
  frame.gap(6);
  frame.ensure(total);
  const elem = frame.tags.child(frame.elem, "Div", { title: "Estimative language key" });
  frame.flow(intro, frame.left, frame.tags.child(elem, "P"), "P");
  frame.y += 4;
  const top = frame.y;
  const table = frame.tags.child(elem, "Table");
  const row = frame.tags.child(table, "TR");
  cells.forEach((lines: Line[], i) => {
    const x = frame.left + i * cellWidth;
    // A graded fill from pale (unlikely) to darker (certain) reads in greyscale too;
    // it stays light enough for dark text throughout.
    const fill = tint(0.05 + (i * 0.4) / (LIKELIHOODS.length - 1));
    frame.decor((doc) => doc.rect(x, top, cellWidth - 1.5, scaleHeight).fill(fill));
    const td = frame.tags.child(row, "TD");
    frame.tags.content(td, "TD", () => {
      let y = top + 5;
      for (const line of lines) {
        frame.drawLine(line, x + 3, y);
        y += line.height;
      }
    });
    frame.tags.end(td);
  });
  frame.tags.end(row);
  frame.tags.end(table);
  frame.y = top + scaleHeight + 6;
  for (const lines of confidence) frame.flow(lines, frame.left, frame.tags.child(elem, "P"), "P");
  frame.tags.end(elem);
  frame.gap(10);
}

// The accent colour mixed into white by `t` (0 white, 1 accent).
function tint(t: number): string {
  const accent = [0x1f, 0x3a, 0x5f];
  return `#${accent
    .map((c) =>
      Math.round(255 - (255 - c) * t)
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")}`;
}
