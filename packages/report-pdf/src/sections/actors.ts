import type { Actor } from "@briefline/core";
import { STYLES } from "../draw/styles.js";
import { drawTable } from "../draw/table.js";
import type { Span } from "../text/types.js";
import { clip, kindLabel } from "./describe.js";
import { emptyNote, type Section, span } from "./section.js";

/**
 * Actors: who everyone in the period is (name, other names, office, country, type),
 * with how many statements they made and how many items addressed them.
 */
export const actorsSection: Section = {
  id: "actors",
  title: "Actors",
  draw(ctx) {
    const said = new Map<string, number>();
    const addressed = new Map<string, number>();
    for (const e of ctx.scope.entries) {
      if (e.speaker) said.set(e.speaker, (said.get(e.speaker) ?? 0) + 1);
      for (const t of e.targets) addressed.set(t, (addressed.get(t) ?? 0) + 1);
    }
    const involved = [...ctx.actors.values()].filter(
      (a) => said.has(a.id) || addressed.has(a.id) || ctx.scope.actors.includes(a.id),
    );
    if (involved.length === 0) {
      emptyNote(ctx, "No actors are involved in the period.");
      return;
    }
    involved.sort((a, b) => (said.get(b.id) ?? 0) - (said.get(a.id) ?? 0) || a.name.localeCompare(b.name));
    ctx.frame.where = "actors table";
    drawTable(
      ctx.frame,
      [
        { header: "Actor", share: 2.2 },
        { header: "Role", share: 2.4 },
        { header: "Statements", share: 0.8, align: "right" },
        { header: "Addressed", share: 0.8, align: "right" },
      ],
      involved.map((a) => ({
        where: `actor "${a.id}"`,
        cells: [
          nameCell(a),
          roleCell(a),
          [[span(String(said.get(a.id) ?? 0), STYLES.cell)]],
          [[span(String(addressed.get(a.id) ?? 0), STYLES.cell)]],
        ],
      })),
    );
    const others = ctx.actors.size - involved.length;
    if (others > 0) {
      ctx.frame.paragraph(
        [
          span(
            `${others} other actor${others === 1 ? "" : "s"} of the chronicle ${others === 1 ? "is" : "are"} not involved in the period.`,
            STYLES.small,
          ),
        ],
        { after: 6 },
      );
    }
    ctx.frame.where = "";
  },
};

function nameCell(a: Actor): Span[][] {
  const cell: Span[][] = [[span(a.name, STYLES.cellBold)]];
  if (a.aliases?.length)
    cell.push([span(`Also: ${clip(a.aliases.join(", "), 200)}`, { ...STYLES.small, leading: 1.3 })]);
  return cell;
}

function roleCell(a: Actor): Span[][] {
  const role = [a.title, kindLabel(a.type), a.country].filter(Boolean).join(" · ");
  const cell: Span[][] = [[span(role, STYLES.cell)]];
  if (a.description) cell.push([span(clip(a.description, 300), { ...STYLES.small, leading: 1.3 })]);
  return cell;
}
