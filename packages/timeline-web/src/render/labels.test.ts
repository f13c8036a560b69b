import { computeLayout } from "@briefline/core/layout";
import { describe, expect, test } from "vitest";
import { loadExample } from "../../e2e/_browser.js";
import { markLabels } from "./labels.js";

describe("markLabels", () => {
  test("markLabels(layout) never lets a label run into the next mark of its row", () => {
    const layout = computeLayout(loadExample(), { width: 1200, domain: [Date.UTC(2025, 7, 27), Date.UTC(2025, 8, 7)] });
    const labels = markLabels(layout);
    expect(labels.size).toBeGreaterThan(5);
    for (const m of layout.marks) {
      const label = labels.get(m.key);
      if (!label) continue;
      const end = m.x + m.size / 2 + 5 + label.length * 6.1;
      const next = layout.marks
        .filter((o) => o.lane === m.lane && o.row === m.row && o.x > m.x)
        .sort((a, b) => a.x - b.x)[0];
      if (next) expect(end).toBeLessThanOrEqual(Math.min(next.x0, next.x - next.size / 2));
      expect(end).toBeLessThanOrEqual(layout.range[1]);
    }
  });
});
