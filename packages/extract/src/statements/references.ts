import type { StatementKind } from "@briefline/core";
import type { FoundStatement } from "./found.js";
import type { Trigger } from "./triggers.js";
import type { SentenceView } from "./view.js";

const POINTER = /^(this|that|these|those|the|such)$/;
const ANSWERABLE: readonly StatementKind[] = ["offer", "proposal", "demand", "ultimatum", "appeal"];
const REFERENTS =
  /^(plan|plans|idea|initiative|overture|suggestion|move|stance|position|remarks|statement|statements|claims|claim|charges)$/;
const COLLECTIVELY = /^(widely|broadly|roundly|generally|universally|largely)$/;

/** The kind a statement noun names, or "any" for words like "plan" or "idea". */
function referredKind(view: SentenceView, i: number): StatementKind | "any" | undefined {
  const t = view.tokens[i];
  if (!t) return undefined;
  const noun = view.lexicon.nouns.find((n) => n.nouns.includes(t.base));
  if (noun) return noun.kind;
  return REFERENTS.test(t.base) ? "any" : undefined;
}

function latest(
  before: readonly FoundStatement[],
  kind: StatementKind | "any",
  sentence: number,
): FoundStatement | undefined {
  for (let n = before.length - 1; n >= 0; n--) {
    const s = before[n] as FoundStatement;
    if (sentence - s.sentence.index > 4) break;
    if (
      kind === "any"
        ? ANSWERABLE.includes(s.kind)
        : s.kind === kind || (ANSWERABLE.includes(kind) && ANSWERABLE.includes(s.kind))
    )
      return s;
  }
  return undefined;
}

/**
 * "This proposal has been widely rejected": a passive without an agent whose subject
 * points back to an earlier offer. The text leaves the speaker unsaid; the addressee
 * of the offer is the one who answers it, and "widely" widens a person to their state.
 * A guess, so the statement gets a low confidence and a note saying so.
 */
export function inferPassive(
  view: SentenceView,
  trigger: Trigger,
  auxStart: number,
  before: readonly FoundStatement[],
): { speaker: string; to: FoundStatement; object: string; note: string } | undefined {
  const head = auxStart - 1;
  const kind = referredKind(view, head);
  if (!kind || !POINTER.test(view.tokens[head - 1]?.base ?? "")) return undefined;
  const to = latest(before, kind, view.sentence.index);
  const addressee = to?.targets[0];
  if (!to || !addressee) return undefined;
  let speaker = addressee;
  const widely = view.tokens.slice(auxStart, trigger.at).some((t) => COLLECTIVELY.test(t.base));
  const record = view.store.records.get(addressee);
  if (widely && record?.type === "person" && record.country)
    speaker = view.store.country(record.country)?.key ?? addressee;
  const object = `the ${view.tokens[head]?.text ?? "proposal"}`;
  const name = view.store.records.get(speaker)?.name ?? speaker;
  return {
    speaker,
    to,
    object,
    note: `speaker inferred: the text names none; taken as ${name}, to whom the ${to.kind} was addressed`,
  };
}

/**
 * "rejected the offer", "dismissed the criticism", "welcomed the appeal": an answer
 * whose object points back to an earlier statement of that kind.
 */
export function answersTo(
  view: SentenceView,
  found: FoundStatement,
  before: readonly FoundStatement[],
  same: readonly FoundStatement[],
): FoundStatement | undefined {
  if (!["rejection", "praise", "accusation", "denial"].includes(found.kind)) return undefined;
  let k = found.region[0];
  if (!POINTER.test(view.tokens[k]?.base ?? "")) return undefined;
  k++;
  while (k < found.region[1] && !referredKind(view, k) && k < found.region[0] + 3) k++;
  const kind = referredKind(view, k);
  if (!kind) return undefined;
  return latest([...before, ...same], kind, view.sentence.index);
}

/**
 * Links statements of one sentence: "a response to recent pledges by …" makes the
 * statement before it answer the pledges; a statement noun inside another's words
 * ("his dismissal of international calls for …") is what that statement answers.
 */
export function linkInSentence(view: SentenceView, found: FoundStatement[]): void {
  for (const n of found) {
    if (n.trigger.pos !== "noun") continue;
    const window = view.tokens
      .slice(Math.max(0, n.trigger.at - 4), n.trigger.at)
      .map((t) => t.base)
      .join(" ");
    if (/\b(response|reply|answer|retort) to\b/.test(window)) {
      const answerer = [...found].reverse().find((s) => s !== n && s.region[1] <= n.trigger.at);
      if (answerer && !answerer.answers) answerer.answers = { to: n, type: "responds_to" };
      continue;
    }
    const outer = found.find((s) => s !== n && s.trigger.at < n.trigger.at && n.trigger.at < s.region[1]);
    if (outer && !outer.answers) {
      const type = outer.kind === "rejection" && ANSWERABLE.includes(n.kind) ? "rejects" : "responds_to";
      outer.answers = { to: n, type };
    }
  }
}
