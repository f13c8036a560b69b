import { describe, expect, it } from "vitest";
import { actor, BASE_YAML, chronicle, edit, event, statement } from "../../test-fixtures/chronicles.js";
import { errorsOf, isWellFormed, onlyError } from "../../test-fixtures/issues.js";
import { validateChronicle } from "./validate.js";

describe("validateChronicle: the base fixture", () => {
  it("validateChronicle(BASE_YAML) has no errors and no warnings", () => {
    expect(errorsOf(BASE_YAML)).toEqual([]);
  });

  it("validateChronicle(data) returns the chronicle as given, with no defaults filled in", () => {
    const data = chronicle({ statements: [statement("s", "threat", "putin", "2025-09-05", { targets: ["allies"] })] });
    const result = validateChronicle(structuredClone(data));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.chronicle).toEqual(data);
  });

  it("validateChronicle does not mutate its input", () => {
    const data = chronicle({ statements: [statement("s", "threat", "putin", "2025-13")] });
    const before = structuredClone(data);
    validateChronicle(data);
    expect(data).toEqual(before);
  });
});

describe("validateChronicle: types and enums", () => {
  it("validateChronicle(unknown statement kind) lists the kinds and suggests the near one", () => {
    const e = onlyError(edit("kind: offer", "kind: ofer"));
    expect(e).toMatchObject({
      code: "invalid-value",
      path: ["statements", 0, "kind"],
      line: 24,
      column: 11,
      token: "ofer",
      hint: 'did you mean "offer"?',
    });
    expect(e.message).toMatch(/^expected one of threat \| warning \| .* found "ofer"$/);
  });

  it("validateChronicle(unknown actor type) suggests the near type", () => {
    expect(onlyError(edit("type: person\n  - id: zelensky", "type: persn\n  - id: zelensky"))).toMatchObject({
      path: ["actors", 0, "type"],
      line: 7,
      token: "persn",
      hint: 'did you mean "person"?',
    });
  });

  it("validateChronicle(unknown event kind, relation type, status, condition kind) suggests the near value", () => {
    expect(onlyError(edit("kind: forum", "kind: forumm")).hint).toBe('did you mean "forum"?');
    expect(onlyError(edit("type: rejects,", "type: reject,")).hint).toBe('did you mean "rejects"?');
    expect(onlyError(edit("    summary: Rejects", "    status: confirmd\n    summary: Rejects")).hint).toBe(
      'did you mean "confirmed"?',
    );
    expect(
      onlyError(edit("    summary: Rejects", "    conditions: [{ kind: iff, text: x }]\n    summary: Rejects")),
    ).toMatchObject({ path: ["statements", 1, "conditions", 0, "kind"], token: "iff", hint: 'did you mean "if"?' });
  });

  it("validateChronicle(a likelihood or confidence synonym) names the ICD 203 term meant", () => {
    expect(onlyError(edit("likelihood: likely", "likelihood: probable"))).toMatchObject({
      token: "probable",
      hint: 'did you mean "likely"?',
    });
    expect(onlyError(edit("confidence: moderate", "confidence: medium"))).toMatchObject({
      token: "medium",
      hint: 'did you mean "moderate"?',
    });
  });

  it("validateChronicle(a value far from every option) gives an example instead of a guess", () => {
    const e = onlyError(edit("likelihood: likely", "likelihood: maybe"));
    expect(e.hint).toMatch(/^for example likelihood: likely/);
  });

  it("validateChronicle(text where a list is expected) says expected a list, found the text", () => {
    expect(onlyError(edit("targets: [putin]", "targets: putin"))).toMatchObject({
      code: "invalid-type",
      path: ["statements", 1, "targets"],
      message: 'expected a list, found "putin"',
      token: "putin",
      hint: "for example targets: [western-states]",
    });
  });

  it("validateChronicle(number where a text is expected) says expected a text, found the number", () => {
    expect(onlyError(edit("title: Test", "title: 42"))).toMatchObject({
      code: "invalid-type",
      path: ["title"],
      message: "expected a text, found 42 (a number)",
      line: 2,
      column: 8,
    });
  });

  it("validateChronicle(missing required field) names the field and shows an example", () => {
    expect(onlyError(edit("    summary: Rejects the offer.\n", ""))).toMatchObject({
      code: "missing-field",
      path: ["statements", 1, "summary"],
      message: 'missing required field "summary"',
      hint: expect.stringMatching(/^add summary: /),
      line: 31,
      column: 5,
    });
  });

  it("validateChronicle(no briefline version) reports the missing field, not 'found nothing'", () => {
    expect(onlyError(edit("briefline: 1\n", ""))).toMatchObject({
      code: "missing-field",
      path: ["briefline"],
      message: 'missing required field "briefline"',
      hint: "add briefline: 1",
    });
  });

  it('validateChronicle(briefline: 2) expects version 1; briefline: "1" asks to drop the quotes', () => {
    expect(onlyError(edit("briefline: 1", "briefline: 2"))).toMatchObject({
      message: "expected 1, found 2 (a number)",
      token: "2",
    });
    expect(onlyError(edit("briefline: 1", 'briefline: "1"'))).toMatchObject({
      message: 'expected 1, found "1"',
      hint: "write it as a number, without quotes: briefline: 1",
    });
  });

  it("validateChronicle(number out of range) gives the limit in words, not zod's", () => {
    const e = onlyError(edit("    summary: Rejects", "    intensity: -11\n    summary: Rejects"));
    expect(e).toMatchObject({ path: ["statements", 1, "intensity"], token: "-11" });
    expect(e.message).toBe("expected a number at least -10, found -11 (a number)");
    expect(e.hint).toContain("-10 most hostile to +10 most cooperative");
  });

  it("validateChronicle(an empty text) expects a non-empty text", () => {
    expect(onlyError(edit("summary: Rejects the offer.", "summary: ''"))).toMatchObject({
      message: 'expected a non-empty text, found ""',
      token: "''",
    });
  });

  it("validateChronicle(an id with spaces) expects a slug and proposes one", () => {
    expect(onlyError(edit("id: kj", "id: 'Key judgment'"))).toMatchObject({
      path: ["judgments", 0, "id"],
      hint: "ids are slugs, e.g. id: key-judgment",
    });
  });

  it("validateChronicle(a country of two letters or in lower case) asks for ISO alpha-3 in capitals", () => {
    const two = onlyError(
      edit("    type: person\n  - id: zelensky", "    type: person\n    country: RU\n  - id: zelensky"),
    );
    expect(two).toMatchObject({ path: ["actors", 0, "country"], token: "RU" });
    expect(two.message).toContain("ISO 3166-1 alpha-3");
    const lower = onlyError(
      edit("    type: person\n  - id: zelensky", "    type: person\n    country: rus\n  - id: zelensky"),
    );
    expect(lower.hint).toBe("write it in capitals: country: RUS");
  });

  it("validateChronicle(latitude 91) is out of range", () => {
    expect(
      onlyError(edit("    participants: [putin]", "    participants: [putin]\n    location: { name: X, lat: 91 }")),
    ).toMatchObject({
      path: ["events", 0, "location", "lat"],
      token: "91",
      message: expect.stringContaining("at most 90"),
    });
  });

  it("validateChronicle(a timestamp from a YAML 1.1 document) says so", () => {
    const text = `%YAML 1.1\n---\n${edit("date: 2025-09-05", "date: 2025-09-05 11:30:00")}`;
    const e = errorsOf(text).find((i) => i.path.join(".") === "events.0.date");
    expect(e?.message).toMatch(/found (a timestamp|"2025-09-05 11:30:00")/);
  });
});

describe("validateChronicle: unknown fields", () => {
  it("validateChronicle(misspelt field) points at the key and suggests the field", () => {
    expect(onlyError(edit("    at: plenary", "    att: plenary"))).toMatchObject({
      code: "unknown-field",
      path: ["statements", 0, "att"],
      message: 'unknown field "att" in statements[0]',
      hint: 'did you mean "at"?',
      line: 28,
      column: 5,
      token: "att",
    });
  });

  it("validateChronicle(misspelt top-level field) suggests the field", () => {
    expect(onlyError(edit("timezone: UTC", "timezon: UTC"))).toMatchObject({
      path: ["timezon"],
      line: 3,
      column: 1,
      hint: 'did you mean "timezone"?',
    });
  });

  it("validateChronicle(misspelt nested field) names its owner and suggests the field", () => {
    expect(
      onlyError(edit("    participants: [putin]", "    participants: [putin]\n    location: { name: X, latt: 1 }")),
    ).toMatchObject({
      path: ["events", 0, "location", "latt"],
      message: 'unknown field "latt" in location',
      token: "latt",
      hint: 'did you mean "lat"?',
    });
  });

  it("validateChronicle(a field that is nothing like any) lists the known fields", () => {
    const e = onlyError(edit("timezone: UTC", "timezone: UTC\nxyzzy: 1"));
    expect(e.hint).toMatch(/^known fields: \$schema, briefline, title/);
  });

  it("validateChronicle(__proto__ as a field) reports it and pollutes nothing", () => {
    const e = onlyError(edit("timezone: UTC", "timezone: UTC\n__proto__: { polluted: true }"));
    expect(e.code).toBe("unknown-field");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("validateChronicle: duplicate ids", () => {
  it("validateChronicle(two statements with one id) reports the second, naming the first", () => {
    const errors = errorsOf(edit("id: rejection", "id: offer"));
    expect(errors[0]).toMatchObject({
      code: "duplicate-id",
      path: ["statements", 1, "id"],
      message: 'duplicate id "offer": already used at statements[0]',
      line: 31,
      column: 9,
      token: "offer",
    });
  });

  it("validateChronicle(an actor and a statement with one id) is a duplicate: ids are unique across the chronicle", () => {
    const errors = errorsOf(edit("id: rejection", "id: putin"));
    expect(errors.find((e) => e.code === "duplicate-id")).toMatchObject({
      message: 'duplicate id "putin": already used at actors[0]',
    });
  });
});

describe("validateChronicle: references", () => {
  const cases: Array<[what: string, from: string, to: string, path: (string | number)[], token: string, hint: string]> =
    [
      ["speaker", "speaker: zelensky", "speaker: zelenski", ["statements", 1, "speaker"], "zelenski", "zelensky"],
      ["targets", "targets: [putin]", "targets: [putn]", ["statements", 1, "targets", 0], "putn", "putin"],
      ["at", "at: plenary", "at: plenery", ["statements", 0, "at"], "plenery", "plenary"],
      [
        "participants",
        "participants: [putin]",
        "participants: [putin, puttin]",
        ["events", 0, "participants", 1],
        "puttin",
        "putin",
      ],
      [
        "event sources",
        "sources: [{ source: wire }]",
        "sources: [{ source: wir }]",
        ["events", 0, "sources", 0, "source"],
        "wir",
        "wire",
      ],
      [
        "statement sources",
        "sources: [{ source: wire, credibility: 2 }]\n  - id: rejection",
        "sources: [{ source: wires, credibility: 2 }]\n  - id: rejection",
        ["statements", 0, "sources", 0, "source"],
        "wires",
        "wire",
      ],
      ["relation from", "from: rejection", "from: rejectoin", ["relations", 0, "from"], "rejectoin", "rejection"],
      ["relation to", "to: offer }", "to: offr }", ["relations", 0, "to"], "offr", "offer"],
      ["judgment basis", "basis: [offer]", "basis: [ofer]", ["judgments", 0, "basis", 0], "ofer", "offer"],
      [
        "members",
        "    type: person\nsources",
        "    type: person\n  - id: g\n    name: G\n    type: collective\n    members: [putin, zelenskyy]\nsources",
        ["actors", 2, "members", 1],
        "zelenskyy",
        "zelensky",
      ],
    ];

  for (const [what, from, to, path, token, near] of cases) {
    it(`validateChronicle(unknown id in ${what}) points at it and asks "did you mean ${near}"`, () => {
      const e = errorsOf(edit(from, to)).find((i) => i.code === "unknown-reference");
      expect(e).toMatchObject({ path, token, hint: `did you mean "${near}"?` });
      expect(e?.message).toMatch(new RegExp(`^unknown (actor|event|source|statement or event) "${token}"`));
      expect(e && isWellFormed(e)).toBe(true);
    });
  }

  it("validateChronicle(an id of the wrong kind) says what it is instead", () => {
    expect(onlyError(edit("at: plenary", "at: putin"))).toMatchObject({
      path: ["statements", 0, "at"],
      message: 'expected the id of an event, found "putin", which is an actor',
      hint: "known events: plenary",
    });
    expect(onlyError(edit("speaker: zelensky", "speaker: wire")).message).toBe(
      'expected the id of an actor, found "wire", which is a source',
    );
  });

  it("validateChronicle(an unknown id near nothing) lists the known ids", () => {
    expect(onlyError(edit("basis: [offer]", "basis: [xyz]")).hint).toBe(
      "known statements and events: offer, rejection, plenary",
    );
  });
});

describe("validateChronicle: dates", () => {
  it("validateChronicle(month 13) reports the invalid date at its value", () => {
    expect(onlyError(edit("date: 2025-09-04", "date: 2025-13-04"))).toMatchObject({
      code: "invalid-date",
      path: ["statements", 1, "date"],
      message: 'invalid date "2025-13-04": there is no month 13',
      hint: "months run from 01 to 12",
      line: 35,
      column: 11,
      token: "2025-13-04",
    });
  });

  it("validateChronicle(29 February of a common year) is an invalid date", () => {
    expect(onlyError(edit("date: 2025-09-04", "date: 2025-02-29")).message).toBe(
      'invalid date "2025-02-29": 2025-02 has no day 29 (2025 is not a leap year)',
    );
    expect(errorsOf(edit("date: 2025-09-04", "date: 2024-02-29"))).toEqual([]);
  });

  it("validateChronicle(interval ending before it starts) is an invalid date", () => {
    expect(onlyError(edit("date: 2025-09-04", "date: 2025-09-06/2025-09-04"))).toMatchObject({
      code: "invalid-date",
      message: 'interval "2025-09-06/2025-09-04" ends before it starts',
      hint: "write the earlier date first: start/end",
    });
  });

  it("validateChronicle(a season) is unsupported, with examples", () => {
    expect(onlyError(edit("date: 2025-09-04", "date: 2025-21")).message).toMatch(/^unsupported date "2025-21"/);
  });

  it("validateChronicle(a date written as 20250904) asks for dashes", () => {
    expect(onlyError(edit("date: 2025-09-04", "date: 20250904"))).toMatchObject({
      message: "expected an EDTF date, found 20250904 (a number)",
      hint: "write the date with dashes, e.g. date: 2025-09-04",
    });
  });

  it("validateChronicle(a bare year 2025) is a valid year date", () => {
    expect(errorsOf(edit("date: 2025-09-04", "date: 2025"))).toEqual([]);
  });

  it("validateChronicle(bad dates in published, accessed, horizon) are reported too", () => {
    const text = edit(
      "    reliability: B",
      "    reliability: B\n    published: 2025-02-30\n    accessed: 2025-09-31",
      edit("    basis: [offer]", "    basis: [offer]\n    horizon: 2025-14"),
    );
    expect(errorsOf(text).map((e) => [e.path.join("."), e.code])).toEqual([
      ["sources.0.published", "invalid-date"],
      ["sources.0.accessed", "invalid-date"],
      ["judgments.0.horizon", "invalid-date"],
    ]);
  });

  it("validateChronicle(a date that exists only in the chronicle zone's DST gap) is still a date", () => {
    const text = edit(
      "timezone: UTC",
      "timezone: America/New_York",
      edit("date: 2025-09-04", "date: 2025-03-09T02:30"),
    );
    expect(errorsOf(text)).toEqual([]);
  });
});

describe("validateChronicle: Admiralty grades", () => {
  it("validateChronicle(reliability A..F) is accepted", () => {
    for (const grade of ["A", "B", "C", "D", "E", "F"]) {
      expect(errorsOf(edit("reliability: B", `reliability: ${grade}`)), grade).toEqual([]);
    }
  });

  it("validateChronicle(reliability G) is refused, without a guess", () => {
    const e = onlyError(edit("reliability: B", "reliability: G"));
    expect(e).toMatchObject({ path: ["sources", 0, "reliability"], token: "G" });
    expect(e.message).toBe('expected one of A | B | C | D | E | F, found "G"');
    expect(e.hint).toMatch(/^for example reliability: B/);
  });

  it("validateChronicle(reliability b) suggests B", () => {
    expect(onlyError(edit("reliability: B", "reliability: b")).hint).toBe('did you mean "B"?');
  });

  it("validateChronicle(credibility 1..6) is accepted", () => {
    for (const grade of [1, 2, 3, 4, 5, 6]) {
      expect(
        errorsOf(edit("credibility: 2 }]\n  - id: rejection", `credibility: ${grade} }]\n  - id: rejection`)),
      ).toEqual([]);
    }
  });

  it("validateChronicle(credibility 0, 7, 2.5 or A) is refused at the value", () => {
    const at = (value: string) =>
      onlyError(edit("credibility: 2 }]\n  - id: rejection", `credibility: ${value} }]\n  - id: rejection`));
    expect(at("0")).toMatchObject({ path: ["statements", 0, "sources", 0, "credibility"], token: "0" });
    expect(at("0").message).toBe("expected a number at least 1, found 0 (a number)");
    expect(at("7").message).toBe("expected a number at most 6, found 7 (a number)");
    expect(at("2.5").message).toMatch(/^expected a whole number, found 2.5/);
    expect(at("A")).toMatchObject({ message: 'expected a number, found "A"', token: "A" });
    expect(at("7").hint).toContain("Admiralty 1 confirmed .. 6 cannot be judged");
  });
});

describe("validateChronicle: CAMEO and PLOVER", () => {
  const coded = (coding: string) => edit("    summary: Rejects", `    coding: ${coding}\n    summary: Rejects`);

  it('validateChronicle(cameo: "125") is accepted, and so is a 4-digit code under a known parent', () => {
    expect(errorsOf(coded('{ cameo: "125" }'))).toEqual([]);
    expect(errorsOf(coded('{ cameo: "1251" }'))).toEqual([]);
  });

  it('validateChronicle(cameo: "999") says the code does not exist', () => {
    expect(onlyError(coded('{ cameo: "999" }'))).toMatchObject({
      code: "unknown-cameo",
      path: ["statements", 1, "coding", "cameo"],
      message: 'expected a CAMEO code, found "999", which does not exist',
      token: '"999"',
    });
  });

  it("validateChronicle(cameo: 36, a number) asks to quote it, restoring the leading zero", () => {
    expect(onlyError(coded("{ cameo: 36 }"))).toMatchObject({
      code: "invalid-type",
      message: "expected a text, found 36 (a number)",
      hint: 'write CAMEO codes as quoted strings: cameo: "036"',
      token: "36",
    });
  });

  it("validateChronicle(cameo: 036 unquoted) is read by YAML as 36 and gets the same hint", () => {
    expect(onlyError(coded("{ cameo: 036 }")).hint).toBe('write CAMEO codes as quoted strings: cameo: "036"');
  });

  it("validateChronicle(cameo: 13, a number) names both codes it may have been", () => {
    expect(onlyError(coded("{ cameo: 13 }")).hint).toBe(
      'write CAMEO codes as quoted strings: cameo: "13" or cameo: "013"',
    );
  });

  it("validateChronicle(cameo: 138, a number) asks to quote it", () => {
    expect(onlyError(coded("{ cameo: 138 }")).hint).toBe('write CAMEO codes as quoted strings: cameo: "138"');
  });

  it("validateChronicle(PLOVER type that does not exist) is refused", () => {
    expect(onlyError(coded("{ plover: { event: THRETEN } }"))).toMatchObject({
      code: "unknown-plover",
      path: ["statements", 1, "coding", "plover", "event"],
      message: 'expected a PLOVER event type, found "THRETEN", which does not exist',
      hint: 'did you mean "THREATEN"?',
      token: "THRETEN",
    });
  });

  it("validateChronicle(PLOVER type in lower case) asks for capitals", () => {
    expect(onlyError(coded("{ plover: { event: threaten } }")).hint).toBe("write it in capitals: event: THREATEN");
  });

  it("validateChronicle(every PLOVER type) is accepted", () => {
    for (const type of ["AGREE", "CONSULT", "SUPPORT", "REJECT", "THREATEN", "ASSAULT"]) {
      expect(errorsOf(coded(`{ plover: { event: ${type} } }`)), type).toEqual([]);
    }
  });
});

describe("validateChronicle: time zone", () => {
  it("validateChronicle(timezone Europe/Moskow) suggests Europe/Moscow", () => {
    expect(onlyError(edit("timezone: UTC", "timezone: Europe/Moskow"))).toMatchObject({
      code: "invalid-timezone",
      path: ["timezone"],
      line: 3,
      column: 11,
      token: "Europe/Moskow",
      hint: 'did you mean "Europe/Moscow"?',
    });
  });

  it("validateChronicle(timezone Moscow) suggests the IANA name of the city", () => {
    expect(onlyError(edit("timezone: UTC", "timezone: Moscow")).hint).toBe('did you mean "Europe/Moscow"?');
  });

  it("validateChronicle(timezone +03:00) is refused with an example", () => {
    expect(onlyError(edit("timezone: UTC", "timezone: '+03:00'")).hint).toContain("IANA");
  });

  it("validateChronicle(timezone Europe/Moscow, America/New_York) is accepted", () => {
    expect(errorsOf(edit("timezone: UTC", "timezone: Europe/Moscow"))).toEqual([]);
    expect(errorsOf(edit("timezone: UTC", "timezone: America/New_York"))).toEqual([]);
  });
});

describe("validateChronicle: data that is not a chronicle", () => {
  it("validateChronicle(null, a list, a text, a number) says what it found", () => {
    const found = (data: unknown) => {
      const r = validateChronicle(data);
      return r.ok ? "ok" : r.errors[0]?.message;
    };
    expect(found(null)).toMatch(/found nothing$/);
    expect(found(undefined)).toMatch(/found nothing$/);
    expect(found([1, 2])).toMatch(/found a list of 2$/);
    expect(found("hello")).toMatch(/found "hello"$/);
    expect(found(42)).toMatch(/found 42 \(a number\)$/);
  });

  it("validateChronicle(data built in code) works without text: issues have paths but no lines", () => {
    const r = validateChronicle(chronicle({ events: [event("e", "forum", "2025-13")], actors: [actor("putin")] }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatchObject({ path: ["events", 0, "date"], code: "invalid-date" });
  });
});

describe("validateChronicle: mistakes of structure and of content in one run", () => {
  const base = () =>
    chronicle({
      events: [event("forum", "forum", "2025-09-05", { participants: ["putin"] })],
      statements: [
        statement("a", "threat", "putin", "2025-09-05", { targets: ["allies"], at: "forum" }),
        statement("b", "offer", "putin", "2025-09-03"),
        statement("c", "rejection", "zelensky", "2025-09-04"),
      ],
      relations: [{ from: "c", to: "b", type: "rejects" }],
    });
  const errors = (data: unknown) => {
    const result = validateChronicle(data);
    expect(result.ok).toBe(false);
    return result.ok ? [] : result.errors;
  };

  it("validateChronicle(a misspelt field and a misspelt speaker) reports both, at the paths given", () => {
    const data = base() as unknown as { statements: Array<Record<string, unknown>> };
    (data.statements[0] as Record<string, unknown>).sumary = "typo";
    (data.statements[2] as Record<string, unknown>).speaker = "zelenksy";
    const found = errors(data).map((e) => [e.code, e.path.join(".")]);
    expect(found).toEqual([
      ["unknown-field", "statements.0.sumary"],
      ["unknown-reference", "statements.2.speaker"],
    ]);
    expect(errors(data)[1]?.hint).toContain('did you mean "zelensky"?');
  });

  it("validateChronicle reports no unknown reference to an item that is there but written wrongly", () => {
    const data = base() as unknown as { actors: Array<Record<string, unknown>>; statements: unknown[] };
    (data.actors[0] as Record<string, unknown>).type = "persn"; // putin: left out of the second batch
    (data.statements[1] as Record<string, unknown>).date = "2025-13-01";
    const found = errors(data).map((e) => [e.code, e.path.join(".")]);
    expect(found).toEqual([
      ["invalid-value", "actors.0.type"],
      ["invalid-date", "statements.1.date"],
    ]);
  });

  it("validateChronicle names the first use of a duplicate id by its place in the data as given", () => {
    const data = base() as unknown as { statements: Array<Record<string, unknown>> };
    data.statements.unshift({ id: "broken", kind: "threat" }); // no speaker, no date
    data.statements.push({ ...(data.statements[1] as Record<string, unknown>) }); // "a" again, at index 4
    const found = errors(data);
    const missing = found.filter((e) => e.code === "missing-field");
    expect(missing.length).toBeGreaterThan(0);
    for (const e of missing) expect(e.path.slice(0, 2)).toEqual(["statements", 0]);
    const duplicate = found.find((e) => e.code === "duplicate-id");
    expect(duplicate?.path).toEqual(["statements", 4, "id"]);
    expect(duplicate?.message).toContain("already used at statements[1]");
  });

  it("validateChronicle(a wrong top-level field and a bad reference) reports both", () => {
    const data = { ...base(), title: 5, timezone: 7 } as unknown as { relations: Array<Record<string, unknown>> };
    (data.relations[0] as Record<string, unknown>).to = "bb";
    const codes = errors(data).map((e) => [e.code, e.path.join(".")]);
    expect(codes).toContainEqual(["unknown-reference", "relations.0.to"]);
    expect(
      codes
        .filter(([code]) => code !== "unknown-reference")
        .map(([, path]) => path)
        .sort(),
    ).toEqual(["timezone", "title"]);
  });
});
