import { createInterface } from "node:readline";
import type { CliEnv } from "../env.js";

/** Asks questions on the command's streams, one line per answer; undefined at end of input. */
export interface Asker {
  ask(question: string): Promise<string | undefined>;
  close(): void;
}

/**
 * A line reader on the environment's stdin and stdout (not the process's), so review
 * sessions can be driven by tests and by piped answers ("a\nr\nk\nthreat\n").
 */
export function createAsker(env: CliEnv): Asker {
  const rl = createInterface({ input: env.stdin, terminal: false, crlfDelay: Number.POSITIVE_INFINITY });
  const lines = rl[Symbol.asyncIterator]();
  let ended = false;
  return {
    async ask(question: string) {
      env.stdout.write(question);
      if (ended) return undefined;
      const next = await lines.next();
      if (next.done) {
        ended = true;
        env.stdout.write("\n");
        return undefined;
      }
      return next.value.trim();
    },
    close() {
      rl.close();
    },
  };
}
