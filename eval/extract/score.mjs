// Scores an extraction against hand labels by the rule in labels.json: an extracted
// item matches a label when one of its sentence spans overlaps the sentence of the
// label's anchor, its kind is the label's `kind` or one of `also`, and its speaker is
// the label's `speaker` (or one of `also_speakers`). Required labels count toward
// recall; items that match optional labels are neither rewarded nor punished.
// Pure: text, labels and the extraction in, numbers out (used by run.mjs and the test).

const norm = (s) =>
  String(s)
    .replace(/[’‘]/g, "'")
    .toLowerCase()
    .replace(/^the\s+/, "")
    .replace(/\s+/g, " ")
    .trim();

/** Sentence spans of a text, by a plain rule independent of the extractor. */
export function sentenceSpans(text) {
  const spans = [];
  const re = /[^.!?\n]+(?:[.!?]+["”’)]*|\n|$)/g;
  let start = null;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    if (start === null) start = m.index;
    const end = m.index + m[0].length;
    const next = text.slice(end).match(/^\s*(\S)/)?.[1] ?? "";
    // "Jr." or "U.S." followed by a lowercase word does not end a sentence.
    if (/[.]$/.test(m[0]) && next && /[a-z]/.test(next)) continue;
    spans.push([start, end]);
    start = null;
  }
  return spans;
}

function anchorSentence(text, spans, anchor) {
  const at = text.indexOf(anchor);
  if (at < 0) throw new Error(`anchor not in text: ${anchor}`);
  return spans.find(([s, e]) => at >= s && at < e) ?? [at, at + anchor.length];
}

/** Label actor ids each extracted actor stands for, by shared names and aliases. */
export function mapActors(actors, labelActors) {
  const out = new Map();
  for (const a of actors ?? []) {
    const mine = new Set([a.name, ...(a.aliases ?? [])].map(norm));
    const ids = Object.entries(labelActors ?? {})
      .filter(([id, aliases]) => mine.has(norm(id)) || aliases.some((x) => mine.has(norm(x))))
      .map(([id]) => id);
    out.set(a.id, new Set(ids));
  }
  return out;
}

const overlaps = (a, b) => a[0] < b[1] && b[0] < a[1];
const words = (s) =>
  new Set(
    norm(s)
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 2 && !STOP.has(w)),
  );
const STOP = new Set([
  "the",
  "and",
  "any",
  "that",
  "this",
  "with",
  "for",
  "its",
  "his",
  "their",
  "only",
  "does",
  "not",
  "are",
  "was",
  "were",
  "would",
  "will",
  "into",
  "from",
]);

function conditionCovered(labelCondition, extracted) {
  const want = words(labelCondition);
  if (want.size === 0) return true;
  return extracted.some((c) => {
    const got = words(c.text);
    let hit = 0;
    for (const w of want) if ([...got].some((g) => g.slice(0, 5) === w.slice(0, 5))) hit++;
    return hit / want.size >= 0.5;
  });
}

/**
 * @param {{ text: string, labels: any, chronicle: any, spansOf: (item: any) => Array<[number, number]> }} input
 */
export function scoreArticle({ text, labels, chronicle, spansOf }) {
  const spans = sentenceSpans(text);
  const actorMap = mapActors(chronicle.actors, labels.actors);
  const items = (chronicle.statements ?? []).map((s) => ({ s, spans: spansOf(s), confidence: confidenceOf(s) }));
  const wanted = labels.statements.map((l) => ({ l, sentence: anchorSentence(text, spans, l.anchor) }));
  const speakerOk = (item, l) => {
    const ids = actorMap.get(item.s.speaker) ?? new Set();
    return [l.speaker, ...(l.also_speakers ?? [])].some((id) => ids.has(id));
  };
  const kindOk = (item, l) => [l.kind, ...(l.also ?? [])].includes(item.s.kind);
  const near = (item, w) => item.spans.some((sp) => overlaps(sp, w.sentence));
  const strict = assign(items, wanted, (i, w) => near(i, w) && kindOk(i, w.l) && speakerOk(i, w.l));
  const loose = assign(items, wanted, (i, w) => near(i, w) && kindOk(i, w.l));
  const required = wanted.filter((w) => w.l.required);
  const matchedRequired = required.filter((w) => strict.byLabel.has(w));
  const optionalItems = [...strict.byItem.entries()].filter(([, w]) => !w.l.required).length;
  const tp = [...strict.byItem.values()].filter((w) => w.l.required).length;
  const counted = items.length - optionalItems;
  const precision = counted ? tp / counted : 1;
  const recall = required.length ? matchedRequired.length / required.length : 1;
  const looseRequired = required.filter((w) => loose.byLabel.has(w));
  const speakerRight = looseRequired.filter((w) => speakerOk(loose.byLabel.get(w), w.l)).length;
  let condWanted = 0;
  let condFound = 0;
  for (const w of required) {
    const item = strict.byLabel.get(w);
    for (const c of w.l.conditions ?? []) {
      condWanted++;
      if (item && conditionCovered(c, item.s.conditions ?? [])) condFound++;
    }
  }
  const perKind = {};
  const kindRow = (kind) => {
    if (!perKind[kind]) perKind[kind] = { labelled: 0, found: 0, extracted: 0, wrong: 0 };
    return perKind[kind];
  };
  for (const w of required) {
    const k = kindRow(w.l.kind);
    k.labelled++;
    if (strict.byLabel.has(w)) k.found++;
  }
  for (const i of items) {
    const k = kindRow(i.s.kind);
    k.extracted++;
    if (!strict.byItem.has(i)) k.wrong++;
  }
  const events = (labels.events ?? []).map((l) => {
    const sentence = anchorSentence(text, spans, l.anchor);
    const hit = (chronicle.events ?? []).find(
      (e) => spansOf(e).some((sp) => overlaps(sp, sentence)) && [l.kind, ...(l.also ?? [])].includes(e.kind),
    );
    return { id: l.id, required: Boolean(l.required), found: Boolean(hit), as: hit?.id };
  });
  const extractedEvents = (chronicle.events ?? []).length;
  const eventHits = new Set(events.filter((e) => e.found).map((e) => e.as)).size;
  return {
    statements: {
      extracted: items.length,
      required: required.length,
      matched: matchedRequired.length,
      precision,
      recall,
      f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
      recallRightKind: required.length ? looseRequired.length / required.length : 1,
      speakerAccuracy: looseRequired.length ? speakerRight / looseRequired.length : 1,
      conditionRecall: condWanted ? condFound / condWanted : 1,
      perKind,
      // Raw counts behind the ratios above, so that several articles can be pooled (micro-average).
      counts: {
        tp,
        counted,
        rightKind: looseRequired.length,
        speakerRight,
        conditionsWanted: condWanted,
        conditionsFound: condFound,
      },
      missed: required.filter((w) => !strict.byLabel.has(w)).map((w) => w.l.id),
      falsePositives: items.filter((i) => !strict.byItem.has(i)).map((i) => `${i.s.id} (${i.s.kind}): ${i.s.summary}`),
    },
    events: {
      labels: events,
      requiredFound: events.filter((e) => e.required && e.found).length,
      required: events.filter((e) => e.required).length,
      extracted: extractedEvents,
      hits: eventHits,
      precision: extractedEvents ? eventHits / extractedEvents : 1,
    },
  };
}

function confidenceOf(s) {
  const m = /confidence (\d(?:\.\d+)?)/.exec(s.notes ?? "");
  return m ? Number(m[1]) : 0;
}

// One-to-one matching: required labels first, then each label takes the most confident item that fits.
function assign(items, wanted, fits) {
  const byItem = new Map();
  const byLabel = new Map();
  const order = [...wanted].sort((a, b) => Number(b.l.required) - Number(a.l.required));
  for (const w of order) {
    const best = items.filter((i) => !byItem.has(i) && fits(i, w)).sort((a, b) => b.confidence - a.confidence)[0];
    if (best) {
      byItem.set(best, w);
      byLabel.set(w, best);
    }
  }
  return { byItem, byLabel };
}
