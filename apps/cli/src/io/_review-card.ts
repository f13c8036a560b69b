import type { Chronicle, Statement } from "@briefline/core";
import { styles } from "../env.js";

/**
 * A candidate as the reviewer sees it: kind, speaker, targets, date (flagged when
 * defaulted), summary, conditions, quote, confidence and the sentence it came from.
 */
export function renderCard(
  s: Statement,
  chronicle: Chronicle,
  info: { confidence: number | undefined; dateDefaulted: boolean },
  position: string,
  color: boolean,
): string {
  const c = styles(color);
  const name = (id: string) => chronicle.actors?.find((a) => a.id === id)?.name ?? id;
  const lines = [
    "",
    `${c.bold(`${position} ${s.id}`)}  ${c.cyan(s.kind)}${info.confidence !== undefined ? c.dim(`  confidence ${info.confidence.toFixed(2)}`) : ""}`,
    `  speaker:    ${name(s.speaker)} (${s.speaker})`,
  ];
  if (s.targets?.length) lines.push(`  targets:    ${s.targets.map(name).join(", ")}`);
  lines.push(
    `  date:       ${s.date}${info.dateDefaulted ? c.yellow("  (not in the text: publication date)") : ""}${s.at ? `  at ${s.at}` : ""}`,
  );
  lines.push(`  summary:    ${s.summary}`);
  for (const cond of s.conditions ?? []) lines.push(`  condition:  ${cond.kind} ${cond.text}`);
  if (s.quote) lines.push(`  quote:      “${s.quote.text}”`);
  const excerpt = s.sources?.[0]?.excerpt;
  if (excerpt) lines.push(c.dim(`  source:     ${excerpt.length > 300 ? `${excerpt.slice(0, 297)}…` : excerpt}`));
  return `${lines.join("\n")}\n`;
}

export const HELP =
  "  a accept · r reject · k change kind · s change speaker · e edit summary · n skip · q save and quit · ? help\n";
