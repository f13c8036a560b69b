#!/usr/bin/env node
// Checks the labels of the real-news corpus without running the extractor: every folder in
// manifest.json has article.txt and labels.json; every anchor is a substring of the article;
// ids are unique; kinds are chronicle kinds; speakers, targets and participants are actors.
// Usage: node eval/extract/real/check.mjs   (exits 1 and says where when something is wrong)
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const STATEMENT_KINDS = new Set(
  "threat warning ultimatum offer proposal appeal demand rejection accusation assurance denial praise comment".split(
    " ",
  ),
);
const EVENT_KINDS = new Set("meeting summit visit call forum speech military agreement other".split(" "));

/** Problems in one labelled article, each "field path: what is wrong". */
export function checkLabels(text, labels) {
  const problems = [];
  const actors = new Set(Object.keys(labels.actors ?? {}));
  const ids = new Set();
  const actorRef = (path, id) => {
    if (!actors.has(id)) problems.push(`${path}: "${id}" is not in actors (add it, with the names the article uses)`);
  };
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(labels.published ?? ""))
    problems.push(`published: expected an EDTF date like 2025-04-08, found ${JSON.stringify(labels.published)}`);
  for (const [id, aliases] of Object.entries(labels.actors ?? {}))
    if (!Array.isArray(aliases) || aliases.length === 0) problems.push(`actors.${id}: expected a list of names`);
  const items = [
    ...(labels.statements ?? []).map((s, i) => ({ s, path: `statements[${i}]`, kinds: STATEMENT_KINDS })),
    ...(labels.events ?? []).map((s, i) => ({ s, path: `events[${i}]`, kinds: EVENT_KINDS })),
  ];
  for (const { s, path, kinds } of items) {
    if (ids.has(s.id)) problems.push(`${path}.id: "${s.id}" is used twice`);
    ids.add(s.id);
    if (typeof s.required !== "boolean") problems.push(`${path}.required: expected true or false`);
    for (const k of [s.kind, ...(s.also ?? [])])
      if (!kinds.has(k)) problems.push(`${path}.kind: "${k}" is not one of ${[...kinds].join(", ")}`);
    if (typeof s.anchor !== "string" || !text.includes(s.anchor))
      problems.push(`${path}.anchor: not found in the article: ${JSON.stringify(s.anchor)}`);
    if (s.speaker !== undefined) actorRef(`${path}.speaker`, s.speaker);
    for (const id of s.also_speakers ?? []) actorRef(`${path}.also_speakers`, id);
    for (const id of s.targets ?? []) actorRef(`${path}.targets`, id);
    for (const id of s.participants ?? []) actorRef(`${path}.participants`, id);
    if (s.conditions !== undefined && !s.conditions.every((c) => typeof c === "string"))
      problems.push(`${path}.conditions: expected a list of strings`);
  }
  for (const [i, s] of (labels.statements ?? []).entries()) {
    if (!s.speaker) problems.push(`statements[${i}].speaker: missing`);
    if (s.event && !(labels.events ?? []).some((e) => e.id === s.event))
      problems.push(`statements[${i}].event: "${s.event}" is not an event id`);
    if (s.responds_to && !ids.has(s.responds_to))
      problems.push(`statements[${i}].responds_to: "${s.responds_to}" is not a statement id`);
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const here = dirname(fileURLToPath(import.meta.url));
  const manifest = JSON.parse(readFileSync(join(here, "manifest.json"), "utf8"));
  let bad = 0;
  let statements = 0;
  let required = 0;
  for (const a of manifest.articles) {
    const dir = join(here, a.folder);
    if (!existsSync(join(dir, "labels.json"))) {
      console.log(`${a.folder}: not labelled yet`);
      continue;
    }
    const labels = JSON.parse(readFileSync(join(dir, "labels.json"), "utf8"));
    const text = readFileSync(join(dir, labels.article ?? "article.txt"), "utf8");
    const problems = checkLabels(text, labels);
    if (labels.published !== a.published)
      problems.push(`published: labels say ${labels.published}, manifest.json says ${a.published}`);
    for (const p of problems) console.error(`${a.folder}/labels.json: ${p}`);
    if (problems.length) bad++;
    statements += labels.statements.length;
    required += labels.statements.filter((s) => s.required).length;
  }
  console.log(
    `${manifest.articles.length} articles, ${statements} statements labelled (${required} required), ${bad} with problems`,
  );
  process.exit(bad ? 1 : 0);
}
