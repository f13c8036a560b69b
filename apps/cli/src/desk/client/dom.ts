// @ts-nocheck: runs in the desk page, inlined by Function.prototype.toString (see index.ts).

/**
 * Makes an element. Attributes are set with setAttribute, functions under `on*` become
 * listeners, and children are appended as nodes or as text: data never reaches HTML.
 */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") el.addEventListener(key.slice(2), value);
    else if (key === "value") el.value = value;
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(typeof child === "string" || typeof child === "number" ? document.createTextNode(String(child)) : child);
  }
  return el;
}

/** A labelled field: the label names the control for screen readers. */
export function field(label, control, note, ...more) {
  const id = control.id || `f-${++S.ids}`;
  control.id = id;
  return h(
    "div",
    { class: "field", "data-field": control.name || "" },
    h("label", { for: id }, label),
    more.length ? h("div", { class: "with-button" }, control, ...more) : control,
    note ?? null,
  );
}

/** Text of a list of actor ids, as typed in a field. */
export function listText(list) {
  return (list ?? []).join(", ");
}

/** Actor id for what the analyst typed: an id, a name or an alias (any case); the text itself when none matches. */
export function actorId(text) {
  const t = String(text ?? "").trim();
  if (!t) return t;
  const actors = [...(S.state?.chronicle?.actors ?? []), ...(S.extraction?.actors ?? [])];
  const low = t.toLowerCase();
  const found =
    actors.find((a) => a.id === t) ??
    actors.find((a) => a.name.toLowerCase() === low || (a.aliases ?? []).some((x) => x.toLowerCase() === low));
  return found ? found.id : t;
}

/** Actor ids from a comma-separated field. */
export function actorIds(text) {
  return String(text ?? "")
    .split(",")
    .map((x) => actorId(x))
    .filter(Boolean);
}

/** Shows a short message in the status line (read out by screen readers). */
export function say(text, kind) {
  const status = document.getElementById("status");
  status.textContent = text;
  // A narrow header cuts the line short: the whole text is its tooltip (and read out in full).
  status.title = text;
  status.className = kind ?? "";
}

/** The kind family's class, for the colours the timeline uses. */
export function familyClass(kind) {
  return `fam-${S.state?.vocabulary?.family?.[kind] ?? "other"}`;
}
