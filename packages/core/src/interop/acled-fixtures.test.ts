import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { Actor, Chronicle, Event } from "../model/types.js";
import { parseChronicle } from "../parse/parse-chronicle.js";
import { formatChronicle } from "../parse/serialize.js";
import { acledHeader } from "./_acled-rows.js";
import { chronicleFromAcled } from "./acled.js";
import { ploverExport } from "./plover.js";
import { PLOVER_RECORD_SCHEMA } from "./plover-schema.js";

// Real ACLED exports (origin, commit, licence and ACLED's terms in test-fixtures/acled/README.md):
// 155 rows of a 2024 export (Ukraine, 2022-2024, CRLF line ends, a population_best column
// ACLED's standard export lacks) and 4 rows of a 2001-era export (upper-case headers,
// ALLY_ACTOR_1/2, day-first dates, no sub-event types).
const text = (name: string) => readFileSync(new URL(`../../test-fixtures/acled/${name}`, import.meta.url), "utf8");
const UKRAINE = text("ukraine-2022-2024.csv");
const LEGACY = text("algeria-2001-legacy.csv");

/** The rows as ACLED wrote them, read independently of the importer (headers named as it names them). */
const rowsOf = (csv: string) =>
  Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true, transformHeader: acledHeader }).data;

function load(csv: string, filename: string): Chronicle {
  const result = chronicleFromAcled(csv, { filename });
  if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
  return result.chronicle;
}

const names = (list: string | undefined) =>
  (list ?? "")
    .split(";")
    .map((s) => s.trim())
    .filter(Boolean);

/** Each row with its event and the names of the actors on each side of it. */
function paired(csv: string, filename: string) {
  const chronicle = load(csv, filename);
  const byId = new Map<string, Actor>((chronicle.actors ?? []).map((a) => [a.id, a]));
  const nameOf = (id: string) => byId.get(id)?.name;
  const rows = rowsOf(csv);
  return {
    chronicle,
    byId,
    pairs: rows.map((row, i) => {
      const event = chronicle.events?.[i] as Event;
      return { row, event, a: event.sides?.a.map(nameOf) ?? [], b: event.sides?.b?.map(nameOf) ?? [] };
    }),
  };
}

describe("chronicleFromAcled on a real 2024 export (155 rows)", () => {
  const { chronicle, byId, pairs } = paired(UKRAINE, "ukraine-2022-2024.csv");

  it("reads every row as one event, its id from event_id_cnty", () => {
    expect(pairs).toHaveLength(155);
    expect(pairs.every(({ row, event }) => event.id === row.event_id_cnty?.toLowerCase())).toBe(true);
    expect(pairs.every(({ event }) => /^\d{4}-\d{2}-\d{2}$/.test(String(event.date)))).toBe(true);
    expect(pairs[0]?.event.date).toBe("2024-02-16"); // "16 February 2024"
  });

  it("keeps sides: actor1 with assoc_actor_1 as side a, actor2 with assoc_actor_2 as side b", () => {
    for (const { row, event, a, b } of pairs) {
      expect(a, event.id).toEqual([row.actor1, ...names(row.assoc_actor_1)]);
      expect(b, event.id).toEqual([...names(row.actor2), ...names(row.assoc_actor_2)]);
    }
    expect(pairs.filter(({ row }) => row.assoc_actor_1).length).toBe(6);
    expect(pairs.filter(({ row }) => row.assoc_actor_2).length).toBe(3);
    // A civilian target with the army nearby: both are side b, the attacker alone side a.
    expect(pairs.find(({ row }) => row.event_id_cnty === "UKR117127")?.b).toEqual([
      "Civilians (Ukraine)",
      "Military Forces of Ukraine (2019-)",
    ]);
  });

  it("exports to PLOVER with 0 records whose recipient is the actor's own ally", () => {
    const { records, skipped } = ploverExport(chronicle);
    expect(records).toHaveLength(153);
    // "Other" strategic developments (two displacements) have no PLOVER type: listed, not guessed.
    expect(skipped.map((s) => s.id)).toEqual(["ukr55375", "ukr56111"]);
    const events = new Map(pairs.map(({ event }) => [event.id, event]));
    const ownAllies = records.filter((r) =>
      (r.recipient ?? []).some((x) => events.get(r.id)?.sides?.a.includes(x.briefline_id)),
    );
    expect(ownAllies).toEqual([]);
    for (const r of records) {
      const sides = events.get(r.id)?.sides;
      expect(
        r.source.map((x) => x.briefline_id),
        r.id,
      ).toEqual(sides?.a);
      expect(
        (r.recipient ?? []).map((x) => x.briefline_id),
        r.id,
      ).toEqual(sides?.b ?? []);
    }
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(PLOVER_RECORD_SCHEMA);
    // validate() narrows its argument; the ids are taken before it runs.
    expect(records.map((r) => [r.id, validate(r)]).filter(([, ok]) => !ok)).toEqual([]);
    const types: Record<string, number> = {};
    for (const r of records) types[r.event.join()] = (types[r.event.join()] ?? 0) + 1;
    expect(types).toEqual({ ASSAULT: 137, MOBILIZE: 15, COERCE: 1 });
    expect(records.every((r) => r.event_loc?.cc3 === "UKR")).toBe(true);
  });

  it("types actors from inter1/inter2: a state's forces abroad (code 8) are a state", () => {
    const types = Object.fromEntries((chronicle.actors ?? []).map((a) => [a.name, a.type]));
    expect(types).toEqual({
      "Military Forces of Russia (2000-) Air Force": "state", // inter 8, External/Other forces
      "Military Forces of Russia (2000-)": "state",
      "Military Forces of Russia (2000-) Navy": "state", // an associate: from its name
      "Military Forces of Ukraine (2019-)": "state", // inter 1
      "Military Forces of Ukraine (2019-) Air Force": "state",
      "Police Forces of Ukraine (2019-) Security Service of Ukraine": "state",
      "Unidentified Military Forces": "organization", // inter 8, no state named
      "Civilians (Ukraine)": "collective", // inter 7
      "Refugees/IDPs (Ukraine)": "collective", // an associate: from its name
    });
    // The country a name names (PLOVER's actor code); ACLED's "Russia" is not ISO's name, so none.
    const countries = Object.fromEntries((chronicle.actors ?? []).map((a) => [a.name, a.country]));
    expect(Object.entries(countries).filter(([, c]) => c === "UKR")).toHaveLength(5);
    expect(Object.keys(countries).filter((n) => /Ukraine/.test(n) && countries[n] !== "UKR")).toEqual([]);
    expect(countries["Military Forces of Russia (2000-)"]).toBeUndefined();
    expect(ploverExport(chronicle).records[0]?.source).toEqual([
      {
        code: "UKR",
        actor_text: "Military Forces of Ukraine (2019-)",
        briefline_id: "military-forces-of-ukraine-2019",
      },
    ]);
    // Every actor with an inter code has the type the code gives.
    const BY_CODE: Record<string, string> = { "1": "state", "7": "collective" };
    for (const { row, event } of pairs) {
      const first = byId.get(event.sides?.a[0] ?? "");
      if (row.inter1 && BY_CODE[row.inter1]) expect(first?.type, event.id).toBe(BY_CODE[row.inter1]);
    }
  });

  it("maps or keeps every column of every row (4,304 filled cells, 0 lost)", () => {
    const lost: string[] = [];
    let cells = 0;
    for (const { row, event, a, b } of pairs) {
      const sources = new Set(
        (event.sources ?? []).map((s) => chronicle.sources?.find((x) => x.id === s.source)?.publisher),
      );
      const mapped: Record<string, (v: string) => boolean> = {
        event_id_cnty: (v) => event.id === v.toLowerCase(),
        event_date: () => Boolean(event.date),
        time_precision: (v) => v === "1" && /^\d{4}-\d{2}-\d{2}$/.test(String(event.date)),
        event_type: (v) => event.tags?.includes(v) ?? false,
        sub_event_type: (v) => event.tags?.includes(v) ?? false,
        actor1: (v) => a[0] === v,
        assoc_actor_1: (v) => names(v).every((n) => a.includes(n)),
        actor2: (v) => b[0] === v,
        assoc_actor_2: (v) => names(v).every((n) => b.includes(n)),
        location: (v) => event.location?.name.startsWith(`${v}, `) ?? false,
        latitude: (v) => event.location?.lat === Number(v),
        longitude: (v) => event.location?.lon === Number(v),
        source: (v) => names(v).every((n) => sources.has(n)),
        notes: (v) => event.summary === v,
      };
      for (const [column, value] of Object.entries(row)) {
        if (value.trim() === "") continue;
        cells += 1;
        const check = mapped[column];
        const kept = event.attributes?.[column];
        const ok = check ? check(value) : kept === value || kept === Number(value);
        if (!ok) lost.push(`${event.id}.${column}=${value}`);
      }
    }
    expect(lost).toEqual([]);
    expect(cells).toBe(4304);
    // A column ACLED's standard export lacks is kept too, numbers as numbers.
    expect(pairs[0]?.event.attributes).toMatchObject({ population_best: 1191, iso: 804, admin3: "Lozivska" });
    expect(pairs.every(({ event }) => event.location?.country === "UKR")).toBe(true);
  });

  it("keeps fatalities, zero included (137 rows of 0, 25 in all)", () => {
    const fatalities = pairs.map(({ event }) => event.attributes?.fatalities);
    expect(fatalities.every((f) => typeof f === "number")).toBe(true);
    expect(fatalities.filter((f) => f === 0)).toHaveLength(137);
    expect(fatalities.reduce((sum: number, f) => sum + Number(f), 0)).toBe(25);
  });

  it("titles say what happened, by whom, against whom, where: never 'A vs B', never an ally as the target", () => {
    const titles = pairs.map(({ event }) => event.title);
    expect(titles.filter((t) => /\bvs\.?\b/i.test(t))).toEqual([]);
    for (const { row, event } of pairs) {
      expect(event.title, event.id).toContain(` by ${row.actor1}`);
      expect(event.title.endsWith(` in ${row.location}`), event.id).toBe(true);
      for (const ally of names(row.assoc_actor_1)) expect(event.title, event.id).not.toContain(`against ${ally}`);
    }
    expect(titles[0]).toBe("Air/drone strike by Military Forces of Russia (2000-) Air Force in Katerynivka");
    // Strategic developments are titled by ACLED's label in the notes, which says more than "Other".
    expect(titles.filter((t) => t.startsWith("Interception by "))).toHaveLength(14);
    expect(titles.filter((t) => t.startsWith("Weapons seizure by "))).toHaveLength(1);
    expect(titles.filter((t) => t.startsWith("Displacement by Civilians (Ukraine) in Lozova"))).toHaveLength(2);
    expect(titles.filter((t) => t.startsWith("Other "))).toEqual([]);
  });

  it("reports a repeated event_id_cnty as an error at its line, naming the first", () => {
    const lines = UKRAINE.split("\r\n");
    const result = chronicleFromAcled(`${UKRAINE}${lines[1]}\r\n`, { filename: "ukraine.csv" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      expect.objectContaining({ code: "duplicate-id", line: 157, column: 1, file: "ukraine.csv" }),
    ]);
    expect(result.errors[0]?.message).toBe('event_id_cnty "UKR148710" repeats the row at line 2');
  });

  it("round-trips through YAML unchanged", () => {
    const again = parseChronicle(formatChronicle(chronicle, "yaml"));
    expect(again.ok && again.chronicle).toEqual(chronicle);
  });
});

describe("chronicleFromAcled on a real 2001-era export (upper-case headers, ALLY_ACTOR_1/2)", () => {
  const { chronicle, pairs } = paired(LEGACY, "algeria-2001-legacy.csv");

  it("reads day-first dates, allies as associated actors and event types without sub-event types", () => {
    expect(pairs.map(({ event }) => event.date)).toEqual(["2001-04-18", "2001-04-19", "2001-04-20", "2001-04-21"]);
    expect(pairs.map(({ a, b }) => [a, b])).toEqual([
      [["Police Forces of Algeria (1999-)"], ["Civilians (Algeria)", "Berber Ethnic Group (Algeria)"]],
      [["Rioters (Algeria)", "Berber Ethnic Group (Algeria)"], ["Police Forces of Algeria (1999-)"]],
      [["Protesters (Algeria)", "Students (Algeria)"], []],
      [["Rioters (Algeria)", "Berber Ethnic Group (Algeria)"], ["Police Forces of Algeria (1999-)"]],
    ]);
    expect(pairs.map(({ event }) => event.coding?.cameo)).toEqual(["180", "140", "140", "140"]);
  });

  it("keeps the older columns (GWNO, INTER codes, fatalities 1, 0, 0, 0) in attributes", () => {
    expect(pairs.map(({ event }) => event.attributes?.fatalities)).toEqual([1, 0, 0, 0]);
    expect(pairs[0]?.event.attributes).toMatchObject({ gwno: 615, inter1: 1, inter2: 7, interaction: 17 });
    const types = Object.fromEntries((chronicle.actors ?? []).map((a) => [a.name, a.type]));
    expect(types).toMatchObject({
      "Police Forces of Algeria (1999-)": "state",
      "Berber Ethnic Group (Algeria)": "collective",
      "Students (Algeria)": "collective",
    });
    // No iso column in these exports: the country comes from ISO's name for it.
    expect(chronicle.actors?.map((a) => a.country)).toEqual(Array(6).fill("DZA"));
  });

  it("exports to PLOVER with 0 records whose recipient is the actor's own ally", () => {
    const { records, skipped } = ploverExport(chronicle);
    expect(skipped).toEqual([]);
    expect(records.map((r) => r.event[0])).toEqual(["ASSAULT", "PROTEST", "PROTEST", "PROTEST"]);
    for (const r of records) {
      const a = pairs.find(({ event }) => event.id === r.id)?.event.sides?.a ?? [];
      expect(
        (r.recipient ?? []).filter((x) => a.includes(x.briefline_id)),
        r.id,
      ).toEqual([]);
    }
    // The Berber Ethnic Group rioted with the rioters and was shot at with the civilians: a
    // source in one record, a recipient in another, never against itself.
    expect(records[1]?.source.map((x) => x.actor_text)).toEqual(["Rioters (Algeria)", "Berber Ethnic Group (Algeria)"]);
  });
});
