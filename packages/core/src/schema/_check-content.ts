import type { Chronicle, Event, Statement } from "../model/types.js";
import {
  checkZone,
  countryValues,
  eventValues,
  judgmentValues,
  periodValues,
  sourceValues,
  statementValues,
} from "./checks.js";
import type { Issue } from "./issue.js";
import {
  actorReferences,
  eventReferences,
  indexIds,
  referenceCheck,
  relationAndJudgmentReferences,
  statementReferences,
} from "./references.js";
import { checkRelations } from "./relation-checks.js";
import { timingWarnings } from "./timing-warnings.js";
import type { ValidationResult } from "./validate.js";
import { eventWarnings, statementWarnings, unusedWarnings } from "./warnings.js";

// In a file of its own, apart from the schema library: the quick path (_validate-quick.ts)
// runs these checks after the structural check generated at build time, without zod.

/**
 * Checks ids, references, dates, codes, relations and warnings in one walk over the
 * events and one over the statements (most of a chronicle), each item handed to small
 * per-item checks. Issues are reported in the order of the checks: duplicate ids,
 * references, values, relations, then warnings, each in document order.
 */
export function checkContent(chronicle: Chronicle): ValidationResult {
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
