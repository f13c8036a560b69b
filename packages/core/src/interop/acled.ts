import Papa from "papaparse";
import type { Actor, Chronicle, Event, Source } from "../model/types.js";
import type { EventKind } from "../model/vocabulary.js";
import { error, type Issue } from "../schema/issue.js";
import { validateChronicle } from "../schema/validate.js";
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

/** Options for ACLED import. */
export interface AcledOptions {
  title?: string;
  filename?: string;
}

/**
 * Reads an ACLED-style CSV export (its column names; `;`-separated multi-values;
 * `time_precision` 1/2/3 → day, ISO week, month) into a chronicle of events, one per
 * row, with actors and sources created from the names it meets.
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
  const actorIds = new Map<string, string>();
  const sourceIds = new Map<string, string>();
  const actors: Actor[] = [];
  const sources: Source[] = [];
  const events: Event[] = [];
  const actorId = (name: string) => {
    let id = actorIds.get(name);
    if (!id) {
      id = slugify(name, ids);
      actorIds.set(name, id);
      actors.push({
        id,
        name,
        type: /forces|military|police/i.test(name)
          ? "armed_group"
          : /protesters|rioters|civilians/i.test(name)
            ? "collective"
            : "organization",
      });
    }
    return id;
  };
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
    const names = ["actor1", "assoc_actor_1", "actor2", "assoc_actor_2"].flatMap((c) => multi(row[c]));
    const [kind, cameo] = ACLED_CODES.get(row.sub_event_type ?? "") ??
      ACLED_CODES.get(row.event_type ?? "") ?? ["other", "010"];
    const lat = Number(row.latitude);
    const lon = Number(row.longitude);
    const place = [row.location, row.admin1, row.country].filter(Boolean).join(", ");
    const fatalities = Number(row.fatalities);
    events.push({
      id: slugify(row.event_id_cnty || `acled-${line}`, ids),
      kind,
      title: `${row.sub_event_type || row.event_type}: ${names.slice(0, 2).join(" vs ") || "unknown actors"}${row.location ? ` in ${row.location}` : ""}`,
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
      ...(names.length ? { participants: [...new Set(names.map(actorId))] } : {}),
      ...(row.notes ? { summary: row.notes } : {}),
      coding: { cameo },
      sources: multi(row.source).map((p) => ({ source: sourceId(p) })),
      tags: [
        row.disorder_type,
        row.event_type,
        row.sub_event_type,
        Number.isFinite(fatalities) && fatalities > 0 ? `fatalities:${fatalities}` : undefined,
      ].filter((t): t is string => Boolean(t)),
    });
  });
  if (errors.length) return { ok: false, errors };
  const chronicle: Chronicle = { briefline: 1, title: options.title ?? "ACLED import", actors, sources, events };
  const valid = validateChronicle(chronicle);
  return valid.ok ? { ok: true, chronicle } : { ok: false, errors: valid.errors };
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
