import type { StatementKind } from "@briefline/core";

const MAX = 80;
// Words that open a clause in lower case in a headline: "Putin: foreign troops would …".
const LOWER_FIRST =
  /^(The|A|An|Any|All|It|Its|We|Our|They|Their|He|His|She|Her|This|That|These|Those|There|No|Such|Every|Each|If|Unless|Once|Only|Whatever|Whoever|Foreign|Further|Future)$/;

/**
 * A headline for a candidate statement, at most 80 characters: the speaker's short name,
 * a colon and the gist of what was said ("Putin: foreign troops would be legitimate
 * targets"). The gist is the reported clause without "that" and quotation marks; when
 * the verb itself carries the act ("rejected the plan", "threatened to expand the
 * tariffs") the verb stays; `clause` says whether the verb takes a reported clause
 * ("said", "warned") whose words make the gist on their own. Cut at a word boundary with "…" when too long.
 *
 * @example
 * titleFor("Putin", "threat", "that foreign troops would be legitimate targets", "said", true)
 * // "Putin: foreign troops would be legitimate targets"
 */
export function titleFor(
  shortName: string,
  kind: StatementKind,
  said: string,
  phrase: string,
  clause: boolean,
): string {
  let gist = said
    .replace(/["“”]/g, "")
    .replace(/(^|\s)['‘’]|['‘’](?=\s|$)/g, "$1")
    .replace(/^[\s,:—–-]+/, "")
    .replace(/^that\s+/i, "")
    .replace(/\s+/g, " ")
    .replace(/[\s,;:.…]+$/, "")
    .trim();
  if (!clause || gist === "" || /^to\s/i.test(gist)) gist = `${phrase} ${gist}`.trim();
  if (gist === "") gist = kind;
  const first = gist.split(" ")[0] ?? "";
  if (LOWER_FIRST.test(first)) gist = `${first.toLowerCase()}${gist.slice(first.length)}`;
  return cut(`${shortName}: ${gist}`);
}

/**
 * The short name of an actor for a headline: a person's family name ("Vladimir Putin" →
 * "Putin", but "Kim Yo Jong" whole), a state's or body's name as written.
 *
 * @example
 * shortNameOf("Vladimir Putin", "person") // "Putin"
 */
export function shortNameOf(name: string, type: string): string {
  if (type !== "person") return name;
  const parts = name.split(" ").filter((w) => !/^(jr|sr)\.?$/i.test(w));
  const last = parts[parts.length - 1] ?? name;
  const familyFirst = (parts[0]?.length ?? 9) <= 3 && (parts.length >= 3 || /-/.test(last));
  return last.length <= 3 || familyFirst ? name : last;
}

function cut(text: string): string {
  if (text.length <= MAX) return text;
  const room = text.slice(0, MAX - 1);
  const space = room.lastIndexOf(" ");
  return `${(space > MAX / 2 ? room.slice(0, space) : room).replace(/[\s,;:]+$/, "")}…`;
}
