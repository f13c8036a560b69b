import Papa from "papaparse";
import type { Chronicle, Event, Source } from "../model/types.js";
import type { EventKind } from "../model/vocabulary.js";
import { error, type Issue } from "../schema/issue.js";
import { validateChronicle } from "../schema/validate.js";
import { AcledActors } from "./_acled-actors.js";
import { slugify } from "./slug.js";

/** ACLED sub-event types and event types mapped to a Briefline kind and CAMEO code. */
const ACLED_TABLE: Record<string, [EventKind, string]> = {
  "Armed clash": ["military", "193"],
  "Government regains territory": ["military", "192"],
  "Non-state actor overtakes territory": ["military", "192"],
  "Shelling/artillery/missile attack": ["military", "194"],
  "Air/drone strike": ["military", "195"],
  "Remote explosive/landmine/IED": ["military", "183"],
  "Suicide bomb": ["military", "183"],
  Grenade: ["military", "183"],
  "Chemical weapon": ["military", "204"],
  Attack: ["military", "180"],
  "Abduction/forced disappearance": ["military", "181"],
  "Sexual violence": ["military", "182"],
  "Peaceful protest": ["other", "141"],
  "Protest with intervention": ["other", "141"],
  "Excessive force against protesters": ["military", "175"],
  "Violent demonstration": ["other", "145"],
  "Mob violence": ["other", "145"],
  Agreement: ["agreement", "057"],
  Arrests: ["other", "173"],
  "Change to group/activity": ["other", "010"],
  "Disrupted weapons use": ["military", "150"],
  "Headquarters or base established": ["military", "154"],
  "Looting/property destruction": ["military", "171"],
  "Non-violent transfer of territory": ["other", "08"],
  Other: ["other", "010"],
};
// Looked up by text from the file: a Map, so `constructor` or `__proto__` finds nothing.
const ACLED_CODES = new Map(Object.entries(ACLED_TABLE));

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
 * Each event keeps its sides (`sides.a`: actor1 and assoc_actor_1; `sides.b`: actor2 and
 * assoc_actor_2), actor types come from `inter1`/`inter2`, and every column the chronicle
 * has no field for (admin2, inter1, fatalities — zero included —, civilian_targeting,
 * geo_precision, tags, iso, region, …) is kept in `attributes`. A repeated
 * `event_id_cnty` is an error at its line.
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
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: true,
    // Older exports and spreadsheets write EVENT_ID_CNTY, Event_Date, …
    transformHeader: (h) => h.trim().toLowerCase(),
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
    .map((e) => at(error("csv-syntax", [], e.message, "check the quoting of this row"), (e.row ?? 0) + 2));
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
    const line = i + 2;
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
    const a = [
      ...multi(row.actor1).map((n) => actors.id(n, row.inter1)),
      ...multi(row.assoc_actor_1).map((n) => actors.id(n)),
    ];
    const b = [
      ...multi(row.actor2).map((n) => actors.id(n, row.inter2)),
      ...multi(row.assoc_actor_2).map((n) => actors.id(n)),
    ];
    const [kind, cameo] = ACLED_CODES.get(row.sub_event_type ?? "") ??
      ACLED_CODES.get(row.event_type ?? "") ?? ["other", "010"];
    const lat = Number(row.latitude);
    const lon = Number(row.longitude);
    const place = [row.location, row.admin1, row.country].filter(Boolean).join(", ");
    const attributes = attributesOf(row, columns);
    events.push({
      id: slugify(key || `acled-${line}`, ids),
      kind,
      title: titleOf(row),
      date,
      ...(place
        ? {
            location: {
              name: place,
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

/** What happened, by whom, to whom, where: "Peaceful protest by Protesters (Argentina) in Rosario". */
function titleOf(row: Record<string, string>): string {
  const what = row.sub_event_type || row.event_type || "Event";
  const by = row.actor1 ? ` by ${row.actor1}` : "";
  const against = row.actor2 ? ` against ${row.actor2}` : "";
  const where = row.location ? ` in ${row.location}` : "";
  return `${what}${by}${against}${where}`;
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

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** ACLED date + time_precision → EDTF: day, the ISO week around the day, or the month. */
export function acledDate(value: string, precision: string): string | undefined {
  let y: number;
  let m: number;
  let d: number;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  const long = /^(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})$/.exec(value.trim());
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (long && MONTHS.includes((long[2] as string).toLowerCase()))
    [y, m, d] = [Number(long[3]), MONTHS.indexOf((long[2] as string).toLowerCase()) + 1, Number(long[1])];
  else return undefined;
  const t = Date.UTC(y, m - 1, d);
  const check = new Date(t);
  if (check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return undefined;
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  if (precision === "3") return day(t).slice(0, 7);
  if (precision === "2") {
    const monday = t - ((check.getUTCDay() + 6) % 7) * 86_400_000;
    return `${day(monday)}/${day(monday + 6 * 86_400_000)}`;
  }
  return day(t);
}
