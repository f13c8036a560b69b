import { type Entry, formatFuzzy, offers, threatRegister } from "@briefline/core";
import { STYLES } from "../draw/styles.js";
import type { Context } from "../model/context.js";
import { formatRange } from "../model/dates.js";
import { comparison, computeTrend, MIN_TREND_ITEMS, type Trend } from "../model/trend.js";
import { clip, kindLabel, nameList } from "./describe.js";
import { drawFigures } from "./figures.js";
import { type Section, span } from "./section.js";

const VERDICT: Record<Trend["verdict"], string> = {
  deteriorated: "deteriorated",
  improved: "improved",
  unchanged: "held steady",
  "no-basis": "cannot be compared",
};

/**
 * The bottom line up front: the analyst's `briefing.bluf` when the chronicle has one,
 * otherwise sentences generated from the data (the period's gravest statement, new
 * threats, offers and their standing, the trend), labelled as generated. Then the
 * period at a glance in figures.
 */
export const blufSection: Section = {
  id: "bluf",
  title: "Bottom line up front",
  newPage: true,
  draw(ctx) {
    const { frame } = ctx;
    const trend = computeTrend(ctx.scope, ctx.tz);
    // The analyst's bottom line speaks for the whole chronicle: kept for a narrowed
    // briefing (with a note saying so), but not over a period that holds nothing.
    const written = ctx.scope.empty ? undefined : ctx.chronicle.briefing?.bluf?.trim();
    if (written) {
      const narrowed = ctx.scope.narrowed
        ? " It was written for the whole chronicle; this briefing covers a narrower scope (see the cover)."
        : "";
      frame.where = "briefing bluf";
      frame.paragraph([span(written, STYLES.lead)], { after: 4 });
      frame.where = "";
      frame.paragraph([span(`Written by the analyst.${narrowed}`, STYLES.small)], { after: 10 });
    } else {
      frame.paragraph(
        [span("GENERATED FROM THE DATA · not an analyst's assessment", { ...STYLES.label, color: "#8a4b00" })],
        { after: 4 },
      );
      for (const sentence of generatedBluf(ctx, trend)) frame.paragraph([span(sentence, STYLES.lead)], { after: 5 });
      frame.gap(6);
    }
    drawFigures(ctx, trend);
  },
};

/**
 * Sentences summarising the period from the data alone.
 *
 * @example
 * generatedBluf(ctx, computeTrend(ctx.scope, ctx.tz))[0] // "From 11 Mar 2025 to 6 Sep 2025 the chronicle records …"
 */
export function generatedBluf(ctx: Context, trend: Trend): string[] {
  const { scope } = ctx;
  const range = scope.dated ? formatRange(scope.from, scope.to, ctx.tz) : "";
  const period = !scope.dated ? "the chronicle" : range.includes("–") ? `the period ${range}` : range;
  if (scope.empty) {
    const filters = scope.actors.length ? ` involving ${nameList(ctx, scope.actors)}` : "";
    return [`The chronicle records no statements or events${filters} in ${period}.`];
  }
  const statements = scope.entries.filter((e) => e.type === "statement");
  const events = scope.entries.length - statements.length;
  const speakers = countBy(statements.map((s) => s.speaker ?? ""));
  const top = [...speakers].sort((a, b) => b[1] - a[1])[0];
  const out = [
    `${!scope.dated || range.includes("–") ? "In" : "On"} ${period} the chronicle records ${plural(statements.length, "statement")} and ${plural(events, "event")}` +
      (top ? `; ${ctx.name(top[0])} made the most statements (${top[1]}).` : "."),
  ];
  const gravest = gravestStatement(scope.entries);
  if (gravest) {
    out.push(
      `The gravest (${kindLabel(gravest.kind).toLowerCase()}, ${formatFuzzy(gravest.date, ctx.tz)}): ${ctx.name(gravest.speaker ?? "")}: ${clip(gravest.title, 220)}`,
    );
  }
  const threats = threatRegister(ctx.chronicle, scope.entries);
  if (threats.length) {
    const fresh = threats.filter((t) => t.firstStated.earliest >= scope.from).length;
    out.push(
      `${plural(threats.length, "distinct threat")} ${threats.length === 1 ? "was" : "were"} on record, ${fresh} first stated in the period.`,
    );
  }
  const list = offers(ctx.chronicle, scope.entries);
  if (list.length) {
    const by = (s: string) => list.filter((o) => o.status === s).length;
    const last = list.at(-1);
    out.push(
      `Of ${plural(list.length, "offer or proposal", "offers and proposals")}, ${by("open")} remain open, ${by("rejected")} were rejected and ${by("accepted")} accepted` +
        (last
          ? `; the latest, by ${ctx.name(last.speaker)} (${formatFuzzy(last.date, ctx.tz)}), is ${last.status}.`
          : "."),
    );
  }
  const compared = comparison(trend, (w) => formatRange(w.from, w.to, ctx.tz));
  if (trend.verdict !== "no-basis") {
    out.push(
      `Comparing ${compared}, the situation ${VERDICT[trend.verdict]}: net intensity ${signed(trend.previous.net)} → ${signed(trend.current.net)}.`,
    );
  } else if (trend.tooFew) {
    out.push(
      `No trend is called: comparing ${compared} rests on ${plural(trend.current.count, "item")} and ${plural(trend.previous.count, "item")}; it needs ${MIN_TREND_ITEMS} together, and some in each.`,
    );
  }
  return out;
}

/** The period's most hostile statement (the first of equals), when any is hostile. */
function gravestStatement(entries: readonly Entry[]): Entry | undefined {
  let gravest: Entry | undefined;
  for (const e of entries) if (e.type === "statement" && (!gravest || e.intensity < gravest.intensity)) gravest = e;
  return gravest && gravest.intensity < 0 ? gravest : undefined;
}

/**
 * Ids of the items the bottom line names: none when the analyst wrote it (free text),
 * else the generated sentences' gravest statement and latest offer.
 *
 * @example
 * blufCitations(ctx) // ["legit-targets", "moscow-offer"]
 */
export function blufCitations(ctx: Context): string[] {
  if (ctx.scope.empty || ctx.chronicle.briefing?.bluf?.trim()) return [];
  const ids: string[] = [];
  const gravest = gravestStatement(ctx.scope.entries);
  if (gravest) ids.push(gravest.id);
  const last = offers(ctx.chronicle, ctx.scope.entries).at(-1);
  if (last) ids.push(last.id);
  return ids;
}

function countBy(values: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return m;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * A signed number with a true minus sign.
 *
 * @example
 * signed(-7) // "−7"
 * signed(3.5) // "+3.5"
 */
export function signed(n: number): string {
  if (n === 0) return "0";
  return n > 0 ? `+${n}` : `−${Math.abs(n)}`;
}
