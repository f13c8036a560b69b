import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { type ServeProbe, serve } from "../commands/serve.js";
import type { CliEnv } from "../env.js";
import { examplePath, tempDir } from "../test-support/run.js";
import type { Edit } from "./edits.js";

interface Desk {
  base: string;
  origin: string;
  token: string;
  file: string;
  stop(): Promise<void>;
}

const running: Desk[] = [];
afterEach(async () => {
  for (const d of running.splice(0)) await d.stop();
});

async function startDesk(name = "chronicle.yaml", edit = true): Promise<Desk> {
  const dir = tempDir();
  const file = join(dir, name);
  if (name.endsWith(".json")) writeFileSync(file, JSON.stringify(parse(readFileSync(examplePath, "utf8")), null, 2));
  else copyFileSync(examplePath, file);
  const env: CliEnv = {
    cwd: dir,
    stdout: new PassThrough(),
    stderr: new PassThrough(),
    stdin: new PassThrough(),
    env: {},
  };
  const controller = new AbortController();
  let done!: Promise<void>;
  const probe = await new Promise<{ url: string; probe: ServeProbe }>((ok, fail) => {
    done = serve(name, { port: "0", edit }, env, {
      signal: controller.signal,
      onListen: (url, probe) => ok({ url, probe }),
    }).catch(fail);
  });
  const deskUrl = probe.probe.deskUrl ?? "#token=";
  const desk = {
    base: `${probe.url}desk/api/`,
    origin: probe.url.slice(0, -1),
    token: deskUrl.split("#token=")[1] as string,
    file,
    stop: async () => {
      controller.abort();
      await done;
    },
  };
  running.push(desk);
  return desk;
}

async function call(desk: Desk, name: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(desk.base + name, {
    method: body === undefined ? "GET" : "POST",
    headers: {
      "x-briefline-token": desk.token,
      origin: desk.origin,
      "content-type": "application/json",
      ...headers,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  // biome-ignore lint/suspicious/noExplicitAny: each test reads the fields it checks
  return { status: res.status, json: (await res.json()) as Record<string, any> };
}

const dateEdit = (date: string): Edit => {
  const doc = parse(readFileSync(examplePath, "utf8"));
  const item = doc.statements.find((s: { id: string }) => s.id === "legit-targets");
  return { op: "set", collection: "statements", id: "legit-targets", item: { ...item, date } };
};

describe("the desk's API (serve --edit)", () => {
  it("apply(a date) rewrites that line only, comments and layout kept", async () => {
    const desk = await startDesk();
    const before = readFileSync(desk.file, "utf8");
    const state = await call(desk, "state");
    expect(state.status).toBe(200);
    const result = await call(desk, "apply", { base: state.json.hash, edits: [dateEdit("2025-09-04")], label: "date" });
    expect(result.status).toBe(200);
    const after = readFileSync(desk.file, "utf8");
    const changed = before
      .split("\n")
      .flatMap((line, i) => (line === after.split("\n")[i] ? [] : [[line, after.split("\n")[i]]]));
    expect(after.split("\n").length).toBe(before.split("\n").length);
    expect(changed).toHaveLength(1);
    expect(changed[0]?.[1]).toMatch(/^\s+date: 2025-09-04$/);
    expect(result.json.state.undo).toEqual(["date"]);
  });

  it.each([
    ["a missing token", { "x-briefline-token": "" }, 403],
    ["a wrong token", { "x-briefline-token": "x".repeat(32) }, 403],
    ["a foreign Origin", { origin: "http://evil.example" }, 403],
    ["a cross-site fetch", { "sec-fetch-site": "cross-site" }, 403],
    ["a form's content type", { "content-type": "text/plain" }, 415],
  ])("apply with %s is refused and changes nothing", async (_name, headers, status) => {
    const desk = await startDesk();
    const before = readFileSync(desk.file);
    const { json } = await call(desk, "state");
    const result = await call(desk, "apply", { base: json.hash, edits: [dateEdit("2025-09-04")] }, headers);
    expect(result.status).toBe(status);
    expect(readFileSync(desk.file).equals(before)).toBe(true);
  });

  it("state without the token is refused: the chronicle is not readable by other pages", async () => {
    const desk = await startDesk();
    expect((await call(desk, "state", undefined, { "x-briefline-token": "nope" })).status).toBe(403);
  });

  it("a request through a foreign Host name is refused (DNS rebinding) and changes nothing", async () => {
    const desk = await startDesk();
    const before = readFileSync(desk.file);
    const { json } = await call(desk, "state");
    const { request } = await import("node:http");
    const url = new URL(`${desk.base}apply`);
    const status = await new Promise<number>((ok, fail) => {
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: "POST",
          headers: {
            host: `attacker.example:${url.port}`,
            "x-briefline-token": desk.token,
            "content-type": "application/json",
          },
        },
        (res) => {
          res.resume();
          ok(res.statusCode ?? 0);
        },
      );
      req.on("error", fail);
      req.end(JSON.stringify({ base: json.hash, edits: [dateEdit("2025-09-04")] }));
    });
    expect(status).toBe(421);
    expect(readFileSync(desk.file).equals(before)).toBe(true);
  });

  it("apply after the file changed on disk is refused with what changed, and changes nothing", async () => {
    const desk = await startDesk();
    const { json } = await call(desk, "state");
    const edited = readFileSync(desk.file, "utf8").replace("title: Foreign troops", "title: Foreign soldiers");
    writeFileSync(desk.file, edited);
    const result = await call(desk, "apply", { base: json.hash, edits: [dateEdit("2025-09-04")] });
    expect(result.status).toBe(409);
    expect(result.json.status).toBe("conflict");
    expect(
      result.json.diff.filter((l: { kind: string }) => l.kind !== "same").map((l: { text: string }) => l.text),
    ).toEqual([
      "title: Foreign troops and the Moscow offer (EEF, September 2025)",
      "title: Foreign soldiers and the Moscow offer (EEF, September 2025)",
    ]);
    expect(readFileSync(desk.file, "utf8")).toBe(edited);
  });

  it("apply of an edit that would not validate is refused with validate's message, and changes nothing", async () => {
    const desk = await startDesk();
    const before = readFileSync(desk.file);
    const { json } = await call(desk, "state");
    const edit = dateEdit("2025-09-04") as Extract<Edit, { op: "set" }>;
    const result = await call(desk, "apply", {
      base: json.hash,
      edits: [{ ...edit, item: { ...edit.item, speaker: "puttin" } }],
    });
    expect(result.status).toBe(422);
    expect(result.json.errors[0]).toMatchObject({ path: "statements[14].speaker" });
    expect(result.json.errors[0].hint).toMatch(/putin/);
    expect(readFileSync(desk.file).equals(before)).toBe(true);
    const check = await call(desk, "check", { edits: [{ ...edit, item: { ...edit.item, date: "2025-13-01" } }] });
    expect(check.json.errors[0].path).toBe("statements[14].date");
  });

  it("check(coding, place, new actor, relation) answers with validate's messages, each with its field's path and hint", async () => {
    const desk = await startDesk();
    const before = readFileSync(desk.file);
    const doc = parse(readFileSync(examplePath, "utf8"));
    const legit = doc.statements.find((s: { id: string }) => s.id === "legit-targets");
    const jeddah = doc.events.find((e: { id: string }) => e.id === "jeddah-talks");
    const first = async (edits: Edit[]) => (await call(desk, "check", { edits })).json.errors[0];
    const set = (collection: "statements" | "events", item: Record<string, unknown>): Edit => ({
      op: "set",
      collection,
      id: item.id as string,
      item,
    });
    expect(await first([set("statements", { ...legit, coding: { cameo: "999" } })])).toMatchObject({
      path: "statements[14].coding.cameo",
      message: expect.stringMatching(/CAMEO code, found "999"/),
    });
    expect(await first([set("statements", { ...legit, coding: { plover: { event: "THRETEN" } } })])).toMatchObject({
      path: "statements[14].coding.plover.event",
      hint: expect.stringMatching(/THREATEN/),
    });
    expect(await first([set("events", { ...jeddah, location: { ...jeddah.location, country: "sau" } })])).toMatchObject(
      { path: "events[0].location.country", hint: "write it in capitals: country: SAU" },
    );
    expect(await first([set("events", { ...jeddah, location: { ...jeddah.location, lat: 121 } })])).toMatchObject({
      path: "events[0].location.lat",
    });
    const actor = { id: "anna-example", name: "Anna Example", type: "persn" };
    expect(await first([{ op: "add", collection: "actors", item: actor }])).toMatchObject({
      path: `actors[${doc.actors.length}].type`,
      hint: expect.stringMatching(/person/),
    });
    expect(
      await first([{ op: "add", collection: "actors", item: { ...actor, type: "person", country: "FIX" } }]),
    ).toMatchObject({
      path: `actors[${doc.actors.length}].country`,
      message: expect.stringMatching(/FIX/),
    });
    const relation = { type: "rejects", from: "moscow-offer", to: "legit-target" };
    expect(await first([{ op: "add", collection: "relations", item: relation }])).toMatchObject({
      path: `relations[${doc.relations.length}].to`,
      hint: expect.stringMatching(/legit-targets/),
    });
    expect(readFileSync(desk.file).equals(before)).toBe(true);
  });

  it("apply(bad conditions, references, grades or tags) is refused with validate's path, expectation and hint, and changes nothing", async () => {
    const desk = await startDesk();
    const before = readFileSync(desk.file);
    const { json } = await call(desk, "state");
    const legit = (dateEdit("2025-09-05") as Extract<Edit, { op: "set" }>).item;
    const refused = async (item: Record<string, unknown>, edits: Edit[] = []) => {
      const set: Edit = { op: "set", collection: "statements", id: "legit-targets", item: { ...legit, ...item } };
      const result = await call(desk, "apply", { base: json.hash, edits: [set, ...edits], label: "bad" });
      expect(result.status).toBe(422);
      expect(result.json.message).toMatch(/nothing was written/);
      return result.json.errors[0];
    };
    expect(await refused({ conditions: [{ kind: "when", text: "troops deploy" }] })).toMatchObject({
      path: "statements[14].conditions[0].kind",
      message: 'expected one of if | unless | only_if | until | after, found "when"',
      hint: expect.any(String),
    });
    expect(await refused({ conditions: [{ kind: "if", text: "" }] })).toMatchObject({
      path: "statements[14].conditions[0].text",
      message: expect.stringMatching(/non-empty text/),
    });
    expect(await refused({ sources: [{ source: "seed-articel", credibility: 2 }] })).toMatchObject({
      path: "statements[14].sources[0].source",
      hint: 'did you mean "seed-article"?',
    });
    expect(await refused({ sources: [{ source: "seed-article", credibility: 7 }] })).toMatchObject({
      path: "statements[14].sources[0].credibility",
      message: "expected a number at most 6, found 7 (a number)",
      hint: expect.stringMatching(/credibility: 2/),
    });
    expect(await refused({ tags: ["ok", ""] })).toMatchObject({ path: "statements[14].tags[1]" });
    const seed = parse(readFileSync(examplePath, "utf8")).sources[0];
    expect(
      await refused({}, [
        { op: "set", collection: "sources", id: "seed-article", item: { ...seed, reliability: "G" } },
      ]),
    ).toMatchObject({ path: "sources[0].reliability", hint: expect.stringMatching(/A/) });
    expect(readFileSync(desk.file).equals(before)).toBe(true);
  });

  it("undo restores the file byte for byte, and only while it is what the last change left", async () => {
    const desk = await startDesk();
    const original = readFileSync(desk.file);
    let { json } = await call(desk, "state");
    ({ json } = await call(desk, "apply", { base: json.hash, edits: [dateEdit("2025-09-04")], label: "date" }));
    const undone = await call(desk, "undo", { base: json.state.hash });
    expect(undone.status).toBe(200);
    expect(readFileSync(desk.file).equals(original)).toBe(true);
    expect((await call(desk, "undo", { base: undone.json.state.hash })).status).toBe(409);
  });

  it("extract proposes candidates with their sentences and writes nothing; a huge article is refused", async () => {
    const desk = await startDesk();
    const before = readFileSync(desk.file);
    const text =
      "Russian President Vladimir Putin warned on Friday that any foreign troops sent to Ukraine would be legitimate targets.";
    const result = await call(desk, "extract", { text, published: "2025-09-06", publisher: "Wire", reliability: "b" });
    expect(result.status).toBe(200);
    const first = result.json.candidates[0];
    expect(first.item.speaker).toBe("putin");
    expect(text.slice(first.spans[0][0], first.spans[0][1])).toMatch(/legitimate targets/);
    expect(result.json.source.reliability).toBe("B");
    const huge = await call(desk, "extract", { text: "x".repeat(500_000) });
    expect(huge.status).toBe(400);
    expect(readFileSync(desk.file).equals(before)).toBe(true);
  });

  it("a JSON chronicle is edited as data and stays JSON", async () => {
    const desk = await startDesk("chronicle.json");
    const { json } = await call(desk, "state");
    expect((await call(desk, "apply", { base: json.hash, edits: [dateEdit("2025-09-04")] })).status).toBe(200);
    const data = JSON.parse(readFileSync(desk.file, "utf8"));
    expect(data.statements.find((s: { id: string }) => s.id === "legit-targets").date).toBe("2025-09-04");
  });

  it("the desk page forbids any request off its origin and any framing; without --edit there is no desk", async () => {
    const desk = await startDesk();
    const page = await fetch(`${desk.origin}/desk`);
    expect(page.status).toBe(200);
    const csp = page.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(page.headers.get("x-frame-options")).toBe("DENY");
    expect(await page.text()).not.toContain(desk.token);
    const readOnly = await startDesk("chronicle.yaml", false);
    expect((await fetch(`${readOnly.origin}/desk`)).status).toBe(404);
    expect((await fetch(`${readOnly.origin}/desk/api/state`)).status).toBe(404);
    expect((await fetch(`${readOnly.origin}/`)).headers.get("x-frame-options")).toBe("DENY");
  });

  it("serve --edit refuses an address other machines can reach", async () => {
    const dir = tempDir();
    copyFileSync(examplePath, join(dir, "c.yaml"));
    const env: CliEnv = {
      cwd: dir,
      stdout: new PassThrough(),
      stderr: new PassThrough(),
      stdin: new PassThrough(),
      env: {},
    };
    await expect(serve("c.yaml", { port: "0", edit: true, host: "0.0.0.0" }, env)).rejects.toThrow(
      /only listens on this machine/,
    );
  });
});
