import type { ThreatRecord } from "@briefline/core";
import { renderTable } from "./table.js";
import { dateInWords } from "./words.js";

/**
 * The threat register as a terminal table: one row per distinct threat, with its
 * conditions, first and last statement (in words), how often it was said, its
 * intensity and its id. The threat's text gets most of the width and wraps.
 */
export function threatTable(
  register: readonly ThreatRecord[],
  name: (id: string) => string,
  width: number,
  timezone = "UTC",
): string {
  return renderTable(
    [
      { header: "speaker", weight: 1 },
      { header: "target", weight: 1 },
      { header: "threat", weight: 4 },
      { header: "conditions", weight: 2 },
      { header: "first" },
      { header: "last" },
      { header: "×" },
      { header: "intensity" },
      { header: "id", keep: true },
    ],
    register.map((t) => [
      name(t.speaker),
      t.targets.map(name).join(", "),
      t.summary,
      t.conditions.map((c) => `${c.kind} ${c.text}`).join("; "),
      dateInWords(t.firstStated, timezone),
      t.lastStated.input === t.firstStated.input ? "" : dateInWords(t.lastStated, timezone),
      String(t.reiterations + 1),
      String(t.intensity),
      t.id,
    ]),
    width,
  );
}

/** The width to lay a table out in: the terminal's, or 160 when it reports none (a pipe, or 0 columns). */
export const tableWidth = (columns: number | undefined) => (columns && columns > 20 ? columns : 160);
