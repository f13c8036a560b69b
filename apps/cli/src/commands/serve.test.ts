import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { join } from "node:path";
import { PassThrough, Writable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import type { CliEnv } from "../env.js";
import { examplePath, tempDir } from "../test-support/run.js";
import { serve } from "./serve.js";

class Sink extends Writable {
  text = "";
  override _write(chunk: Buffer, _e: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

interface Running {
  url: string;
  dir: string;
  file: string;
  stop(): Promise<void>;
  stdout: Sink;
  stderr: Sink;
}

const running: Running[] = [];
afterEach(async () => {
  for (const r of running.splice(0)) await r.stop();
});

async function start(): Promise<Running> {
  const dir = tempDir();
  const file = join(dir, "chronicle.yaml");
  copyFileSync(examplePath, file);
  const stdout = new Sink();
  const stderr = new Sink();
  const env: CliEnv = { cwd: dir, stdout, stderr, stdin: new PassThrough(), env: {} };
  const controller = new AbortController();
  let url = "";
  const done = serve("chronicle.yaml", { port: "0", host: "127.0.0.1" }, env, {
    signal: controller.signal,
    onListen: (u) => {
      url = u;
    },
  });
  while (!url) await new Promise((r) => setTimeout(r, 20));
  const r = {
    url,
    dir,
    file,
    stdout,
    stderr,
    stop: async () => {
      controller.abort();
      await done;
    },
  };
  running.push(r);
  return r;
}

/** A raw GET (fetch would normalise `..` away and set its own Host). */
function get(
  url: string,
  path: string,
  headers: Record<string, string> = {},
  method = "GET",
): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((ok, fail) => {
    const req = request({ hostname, port, path, method, headers }, (res) => {
      let body = "";
      res.on("data", (c) => {
        body += c;
      });
      res.on("end", () => ok({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", fail);
    req.end();
  });
}

/** Waits for the next `reload` event on the server's event stream. */
function nextReload(url: string): { ready: Promise<void>; reload: Promise<string> } {
  let ready!: () => void;
  const readyP = new Promise<void>((r) => {
    ready = r;
  });
  const reload = new Promise<string>((ok, fail) => {
    const req = request(new URL("/events", url), (res) => {
      let text = "";
      res.on("data", (chunk) => {
        text += chunk;
        if (text.includes("connected")) ready();
        const m = /event: reload\ndata: (\d+)/.exec(text);
        if (m) {
          ok(m[1] as string);
          req.destroy();
        }
      });
    });
    req.on("error", (e) => (e.message.includes("socket hang up") ? undefined : fail(e)));
    req.end();
    setTimeout(() => fail(new Error("no reload event within 8 s")), 8000);
  });
  return { ready: readyP, reload };
}

describe("briefline serve", () => {
  it("serves the timeline page on 127.0.0.1 and nothing else", async () => {
    const s = await start();
    expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(s.stdout.text).toContain(`serving chronicle.yaml at ${s.url}`);
    const page = await get(s.url, "/");
    expect(page.status).toBe(200);
    expect(page.body).toContain('id="briefline-data"');
    expect(page.body).toContain("connect-src 'self'");
    for (const path of [
      "/chronicle.yaml",
      "/../chronicle.yaml",
      "/..%2fchronicle.yaml",
      "/%2e%2e/%2e%2e/etc/passwd",
      "/etc/passwd",
      "//chronicle.yaml",
      "/index.html/../chronicle.yaml",
    ]) {
      const r = await get(s.url, path);
      expect(r.status, path).toBe(404);
      expect(r.body).not.toContain("briefline: 1");
    }
    expect((await get(s.url, "/", {}, "POST")).status).toBe(405);
    // A page on another site reaching the server through a rebound DNS name is refused.
    expect((await get(s.url, "/", { Host: "attacker.example" })).status).toBe(421);
  });

  it("tells the page to reload after an edit, and serves the new version", async () => {
    const s = await start();
    const events = nextReload(s.url);
    await events.ready;
    const text = readFileSync(s.file, "utf8").replace(
      "title: Foreign troops and the Moscow offer",
      "title: Edited title",
    );
    writeFileSync(s.file, text);
    await events.reload;
    const page = await get(s.url, "/");
    expect(page.body).toContain("Edited title");
    expect(s.stderr.text).toContain("valid, page reloaded");
  });

  it("shows the errors with line and column after a bad edit, keeps running, and recovers", async () => {
    const s = await start();
    const original = readFileSync(s.file, "utf8");
    let events = nextReload(s.url);
    await events.ready;
    const line = original.split("\n").findIndex((l) => l.includes("speaker: putin")) + 1;
    writeFileSync(s.file, original.replace("speaker: putin", "speaker: puttin"));
    await events.reload;
    const page = await get(s.url, "/");
    expect(page.status).toBe(200);
    const data = JSON.parse(/id="briefline-data">([\s\S]*?)<\/script>/.exec(page.body)?.[1] ?? "{}");
    expect(data.errors).toHaveLength(1);
    expect(data.errors[0]).toMatchObject({ line, column: 14, message: expect.stringContaining("puttin") });
    expect(s.stderr.text).toContain(`chronicle.yaml:${line}:14:`);
    events = nextReload(s.url);
    await events.ready;
    writeFileSync(s.file, original);
    await events.reload;
    expect((await get(s.url, "/")).body).toContain('"chronicle":');
  });

  it("stops cleanly: the port closes and the command returns", async () => {
    const s = await start();
    running.splice(running.indexOf(s), 1);
    await s.stop();
    expect(s.stdout.text).toContain("stopped");
    await expect(get(s.url, "/")).rejects.toThrow();
  });

  it("a missing file or a bad port is a usage error before anything listens", async () => {
    const dir = tempDir();
    const env: CliEnv = { cwd: dir, stdout: new Sink(), stderr: new Sink(), stdin: new PassThrough(), env: {} };
    await expect(serve("nope.yaml", { port: "0", host: "127.0.0.1" }, env)).rejects.toMatchObject({ code: 2 });
    writeFileSync(join(dir, "c.yaml"), readFileSync(examplePath));
    await expect(serve("c.yaml", { port: "99999", host: "127.0.0.1" }, env)).rejects.toMatchObject({ code: 2 });
  });

  it("a port in use is a usage error with a hint", async () => {
    const s = await start();
    const env: CliEnv = { cwd: s.dir, stdout: new Sink(), stderr: new Sink(), stdin: new PassThrough(), env: {} };
    const port = new URL(s.url).port;
    await expect(serve("chronicle.yaml", { port, host: "127.0.0.1" }, env)).rejects.toMatchObject({
      code: 2,
      hint: expect.stringContaining("--port"),
    });
  });
});
