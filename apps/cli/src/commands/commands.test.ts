import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { examplePath, repoRoot, run, tempDir } from "../test-support/run.js";

describe("briefline query", () => {
  it("query --speaker --kind --json returns only that speaker's items of those kinds", async () => {
    const r = await run(["query", examplePath, "--speaker", "putin", "--kind", "threat,warning", "--json"]);
    expect(r.code).toBe(0);
    const items = JSON.parse(r.stdout);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item.speaker).toBe("putin");
      expect(["threat", "warning"]).toContain(item.kind);
    }
  });

  it("query --from --to keeps items that may fall in the range", async () => {
    const r = await run(["query", examplePath, "--from", "2025-09-05", "--to", "2025-09-05", "--json"]);
    const items = JSON.parse(r.stdout) as Array<{ id: string; earliest: string | null; latest: string | null }>;
    // The example's time zone is UTC, so 2025-09-05 runs from 00:00Z to 23:59:59.999Z.
    expect(items.map((i) => i.id)).toContain("legit-targets");
    expect(items.map((i) => i.id)).not.toContain("alaska-summit");
    for (const item of items) {
      expect(item.earliest === null || item.earliest <= "2025-09-05T23:59:59.999Z").toBe(true);
      expect(item.latest === null || item.latest >= "2025-09-05T00:00:00.000Z").toBe(true);
    }
    const all = JSON.parse((await run(["query", examplePath, "--json"])).stdout) as unknown[];
    expect(items.length).toBeLessThan(all.length);
  });

  it("query --view threats lists the register with reiterations folded", async () => {
    const r = await run(["query", examplePath, "--view", "threats", "--json"]);
    const register = JSON.parse(r.stdout) as Array<{ id: string; statements: string[] }>;
    const legit = register.find((t) => t.statements.includes("legit-targets"));
    expect(legit).toBeDefined();
    expect(legit?.statements).toContain("destroyed-if-appear");
    expect(register.filter((t) => t.statements.includes("destroyed-if-appear"))).toHaveLength(1);
  });

  it("the threat register on a terminal shows each threat's conditions, in query and in brief", async () => {
    const query = await run(["query", examplePath, "--view", "threats"], { tty: true });
    expect(query.stdout).toMatch(/^speaker\s+target\s+threat\s+conditions\s+first\s+last/m);
    expect(query.stdout).toMatch(/if foreign troops are/);
    const brief = await run(["brief", examplePath, "--out", tempDir()], { tty: true });
    expect(brief.stdout).toMatch(/^speaker\s+target\s+threat\s+conditions\s+first\s+last/m);
  });

  it("a terminal that reports 0 columns gets tables laid out at 160, not cut to stubs", async () => {
    const r = await run(["query", examplePath, "--kind", "offer"], { tty: true, columns: 0 });
    const header = r.stdout.split("\n")[0] ?? "";
    expect(header).toMatch(/^date\s+kind\s+who\s+summary\s+id$/);
    expect(Math.max(...r.stdout.split("\n").map((l) => l.length))).toBeGreaterThan(100);
  });

  it("query --view offers shows the Moscow offer as rejected", async () => {
    const r = await run(["query", examplePath, "--view", "offers", "--json"]);
    const offers = JSON.parse(r.stdout) as Array<{ id: string; status: string }>;
    expect(offers.find((o) => o.id === "moscow-offer")?.status).toBe("rejected");
  });

  it("query prints a table on a terminal and JSON when piped", async () => {
    const tty = await run(["query", examplePath, "--kind", "offer"], { tty: true });
    expect(tty.stdout).toMatch(/^date\s+kind\s+who\s+summary\s+id/m);
    const piped = await run(["query", examplePath, "--kind", "offer"]);
    expect(() => JSON.parse(piped.stdout)).not.toThrow();
  });

  it("query with a bad date or unknown kind is a usage error", async () => {
    expect((await run(["query", examplePath, "--from", "2025-13"])).code).toBe(2);
    const kind = await run(["query", examplePath, "--kind", "threatt"]);
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain('unknown kind "threatt"');
  });
});

describe("briefline stats, schema, init", () => {
  it("stats --json counts kinds and gives the span", async () => {
    const r = await run(["stats", examplePath, "--json"]);
    const stats = JSON.parse(r.stdout);
    expect(stats.statements).toBe(22);
    expect(stats.events).toBe(15);
    expect(stats.byKind.threat).toBeGreaterThan(0);
    expect(stats.span.to.startsWith("2025-09")).toBe(true);
  });

  it("schema prints a JSON Schema that the committed chronicle.schema.json matches", async () => {
    const r = await run(["schema"]);
    const schema = JSON.parse(r.stdout);
    expect(schema.$schema).toContain("json-schema.org");
    expect(schema.properties.statements.items.properties.kind.enum).toContain("threat");
    expect(readFileSync(join(repoRoot, "chronicle.schema.json"), "utf8")).toBe(r.stdout);
  });

  it("schema --markdown is what docs/chronicle.md holds (regenerate with pnpm gen:docs)", async () => {
    const r = await run(["schema", "--markdown"]);
    expect(r.stdout).toContain("## statements[]");
    expect(readFileSync(join(repoRoot, "docs/chronicle.md"), "utf8")).toBe(r.stdout);
  });

  it("init writes a starter that validates, and refuses to overwrite without --force", async () => {
    const dir = tempDir();
    expect((await run(["init", "c.yaml"], { cwd: dir })).code).toBe(0);
    const v = await run(["validate", "c.yaml"], { cwd: dir });
    expect(v.code).toBe(0);
    expect(v.stderr).toBe("");
    const again = await run(["init", "c.yaml"], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("already exists");
  });
});

describe("briefline convert", () => {
  it("convert yaml → json → yaml loses nothing", async () => {
    const dir = tempDir();
    expect((await run(["convert", examplePath, join(dir, "c.json")])).code).toBe(0);
    expect((await run(["convert", "c.json", "c.yaml"], { cwd: dir })).code).toBe(0);
    const a = JSON.parse((await run(["convert", examplePath, "-", "--to", "json"])).stdout);
    const b = JSON.parse((await run(["convert", "c.yaml", "-", "--to", "json"], { cwd: dir })).stdout);
    expect(b).toEqual(a);
  });

  it("convert --to timelinejs writes slides with escaped text, and reads them back as events", async () => {
    const dir = tempDir();
    expect((await run(["convert", examplePath, join(dir, "t.timelinejs.json")])).code).toBe(0);
    const doc = JSON.parse(readFileSync(join(dir, "t.timelinejs.json"), "utf8"));
    expect(doc.events).toHaveLength(37);
    expect(doc.events[0].start_date.year).toBe(2025);
    expect((await run(["convert", "t.timelinejs.json", "back.yaml"], { cwd: dir })).code).toBe(0);
    expect((await run(["validate", "back.yaml"], { cwd: dir })).code).toBe(0);
  });

  it("convert ACLED CSV: time_precision 2 becomes the ISO week, 3 the month, ; splits values", async () => {
    const dir = tempDir();
    const header =
      "event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,assoc_actor_1,actor2,location,country,latitude,longitude,source,notes,fatalities";
    writeFileSync(
      join(dir, "a.csv"),
      `${header}\nX1,2025-09-05,1,Battles,Armed clash,Force A,Militia B;Militia C,Force D,Town,Land,50.1,30.2,Wire A;Wire B,Clash near town.,3\nX2,2025-09-10,2,Protests,Peaceful protest,Protesters,,,City,Land,,,Wire A,Protest.,0\nX3,15 September 2025,3,Strategic developments,Agreement,Gov A,,Gov D,Capital,Land,,,Wire C,Deal.,0\n`,
    );
    const r = await run(["convert", "a.csv", "-", "--to", "json"], { cwd: dir });
    expect(r.code).toBe(0);
    const c = JSON.parse(r.stdout);
    expect(c.events.map((e: { date: string }) => e.date)).toEqual(["2025-09-05", "2025-09-08/2025-09-14", "2025-09"]);
    expect(c.events[0].participants).toHaveLength(4);
    expect(c.events[0].sources).toHaveLength(2);
    expect(c.events[0].coding.cameo).toBe("193");
  });

  it("convert ACLED CSV with a bad date reports the row's line", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.csv"), "event_id_cnty,event_date,event_type,actor1\nX1,2025-02-30,Battles,A\n");
    const r = await run(["convert", "a.csv", "out.yaml"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/a\.csv:2:2: error: invalid ACLED event_date "2025-02-30"/);
    expect(existsSync(join(dir, "out.yaml"))).toBe(false);
  });

  it("convert --to plover writes PLOVER records as JSON Lines, one per item, and lists what PLOVER does not code", async () => {
    const r = await run(["convert", examplePath, "-", "--to", "plover"]);
    const records = r.stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as { id: string; event: string[]; source: Array<{ actor_text: string }> });
    expect(records.find((x) => x.id === "legit-targets")).toMatchObject({
      event: ["THREATEN"],
      source: [{ actor_text: "Vladimir Putin" }],
    });
  });

  it("convert a real ACLED export (the core fixture) to PLOVER: 153 records, the 2 uncoded listed, no ally a recipient", async () => {
    const fixture = join(repoRoot, "packages/core/test-fixtures/acled/ukraine-2022-2024.csv");
    const r = await run(["convert", fixture, "-", "--to", "plover"]);
    expect(r.code).toBe(0);
    const records = r.stdout
      .trimEnd()
      .split("\n")
      .map(
        (line) =>
          JSON.parse(line) as {
            id: string;
            source: Array<{ briefline_id: string }>;
            recipient?: Array<{ briefline_id: string }>;
          },
      );
    expect(records).toHaveLength(153);
    expect(r.stderr).toContain("ukr56111");
    const sourceIds = (x: (typeof records)[0]) => x.source.map((a) => a.briefline_id);
    expect(records.filter((x) => (x.recipient ?? []).some((a) => sourceIds(x).includes(a.briefline_id)))).toEqual([]);
  });

  it("convert never writes over its input, and leaves the input untouched", async () => {
    const dir = tempDir();
    const file = join(dir, "c.yaml");
    writeFileSync(file, readFileSync(examplePath));
    const before = statSync(file).mtimeMs;
    const r = await run(["convert", "c.yaml", "./c.yaml"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("it is an input of this command");
    expect(statSync(file).mtimeMs).toBe(before);
  });
});

describe("the CLI as a whole", () => {
  it("every command has --help with an example", async () => {
    for (const command of ["validate", "stats", "query", "convert", "schema", "init", "brief"]) {
      const r = await run([command, "--help"]);
      expect(r.code, command).toBe(0);
      expect(r.stdout, command).toMatch(/Examples?:/);
    }
  });

  it("colours only on a terminal and never with NO_COLOR", async () => {
    const bad = tempDir();
    writeFileSync(join(bad, "c.yaml"), "briefline: 1\ntitle: T\nstatements: 3\n");
    const tty = await run(["validate", "c.yaml"], { cwd: bad, tty: true });
    expect(tty.stderr).toContain("\u001b[");
    const noColor = await run(["validate", "c.yaml"], { cwd: bad, tty: true, env: { NO_COLOR: "1" } });
    expect(noColor.stderr).not.toContain("\u001b[");
    const piped = await run(["validate", "c.yaml"], { cwd: bad });
    expect(piped.stderr).not.toContain("\u001b[");
  });
});
