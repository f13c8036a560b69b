import type { Chronicle, Event, Statement } from "@briefline/core";
import { styles } from "../env.js";
import { terminalText as t } from "./terminal-text.js";

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
  const name = nameIn(chronicle);
  const lines = [
    "",
    heading(c, position, s.id, s.kind, info.confidence),
    `  speaker:    ${t(name(s.speaker))} (${t(s.speaker)})`,
  ];
  if (s.targets?.length) lines.push(`  targets:    ${t(s.targets.map(name).join(", "))}`);
  lines.push(`  date:       ${t(String(s.date))}${defaulted(c, info.dateDefaulted)}${s.at ? `  at ${t(s.at)}` : ""}`);
  lines.push(`  summary:    ${t(s.summary)}`);
  for (const cond of s.conditions ?? []) lines.push(`  condition:  ${t(`${cond.kind} ${cond.text}`)}`);
  if (s.quote) lines.push(`  quote:      “${t(s.quote.text)}”`);
  return card(c, lines, s.sources?.[0]?.excerpt);
}

/**
 * A candidate event as the reviewer sees it: kind, title, participants, date (flagged
 * when defaulted), place, the statements said at it, confidence and the sentence it came from.
 */
export function renderEventCard(
  e: Event,
  chronicle: Chronicle,
  info: { confidence: number | undefined; dateDefaulted: boolean },
  position: string,
  color: boolean,
): string {
  const c = styles(color);
  const name = nameIn(chronicle);
  const lines = ["", heading(c, position, e.id, `event: ${e.kind}`, info.confidence), `  title:      ${t(e.title)}`];
  if (e.participants?.length) lines.push(`  with:       ${t(e.participants.map(name).join(", "))}`);
  lines.push(`  date:       ${t(String(e.date))}${defaulted(c, info.dateDefaulted)}`);
  if (e.location) lines.push(`  place:      ${t(e.location.name)}`);
  const said = (chronicle.statements ?? []).filter((s) => s.at === e.id).map((s) => s.id);
  if (said.length) lines.push(`  said at it: ${t(said.join(", "))}`);
  return card(c, lines, e.sources?.[0]?.excerpt);
}

type Styles = ReturnType<typeof styles>;

/** An actor's name by id, or the id. */
function nameIn(chronicle: Chronicle): (id: string) => string {
  return (id) => chronicle.actors?.find((a) => a.id === id)?.name ?? id;
}

/** "3/12 threat-1  threat  confidence 0.80" */
function heading(c: Styles, position: string, id: string, kind: string, confidence: number | undefined): string {
  return `${c.bold(`${position} ${t(id)}`)}  ${c.cyan(t(kind))}${confidence !== undefined ? c.dim(`  confidence ${confidence.toFixed(2)}`) : ""}`;
}

function defaulted(c: Styles, dateDefaulted: boolean): string {
  return dateDefaulted ? c.yellow("  (not in the text: publication date)") : "";
}

/** The card's lines, ending with the sentence it came from (shortened to 300 characters). */
function card(c: Styles, lines: string[], excerpt: string | undefined): string {
  if (excerpt) lines.push(c.dim(`  source:     ${t(excerpt.length > 300 ? `${excerpt.slice(0, 297)}…` : excerpt)}`));
  return `${lines.join("\n")}\n`;
}

export const HELP =
  "  a accept · r reject · k change kind · s change speaker · e edit summary · n skip · q save and quit · ? help\n";

export const EVENT_HELP =
  "  a accept · r reject (statements said at it keep no place) · k change kind · e edit title · n skip · q save and quit · ? help\n";
