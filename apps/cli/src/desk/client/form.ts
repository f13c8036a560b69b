// @ts-nocheck: runs in the desk page, inlined by Function.prototype.toString (see index.ts).

/**
 * Opens the item form on an existing item (by id) or a new one; `preset` fills a new
 * one's fields (the date and lane of a spot clicked on the timeline).
 */
export function openForm(collection, id, preset) {
  const list = S.state.chronicle[collection] ?? [];
  const item = id ? list.find((x) => x.id === id) : null;
  if (id && !item) return say(`no item ${id} in this chronicle`, "bad");
  const fresh =
    collection === "statements"
      ? { id: "", kind: "comment", speaker: "", date: new Date().toISOString().slice(0, 10), summary: "" }
      : { id: "", kind: "meeting", title: "", date: new Date().toISOString().slice(0, 10) };
  S.form = { collection, id, original: structuredClone(item ?? { ...fresh, ...preset }), values: {} };
  renderForm();
  const first = document.getElementById("form-first");
  first?.focus();
  first?.scrollIntoView({ block: "nearest" });
  if (!id) checkSoon();
}

/** The item as the form would write it: the current version on disk with the fields the analyst changed. */
export function formItem() {
  const f = S.form;
  const current = f.id ? (S.state.chronicle[f.collection] ?? []).find((x) => x.id === f.id) : null;
  const item = structuredClone(current ?? f.original);
  for (const field of formFields(f.collection))
    if (f.values[field.name] !== undefined) field.write(item, f.values[field.name]);
  return item;
}

/** What saving the form writes: the item, and the reliability of any source whose grade was changed in it. */
export function formEdits() {
  const f = S.form;
  const edit = f.id
    ? { op: "set", collection: f.collection, id: f.id, item: formItem() }
    : { op: "add", collection: f.collection, item: formItem() };
  return [edit, ...reliabilityEdits()];
}

/** Validation as you type: the server checks the edit as `briefline validate` would, writing nothing. */
export function checkSoon() {
  clearTimeout(S.checkTimer);
  S.checkTimer = setTimeout(async () => {
    if (!S.form) return;
    // Only the latest check speaks: an earlier answer arriving late would show stale errors.
    S.checks = (S.checks ?? 0) + 1;
    const mine = S.checks;
    const { status, json } = await api("check", { edits: formEdits() });
    if (status !== 200 || !S.form || mine !== S.checks) return;
    const errors = json.errors ?? [];
    showErrors(document.getElementById("form-errors"), errors);
    // A refused save's message is stale once the form validates again.
    const line = document.getElementById("status");
    if (!errors.length && line.className === "bad" && line.textContent.startsWith("the change would not validate"))
      say("The form validates again: save with Ctrl+S", "");
    for (const el of document.querySelectorAll("#item-form .field")) {
      const mine = errors.filter((e) => el.dataset.field && issueOfField(e, S.form.collection, el.dataset.field));
      el.classList.toggle("invalid", mine.length > 0);
      el.querySelector("input,textarea,select")?.setAttribute("aria-invalid", mine.length > 0 ? "true" : "false");
      const note = el.querySelector(".field-error");
      if (note) note.textContent = mine.map((e) => `${e.message}${e.hint ? ` (${e.hint})` : ""}`).join("; ");
    }
  }, 200);
}

export async function saveForm() {
  const f = S.form;
  const item = formItem();
  const ok = await write(formEdits(), `${f.id ? "edit" : "add"} ${item.id}`, document.getElementById("form-errors"));
  if (ok) {
    S.form = { ...f, id: item.id, original: structuredClone(item), values: {}, reliability: {} };
    renderForm();
  }
}

export function closeForm() {
  S.form = null;
  renderForm();
}

/** One control of the item form, with its label and the place for its validation message. */
export function formControl(spec, item, first) {
  const f = S.form;
  const value = f.values[spec.name] ?? spec.read(item);
  const oninput = (e) => {
    f.values[spec.name] = e.target.value;
    if (spec.name === "coding.plover.event") suggestModes(e.target.value);
    checkSoon();
  };
  const attrs = { name: spec.name, value, oninput, ...(first ? { id: "form-first" } : {}) };
  let control = null;
  if (spec.control === "select")
    control = h(
      "select",
      { ...attrs, onchange: oninput },
      spec.options.map((k) => h("option", { value: k, selected: k === value }, k || "—")),
    );
  else if (spec.control === "textarea") control = h("textarea", { ...attrs, rows: 3 });
  else
    control = h("input", {
      ...attrs,
      ...(spec.list ? { list: spec.list } : {}),
      ...(spec.inputmode ? { inputmode: spec.inputmode } : {}),
      ...(spec.name === "id" && f.id ? { readonly: true } : {}),
    });
  const newActor = spec.newActor
    ? h(
        "button",
        {
          type: "button",
          class: "small",
          "aria-label": `New actor for ${spec.label.toLowerCase()}`,
          onclick: () => {
            const typed = String(f.values[spec.name] ?? spec.read(item))
              .split(",")
              .map((x) => x.trim())
              .filter(Boolean);
            const known = (S.state.chronicle.actors ?? []).map((a) => a.id);
            const name = typed.find((x) => !known.includes(actorId(x))) ?? "";
            openActorForm({ name }, async (actor) => {
              if (!(await write([{ op: "add", collection: "actors", item: actor }], `add actor ${actor.id}`)))
                return false;
              const rest = typed.filter((x) => x !== name);
              f.values[spec.name] = spec.name === "speaker" ? actor.id : [...rest, actor.id].join(", ");
              renderForm();
              checkSoon();
              return true;
            });
          },
        },
        "New actor…",
      )
    : null;
  return field(spec.label, control, h("span", { class: "field-error", "aria-live": "polite" }), newActor);
}

/** The PLOVER modes the mode field suggests: the event type's own (all of them while no type is known). */
export function suggestModes(event) {
  const all = S.state.vocabulary.ploverModes;
  const modes = Object.hasOwn(all, event ?? "") ? all[event] : [...new Set(Object.values(all).flat())].sort();
  document.getElementById("plover-modes").replaceChildren(...modes.map((m) => h("option", { value: m })));
}

/** The item form, in a panel beside the lists. */
export function renderForm() {
  const panel = document.getElementById("item-form");
  const f = S.form;
  if (!f) {
    panel.hidden = true;
    panel.replaceChildren();
    return;
  }
  const item = formItem();
  suggestModes(f.values["coding.plover.event"] ?? item.coding?.plover?.event);
  const specs = formFields(f.collection);
  const plain = specs.filter((s) => !s.group).map((s, n) => formControl(s, item, n === 0));
  // Then the groups in the order of their fields; a list (conditions, sources, tags) is a group of its own.
  const groups = [...new Set(specs.filter((s) => s.group).map((s) => s.group))].map((group) => {
    const members = specs.filter((s) => s.group === group);
    if (members[0].rows) return renderListField(members[0], item);
    return h(
      "fieldset",
      { class: "group" },
      h("legend", {}, group),
      members.map((s) => formControl(s, item, false)),
    );
  });
  const noun = f.collection === "statements" ? "statement" : "event";
  // No null among the children: replaceChildren would write it as the text "null".
  panel.replaceChildren(
    h("h2", { id: "form-title" }, f.id ? `Edit ${noun} ${f.id}` : `New ${noun}`),
    h(
      "form",
      {
        "aria-labelledby": "form-title",
        onsubmit: (e) => {
          e.preventDefault();
          saveForm();
        },
      },
      plain,
      groups,
      h("ul", { id: "form-errors", class: "errors", "aria-live": "assertive", hidden: true }),
      h(
        "div",
        { class: "row" },
        h("button", { type: "submit", id: "save" }, "Save (Ctrl+S)"),
        h("button", { type: "button", onclick: closeForm }, "Close (Esc)"),
      ),
    ),
    ...(f.id ? [renderRelations(f.id)] : []),
  );
  panel.hidden = false;
}
