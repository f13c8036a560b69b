import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Chronicle, Issue } from "@briefline/core";
import type { CliEnv } from "../env.js";
import { CliError } from "../errors.js";
import { lockFile } from "../io/file-lock.js";
import { writeFileAtomic } from "../io/files.js";
import { type DiffLine, lineDiff } from "./diff.js";
import { applyEdits, type Edit, EditError, editData } from "./edits.js";

/** A validation problem as the page shows it: the words of `briefline validate`. */
export interface DeskIssue {
  severity: "error" | "warning";
  code: string;
  path: string;
  /** The path as segments, so the page can put the message beside its field. */
  segments: Array<string | number>;
  message: string;
  hint?: string;
  line?: number;
  column?: number;
}

/** The chronicle as it is on disk now. */
export interface DeskState {
  file: string;
  /** SHA-256 of the file's bytes: what a write must name to prove it saw this version. */
  hash: string;
  chronicle?: Chronicle;
  errors: DeskIssue[];
  warnings: DeskIssue[];
  /** Changes of this session that can be undone, newest last. */
  undo: string[];
  /** The words the form offers (kinds, relation types, statuses) and each kind's colour family. */
  vocabulary: Vocabulary;
}

/** What the desk's forms offer. */
export interface Vocabulary {
  statementKinds: readonly string[];
  eventKinds: readonly string[];
  relationTypes: readonly string[];
  statuses: readonly string[];
  family: Readonly<Record<string, string>>;
  /** An actor's `type`. */
  actorTypes: readonly string[];
  /** ISO 3166-1 alpha-3 codes, for countries of actors and places. */
  countries: readonly string[];
  /** CAMEO codes with their names, for the coding field's suggestions. */
  cameo: ReadonlyArray<{ code: string; name: string }>;
  ploverEvents: readonly string[];
  /** PLOVER modes by event type (types without a table take none). */
  ploverModes: Readonly<Record<string, readonly string[]>>;
  ploverContexts: readonly string[];
  /** A statement's condition kinds (`if`, `unless`, …). */
  conditionKinds: readonly string[];
  /** Admiralty grades: a source's reliability (A–F) and a claim's credibility (1–6), with their meanings. */
  reliability: Readonly<Record<string, string>>;
  credibility: Readonly<Record<string, string>>;
}

/** What a write request came to. */
export type WriteResult =
  | { status: "written"; state: DeskState }
  | { status: "conflict"; message: string; hash: string; diff: DiffLine[] }
  | { status: "invalid"; message: string; errors: DeskIssue[] }
  | { status: "refused"; message: string };

/** One edit session on one chronicle: the only file it reads or writes is `file`. */
export interface DeskSession {
  state(): DeskState;
  /** Validates `edits` against the file as it is, writing nothing (the form's validation as you type). */
  check(edits: readonly Edit[]): Promise<DeskIssue[]>;
  /** Applies `edits` if the file is still the version `base` names; writes nothing otherwise. */
  apply(base: string, edits: readonly Edit[], label: string): Promise<WriteResult>;
  /** Restores the text before this session's last write, if the file is still what that write left. */
  undo(base: string): Promise<WriteResult>;
}

const hashOf = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/**
 * Opens an edit session on `file` (relative to `env.cwd`). Every write holds the file's
 * lock (as `extract --merge` does), compares the file's hash with the one the page
 * loaded, validates the result with core, and writes atomically; any refusal leaves the
 * file exactly as it was.
 *
 * @example
 * const desk = await openSession("chronicle.yaml", env);
 * await desk.apply(desk.state().hash, [{ op: "set", collection: "statements", id: "x", item }], "date of x");
 */
export async function openSession(file: string, env: CliEnv): Promise<DeskSession> {
  const core = await import("@briefline/core");
  const { KIND_FAMILY } = await import("@briefline/core/layout");
  const vocabulary: Vocabulary = {
    statementKinds: core.STATEMENT_KINDS,
    eventKinds: core.EVENT_KINDS,
    relationTypes: core.RELATION_TYPES,
    statuses: core.STATUSES,
    family: KIND_FAMILY,
    actorTypes: core.ACTOR_TYPES,
    countries: core.COUNTRY_CODES,
    cameo: core.cameoCodes().map(({ code, name }) => ({ code, name })),
    ploverEvents: Object.keys(core.PLOVER_EVENTS),
    ploverModes: core.PLOVER_MODES,
    ploverContexts: core.PLOVER_CONTEXTS,
    conditionKinds: core.CONDITION_KINDS,
    reliability: core.RELIABILITY_LABELS,
    credibility: core.CREDIBILITY_LABELS,
  };
  const full = resolve(env.cwd, file);
  const json = /\.json$/i.test(file);
  /** Texts this session has seen, by hash: a conflict shows what changed since the page's version. */
  const seen = new Map<string, string>();
  const history: Array<{ label: string; before: string; after: string }> = [];

  const read = (): { hash: string; text: string } => {
    const bytes = readFileSync(full);
    const decoded = core.decodeText(bytes, file);
    if (!decoded.ok) throw new CliError(1, decoded.error.message, decoded.error.hint);
    const hash = hashOf(bytes);
    if (seen.size > 50) seen.delete(seen.keys().next().value as string);
    seen.set(hash, decoded.text);
    return { hash, text: decoded.text };
  };
  const issues = (list: readonly Issue[]): DeskIssue[] =>
    list.map((i) => ({
      severity: i.severity,
      code: i.code,
      path: core.formatPath(i.path),
      segments: [...i.path],
      message: i.message,
      ...(i.hint ? { hint: i.hint } : {}),
      ...(i.line !== undefined ? { line: i.line, column: i.column } : {}),
    }));
  const stateOf = (hash: string, text: string): DeskState => {
    const result = core.parseChronicle(text, { filename: file });
    return {
      file,
      hash,
      ...(result.ok ? { chronicle: result.chronicle } : {}),
      errors: result.ok ? [] : issues(result.errors),
      warnings: issues(result.warnings),
      undo: history.map((h) => h.label),
      vocabulary,
    };
  };
  const render = (text: string, edits: readonly Edit[]) => {
    // JSON has no layout worth splicing around: the data is edited and written as `convert` writes JSON.
    const next = json ? JSON.stringify(editData(JSON.parse(text), edits), null, 2) : applyEdits(text, edits);
    const check = core.parseChronicle(next, { filename: file });
    if (!check.ok) return { ok: false as const, errors: issues(check.errors) };
    return { ok: true as const, text: json ? core.formatChronicle(check.chronicle, "json") : next };
  };
  /** Under the file's lock: the file must still be `base`; then `write` decides the new text. */
  const guarded = async (
    base: string,
    write: (text: string) => { text: string; written(): void } | WriteResult,
  ): Promise<WriteResult> => {
    const lock = await lockFile(file, env.cwd, 5_000);
    try {
      const now = read();
      if (now.hash !== base) {
        const before = seen.get(base);
        return {
          status: "conflict",
          message: `${file} changed on disk since the desk loaded it (an editor or another program wrote it); nothing was written`,
          hash: now.hash,
          diff: before === undefined ? [] : lineDiff(before, now.text),
        };
      }
      const next = write(now.text);
      if ("status" in next) return next;
      writeFileAtomic(file, next.text, env.cwd);
      next.written();
      const after = read();
      return { status: "written", state: stateOf(after.hash, after.text) };
    } finally {
      lock.release();
    }
  };

  read();
  return {
    state() {
      const now = read();
      return stateOf(now.hash, now.text);
    },
    async check(edits) {
      try {
        const result = render(read().text, edits);
        return result.ok ? [] : result.errors;
      } catch (error) {
        if (error instanceof EditError) return [editIssue(error)];
        throw error;
      }
    },
    apply(base, edits, label) {
      return guarded(base, (text) => {
        let result: ReturnType<typeof render>;
        try {
          result = render(text, edits);
        } catch (error) {
          if (error instanceof EditError) return { status: "refused", message: error.message };
          throw error;
        }
        if (!result.ok)
          return {
            status: "invalid",
            message: `the change would not validate (${result.errors[0]?.message}); nothing was written`,
            errors: result.errors,
          };
        const written = () => {
          history.push({ label, before: text, after: hashOf(Buffer.from(result.text, "utf8")) });
          if (history.length > 50) history.shift();
        };
        return { text: result.text, written };
      });
    },
    undo(base) {
      return guarded(base, (text) => {
        const last = history.at(-1);
        if (!last) return { status: "refused", message: "nothing to undo in this session" };
        if (last.after !== hashOf(Buffer.from(text, "utf8")))
          return { status: "refused", message: "the file is no longer what the last change left; nothing was undone" };
        return { text: last.before, written: () => history.pop() };
      });
    },
  };
}

function editIssue(error: EditError): DeskIssue {
  return { severity: "error", code: "edit", path: "(document)", segments: [], message: error.message };
}
