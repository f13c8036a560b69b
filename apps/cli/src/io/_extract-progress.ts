import type { CliEnv } from "../env.js";

/** A progress bar on stderr, drawn only on a terminal and only for several items. */
export interface Progress {
  tick(label: string): void;
  done(): void;
}

/**
 * Starts a progress bar for `total` items: "[#####     ] 12/40 article.txt", redrawn in
 * place on a TTY stderr; silent when stderr is not a terminal (pipes, CI, tests) or
 * when there are fewer than `min` items.
 */
export function startProgress(env: CliEnv, total: number, min = 3): Progress {
  const on = Boolean(env.stderr.isTTY) && total >= min;
  let n = 0;
  const width = 24;
  return {
    tick(label: string) {
      n++;
      if (!on) return;
      const filled = Math.round((n / total) * width);
      const cols = env.stderr.columns ?? 80;
      const line = `[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${n}/${total} ${label}`;
      env.stderr.write(`\r${line.slice(0, cols - 1).padEnd(Math.min(cols - 1, line.length + 4))}`);
    },
    done() {
      if (on) env.stderr.write("\r\u001b[2K");
    },
  };
}
