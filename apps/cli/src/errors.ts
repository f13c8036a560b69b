/** Exit codes of `briefline`. */
export const EXIT = { ok: 0, invalid: 1, usage: 2, failure: 3 } as const;

/**
 * An error a command raises to stop with a message: `code` 1 when the input has
 * problems (already reported), 2 for a usage error, 3 for an unexpected failure.
 * Only the entry point turns it into a process exit.
 */
export class CliError extends Error {
  constructor(
    readonly code: 1 | 2 | 3,
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = "CliError";
  }
}

/**
 * The reader of the pipe or device a command was writing to went away (`-o /dev/stdout
 * | head -1`): the run ends quietly with exit 0, as a write to standard output does.
 */
export class ReaderGone extends Error {
  constructor() {
    super("the reader went away");
    this.name = "ReaderGone";
  }
}

/** A usage error: bad flags, missing files, contradictory options. */
export function usageError(message: string, hint?: string): CliError {
  return new CliError(EXIT.usage, message, hint);
}
