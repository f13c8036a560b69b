import type { Layout } from "@briefline/core/layout";
import { legendOf, symbolPath } from "@briefline/core/layout";
import { describe, expect, it } from "vitest";
import { readPdf } from "../_test/pdf.js";
import { createDocument } from "../document.js";
import { createFontSet } from "../fonts/font-set.js";
import { chartHeight, drawChart } from "./chart.js";
import { chartMeasure } from "./chart-text.js";
import { fitLine } from "./fit-line.js";
import { Frame } from "./frame.js";
import { PAPERS } from "./paper.js";
import { STYLES } from "./styles.js";

const legend = legendOf(8, 480, chartMeasure(createFontSet()), { size: 6.5 });

// A hand-made layout: two lanes, a threat, an offer with a span, a cluster and an arc.
const layout: Layout = {
  width: 480,
  height: 150,
  domain: [Date.UTC(2025, 8, 1), Date.UTC(2025, 8, 7)],
  range: [90, 474],
  axis: {
    y: 40,
    height: 28,
    ticks: [
      { value: 0, x: 90, label: "1 Sep", major: true },
      { value: 1, x: 218, label: "3", major: false },
    ],
    bands: [{ start: 0, end: 1, x0: 90, x1: 474, label: "September 2025", labelWidth: 52 }],
    step: "1 day",
    timezone: "UTC",
  },
  escalation: {
    y: 0,
    height: 40,
    zeroY: 20,
    unit: "day",
    points: [],
    line: "M90,20L200,35L474,10",
    area: "M90,20L200,35L474,10L474,20L90,20Z",
    min: -7,
    max: 4,
    clip: { x: 90, y: 0, width: 384, height: 40 },
  },
  lanes: [
    {
      key: "putin",
      label: "Vladimir Putin",
      y: 68,
      height: 40,
      rows: 2,
      count: 3,
      kind: "actor",
      clusterRow: 1,
      dense: false,
    },
    {
      key: "zelensky",
      label: "Зеленський",
      y: 108,
      height: 42,
      rows: 1,
      count: 1,
      kind: "actor",
      clusterRow: null,
      dense: false,
    },
  ],
  marks: [
    mark("legit-targets", "threat", "triangle-down", "#D55E00", "putin", 300, 80, 300, 300),
    mark("moscow-offer", "offer", "circle", "#009E73", "zelensky", 320, 128, 250, 360),
  ],
  clusters: [
    { id: "putin:1", lane: "putin", x: 400, x0: 390, x1: 410, y: 96, count: 4, ids: [], families: { threat: 4 } },
  ],
  arcs: [
    {
      from: "moscow-offer",
      to: "legit-targets",
      type: "responds_to",
      path: "M320,128C320,100,300,100,300,80",
      label: { text: "responds to", x: 330, y: 104, width: 34 },
    },
  ],
  legend: legend.entries,
  legendHeight: legend.height,
  labels: [
    {
      key: "legit-targets",
      text: "Putin: foreign troops would be legitimate targets",
      kind: "words",
      x: 308,
      y: 80,
      width: 150,
      height: 7.8,
      leader: null,
      priority: 1100,
    },
    {
      key: "moscow-offer",
      text: "#12",
      kind: "number",
      x: 200,
      y: 96,
      width: 12,
      height: 7.8,
      leader: { x1: 320, y1: 124, x2: 212, y2: 100 },
      priority: 400,
    },
  ],
  hiddenLabels: [],
  labelStyle: { size: 6.5 },
  counts: { entries: 6, marks: 2, clustered: 4 },
};

function mark(
  id: string,
  family: "threat" | "offer",
  shape: "triangle-down" | "circle",
  color: string,
  lane: string,
  x: number,
  y: number,
  x0: number,
  x1: number,
): Layout["marks"][number] {
  return {
    key: id,
    id,
    type: "statement",
    kind: family,
    family,
    shape,
    color,
    lane,
    row: 0,
    x,
    y,
    x0,
    x1,
    size: 8,
    symbol: symbolPath(shape, 8),
    fuzzy: null,
    span: x1 - x0 > 8,
    intensity: family === "threat" ? -7 : 4,
    label: id,
    precision: "day",
    openStart: false,
    openEnd: false,
    status: "confirmed",
    priority: family === "threat" ? 1100 : 400,
  };
}

describe("drawChart", () => {
  it("drawChart(frame, layout) draws lanes, axis, clusters and legend from the layout alone", async () => {
    const fonts = createFontSet();
    const doc = createDocument(fonts, {
      title: "t",
      author: "a",
      subject: "s",
      keywords: "k",
      creationDate: new Date(0),
      language: "en",
      tagged: false,
      size: [595.28, 841.89],
    });
    const chunks: Uint8Array[] = [];
    doc.on("data", (c: Uint8Array) => chunks.push(c));
    const done = new Promise((resolve) => doc.on("end", resolve));
    const frame = new Frame(doc, fonts, PAPERS.a4, false);
    frame.newPage();
    const top = frame.y;
    drawChart(frame, layout, "test chart");
    expect(frame.y).toBeCloseTo(top + chartHeight(layout), 5);
    doc.end();
    await done;
    const pdf = await readPdf(Buffer.concat(chunks));
    const text = pdf.pages[0] ?? "";
    for (const label of [
      "Vladimir Putin",
      "Зеленський",
      "1 Sep",
      "September 2025",
      "+4",
      "Escalation",
      "Threats, warnings, ultimatums",
      "Offers, proposals",
      "Putin: foreign troops would be legitimate targets",
      "#12",
      "responds to",
    ]) {
      expect(text).toContain(label);
    }
  });

  it("fitLine cuts text too long for one line with an ellipsis", () => {
    const fonts = createFontSet();
    const doc = createDocument(fonts, {
      title: "t",
      author: "a",
      subject: "s",
      keywords: "k",
      creationDate: new Date(0),
      language: "en",
      tagged: false,
      size: [595.28, 841.89],
    });
    const frame = new Frame(doc, fonts, PAPERS.a4, false);
    const line = fitLine(frame, "The coalition of the willing and its many partners", STYLES.small, 82);
    const text = line?.fragments.map((f) => f.text).join("") ?? "";
    expect(text.endsWith("…")).toBe(true);
    expect(text.length).toBeGreaterThan(8);
    expect(line?.width).toBeLessThanOrEqual(82);
    expect(fitLine(frame, "Short", STYLES.small, 82)?.fragments[0]?.text).toBe("Short");
  });

  it("chartHeight adds the legend the layout placed to the layout's height", () => {
    expect(chartHeight(layout)).toBeCloseTo(layout.height + 10 + layout.legendHeight, 5);
    expect(chartHeight({ ...layout, legendHeight: 0 })).toBeLessThan(chartHeight(layout));
  });

  it("drawChart clips the escalation curve and its area to escalation.clip", () => {
    const fonts = createFontSet();
    const doc = createDocument(fonts, {
      title: "t",
      author: "a",
      subject: "s",
      keywords: "k",
      creationDate: new Date(0),
      language: "en",
      tagged: false,
      size: [595.28, 841.89],
    });
    const frame = new Frame(doc, fonts, PAPERS.a4, false);
    frame.newPage();
    // Records the drawing calls in order: which rectangle is the clip when each path is drawn.
    const calls: string[] = [];
    const spy = doc as unknown as Record<string, (...args: unknown[]) => unknown>;
    for (const name of ["rect", "clip", "path", "save", "restore"]) {
      const original = spy[name] as (...args: unknown[]) => unknown;
      spy[name] = function (this: unknown, ...args: unknown[]) {
        calls.push(`${name}(${args.filter((a) => typeof a !== "object").join(",")})`);
        return original.apply(this, args);
      };
    }
    const e = layout.escalation as NonNullable<Layout["escalation"]>;
    const wild = { ...layout, escalation: { ...e, line: "M0,20L200,-30L480,60", area: "M0,20L200,-30L480,60Z" } };
    drawChart(frame, wild, "test chart");
    const line = calls.indexOf("path(M0,20L200,-30L480,60)");
    const area = calls.indexOf("path(M0,20L200,-30L480,60Z)");
    const clip = calls.indexOf("clip()");
    expect(clip).toBeGreaterThan(0);
    expect(calls[clip - 1]).toBe(`rect(${e.clip.x},${e.clip.y},${e.clip.width},${e.clip.height})`);
    expect(area).toBeGreaterThan(clip);
    expect(line).toBeGreaterThan(area);
    // The clip is lifted only after both are drawn.
    expect(calls.slice(clip, line).includes("restore()")).toBe(false);
  });

  it("chartMeasure gives the width the typesetter sets, in the face and size asked", () => {
    const fonts = createFontSet();
    const measure = chartMeasure(fonts);
    const sans = fonts.face("sans").measure("Putin warned") * 6.5;
    expect(measure("Putin warned", { size: 6.5 })).toBeCloseTo(sans, 5);
    expect(measure("Putin warned", { size: 6.5, bold: true })).toBeGreaterThan(sans);
    expect(measure("Putin warned", { size: 13 })).toBeCloseTo(2 * sans, 5);
  });
});
