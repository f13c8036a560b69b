import type { Actor, Chronicle, Event, Source, Statement } from "@briefline/core";
import { loadExtractor } from "../io/_extract-core.js";
import { htmlToText } from "../io/_extract-html.js";

/** The longest article the desk takes (characters): a long report, not a book. */
export const MAX_ARTICLE_CHARS = 400_000;

/** What the page sends: the pasted article and its source fields. */
export interface ArticleInput {
  text: string;
  title?: string;
  publisher?: string;
  url?: string;
  published?: string;
  reliability?: string;
}

/** One candidate as the inbox shows it. */
export interface DeskCandidate {
  collection: "statements" | "events";
  /** The item as it would be written (ids mapped to the chronicle's actors and the source's id). */
  item: Statement | Event;
  /** Character spans of its sentences in `text`. */
  spans: Array<[number, number]>;
  confidence: number;
  dateDefaulted: boolean;
  /** An existing item this one looks like (the rule of `extract --merge`): merging adds the source to it. */
  same?: string;
}

/** What the inbox receives for one article. */
export interface DeskExtraction {
  /** The article as plain text: the spans point into it. */
  text: string;
  /** The source record, if the chronicle has no record of this article yet. */
  source?: Source;
  /** Actors the candidates name that the chronicle lacks. */
  actors: Actor[];
  candidates: DeskCandidate[];
  warnings: string[];
}

/** Why the article cannot be read (shown to the analyst as is). */
export class ArticleError extends Error {}

/**
 * Runs the extractor on a pasted article against the chronicle, as `briefline extract
 * --merge` does, but writes nothing: actors are matched by name and alias, ids are made
 * unique, and a candidate the chronicle already has is marked with the item it matches.
 *
 * @example
 * const inbox = await extractForDesk({ text, published: "2025-09-06", publisher: "Wire" }, chronicle);
 */
export async function extractForDesk(input: ArticleInput, chronicle: Chronicle): Promise<DeskExtraction> {
  const core = await import("@briefline/core");
  const raw = String(input.text ?? "");
  if (raw.trim() === "") throw new ArticleError("the article is empty: paste its text or HTML");
  if (raw.length > MAX_ARTICLE_CHARS)
    throw new ArticleError(`the article is too long (${raw.length} characters; at most ${MAX_ARTICLE_CHARS})`);
  const html = /^\s*<(!doctype html|html|head|body|article|p|div|h1)\b/i.test(raw) ? htmlToText(raw) : undefined;
  const text = html ? html.text : raw.replace(/\r\n?/g, "\n");
  const published = input.published?.trim() || html?.meta.published?.slice(0, 10);
  if (published && (!/^\d{4}-\d{2}-\d{2}$/.test(published) || !core.parseDate(published).ok))
    throw new ArticleError(`the publication date must be a day such as 2025-09-05, found "${published}"`);
  const url = input.url?.trim() || html?.meta.url;
  if (url && !/^https?:\/\/\S+$/i.test(url))
    throw new ArticleError(`the address must be an http(s) address, found "${url}"`);
  const reliability = input.reliability?.trim().toUpperCase();
  if (reliability && !/^[A-F]$/.test(reliability))
    throw new ArticleError(`the reliability must be an Admiralty grade A to F, found "${input.reliability}"`);
  const { extractCandidates, mergeCandidates } = await loadExtractor();
  const meta = {
    title: input.title?.trim() || html?.meta.title || "Pasted article",
    ...(input.publisher?.trim() ? { publisher: input.publisher.trim() } : {}),
    ...(url ? { url } : {}),
    ...(published ? { published } : {}),
  };
  const result = extractCandidates(text, {
    source: meta,
    chronicle,
    fallbackDate: new Date().toISOString().slice(0, 10),
  });
  const merged = mergeCandidates(chronicle, result.chronicle);
  const candidateSource = result.chronicle.sources?.[0];
  const newSource = merged.plan.sources[0];
  const sourceId =
    newSource?.id ??
    chronicle.sources?.find(
      (b) =>
        (candidateSource?.url && b.url === candidateSource.url) ||
        (b.title === candidateSource?.title && String(b.published) === String(candidateSource?.published)),
    )?.id ??
    candidateSource?.id;
  const taken = new Set(
    [
      ...(chronicle.events ?? []),
      ...(chronicle.statements ?? []),
      ...(chronicle.actors ?? []),
      ...(chronicle.sources ?? []),
    ].map((x) => x.id),
  );
  for (const a of merged.plan.actors) taken.add(a.id);
  if (newSource) taken.add(newSource.id);
  const unique = (id: string) => {
    let next = id;
    for (let n = 2; taken.has(next); n++) next = `${id}-${n}`;
    taken.add(next);
    return next;
  };
  const actor = (id: string) => merged.actorIds[id] ?? id;
  const refs = (item: Statement | Event) => (item.sources ?? []).map((r) => ({ ...r, source: sourceId ?? r.source }));
  const eventIds = new Map<string, string>();
  const info = (id: string) => result.candidates.find((c) => c.id === id);
  const candidates: DeskCandidate[] = [];
  for (const e of result.chronicle.events ?? []) {
    const known = merged.knownEvents.find((k) => k.candidate === e.id)?.existing;
    const id = unique(e.id);
    eventIds.set(e.id, known ?? id);
    const item: Event = {
      ...e,
      id,
      sources: refs(e),
      ...(e.participants ? { participants: e.participants.map(actor) } : {}),
    };
    candidates.push(candidateOf("events", item, info(e.id), known));
  }
  for (const s of result.chronicle.statements ?? []) {
    const same = merged.corroborated.find((c) => c.candidate === s.id)?.existing;
    const item: Statement = {
      ...s,
      id: unique(s.id),
      speaker: actor(s.speaker),
      ...(s.targets ? { targets: s.targets.map(actor) } : {}),
      ...(s.at ? { at: eventIds.get(s.at) ?? s.at } : {}),
      sources: refs(s),
    };
    candidates.push(candidateOf("statements", item, info(s.id), same));
  }
  // Spans in reading order: the inbox follows the article.
  candidates.sort((a, b) => (a.spans[0]?.[0] ?? 0) - (b.spans[0]?.[0] ?? 0));
  // The extractor's note says its items are candidates to review; at the desk they are reviewed before they are written.
  const { notes: _note, ...source } = newSource ?? ({} as Source);
  return {
    text,
    ...(newSource ? { source: { ...source, ...(reliability ? { reliability } : {}) } as Source } : {}),
    actors: merged.plan.actors,
    candidates,
    warnings: result.warnings,
  };
}

function candidateOf(
  collection: DeskCandidate["collection"],
  item: Statement | Event,
  info: { spans: Array<[number, number]>; confidence: number; dateDefaulted: boolean } | undefined,
  same: string | undefined,
): DeskCandidate {
  return {
    collection,
    item,
    spans: info?.spans ?? [],
    confidence: info?.confidence ?? 0,
    dateDefaulted: info?.dateDefaulted ?? false,
    ...(same ? { same } : {}),
  };
}
