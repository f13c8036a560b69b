import { formatFuzzy } from "@briefline/core";
import { INK, STYLES } from "../draw/styles.js";
import { drawTable } from "../draw/table.js";
import { itemDest } from "../model/notes.js";
import type { Span } from "../text/types.js";
import { clip, kindLabel } from "./describe.js";
import { emptyNote, type Section, span } from "./section.js";

const DIPLOMACY = new Set(["meeting", "summit", "visit", "call", "agreement", "forum"]);

/**
 * Meetings and diplomacy: the period's meetings, summits, visits, calls, forums and
 * agreements, where they took place, who took part and what was said there.
 */
export const diplomacySection: Section = {
  id: "diplomacy",
  title: "Meetings and diplomacy",
  draw(ctx) {
    const events = ctx.scope.entries.filter((e) => e.type === "event" && DIPLOMACY.has(e.kind));
    if (events.length === 0) {
      emptyNote(ctx, "No meetings, summits, visits, calls, forums or agreements are recorded in the period.");
      return;
    }
    ctx.frame.where = "meetings table";
    const saidAt = new Map<string, string[]>();
    for (const s of ctx.chronicle.statements ?? []) {
      if (!s.at) continue;
      const list = saidAt.get(s.at);
      if (list) list.push(s.id);
      else saidAt.set(s.at, [s.id]);
    }
    drawTable(
      ctx.frame,
      [
        { header: "Date", share: 0.95 },
        { header: "Event", share: 2.6 },
        { header: "Where", share: 1.2 },
        { header: "Participants", share: 1.6 },
        { header: "Said there", share: 1.8 },
      ],
      events.map((e) => {
        const link = ctx.shown.has(e.id) ? { dest: itemDest(e.id) } : undefined;
        const event: Span[][] = [
          [
            span(`${kindLabel(e.kind)}: `, STYLES.cellBold),
            span(e.title, link ? { ...STYLES.cell, color: INK.link } : STYLES.cell, link),
          ],
        ];
        if (e.event?.summary) event.push([span(clip(e.event.summary, 260), { ...STYLES.cell, color: INK.muted })]);
        const said = (saidAt.get(e.id) ?? []).map((id) => {
          const s = ctx.byId.get(id);
          const to = ctx.shown.has(id) ? { dest: itemDest(id) } : undefined;
          return [
            span(`${kindLabel(s?.kind ?? "")}: `, STYLES.cellBold),
            span(clip(s?.title ?? id, 90), to ? { ...STYLES.cell, color: INK.link } : STYLES.cell, to),
          ];
        });
        return {
          where: `event "${e.id}"`,
          cells: [
            [[span(formatFuzzy(e.date, ctx.tz), STYLES.cell)]],
            event,
            [[span(e.event?.location?.name ?? "–", STYLES.cell)]],
            [[span(e.targets.map((id) => ctx.name(id)).join(", ") || "–", STYLES.cell)]],
            said.length ? said : [[span("–", STYLES.cell)]],
          ],
        };
      }),
    );
    ctx.frame.where = "";
  },
};
