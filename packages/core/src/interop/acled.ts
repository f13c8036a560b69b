import Papa from "papaparse";
import type { Chronicle, Event, Source } from "../model/types.js";
import { error, type Issue } from "../schema/issue.js";
import { validateChronicle } from "../schema/validate.js";
import { AcledActors } from "./_acled-actors.js";
import { acledCoding, acledCountry, acledDate, acledHeader, acledTitle, actorCountry } from "./_acled-rows.js";
import { recordLines } from "./_csv-lines.js";
import { slugify } from "./slug.js";

export { acledDate } from "./_acled-rows.js";

const REQUIRED = ["event_id_cnty", "event_date", "event_type", "actor1"];

/**
 * Columns read into the chronicle's own fields; every other column is kept under its
 * (lower-case) name in the event's `attributes`, so nothing of a row is lost.
 */
const MAPPED = new Set([
  "event_id_cnty",
  "event_date",
  "time_precision",
  "event_type",
  "sub_event_type",
  "actor1",
  "assoc_actor_1",
  "actor2",
  "assoc_actor_2",
  "location",
  "latitude",
  "longitude",
  "source",
  "notes",
]);

/** Options for ACLED import. */
export interface AcledOptions {
  title?: string;
  filename?: string;
}

/**
 * Reads an ACLED CSV export (any header case; `;`-separated multi-values;
 * `time_precision` 1/2/3 → day, ISO week, month) into a chronicle of events, one per row.
 * Exports before 2019 read too: ALLY_ACTOR_1/2 are the associated actors, dates are
 * day-first (18/04/2001), and event types stand in for the missing sub-event types.
 * Each event keeps its sides (`sides.a`: actor1 and assoc_actor_1; `sides.b`: actor2 and
 * assoc_actor_2), actor types come from `inter1`/`inter2`, and every column the chronicle
 * has no field for (admin2, inter1, fatalities — zero included —, civilian_targeting,
 * geo_precision, tags, iso, region, …) is kept in `attributes`. A repeated
 * `event_id_cnty` is an error at its line (the line it starts on, where notes span lines).
 * The location's country comes from `iso` (numeric ISO 3166-1), which is kept as well.
 *
 * @example
 * const result = chronicleFromAcled(csvText, { title: "ACLED Ukraine, Sept 2025" });
 * if (result.ok) formatChronicle(result.chronicle, "yaml");
 */
export function chronicleFromAcled(
  text: string,
  options: AcledOptions = {},
): { ok: true; chronicle: Chronicle } | { ok: false; errors: Issue[] } {
  const file = options.filename;
  const at = (issue: Issue, line: number, column = 1): Issue => ({ ...issue, line, column, ...(file ? { file } : {}) });
  const body = text.replace(/^\uFEFF/, "");
  const lines = recordLines(body);
  // The line a row starts on: quoted notes may span lines.
  const lineOf = (row: number) => lines[row + 1] ?? row + 2;
  const parsed = Papa.parse<Record<string, string>>(body, {
    header: true,
    skipEmptyLines: true,
    // Older exports and spreadsheets write EVENT_ID_CNTY, Event_Date, ALLY_ACTOR_1, …
    transformHeader: acledHeader,
  });
  const columns = parsed.meta.fields ?? [];
  const missing = REQUIRED.filter((c) => !columns.includes(c));
  if (missing.length) {
    return {
      ok: false,
      errors: [
        at(
          error(
            "acled-columns",
            [],
            `missing ACLED column${missing.length > 1 ? "s" : ""}: ${missing.join(", ")}`,
            `an ACLED export has a header row with ${REQUIRED.join(", ")}, …`,
          ),
          1,
        ),
      ],
    };
  }
  const errors: Issue[] = parsed.errors
    .slice(0, 20)
    .map((e) => at(error("csv-syntax", [], e.message, "check the quoting of this row"), lineOf(e.row ?? 0)));
  const ids = new Set<string>();
  const firstLine = new Map<string, number>();
  const actors = new AcledActors(ids);
  const sourceIds = new Map<string, string>();
  const sources: Source[] = [];
  const events: Event[] = [];
  const sourceId = (publisher: string) => {
    let id = sourceIds.get(publisher);
    if (!id) {
      id = slugify(publisher, ids);
      sourceIds.set(publisher, id);
      sources.push({ id, title: `Reporting by ${publisher}, as coded by ACLED`, publisher });
    }
    return id;
  };
  parsed.data.forEach((row, i) => {
    const line = lineOf(i);
    const key = (row.event_id_cnty ?? "").trim();
    const seen = key ? firstLine.get(key) : undefined;
    if (seen !== undefined) {
      errors.push(
        at(
          error(
            "duplicate-id",
            ["event_id_cnty"],
            `event_id_cnty "${key}" repeats the row at line ${seen}`,
            "each ACLED row has its own event_id_cnty; remove the repeated row or export again",
          ),
          line,
          columns.indexOf("event_id_cnty") + 1,
        ),
      );
      return;
    }
    if (key) firstLine.set(key, line);
    const date = acledDate(row.event_date ?? "", row.time_precision ?? "1");
    if (!date) {
      errors.push(
        at(
          error(
            "invalid-date",
            ["event_date"],
            `invalid ACLED event_date "${row.event_date ?? ""}"`,
            "ACLED dates look like 2025-09-05 or 05 September 2025",
          ),
          line,
          columns.indexOf("event_date") + 1,
        ),
      );
      return;
    }
    const country = acledCountry(row);
    const actor = (n: string, inter?: string) => actors.id(n, inter, actorCountry(n, row.country, country));
    const a = [...multi(row.actor1).map((n) => actor(n, row.inter1)), ...multi(row.assoc_actor_1).map((n) => actor(n))];
    const b = [...multi(row.actor2).map((n) => actor(n, row.inter2)), ...multi(row.assoc_actor_2).map((n) => actor(n))];
    const [kind, cameo] = acledCoding(row);
    const lat = Number(row.latitude);
    const lon = Number(row.longitude);
    const place = [row.location, row.admin1, row.country].filter(Boolean).join(", ");
    const attributes = attributesOf(row, columns);
    events.push({
      id: slugify(key || `acled-${line}`, ids),
      kind,
      title: acledTitle(row),
      date,
      ...(place
        ? {
            location: {
              name: place,
              ...(country ? { country } : {}),
              ...(Number.isFinite(lat) && row.latitude ? { lat } : {}),
              ...(Number.isFinite(lon) && row.longitude ? { lon } : {}),
            },
          }
        : {}),
      ...(a.length || b.length ? { participants: [...new Set([...a, ...b])] } : {}),
      ...(a.length ? { sides: { a: [...new Set(a)], ...(b.length ? { b: [...new Set(b)] } : {}) } } : {}),
      ...(row.notes ? { summary: row.notes } : {}),
      coding: { cameo },
      sources: multi(row.source).map((p) => ({ source: sourceId(p) })),
      tags: [row.disorder_type, row.event_type, row.sub_event_type].filter((t): t is string => Boolean(t)),
      ...(Object.keys(attributes).length ? { attributes } : {}),
    });
  });
  if (errors.length) return { ok: false, errors };
  const chronicle: Chronicle = {
    briefline: 1,
    title: options.title ?? "ACLED import",
    actors: actors.list,
    sources,
    events,
  };
  const valid = validateChronicle(chronicle);
  return valid.ok ? { ok: true, chronicle } : { ok: false, errors: valid.errors };
}

/** The columns without a field of their own, by name; numbers stay numbers (fatalities 0 included). */
function attributesOf(row: Record<string, string>, columns: readonly string[]): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const column of columns) {
    if (MAPPED.has(column)) continue;
    // Own columns only: a header named "constructor" or "__proto__" reads no inherited value.
    const raw = Object.hasOwn(row, column) ? row[column] : undefined;
    const value = typeof raw === "string" ? raw.trim() : "";
    if (value === "") continue;
    out[column] = /^-?\d+(\.\d+)?$/.test(value) && !/^0\d/.test(value) ? Number(value) : value;
  }
  return out;
}

function multi(value: string | undefined): string[] {
  return (value ?? "")
    .split(";")
    .map((s) => s.trim())
    .filter(Boolean);
}
