// Pools the scores of several articles into one row: a micro-average over statements
// (every labelled statement and every extracted item weighs the same, whichever article it
// is in), not the mean of per-article ratios, which would let a two-statement article weigh
// as much as a twenty-statement one. Pure: scoreArticle results in, numbers out.

const ratio = (part, whole, empty = 1) => (whole ? part / whole : empty);

/**
 * @param {Array<ReturnType<typeof import("./score.mjs").scoreArticle>>} scores
 * @example poolScores([scoreA, scoreB]).statements.f1 // 0.5 when half of everything matched
 */
export function poolScores(scores) {
  const sum = (pick) => scores.reduce((total, s) => total + pick(s), 0);
  const tp = sum((s) => s.statements.counts.tp);
  const counted = sum((s) => s.statements.counts.counted);
  const required = sum((s) => s.statements.required);
  const matched = sum((s) => s.statements.matched);
  const rightKind = sum((s) => s.statements.counts.rightKind);
  const speakerRight = sum((s) => s.statements.counts.speakerRight);
  const conditionsWanted = sum((s) => s.statements.counts.conditionsWanted);
  const conditionsFound = sum((s) => s.statements.counts.conditionsFound);
  const precision = ratio(tp, counted);
  const recall = ratio(matched, required);
  const eventsRequired = sum((s) => s.events.required);
  const eventsFound = sum((s) => s.events.requiredFound);
  const eventsExtracted = sum((s) => s.events.extracted);
  return {
    articles: scores.length,
    statements: {
      extracted: sum((s) => s.statements.extracted),
      required,
      matched,
      precision,
      recall,
      f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
      recallRightKind: ratio(rightKind, required),
      speakerAccuracy: ratio(speakerRight, rightKind),
      conditionRecall: ratio(conditionsFound, conditionsWanted),
      conditions: { wanted: conditionsWanted, found: conditionsFound },
    },
    events: {
      required: eventsRequired,
      requiredFound: eventsFound,
      recall: ratio(eventsFound, eventsRequired),
      extracted: eventsExtracted,
      precision: ratio(
        sum((s) => s.events.hits),
        eventsExtracted,
      ),
    },
  };
}
