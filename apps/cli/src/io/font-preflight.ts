import { Worker } from "node:worker_threads";

/** What a fallback font's pre-flight may spend before the font is refused. */
export interface PreflightBudget {
  /** CPU time of the process while the worker runs (the main thread only waits). */
  cpuMs: number;
  /** Wall-clock time, a backstop on a machine too loaded to give the CPU time. */
  wallMs: number;
  /** The worker's V8 heap. */
  heapMb: number;
}

/**
 * 4 s of CPU for a small sample: the pre-flight of a good font takes ~0.3 s (the
 * worker's start included), while the mutated fonts fontkit loops on run for minutes
 * and allocate gigabytes. 256 MB of heap: the largest sample (5,000 runs and 4,000
 * characters in a 1 MB font) needs less than 64 MB.
 */
export const PREFLIGHT_BUDGET: PreflightBudget = { cpuMs: 4_000, wallMs: 30_000, heapMb: 256 };

/**
 * The budget for a sample: the work on a good font grows with the sample (5,000 runs
 * and 4,000 characters took 2 s of CPU), so 0.4 ms more for each run and character:
 * 8 s at the sample's limits.
 *
 * @example
 * budgetFor({ codePoints: [0x4e2d], runs: ["中"] }).cpuMs // 4001
 */
export function budgetFor(sample: PreflightSample): PreflightBudget {
  const extra = Math.round((sample.codePoints.length + sample.runs.length) * 0.4);
  return { ...PREFLIGHT_BUDGET, cpuMs: PREFLIGHT_BUDGET.cpuMs + extra };
}

/** The text that will fall back to the font: see `fallbackSample` in @briefline/report-pdf. */
export interface PreflightSample {
  codePoints: number[];
  runs: string[];
}

// From the sources (tests) this is the .mjs beside this file; the bundle builds the
// worker as its own entry and rewrites this line to find it (scripts/bundle.mjs).
const WORKER_URL = new URL("./_font-preflight-worker.mjs", import.meta.url);

/**
 * Does all the fontkit and pdfkit work a briefing will do on a user-supplied font
 * (open, metrics, cmap, layout of `sample`, subset embedding) in a worker thread,
 * within `budget`. Resolves with how many of the sample's characters the font has;
 * rejects with an Error saying why when the font throws, runs out of heap or time (with
 * `unavailable: true` when the worker itself could not start).
 * The bundled DejaVu fonts are trusted and never go through this.
 *
 * @example
 * await preflightFont(bytes, { codePoints: [0x4e2d], runs: ["中文"] }) // { covered: 1 }
 */
export function preflightFont(
  bytes: Uint8Array,
  sample: PreflightSample,
  budget: PreflightBudget = budgetFor(sample),
): Promise<{ covered: number }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_URL, {
      workerData: { bytes, codePoints: sample.codePoints, runs: sample.runs },
      resourceLimits: { maxOldGenerationSizeMb: budget.heapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
      // fontkit and pdfkit may print; the user sees only the verdict.
      stdout: true,
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
    const cpuAtStart = process.cpuUsage();
    const started = performance.now();
    let settled = false;
    const finish = (error: Error | undefined, covered = 0) => {
      if (settled) return;
      settled = true;
      clearInterval(watch);
      void worker.terminate();
      if (error) reject(error);
      else resolve({ covered });
    };
    const watch = setInterval(() => {
      const cpu = process.cpuUsage(cpuAtStart);
      const cpuMs = (cpu.user + cpu.system) / 1000;
      const overCpu = cpuMs > budget.cpuMs;
      if (overCpu || performance.now() - started > budget.wallMs) {
        const limit = overCpu ? `${seconds(budget.cpuMs)} of CPU time` : seconds(budget.wallMs);
        finish(new Error(`reading it did not end within ${limit} (damaged tables can make the font reader loop)`));
      }
    }, 50);
    worker.on("message", (m: { ok: true; covered: number } | { ok: false; message: string; inside: boolean }) => {
      if (m.ok) finish(undefined, m.covered);
      else finish(new Error(m.inside ? `it is damaged (${m.message})` : m.message));
    });
    worker.on("error", (error: Error & { code?: string }) => {
      if (error.code === "ERR_WORKER_OUT_OF_MEMORY")
        finish(
          new Error(`reading it needed more than ${budget.heapMb} MB (a damaged count makes it allocate without end)`),
        );
      // The worker's own file or modules are missing: Briefline's fault, not the font's.
      else if (error.code === "ERR_MODULE_NOT_FOUND" || error.code === "MODULE_NOT_FOUND")
        finish(Object.assign(new Error(`the font checker could not start (${error.message})`), { unavailable: true }));
      else finish(new Error(`it is damaged (${error.message})`));
    });
    worker.on("exit", (code) => finish(new Error(`reading it stopped the font reader (exit ${code})`)));
  });
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;
