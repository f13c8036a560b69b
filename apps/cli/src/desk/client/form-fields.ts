// @ts-nocheck: runs in the desk page, inlined by Function.prototype.toString (see index.ts).

/** Sets a field, or removes it for undefined. */
export function setOrDelete(item, key, value) {
  if (value === undefined) delete item[key];
  else item[key] = value;
}

/**
 * Sets a nested field (`["location", "lat"]`), or removes it for undefined; a mapping left
 * empty goes too, so clearing every coding field removes `coding`. Fields kept keep their
 * place, so the written line changes only where the analyst typed.
 */
export function setPath(item, path, value) {
  const [head, ...rest] = path;
  if (!rest.length) return setOrDelete(item, head, value);
  const old = item[head];
  const child = typeof old === "object" && old !== null && !Array.isArray(old) ? { ...old } : {};
  setPath(child, rest, value);
  setOrDelete(item, head, Object.keys(child).length ? child : undefined);
}

export function getPath(item, path) {
  return path.reduce((x, key) => (x === undefined || x === null ? undefined : x[key]), item);
}

/** A typed number as the chronicle holds it: a number when it reads as one, else the text (validation names it). */
export function numberOrText(text) {
  const t = String(text ?? "").trim();
  if (!t) return undefined;
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(t) ? Number(t) : t;
}

/**
 * The fields of the item form: `name` (the dotted path of what it edits, which is also how
 * validation messages find their field), `label`, how the item holds it (`read`) and how
 * the typed text becomes it again (`write`), the control, and the group it is shown in.
 */
export function formFields(collection) {
  const path = (name) => name.split(".");
  const text = (name, label, more) => ({
    name,
    label,
    read: (it) => String(getPath(it, path(name)) ?? ""),
    write: (it, v) => setPath(it, path(name), v.trim() || undefined),
    ...more,
  });
  const list = (name, label, parse, more) => ({
    name,
    label,
    read: (it) => listText(getPath(it, path(name))),
    write: (it, v) => {
      const values = parse(v);
      setPath(it, path(name), values.length ? values : undefined);
    },
    ...more,
  });
  const number = (name, label, more) => ({
    name,
    label,
    read: (it) => String(getPath(it, path(name)) ?? ""),
    write: (it, v) => setPath(it, path(name), numberOrText(v)),
    inputmode: "decimal",
    ...more,
  });
  const words = (v) =>
    String(v ?? "")
      .split(",")
      .map((x) => x.trim())
      .filter(Boolean);
  const v = S.state.vocabulary;
  const common = [
    text("id", "Id"),
    text("kind", "Kind", {
      control: "select",
      options: collection === "statements" ? v.statementKinds : v.eventKinds,
    }),
    text("date", "Date (EDTF: 2025-09-05, 2025-09, 2025-09-05T11:30+10:00, 2025-09~)"),
    text("title", "Title"),
  ];
  const coding = [
    text("coding.cameo", 'CAMEO code (a string of digits, e.g. "138")', { list: "cameo-list", group: "Coding" }),
    text("coding.plover.event", "PLOVER event (e.g. THREATEN)", { list: "plover-events", group: "Coding" }),
    text("coding.plover.mode", "PLOVER mode", { list: "plover-modes", group: "Coding" }),
    list("coding.plover.context", "PLOVER contexts (comma-separated)", words, {
      list: "plover-contexts",
      group: "Coding",
    }),
    number("intensity", "Intensity (−10 conflict … +10 cooperation)", { group: "Coding" }),
  ];
  const status = text("status", "Status", { control: "select", options: ["", ...v.statuses] });
  // Lists edited row by row (see form-lists.ts): the form holds each whole while it is edited.
  const rows = (name, label) => ({
    name,
    label,
    control: name,
    group: label,
    rows: true,
    read: (it) => it[name] ?? [],
    write: (it, list) => setOrDelete(it, name, list.length ? structuredClone(list) : undefined),
  });
  const conditions = rows("conditions", "Conditions");
  const sources = rows("sources", "Sources");
  const tags = rows("tags", "Tags");
  if (collection === "events")
    return [
      ...common,
      list("participants", "Participants", actorIds, { list: "actor-list", newActor: true }),
      text("location.name", "Place", { group: "Place" }),
      text("location.country", "Country (ISO alpha-3, e.g. RUS)", { list: "country-list", group: "Place" }),
      number("location.lat", "Latitude (−90 … 90)", { group: "Place" }),
      number("location.lon", "Longitude (−180 … 180)", { group: "Place" }),
      status,
      sources,
      tags,
      ...coding,
    ];
  return [
    ...common,
    {
      name: "speaker",
      label: "Speaker",
      read: (it) => it.speaker ?? "",
      write: (it, value) => {
        it.speaker = actorId(value);
      },
      list: "actor-list",
      newActor: true,
    },
    list("targets", "Targets", actorIds, { list: "actor-list" }),
    text("at", "Said at (event id)", { list: "event-list" }),
    text("summary", "Summary", { control: "textarea" }),
    {
      name: "quote",
      label: "Quote",
      read: (it) => it.quote?.text ?? "",
      // Clearing the text removes the quote, with its language and verbatim flag.
      write: (it, value) =>
        setOrDelete(it, "quote", value.trim() ? { ...(it.quote ?? {}), text: value.trim() } : undefined),
    },
    status,
    conditions,
    sources,
    tags,
    ...coding,
  ];
}

/** Whether a validation issue is about a field of the form (its path under the item, or below it). */
export function issueOfField(issue, collection, name) {
  if (issue.segments[0] !== collection) return false;
  const at = issue.segments.slice(2).join(".");
  return at === name || at.startsWith(`${name}.`);
}
