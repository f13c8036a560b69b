import { offers, threatRegister } from "@briefline/core";
import { INK, STYLES } from "../draw/styles.js";
import type { Context } from "../model/context.js";
import type { Trend } from "../model/trend.js";
import { span } from "./section.js";

const MEETING_KINDS = new Set(["meeting", "summit", "visit", "call"]);
const ARROW: Record<Trend["verdict"], string> = {
  deteriorated: "▼ Deteriorated",
  improved: "▲ Improved",
  unchanged: "■ Unchanged",
  "no-basis": "– No comparison",
};

/**
 * The period at a glance: a row of figures (items, threats, offers, meetings, trend),
 * each a large number over its label.
 *
 * @example
 * drawFigures(ctx, computeTrend(ctx.scope, ctx.tz));
 */
export function drawFigures(ctx: Context, trend: Trend): void {
  const { frame, scope } = ctx;
  const threats = threatRegister(ctx.chronicle, scope.entries);
  const list = offers(ctx.chronicle, scope.entries);
  const statements = scope.entries.filter((e) => e.type === "statement").length;
  const meetings = scope.entries.filter((e) => e.type === "event" && MEETING_KINDS.has(e.kind)).length;
  const figures: Array<[string, string, string]> = [
    [String(scope.entries.length), "Items", `${statements} statements, ${scope.entries.length - statements} events`],
    [String(threats.length), "Distinct threats", `${threats.reduce((n, t) => n + t.reiterations, 0)} reiterations`],
    [String(list.length), "Offers and proposals", `${list.filter((o) => o.status === "open").length} still open`],
    [String(meetings), "Meetings and calls", "summits, visits, talks"],
    [ARROW[trend.verdict], "Trend", trend.basis === "week" ? "last 7 days vs the 7 before" : "vs the previous period"],
  ];
  const gap = 6;
  const width = (frame.width - gap * (figures.length - 1)) / figures.length;
  const height = 56;
  frame.ensure(height + 20);
  const top = frame.y;
  const list2 = frame.tags.child(frame.elem, "L");
  figures.forEach(([value, label, note], i) => {
    const x = frame.left + i * (width + gap);
    frame.decor((doc) => {
      doc.rect(x, top, width, height).fill(INK.fill);
      doc.rect(x, top, 2.5, height).fill(INK.accent);
    });
    const big = i === figures.length - 1 ? { ...STYLES.h2, size: 9.5 } : { ...STYLES.title, size: 18 };
    const lines = [
      ...frame.set([span(value, big)], width - 14),
      ...frame.set([span(label.toUpperCase(), { ...STYLES.label, color: INK.accent })], width - 14),
      ...frame.set([span(note, STYLES.small)], width - 14),
    ];
    const item = frame.tags.child(list2, "LI");
    frame.tags.content(item, "LI", () => {
      let y = top + 6 + (i === figures.length - 1 ? 6 : 0);
      for (const line of lines) {
        frame.drawLine(line, x + 9, y);
        y += line.height;
      }
    });
    frame.tags.end(item);
  });
  frame.tags.end(list2);
  frame.y = top + height + 12;
}
