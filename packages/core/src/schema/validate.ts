import type { Chronicle, Event, Statement } from "../model/types.js";
import { budgetStructure } from "./_budget.js";
import {
  checkZone,
  countryValues,
  eventValues,
  judgmentValues,
  periodValues,
  sourceValues,
  statementValues,
} from "./checks.js";
import { describeValue, type Issue } from "./issue.js";
import { partialContentErrors } from "./partial-content.js";
import {
  actorReferences,
  eventReferences,
  indexIds,
  referenceCheck,
  relationAndJudgmentReferences,
  statementReferences,
} from "./references.js";
import { checkRelations } from "./relation-checks.js";
import { sortIssues } from "./sort-issues.js";
import { checkStructure, type ValidateOptions } from "./structure.js";
import { timingWarnings } from "./timing-warnings.js";
import { eventWarnings, statementWarnings, unusedWarnings } from "./warnings.js";

/** The outcome of validation: a chronicle with warnings, or the errors (and warnings). */
export type ValidationResult =
  | { ok: true; chronicle: Chronicle; warnings: Issue[] }
  | { ok: false; errors: Issue[]; warnings: Issue[] };

/**
 * Validates plain data (from YAML, JSON or an app) as a chronicle. Returns values,
 * never throws: structure and types first, then ids, references, dates, codes and
 * relations (of the items whose structure is right, when some are not), each issue
 * with its path, what was expected and a hint. Issues come in the order of the
 * document (see {@link sortIssues}), so one run shows every problem, top to bottom.
 *
 * `options.fast` (from `loadFastValidation`) speeds up the structural check of large data.
 *
 * @example
 * const result = validateChronicle(JSON.parse(text));
 * if (!result.ok) for (const e of result.errors) console.error(formatPath(e.path), e.message);
 */
export function validateChronicle(data: unknown, options: ValidateOptions = {}): ValidationResult {
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return {
      ok: false,
      errors: [
        {
          severity: "error",
          code: "not-a-chronicle",
          path: [],
          message: `expected a mapping with briefline: 1, title, actors, statements…, found ${data === null || data === undefined ? "nothing" : describeValue(data)}`,
          hint: "start from `briefline init`, which writes a commented example",
        },
      ],
      warnings: [],
    };
  }
  // Limits first: the schema's work (and memory) grows with the problems it reports.
  const budget = budgetStructure(data as Record<string, unknown>);
  if (budget.errors.length) return { ok: false, errors: [...budget.errors, ...budget.stopped], warnings: [] };
  const structure = checkStructure(budget.data, options);
  if (!structure.ok) {
    // The rest is checked too, so that one run shows a file's mistakes of both kinds.
    const rest = partialContentErrors(budget.data, structure.errors, (chronicle) => {
      const result = checkContent(chronicle);
      return { errors: result.ok ? [] : result.errors };
    });
    return {
      ok: false,
      errors: [...sortIssues([...structure.errors, ...rest], data), ...budget.stopped],
      warnings: [],
    };
  }
  const result = checkContent(structure.chronicle);
  if (result.ok) return { ...result, warnings: sortIssues(result.warnings, data) };
  return { ok: false, errors: sortIssues(result.errors, data), warnings: sortIssues(result.warnings, data) };
}

/**
 * Checks ids, references, dates, codes, relations and warnings in one walk over the
 * events and one over the statements (most of a chronicle), each item handed to small
 * per-item checks. Issues are reported in the order of the checks: duplicate ids,
 * references, values, relations, then warnings, each in document order.
 */
function checkContent(chronicle: Chronicle): ValidationResult {
  const duplicates: Issue[] = [];
  const index = indexIds(chronicle, duplicates);
  const { actors, sources, events: eventIds } = index;
  const refs = referenceCheck(index);
  const values: Issue[] = [];
  const zone = checkZone(chronicle, values);
  // Warnings about statements come before those about events and unused actors and sources.
  const statementWarns: Issue[] = [];
  const laterWarns: Issue[] = [];
  actorReferences(chronicle, refs);
  sourceValues(chronicle, zone, values);
  const events = chronicle.events ?? [];
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as Event;
    eventReferences(e, i, actors, sources, refs);
    eventValues(e, i, zone, values);
    eventWarnings(e, i, laterWarns);
  }
  const statements = chronicle.statements ?? [];
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i] as Statement;
    statementReferences(s, i, actors, eventIds, sources, refs);
    statementValues(s, i, zone, values);
    statementWarnings(s, i, statementWarns);
  }
  relationAndJudgmentReferences(chronicle, refs);
  judgmentValues(chronicle, zone, values);
  periodValues(chronicle, zone, values);
  countryValues(chronicle, values);
  const relations: Issue[] = [];
  checkRelations(chronicle, relations);
  unusedWarnings(chronicle, laterWarns);
  timingWarnings(chronicle, zone, laterWarns);
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  for (const group of [duplicates, refs.issues, values, relations, statementWarns, laterWarns]) {
    for (const issue of group) (issue.severity === "error" ? errors : warnings).push(issue);
  }
  return errors.length > 0 ? { ok: false, errors, warnings } : { ok: true, chronicle, warnings };
}
