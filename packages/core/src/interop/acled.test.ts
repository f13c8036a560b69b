import { describe, expect, it } from "vitest";
import type { Chronicle } from "../model/types.js";
import { chronicleFromAcled } from "./acled.js";
import { chronicleToPlover } from "./plover.js";

// Rows shaped like a current ACLED export (its column names and value forms); the
// actors and places are illustrative, not ACLED data.
const HEADER =
  "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp";
const ROWS = [
  "ARG1,2023-05-02,2023,1,Demonstrations,Protests,Peaceful protest,Protesters (Argentina),CTA: Argentine Workers' Central Union,Protesters,,,,Protesters only,,32,South America,Argentina,Santa Fe,Rosario,,Rosario,-32.95,-60.65,1,Pagina 12,National,Workers marched for wages.,0,crowd size=hundreds,1683000000",
  "ARG2,2023-05-03,2023,1,Demonstrations,Riots,Violent demonstration,Rioters (Argentina),,Rioters,Police Forces of Argentina (2019-2023),Government of Argentina (2019-2023),State forces,Rioters-State forces,,32,South America,Argentina,Buenos Aires,La Matanza,,San Justo,-34.68,-58.56,2,Clarin,National,Rioters clashed with police.,1,,1683000001",
  "ARG3,2023-05-04,2023,1,Political violence,Violence against civilians,Attack,Unidentified Armed Group (Argentina),,Political militias,Civilians (Argentina),Journalists (Argentina),Civilians,Political militia-Civilians,Civilian targeting,32,South America,Argentina,Cordoba,Capital,,Cordoba,-31.42,-64.18,1,La Voz,Subnational,A journalist was attacked.,0,,1683000002",
];
const csv = (rows = ROWS, header = HEADER) => `${header}\n${rows.join("\n")}\n`;

function load(text = csv()): Chronicle {
  const result = chronicleFromAcled(text, { filename: "acled.csv" });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.chronicle;
}

describe("chronicleFromAcled", () => {
  it("keeps sides: actor1 with its associates against actor2 with its associates", () => {
    const [protest, riot] = load().events ?? [];
    expect(protest?.sides).toEqual({ a: ["protesters-argentina", "cta-argentine-workers-central-union"] });
    expect(riot?.sides).toEqual({
      a: ["rioters-argentina"],
      b: ["police-forces-of-argentina-2019-2023", "government-of-argentina-2019-2023"],
    });
  });

  it("never makes an actor's own ally its PLOVER recipient", () => {
    const chronicle = load();
    const records = chronicleToPlover(chronicle);
    expect(records).toHaveLength(3);
    for (const event of chronicle.events ?? []) {
      const record = records.find((r) => r.id === event.id);
      const recipients = (record?.recipient ?? []).map((a) => a.briefline_id);
      expect(
        recipients.filter((id) => event.sides?.a.includes(id)),
        event.id,
      ).toEqual([]);
    }
    expect(records.map((r) => [r.event, r.mode])).toEqual([
      [["PROTEST"], ["demo"]],
      [["PROTEST"], ["riot"]],
      [["ASSAULT"], undefined],
    ]);
  });

  it("types actors from inter1/inter2 (names or codes), and associates from their names", () => {
    const types = Object.fromEntries((load().actors ?? []).map((a) => [a.id, a.type]));
    expect(types).toMatchObject({
      "protesters-argentina": "collective",
      "cta-argentine-workers-central-union": "organization",
      "police-forces-of-argentina-2019-2023": "state",
      "government-of-argentina-2019-2023": "state",
      "unidentified-armed-group-argentina": "armed_group",
      "civilians-argentina": "collective",
    });
    const coded = load(csv([ROWS[0]?.replace(",Protesters,,,,", ",6,,,,") ?? ""]));
    expect(coded.actors?.[0]?.type).toBe("collective");
  });

  it("keeps every other column in attributes, zero fatalities included", () => {
    const [protest, , attack] = load().events ?? [];
    expect(protest?.attributes).toMatchObject({
      fatalities: 0,
      inter1: "Protesters",
      interaction: "Protesters only",
      admin2: "Rosario",
      geo_precision: 1,
      source_scale: "National",
      tags: "crowd size=hundreds",
      iso: 32,
      region: "South America",
      year: 2023,
      timestamp: 1683000000,
    });
    expect(attack?.attributes).toMatchObject({ civilian_targeting: "Civilian targeting", fatalities: 0 });
  });

  it("titles say what happened, by whom, where", () => {
    expect(load().events?.map((e) => e.title)).toEqual([
      "Peaceful protest by Protesters (Argentina) in Rosario",
      "Violent demonstration by Rioters (Argentina) against Police Forces of Argentina (2019-2023) in San Justo",
      "Attack by Unidentified Armed Group (Argentina) against Civilians (Argentina) in Cordoba",
    ]);
  });

  it("reads upper-case headers of older exports", () => {
    expect(load(csv(ROWS, HEADER.toUpperCase())).events).toHaveLength(3);
  });

  it("reports a repeated event_id_cnty as an error at its line", () => {
    const result = chronicleFromAcled(csv([...ROWS, ROWS[0] ?? ""]), { filename: "acled.csv" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      expect.objectContaining({ code: "duplicate-id", line: 5, column: 1, file: "acled.csv" }),
    ]);
    expect(result.errors[0]?.message).toContain("line 2");
  });

  it("reports errors at the line a row starts on when quoted notes span lines", () => {
    const twoLineNotes = ROWS[1]?.replace("Rioters clashed with police.", '"Rioters clashed\nwith police."') ?? "";
    const result = chronicleFromAcled(csv([ROWS[0] ?? "", twoLineNotes, ROWS[0] ?? ""]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([expect.objectContaining({ code: "duplicate-id", line: 5 })]);
  });

  it("keeps an actor ACLED names on both sides (two groups of rioters) on both, which makes no ally a target", () => {
    const row =
      "ARG9,2023-05-05,2023,1,Demonstrations,Riots,Mob violence,Rioters (Argentina),,Rioters,Rioters (Argentina),,Rioters,Rioters-Rioters,,32,South America,Argentina,Salta,Capital,,Salta,-24.78,-65.41,1,El Tribuno,Subnational,Two groups of fans fought.,0,,1683000003";
    const chronicle = load(csv([row]));
    expect(chronicle.events?.[0]?.sides).toEqual({ a: ["rioters-argentina"], b: ["rioters-argentina"] });
    expect(chronicle.events?.[0]?.title).toBe(
      "Mob violence by Rioters (Argentina) against Rioters (Argentina) in Salta",
    );
    // PLOVER codes intra-group violence with the same actor as source and recipient, as ACLED does.
    const [record] = chronicleToPlover(chronicle);
    expect(record?.source.map((a) => a.briefline_id)).toEqual(["rioters-argentina"]);
    expect(record?.recipient?.map((a) => a.briefline_id)).toEqual(["rioters-argentina"]);
  });

  it("reads exports from before 2019: ALLY_ACTOR_1/2 as associated actors, day-first dates", () => {
    const header = HEADER.toUpperCase()
      .replace("ASSOC_ACTOR_1", "ALLY_ACTOR_1")
      .replace("ASSOC_ACTOR_2", "ALLY_ACTOR_2");
    const [protest] = load(csv([ROWS[0]?.replace("2023-05-02", "02/05/2023") ?? ""], header)).events ?? [];
    expect(protest?.date).toBe("2023-05-02");
    expect(protest?.sides?.a).toEqual(["protesters-argentina", "cta-argentine-workers-central-union"]);
    expect(protest?.attributes?.ally_actor_1).toBeUndefined();
  });
});
