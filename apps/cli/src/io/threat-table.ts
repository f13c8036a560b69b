import type { ThreatRecord } from "@briefline/core";
import { renderTable } from "./table.js";

/**
 * The threat register as a terminal table: one row per distinct threat, with its
 * conditions, first and last statement, how often it was said and its intensity.
 */
export function threatTable(register: readonly ThreatRecord[], name: (id: string) => string, width: number): string {
  return renderTable(
    ["speaker", "target", "threat", "conditions", "first", "last", "×", "intensity"],
    register.map((t) => [
      name(t.speaker),
      t.targets.map(name).join(", "),
      t.summary,
      t.conditions.map((c) => `${c.kind} ${c.text}`).join("; "),
      t.firstStated.input,
      t.lastStated.input,
      String(t.reiterations + 1),
      String(t.intensity),
    ]),
    width,
  );
}

/** The width to lay a table out in: the terminal's, or 160 when it reports none (a pipe, or 0 columns). */
export const tableWidth = (columns: number | undefined) => (columns && columns > 20 ? columns : 160);
