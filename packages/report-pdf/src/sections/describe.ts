import type { Entry } from "@briefline/core";
import { formatFuzzy } from "@briefline/core";
import type { Context } from "../model/context.js";
import { sanitizeText } from "../text/sanitize.js";
import type { Span, TextStyle } from "../text/types.js";
import { span } from "./section.js";

/**
 * A kind as a label: "Ultimatum", "Call".
 *
 * @example
 * kindLabel("only_if") // "Only if"
 */
export function kindLabel(kind: string): string {
  const text = kind.replaceAll("_", " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Text cut at a word boundary to at most `max` characters, with an ellipsis.
 *
 * @example
 * clip("Putin said Russia would regard any foreign troops…", 20) // "Putin said Russia…"
 */
export function clip(text: string, max: number): string {
  const clean = sanitizeText(text);
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, "")}…`;
}

/**
 * Actor names as a list: "Putin, Zelensky and Trump".
 *
 * @example
 * nameList(ctx, ["putin", "xi"]) // "Vladimir Putin and Xi Jinping"
 */
export function nameList(ctx: Context, ids: readonly string[]): string {
  const names = ids.map((id) => ctx.name(id));
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/**
 * Who an item involves: "Vladimir Putin → Western states" for a statement, the
 * participants of an event.
 *
 * @example
 * whoOf(ctx, entry) // "Vladimir Putin → Volodymyr Zelensky"
 */
export function whoOf(ctx: Context, entry: Entry): string {
  if (entry.type === "event") return entry.targets.map((id) => ctx.name(id)).join(", ");
  const speaker = ctx.name(entry.speaker ?? "");
  return entry.targets.length ? `${speaker} → ${entry.targets.map((id) => ctx.name(id)).join(", ")}` : speaker;
}

/**
 * A reference to another item: its date and clipped title, linked to the chronology
 * when the item is shown there.
 *
 * @example
 * itemRef(ctx, "moscow-offer", STYLES.cell) // [{ text: "5 Sep 2025: Putin repeated…", link: { dest: "item-moscow-offer" } }]
 */
export function itemRef(ctx: Context, id: string, style: TextStyle, max = 90): Span[] {
  const entry = ctx.byId.get(id);
  if (!entry) return [span(id, style)];
  const link = ctx.itemLink(id);
  const text = `${formatFuzzy(entry.date, ctx.tz)}: ${clip(entry.title, max)}`;
  return [span(text, link ? { ...style, color: "#1f4e8c" } : style, link)];
}

/**
 * The warning for characters no font has, naming where they occur.
 *
 * @example
 * missingGlyphs('actor "kim"', ["김", "정"]) // 'actor "kim": no font has 김 (U+AE40), 정 (U+C815); shown as �. Add a font that has them with --font'
 */
export function missingGlyphs(where: string, chars: Iterable<string>): string {
  const list = [...chars];
  const named = list
    .slice(0, 6)
    .map((c) => `${c} (U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")})`);
  const more = list.length > 6 ? ` and ${list.length - 6} more` : "";
  const them = list.length === 1 ? "it" : "them";
  return `${where}: no font has ${named.join(", ")}${more}; shown as \uFFFD. Add a font that has ${them} with --font`;
}
