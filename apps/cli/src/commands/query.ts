import type { Entry, Filter } from "@briefline/core";
import type { Command } from "commander";
import type { CliEnv } from "../env.js";
import { usageError } from "../errors.js";
import { refuseBadFilter } from "../io/filter-options.js";
import { loadChronicle } from "../io/load.js";
import { choiceOption, lowerList } from "../io/options.js";
import { renderTable } from "../io/table.js";
import { terminalText } from "../io/terminal-text.js";
import { tableWidth, threatTable } from "../io/threat-table.js";
import { dateInWords, periodInWords } from "../io/words.js";

interface QueryOptions {
  actor?: string[];
  speaker?: string[];
  target?: string[];
  kind?: string[];
  from?: string;
  to?: string;
  tag?: string[];
  status?: string[];
  text?: string;
  sort?: string;
  limit?: string;
  group?: "day" | "week" | "month";
  view?: "items" | "threats" | "offers" | "escalation" | "threads";
  json?: boolean;
  table?: boolean;
}

/** The items table: the summary gets most of the width, the id the least. */
const ITEM_COLUMNS = [
  { header: "date" },
  { header: "kind" },
  { header: "who", weight: 1 },
  { header: "summary", weight: 5 },
  { header: "id", keep: true },
];

/** How a response reads in the offers table. */
const ANSWERED: Record<"rejects" | "accepts" | "responds_to", string> = {
  rejects: "rejected",
  accepts: "accepted",
  responds_to: "answered",
};

const list = (value: string, previous: string[] = []) => [
  ...previous,
  ...value
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean),
];

/** `briefline query`: filters, sorts and groups items; threat register, offers, escalation, threads. */
export function register(program: Command, env: CliEnv): void {
  program
    .command("query")
    .description("filter and sort items; or show the threat register, offers, escalation or threads")
    .argument("<file>", "chronicle file, or - for standard input")
    .option("--actor <ids>", "items involving these actors (comma-separated, repeatable)", list)
    .option("--speaker <ids>", "statements by these actors", list)
    .option("--target <ids>", "items addressed to these actors", list)
    .option("--kind <kinds>", "these kinds, e.g. threat,offer", lowerList)
    .option("--from <date>", "on or after this EDTF date")
    .option("--to <date>", "on or before this EDTF date (to the end of its precision)")
    .option("--tag <tags>", "with any of these tags", list)
    .option("--status <statuses>", "confirmed, candidate or disputed", lowerList)
    .option("--text <words>", "containing all these words")
    .addOption(
      choiceOption("--sort <key>", "order", ["date", "-date", "intensity", "-intensity", "kind"]).default("date"),
    )
    .option("--limit <n>", "at most n items")
    .addOption(choiceOption("--group <unit>", "group items by period", ["day", "week", "month"]))
    .addOption(
      choiceOption("--view <view>", "what to show", ["items", "threats", "offers", "escalation", "threads"]).default(
        "items",
      ),
    )
    .option("--json", "JSON output (the default when stdout is not a terminal)")
    .option("--table", "table output (the default on a terminal)")
    .addHelpText(
      "after",
      "\nExamples:\n  briefline query chronicle.yaml --speaker putin --kind threat,warning --from 2025-09\n  briefline query chronicle.yaml --view threats\n  briefline query chronicle.yaml --view escalation --group week --json\n",
    )
    .action(async (file: string, opts: QueryOptions) => {
      // Contradictory options are refused before the file is read.
      if (opts.json && opts.table) throw usageError("--json and --table contradict each other", "choose one");
      if (opts.speaker && opts.target)
        throw usageError("--speaker and --target cannot be combined", "use --actor for either role");
      if (opts.actor && (opts.speaker || opts.target))
        throw usageError(
          `--actor cannot be combined with --${opts.speaker ? "speaker" : "target"}`,
          "--actor matches either role; give one of them",
        );
      const limit = opts.limit === undefined ? undefined : Number(opts.limit);
      if (limit !== undefined && !(Number.isInteger(limit) && limit >= 0))
        throw usageError(`--limit must be a whole number, found "${opts.limit}"`, "e.g. --limit 20");
      const core = await import("@briefline/core");
      const { chronicle } = await loadChronicle(file, env, { quiet: true });
      const tz = chronicle.timezone ?? "UTC";
      refuseBadFilter(core, chronicle, {
        kinds: opts.kind,
        status: opts.status,
        actors: { actor: opts.actor, speaker: opts.speaker, target: opts.target },
        from: opts.from,
        to: opts.to,
      });
      const { period } = core.readPeriod({ from: opts.from, to: opts.to }, tz);
      const filter: Filter = {
        ...(opts.speaker ? { actors: opts.speaker, role: "speaker" as const } : {}),
        ...(opts.target ? { actors: opts.target, role: "target" as const } : {}),
        ...(opts.actor ? { actors: [...(opts.actor ?? [])], role: "any" as const } : {}),
        ...(opts.kind ? { kinds: opts.kind } : {}),
        ...period,
        ...(opts.tag ? { tags: opts.tag } : {}),
        ...(opts.status ? { status: opts.status as Filter["status"] } : {}),
        ...(opts.text ? { text: opts.text } : {}),
      };
      let entries = core.filterEntries(core.entriesOf(chronicle), filter);
      entries = core.sortEntries(entries, opts.sort as "date");
      if (limit !== undefined) entries = entries.slice(0, limit);
      const json = opts.json || (!opts.table && !env.stdout.isTTY);
      const names = new Map((chronicle.actors ?? []).map((a) => [a.id, a.name]));
      const name = (id: string | undefined) => (id ? (names.get(id) ?? id) : "");
      const day = (d: Entry["date"]) => dateInWords(d, tz);
      const out = (value: unknown, table: () => string): void => {
        env.stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : terminalText(table()));
      };

      switch (opts.view) {
        case "threats": {
          const register = core.threatRegister(chronicle, entries);
          return out(
            register.map((t) => ({ ...t, firstStated: t.firstStated.input, lastStated: t.lastStated.input })),
            () => threatTable(register, name, tableWidth(env.stdout.columns), tz),
          );
        }
        case "offers": {
          const list = core.offers(chronicle, entries);
          return out(
            list.map((o) => ({
              ...o,
              date: o.date.input,
              responses: o.responses.map((r) => ({ ...r, date: r.date.input })),
            })),
            () =>
              renderTable(
                [
                  { header: "date" },
                  { header: "speaker" },
                  { header: "offer", weight: 4 },
                  { header: "conditions", weight: 2 },
                  { header: "status" },
                  { header: "responses", weight: 2 },
                ],
                list.map((o) => [
                  day(o.date),
                  name(o.speaker),
                  o.summary,
                  o.conditions.map((c) => `${c.kind} ${c.text}`).join("; "),
                  o.status,
                  o.responses.map((r) => `${ANSWERED[r.type]} by ${name(r.speaker)} (${day(r.date)})`).join("; "),
                ]),
                tableWidth(env.stdout.columns),
              ),
          );
        }
        case "escalation": {
          const unit = opts.group ?? "week";
          const series = core.escalationSeries(entries, unit, tz);
          return out(series, () =>
            renderTable(
              ["period", "items", "total", "conflict", "cooperation"],
              series.map((p) => [
                periodInWords(p, unit, tz),
                String(p.count),
                String(p.total),
                String(p.conflict),
                String(p.cooperation),
              ]),
              tableWidth(env.stdout.columns),
            ),
          );
        }
        case "threads": {
          const keep = new Set(entries.map((e) => e.id));
          const threads = core.threads(chronicle).filter((t) => t.entries.some((e) => keep.has(e.id)));
          return out(
            threads.map((t) => ({
              root: t.root.id,
              items: t.entries.map((e) => ({ id: e.id, kind: e.kind, date: e.date.input, title: e.title })),
              relations: t.relations,
            })),
            () =>
              `${threads.map((t) => t.entries.map((e) => `${e.date.input.padEnd(12)} ${e.kind.padEnd(10)} ${e.id}: ${e.title}`).join("\n")).join("\n\n")}\n`,
          );
        }
        default: {
          const rows = (list: Entry[]) =>
            list.map((e) => [day(e.date), e.kind, name(e.speaker) || e.targets.map(name).join(", "), e.title, e.id]);
          if (opts.group) {
            const groups = core.groupByPeriod(entries, opts.group, tz);
            return out(
              groups.map((g) => ({ period: g.key, items: g.entries.map(toJson) })),
              () =>
                groups
                  .map(
                    (g) =>
                      `${periodInWords(g, opts.group ?? "week", tz)} (${g.entries.length})\n${renderTable(ITEM_COLUMNS, rows(g.entries), tableWidth(env.stdout.columns))}`,
                  )
                  .join("\n"),
            );
          }
          return out(entries.map(toJson), () =>
            renderTable(ITEM_COLUMNS, rows(entries), tableWidth(env.stdout.columns)),
          );
        }
      }
    });
}

function toJson(e: Entry) {
  return {
    id: e.id,
    type: e.type,
    kind: e.kind,
    date: e.date.input,
    earliest: Number.isFinite(e.date.earliest) ? new Date(e.date.earliest).toISOString() : null,
    latest: Number.isFinite(e.date.latest) ? new Date(e.date.latest).toISOString() : null,
    ...(e.speaker ? { speaker: e.speaker } : {}),
    targets: e.targets,
    title: e.title,
    status: e.status,
    intensity: e.intensity,
  };
}
