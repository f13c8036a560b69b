import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { parseChronicle } from "../parse/parse-chronicle.js";
import { computeLayout } from "./compute-layout.js";
import type { Layout } from "./types.js";

const example = fileURLToPath(new URL("../../../../examples/eef-2025/chronicle.yaml", import.meta.url));

function load() {
  const result = parseChronicle(readFileSync(example, "utf8"), { filename: "chronicle.yaml" });
  if (!result.ok) throw new Error("the example chronicle does not validate");
  return result.chronicle;
}

/** A readable digest of a layout: one line per lane, mark, cluster, tick; numbers at 0.1. */
function digest(layout: Layout): string {
  const r = (n: number) => Math.round(n * 10) / 10;
  return [
    `size ${layout.width}x${layout.height} range ${layout.range.map(r).join("–")} step ${layout.axis.step}`,
    `ticks ${layout.axis.ticks.map((t) => `${t.label}@${r(t.x)}${t.major ? "*" : ""}`).join(" ")}`,
    `bands ${layout.axis.bands.map((b) => `${b.label}[${r(b.x0)}–${r(b.x1)}]`).join(" ")}`,
    `escalation ${layout.escalation?.unit} min ${layout.escalation?.min} max ${layout.escalation?.max} points ${layout.escalation?.points.length}`,
    ...layout.lanes.map((l) => `lane ${l.key} "${l.label}" y${r(l.y)} h${r(l.height)} rows ${l.rows} n${l.count}`),
    ...layout.marks.map(
      (m) =>
        `mark ${m.key} ${m.shape} ${m.lane}/${m.row} x${r(m.x)} [${r(m.x0)}–${r(m.x1)}] y${r(m.y)} s${m.size}${m.span ? " span" : ""}${m.fuzzy ? ` ${m.fuzzy}` : ""}${m.linked ? " linked" : ""}`,
    ),
    ...layout.clusters.map((c) => `cluster ${c.id} x${r(c.x)} n${c.count}`),
    ...layout.arcs.map(
      (a) => `arc ${a.type} ${a.from}→${a.to}${a.label ? ` "${a.label.text}"@${r(a.label.x)},${r(a.label.y)}` : ""}`,
    ),
    ...layout.labels.map(
      (l) => `label ${l.key} "${l.text}" x${r(l.x)} y${r(l.y)} w${r(l.width)}${l.leader ? " leader" : ""}`,
    ),
    `hidden labels ${layout.hiddenLabels.join(" ")}`,
  ].join("\n");
}

describe("computeLayout on the EEF 2025 example", () => {
  test("computeLayout(example, speaker lanes, all arcs) matches the snapshot", () => {
    const layout = computeLayout(load(), { width: 1000, arcs: "all" });
    expect(digest(layout)).toMatchSnapshot();
  });

  test("computeLayout(example, kind lanes, September) matches the snapshot", () => {
    const layout = computeLayout(load(), {
      width: 1000,
      laneBy: "kind",
      domain: [Date.UTC(2025, 7, 28), Date.UTC(2025, 8, 8)],
    });
    expect(digest(layout)).toMatchSnapshot();
  });

  test("computeLayout(example) draws every statement and event at least once", () => {
    const chronicle = load();
    const layout = computeLayout(chronicle, { width: 1000, maxRows: 50 });
    const ids = new Set(layout.marks.map((m) => m.id));
    for (const item of [...(chronicle.statements ?? []), ...(chronicle.events ?? [])])
      expect(ids.has(item.id)).toBe(true);
  });
});
