import { copyFileSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { Agent, request } from "node:http";
import { connect } from "node:net";
import { join } from "node:path";
import { PassThrough, Writable } from "node:stream";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { parse } from "yaml";
import type { CliEnv } from "../env.js";
import { requireBuild, spawnCli } from "../hardening/_support.js";
import { examplePath, tempDir } from "../test-support/run.js";
import { hostAllowed, isLoopback, type ServeProbe, serve } from "./serve.js";

// Faults on demand, keyed by the file's content so only the tests that ask get them: a
// read that returns late (a slow disk, a huge file), a render that throws (a bug).
const { SLOW_READ, RENDER_THROWS } = vi.hoisted(() => ({
  SLOW_READ: "slow-read-for-test",
  RENDER_THROWS: "render-throws-for-test",
}));
vi.mock("../io/read-input.js", async (original) => {
  const real = await original<typeof import("../io/read-input.js")>();
  return {
    ...real,
    readInput: async (path: string, env: Parameters<typeof real.readInput>[1]) => {
      const bytes = await real.readInput(path, env);
      if (Buffer.from(bytes).includes(SLOW_READ)) await new Promise((r) => setTimeout(r, 1500));
      return bytes;
    },
  };
});
vi.mock("@briefline/timeline-web", async (original) => {
  const real = await original<typeof import("@briefline/timeline-web")>();
  return {
    ...real,
    renderTimelinePage: (...args: Parameters<typeof real.renderTimelinePage>) => {
      if (args[0].title.includes(RENDER_THROWS)) throw new TypeError("cannot read properties of undefined");
      return real.renderTimelinePage(...args);
    },
  };
});

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
  probe: ServeProbe;
  stop(): Promise<void>;
  stdout: Sink;
  stderr: Sink;
}

const running: Running[] = [];
afterEach(async () => {
  for (const r of running.splice(0)) await r.stop();
});

async function start(options: { content?: string; host?: string; name?: string } = {}): Promise<Running> {
  const dir = tempDir();
  const name = options.name ?? "chronicle.yaml";
  const file = join(dir, name);
  if (options.content === undefined) copyFileSync(examplePath, file);
  else writeFileSync(file, options.content);
  const stdout = new Sink();
  const stderr = new Sink();
  const env: CliEnv = { cwd: dir, stdout, stderr, stdin: new PassThrough(), env: {} };
  const controller = new AbortController();
  let url = "";
  let probe: ServeProbe | undefined;
  const done = serve(name, { port: "0", host: options.host ?? "127.0.0.1" }, env, {
    signal: controller.signal,
    onListen: (u, p) => {
      url = u;
      probe = p;
    },
  });
  let failed: unknown;
  done.catch((e) => {
    failed = e;
  });
  while (!url && !failed) await new Promise((r) => setTimeout(r, 20));
  if (failed) throw failed;
  const r = {
    url,
    dir,
    file,
    probe: probe as ServeProbe,
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
    const req = request({ hostname: hostname.replace(/^\[(.*)\]$/, "$1"), port, path, method, headers }, (res) => {
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

// ---------------------------------------------------------------------------------
// Hardening (issue 6): where it listens, what it answers, clients that go away, load,
// a chronicle that changes under it, Ctrl-C.

/** The example chronicle with `statements` copies of its statements (a page of a few MB) and a title. */
function bigChronicle(statements: number, title = "Big"): string {
  const example = parse(readFileSync(examplePath, "utf8"));
  const list = example.statements as Array<Record<string, unknown>>;
  example.statements = Array.from({ length: statements }, (_, i) => ({ ...list[i % list.length], id: `s-${i}` }));
  example.relations = [];
  example.judgments = [];
  example.title = title;
  return JSON.stringify(example);
}

/** Sends bytes on a fresh connection and returns what came back before it closed (or `wait` ms passed). */
function raw(url: string, text: string | Buffer, wait = 3000): Promise<string> {
  return new Promise((ok) => {
    const socket = connect(Number(new URL(url).port), "127.0.0.1");
    let out = "";
    const timer = setTimeout(() => {
      socket.destroy();
      ok(out);
    }, wait);
    socket.on("data", (c) => {
      out += c.toString("latin1");
    });
    socket.on("close", () => {
      clearTimeout(timer);
      ok(out);
    });
    socket.on("error", () => {});
    socket.write(text);
  });
}
const statusOf = (response: string) => Number(/^HTTP\/1\.[01] (\d{3})/.exec(response)?.[1] ?? 0);

/** The title of the page the server serves now (or "errors" for the error page). */
async function served(url: string): Promise<string> {
  const body = (await get(url, "/")).body;
  const data = JSON.parse(/id="briefline-data">([\s\S]*?)<\/script>/.exec(body)?.[1] ?? "{}");
  return data.errors
    ? `errors: ${data.errors.map((e: { message: string }) => e.message).join("; ")}`
    : data.options.title;
}

/** Garbage collection on demand, to compare heap sizes. */
function gc(): void {
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
}

const until = async (what: () => boolean | Promise<boolean>, ms = 5000) => {
  const end = Date.now() + ms;
  while (!(await what())) {
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
};

describe("serve: where it listens", () => {
  it("isLoopback(host) is true only for addresses no other machine can reach", () => {
    for (const h of [
      "127.0.0.1",
      "127.0.0.2",
      "127.255.1.1",
      "localhost",
      "LOCALHOST",
      "app.localhost",
      "::1",
      "[::1]",
    ])
      expect(isLoopback(h), h).toBe(true);
    for (const h of ["::ffff:127.0.0.1"]) expect(isLoopback(h), h).toBe(true);
    for (const h of [
      "0.0.0.0",
      "::",
      "",
      "0",
      "192.168.1.10",
      "10.0.0.1",
      "example.org",
      "localhost.evil.example",
      "128.0.0.1",
    ])
      expect(isLoopback(h), h).toBe(false);
  });

  it("hostAllowed(header, listenHost) refuses names that could be rebound, accepts loopback and IP addresses", () => {
    expect(hostAllowed("127.0.0.1:8080", "127.0.0.1")).toBe(true);
    expect(hostAllowed("localhost:8080", "127.0.0.1")).toBe(true);
    expect(hostAllowed("[::1]:8080", "::1")).toBe(true);
    // Shared on the network: other machines come by the machine's address or the name given.
    expect(hostAllowed("192.168.1.10:8080", "0.0.0.0")).toBe(true);
    expect(hostAllowed("[fd00::2]:8080", "::")).toBe(true);
    expect(hostAllowed("briefing-box:8080", "briefing-box")).toBe(true);
    for (const bad of ["attacker.example:8080", "localhost.attacker.example", "127.0.0.1.nip.io:80", "", undefined])
      expect(hostAllowed(bad, "127.0.0.1"), String(bad)).toBe(false);
  });

  it("listens on 127.0.0.1 when no --host is given, and prints no warning", async () => {
    requireBuild();
    const dir = tempDir();
    copyFileSync(examplePath, join(dir, "c.yaml"));
    let url = "";
    const r = await spawnCli(["serve", "c.yaml", "--port", "0"], {
      cwd: dir,
      timeoutMs: 15_000,
      onStart: (child) =>
        child.stdout?.on("data", (c: Buffer) => {
          if (url) return;
          url = /at (http:\/\/\S+\/)/.exec(c.toString())?.[1] ?? "";
          if (url) child.kill("SIGINT");
        }),
    });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(r.stderr).not.toContain("warning");
    expect(r.code).toBe(0);
  });

  it.each(["localhost", "::1", "127.0.0.2"])(
    "--host %s is loopback: it listens there without a warning",
    async (host) => {
      const s = await start({ host });
      expect(s.stderr.text).not.toContain("warning");
      expect((await get(s.url, "/")).status).toBe(200);
    },
  );

  it("--host with an address other machines can reach prints a warning before it tries to listen", async () => {
    // 198.51.100.7 (TEST-NET-2) is on no interface here, so nothing is exposed: listening fails after the warning.
    const dir = tempDir();
    copyFileSync(examplePath, join(dir, "c.yaml"));
    const stderr = new Sink();
    const env: CliEnv = { cwd: dir, stdout: new Sink(), stderr, stdin: new PassThrough(), env: {} };
    await expect(serve("c.yaml", { port: "0", host: "198.51.100.7" }, env)).rejects.toMatchObject({
      code: 2,
      message: "cannot listen on 198.51.100.7",
    });
    expect(stderr.text).toMatch(/warning: --host 198\.51\.100\.7 is not a loopback address: other machines/);
  });

  it("an empty --host, a port that is not a plain number, or no host at all never listen on every interface", async () => {
    const dir = tempDir();
    copyFileSync(examplePath, join(dir, "c.yaml"));
    const env: CliEnv = { cwd: dir, stdout: new Sink(), stderr: new Sink(), stdin: new PassThrough(), env: {} };
    await expect(serve("c.yaml", { port: "0", host: " " }, env)).rejects.toMatchObject({
      code: 2,
      message: "invalid --host: empty",
    });
    for (const port of ["", "0x1f", "1e3", "-1", "80.5"])
      await expect(serve("c.yaml", { port, host: "127.0.0.1" }, env), port).rejects.toMatchObject({ code: 2 });
    // An embedding tool that leaves the host out gets 127.0.0.1, not "::".
    const controller = new AbortController();
    let url = "";
    const done = serve("c.yaml", { port: "0" }, env, {
      signal: controller.signal,
      onListen: (u) => {
        url = u;
        controller.abort();
      },
    });
    await done;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:/);
  });
});

describe("serve: what it answers", () => {
  it("refuses path traversal, encoded tricks, absolute URLs and every path it did not generate", async () => {
    const s = await start();
    const port = new URL(s.url).port;
    const targets = [
      "/../etc/passwd",
      "/../../../../etc/passwd",
      "/%2e%2e/%2e%2e/etc/passwd",
      "/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
      "/..%2f..%2fetc%2fpasswd",
      "/.%2e/chronicle.yaml",
      "/%252e%252e/etc/passwd",
      "/..%c0%af..%c0%afetc/passwd",
      "/..\\..\\etc\\passwd",
      "/%5c..%5c..%5cetc%5cpasswd",
      "../../etc/passwd",
      "/./chronicle.yaml",
      "/chronicle.yaml",
      "/chronicle.yaml%00.html",
      "/%00",
      "/index.html%00",
      "/index.html/",
      "/index.html/..%2fchronicle.yaml",
      "//etc/passwd",
      "/%2fetc%2fpasswd",
      "/..;/chronicle.yaml",
      "/~/chronicle.yaml",
      "/events/../chronicle.yaml",
      "/events/",
      "/EVENTS",
      "/favicon.ico",
      "/_bundle.js",
      `http://127.0.0.1:${port}/../etc/passwd`,
      `http://127.0.0.1:${port}/chronicle.yaml`,
      "http://attacker.example/",
      "file:///etc/passwd",
      "*",
    ];
    for (const target of targets) {
      const response = await raw(
        s.url,
        `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`,
      );
      expect([400, 404], target).toContain(statusOf(response));
      expect(response, target).not.toMatch(/briefline: 1|root:x?:0|"chronicle":/);
    }
    // A raw NUL or control byte in the request line is refused by the HTTP parser itself.
    for (const bad of ["/\u0000", "/a\u0001b", "/ sp"]) {
      const response = await raw(s.url, Buffer.from(`GET ${bad} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`, "latin1"));
      expect([0, 400, 404], JSON.stringify(bad)).toContain(statusOf(response));
    }
    // A machine's own address is no rebinding risk: it is served (when shared with --host 0.0.0.0, this is how others come).
    expect(statusOf(await raw(s.url, "GET / HTTP/1.1\r\nHost: 192.0.2.10:8080\r\nConnection: close\r\n\r\n"))).toBe(
      200,
    );
    expect(
      statusOf(await raw(s.url, "GET / HTTP/1.1\r\nHost: rebound.attacker.example\r\nConnection: close\r\n\r\n")),
    ).toBe(421);
    expect(statusOf(await raw(s.url, "GET / HTTP/1.0\r\n\r\n"))).toBe(421);
    // The query string never changes what is served.
    expect(
      statusOf(await raw(s.url, "GET /?../../etc/passwd HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")),
    ).toBe(200);
    expect((await get(s.url, "/")).status).toBe(200);
  });

  it("answers GET and HEAD only: other methods get 405 with Allow, CONNECT is dropped", async () => {
    const s = await start();
    for (const method of ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND", "MKCOL"]) {
      const response = await raw(
        s.url,
        `${method} / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`,
      );
      expect(statusOf(response), method).toBe(405);
      expect(response).toMatch(/\r\nAllow: GET, HEAD\r\n/);
    }
    // A method HTTP does not know never reaches the handler.
    expect(statusOf(await raw(s.url, "FOO / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 1000))).toBe(400);
    const connectResponse = await raw(s.url, "CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: 127.0.0.1:22\r\n\r\n", 1000);
    expect(statusOf(connectResponse)).not.toBe(200);
    const head = await raw(s.url, "HEAD / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    expect(statusOf(head)).toBe(200);
    expect(head.split("\r\n\r\n")[1]).toBe("");
    const headEvents = await raw(s.url, "HEAD /events HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    expect(statusOf(headEvents)).toBe(200);
    expect(headEvents).toMatch(/text\/event-stream/);
    expect(s.probe.clients()).toBe(0);
    expect((await get(s.url, "/")).status).toBe(200);
  });
});

describe("serve: clients that go away, and load", () => {
  it("survives clients that disconnect mid-request, mid-response and on the event stream", async () => {
    // A page of a few MB, so a response is still being written when its client leaves.
    const s = await start({ content: bigChronicle(3000), name: "big.json" });
    const port = Number(new URL(s.url).port);
    const size = Buffer.byteLength((await get(s.url, "/")).body);
    expect(size).toBeGreaterThan(1_500_000);
    // Each client reads what it is sent (so it sees the server close) unless it pauses.
    const open = (then: (socket: ReturnType<typeof connect>) => void) =>
      new Promise<void>((done) => {
        const socket = connect(port, "127.0.0.1", () => then(socket));
        socket.resume();
        socket.on("error", () => {});
        socket.on("close", () => done());
      });
    for (let i = 0; i < 25; i++) {
      await Promise.all([
        // half a request line, then gone
        open((sk) => sk.end("GET /ind")),
        open((sk) => {
          sk.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n");
          setTimeout(() => sk.destroy(), 5);
        }),
        // gone after the first bytes of the page
        open((sk) => {
          sk.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
          sk.once("data", () => sk.destroy());
        }),
        // asks, never reads, and leaves
        open((sk) => {
          sk.pause();
          sk.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
          setTimeout(() => sk.destroy(), 20);
        }),
        // an event-stream client that drops its connection
        open((sk) => {
          sk.write("GET /events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
          sk.once("data", () => sk.destroy());
        }),
      ]);
    }
    await until(() => s.probe.clients() === 0);
    await until(async () => (await s.probe.connections()) === 0);
    // Still serving the whole page, and still telling pages to reload.
    expect(Buffer.byteLength((await get(s.url, "/")).body)).toBe(size);
    const events = nextReload(s.url);
    await events.ready;
    writeFileSync(s.file, bigChronicle(3000, "Big, edited"));
    await events.reload;
    expect(await served(s.url)).toBe("Big, edited");
  });

  it("answers 1,000 requests in a row and 1,000 more 20 at a time; the heap does not grow", async () => {
    const s = await start();
    const page = Buffer.byteLength((await get(s.url, "/")).body);
    // Each request: what it asks, and the status it must get.
    const mix: Array<[string, string, number]> = [
      ["GET", "/", 200],
      ["GET", "/index.html?x=1", 200],
      ["HEAD", "/", 200],
      ["GET", "/../etc/passwd", 404],
      ["GET", "/chronicle.yaml", 404],
      ["POST", "/", 405],
      ["GET", "/events", 200],
    ];
    const one = (agent: Agent, i: number) =>
      new Promise<void>((ok, fail) => {
        const [method, path, status] = mix[i % mix.length] as [string, string, number];
        const { port } = new URL(s.url);
        const req = request({ host: "127.0.0.1", port, method, path, agent }, (res) => {
          let length = 0;
          res.on("data", (c: Buffer) => {
            length += c.length;
            // The event stream stays open: leave once it has said hello.
            if (path === "/events") req.destroy();
          });
          res.on("end", () => {
            if (res.statusCode !== status) fail(new Error(`${method} ${path}: ${res.statusCode}`));
            else if (path === "/" && method === "GET" && length !== page) fail(new Error(`short page: ${length}`));
            else ok();
          });
          res.on("close", () => (path === "/events" ? ok() : undefined));
        });
        req.on("error", (e) => (path === "/events" ? ok() : fail(e)));
        req.end();
      });
    const sequential = new Agent({ keepAlive: true, maxSockets: 1 });
    const fresh = new Agent({ keepAlive: false });
    const started = performance.now();
    for (let i = 0; i < 140; i++) await one(sequential, i); // warm up
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 1000; i++) await one(sequential, i);
    let next = 0;
    await Promise.all(
      Array.from({ length: 20 }, async () => {
        while (next < 1000) await one(fresh, next++);
      }),
    );
    sequential.destroy();
    fresh.destroy();
    await until(async () => (await s.probe.connections()) === 0);
    await until(() => s.probe.clients() === 0);
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    expect(grown).toBeLessThan(20 * 1024 * 1024);
    expect(performance.now() - started).toBeLessThan(45_000);
    expect((await get(s.url, "/")).status).toBe(200);
  });
});

describe("serve: the chronicle changes under it", () => {
  /** Makes a change and waits until the page has been rebuilt for it. */
  async function change(s: Running, act: () => void): Promise<string> {
    const events = nextReload(s.url);
    await events.ready;
    act();
    await events.reload;
    return served(s.url);
  }

  it("keeps running through an invalid file, a deletion, a folder in its place, an empty file and bad bytes", async () => {
    const s = await start();
    const original = readFileSync(s.file, "utf8");
    const title = await served(s.url);
    expect(await change(s, () => writeFileSync(s.file, original.replace("speaker: putin", "speaker: [")))).toMatch(
      /^errors: /,
    );
    expect(await change(s, () => writeFileSync(s.file, original))).toBe(title);
    expect(await change(s, () => rmSync(s.file))).toMatch(/^errors: .*no such file/);
    expect(await change(s, () => writeFileSync(s.file, original))).toBe(title);
    expect(
      await change(s, () => {
        rmSync(s.file);
        mkdirSync(s.file);
      }),
    ).toMatch(/^errors: .*is a directory/);
    expect(
      await change(s, () => {
        rmSync(s.file, { recursive: true });
        writeFileSync(s.file, "");
      }),
    ).toMatch(/^errors: /);
    expect(await change(s, () => writeFileSync(s.file, Buffer.from([0xff, 0xfe, 0x00, 0xc3, 0x28, 0x0a])))).toMatch(
      /^errors: /,
    );
    // Saved the way editors do: a temporary file renamed over it.
    expect(
      await change(s, () => {
        writeFileSync(`${s.file}.swp`, original);
        renameSync(`${s.file}.swp`, s.file);
      }),
    ).toBe(title);
    expect(s.stderr.text).toContain("valid, page reloaded");
  });

  it("the error page shows each error's source line with a caret, as the terminal does", async () => {
    const s = await start();
    const original = readFileSync(s.file, "utf8");
    await change(s, () => writeFileSync(s.file, original.replace("speaker: putin", "speaker: puttin")));
    const body = (await get(s.url, "/")).body;
    const data = JSON.parse(/id="briefline-data">([\s\S]*?)<\/script>/.exec(body)?.[1] ?? "{}");
    const [first] = data.errors as Array<{ source?: string; caret?: number; column?: number }>;
    expect(first?.source).toMatch(/^\s*speaker: puttin$/);
    expect(first?.source?.slice(first.caret)).toBe("puttin");
  });

  it("one save reloads the page once, and a save that changes nothing does not reload it", async () => {
    const s = await start();
    const reloads: string[] = [];
    const req = request(new URL("/events", s.url), (res) =>
      res.on("data", (c: Buffer) => reloads.push(...(c.toString().match(/event: reload/g) ?? []))),
    );
    req.on("error", () => {});
    req.end();
    await until(() => s.probe.clients() === 1);
    const original = readFileSync(s.file, "utf8");
    writeFileSync(s.file, original.replace(/^title: .*$/m, "title: Once"));
    // Long enough for the folder watcher and the poll (every 500 ms) to have both seen the save.
    await new Promise((r) => setTimeout(r, 1500));
    expect(reloads).toHaveLength(1);
    const builds = s.probe.builds();
    writeFileSync(s.file, original.replace(/^title: .*$/m, "title: Once"));
    await until(() => s.probe.builds() > builds);
    await new Promise((r) => setTimeout(r, 1000));
    expect(reloads).toHaveLength(1);
    expect(s.stderr.text.match(/page reloaded/g)).toHaveLength(1);
    req.destroy();
  });

  it("after a burst of saves it serves the last one", async () => {
    const s = await start();
    const original = readFileSync(s.file, "utf8");
    const line = /^title: .*$/m;
    for (let i = 0; i < 30; i++) {
      writeFileSync(s.file, original.replace(line, `title: Save ${i}`));
      await new Promise((r) => setTimeout(r, 10 + (i % 4) * 20));
    }
    await until(async () => (await served(s.url)) === "Save 29", 8000);
  });

  it("a slow read of an older save never replaces the page of a newer one", async () => {
    const s = await start();
    const original = readFileSync(s.file, "utf8");
    const line = /^title: .*$/m;
    // The first save is read slowly (1.5 s); the second, made while it is read, is quick.
    writeFileSync(s.file, original.replace(line, `title: Older\n# ${SLOW_READ}`));
    await new Promise((r) => setTimeout(r, 400));
    writeFileSync(s.file, original.replace(line, "title: Newer"));
    await new Promise((r) => setTimeout(r, 3000));
    expect(await served(s.url)).toBe("Newer");
  });

  it("an unexpected failure while rebuilding goes to the page; the server keeps running and recovers", async () => {
    const s = await start();
    const original = readFileSync(s.file, "utf8");
    const line = /^title: .*$/m;
    expect(await change(s, () => writeFileSync(s.file, original.replace(line, `title: ${RENDER_THROWS}`)))).toMatch(
      /^errors: unexpected failure: cannot read properties of undefined/,
    );
    expect(s.stderr.text).toContain("unexpected failure");
    expect(await change(s, () => writeFileSync(s.file, original.replace(line, "title: Fine again")))).toBe(
      "Fine again",
    );
  });
});

describe("serve: Ctrl-C", () => {
  beforeAll(requireBuild);

  it.each(["SIGINT", "SIGTERM"] as const)(
    "%s stops it within 3 s with a page on the event stream and a request half sent",
    async (signal) => {
      const dir = tempDir();
      copyFileSync(examplePath, join(dir, "c.yaml"));
      let sentAt = 0;
      let exitedAt = 0;
      const r = await spawnCli(["serve", "c.yaml", "--port", "0"], {
        cwd: dir,
        timeoutMs: 15_000,
        onStart: (child) => {
          child.once("exit", () => {
            exitedAt = performance.now();
          });
          let url = "";
          child.stdout?.on("data", async (c: Buffer) => {
            if (url) return;
            url = /at (http:\/\/\S+\/)/.exec(c.toString())?.[1] ?? "";
            if (!url) return;
            const events = nextReload(url);
            await events.ready;
            const half = connect(Number(new URL(url).port), "127.0.0.1", () => half.write("GET / HTTP/1.1\r\n"));
            half.on("error", () => {});
            await new Promise((ok) => setTimeout(ok, 100));
            sentAt = performance.now();
            child.kill(signal);
            events.reload.catch(() => {});
          });
        },
      });
      expect(r.timedOut).toBe(false);
      expect(r).toMatchObject({ code: 0, signal: null });
      expect(r.stdout).toMatch(/stopped\n$/);
      expect(r.stderr).toBe("");
      expect(sentAt).toBeGreaterThan(0);
      expect(exitedAt - sentAt).toBeLessThan(3000);
    },
  );
});
