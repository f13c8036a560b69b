import { cameoCode } from "../coding/cameo.js";
import { isPloverEvent, PLOVER_EVENTS } from "../coding/plover.js";
import { parseDate } from "../dates/parse-date.js";
import type { Chronicle, Coding, DateValue, Event, Judgment, Source, Statement } from "../model/types.js";
import { LIKELIHOODS } from "../model/vocabulary.js";
import { COUNTRY_CODES, isCountryCode } from "./countries.js";
import { didYouMean, suggestion } from "./did-you-mean.js";
import { error, type Issue, type PathSegment, warning } from "./issue.js";

// Dates, the time zone, codes and grades that the schema's types cannot express. The
// checks are functions of the module, called once per item (see references.ts).

/** Checks the time zone; returns the zone dates are read in (UTC when it is unknown). */
export function checkZone(chronicle: Chronicle, issues: Issue[]): string {
  const tz = chronicle.timezone ?? "UTC";
  if (isTimeZone(tz)) return tz;
  issues.push(
    error(
      "invalid-timezone",
      ["timezone"],
      `expected an IANA time zone, found unknown time zone "${tz}"`,
      zoneHint(tz),
    ),
  );
  return "UTC";
}

/** Checks the sources' dates and addresses. */
export function sourceValues(chronicle: Chronicle, zone: string, issues: Issue[]): void {
  const sources = chronicle.sources ?? [];
  for (let i = 0; i < sources.length; i++) {
    const s = sources[i] as Source;
    date(s.published, zone, "sources", i, "published", issues);
    date(s.accessed, zone, "sources", i, "accessed", issues);
    if (s.url !== undefined && !/^https?:\/\/[^\s]+$/i.test(s.url)) {
      issues.push(
        error(
          "invalid-url",
          ["sources", i, "url"],
          `expected an http(s) address, found "${s.url}"`,
          "e.g. https://example.org/report",
        ),
      );
    }
  }
}

/** Checks an event's date and codes. */
export function eventValues(e: Event, i: number, zone: string, issues: Issue[]): void {
  date(e.date, zone, "events", i, "date", issues);
  if (e.coding !== undefined) coding(e.coding, ["events", i, "coding"], issues);
}

/** Checks a statement's date and codes. */
export function statementValues(s: Statement, i: number, zone: string, issues: Issue[]): void {
  date(s.date, zone, "statements", i, "date", issues);
  if (s.coding !== undefined) coding(s.coding, ["statements", i, "coding"], issues);
}

/** Checks actors' and places' countries against ISO 3166-1 alpha-3. */
export function countryValues(chronicle: Chronicle, issues: Issue[]): void {
  const check = (code: string | undefined, path: PathSegment[]) => {
    if (code === undefined || isCountryCode(code)) return;
    issues.push(
      error(
        "unknown-country",
        path,
        `expected an ISO 3166-1 alpha-3 country code, found "${code}", which is not assigned`,
        suggestion(code, COUNTRY_CODES, "country code"),
      ),
    );
  };
  (chronicle.actors ?? []).forEach((a, i) => check(a.country, ["actors", i, "country"]));
  (chronicle.events ?? []).forEach((e, i) => check(e.location?.country, ["events", i, "location", "country"]));
}

/** Checks the periods' dates. */
export function periodValues(chronicle: Chronicle, zone: string, issues: Issue[]): void {
  const periods = chronicle.periods ?? [];
  for (let i = 0; i < periods.length; i++) date(periods[i]?.date, zone, "periods", i, "date", issues);
}

/** Checks the judgments' horizons, and warns of likelihood words in their text. */
export function judgmentValues(chronicle: Chronicle, zone: string, issues: Issue[]): void {
  const judgments = chronicle.judgments ?? [];
  for (let i = 0; i < judgments.length; i++) {
    const j = judgments[i] as Judgment;
    date(j.horizon, zone, "judgments", i, "horizon", issues);
    const word = estimativeWord(j.text);
    if (word !== undefined) {
      issues.push(
        warning(
          "likelihood-in-text",
          ["judgments", i, "text"],
          `the judgment's text uses the estimative term "${word}"`,
          "state likelihood only in `likelihood:`, so it is never mixed with confidence in one sentence",
        ),
      );
    }
  }
}

// The path is built only for an invalid date: a valid one costs a cached look-up.
function date(
  value: DateValue | undefined,
  zone: string,
  collection: string,
  i: number,
  field: string,
  issues: Issue[],
): void {
  if (value === undefined) return;
  const parsed = parseDate(value, zone);
  if (!parsed.ok)
    issues.push(error("invalid-date", [collection, i, field], parsed.problem.message, parsed.problem.hint));
}

function coding(value: Coding | undefined, path: PathSegment[], issues: Issue[]): void {
  if (value?.cameo !== undefined && !cameoCode(value.cameo)) {
    issues.push(
      error(
        "unknown-cameo",
        [...path, "cameo"],
        `expected a CAMEO code, found "${value.cameo}", which does not exist`,
        'codes run from "01" to "204"; e.g. "138" threaten with military force, "036" express intent to meet',
      ),
    );
  }
  if (value?.plover !== undefined && !isPloverEvent(value.plover.event)) {
    issues.push(
      error(
        "unknown-plover",
        [...path, "plover", "event"],
        `expected a PLOVER event type, found "${value.plover.event}", which does not exist`,
        suggestion(value.plover.event, Object.keys(PLOVER_EVENTS), "PLOVER event type"),
      ),
    );
  }
}

// ICD 203's terms and the synonyms it allows, longest first so "very likely" is named
// rather than the "likely" inside it. Whole words only: "unlikely" is not "likely".
const ESTIMATIVE = [
  ...LIKELIHOODS.map((l) => l.replace(/_/g, " ")),
  "roughly even odds",
  "highly improbable",
  "highly probable",
  "highly likely",
  "highly unlikely",
  "almost certainly",
  "nearly certain",
  "improbable",
  "probable",
  "probably",
].sort((a, b) => b.length - a.length);
const ESTIMATIVE_RE = new RegExp(`\\b(${ESTIMATIVE.join("|")})\\b`, "i");

function estimativeWord(text: string): string | undefined {
  return ESTIMATIVE_RE.exec(text)?.[1]?.toLowerCase();
}

function zoneHint(tz: string): string {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  const zones = intl.supportedValuesOf?.("timeZone") ?? [];
  // "Moscow" → "Europe/Moscow": the city alone is a common slip.
  const city = zones.find((z) => z.toLowerCase().endsWith(`/${tz.toLowerCase().replace(/ /g, "_")}`));
  const near = city ?? didYouMean(tz, zones);
  return near ? `did you mean "${near}"?` : "use an IANA name such as UTC or Europe/Moscow";
}

const zoneCache = new Map<string, boolean>([["UTC", true]]);
// "UTC" (the default) is known without asking Intl: its first DateTimeFormat sets up ICU,
// 30–40 ms of a short run that never needs it.
function isTimeZone(name: string): boolean {
  let ok = zoneCache.get(name);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat("en", { timeZone: name });
      ok = true;
    } catch {
      ok = false;
    }
    zoneCache.set(name, ok);
  }
  return ok;
}
