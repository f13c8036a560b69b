// @ts-nocheck: runs in the desk page, inlined by Function.prototype.toString (see index.ts).

/** Sets a field, or removes it for undefined. */
export function setOrDelete(item, key, value) {
  if (value === undefined) delete item[key];
  else item[key] = value;
}

/** The fields of the item form: name, label, how the item holds it, and how the text becomes it again. */
export function formFields(collection) {
  const text = (key) => ({
    read: (it) => it[key] ?? "",
    write: (it, v) => setOrDelete(it, key, v.trim() || undefined),
  });
  const list = (key) => ({
    read: (it) => listText(it[key]),
    write: (it, v) => {
      const ids = actorIds(v);
      if (ids.length) it[key] = ids;
      else delete it[key];
    },
  });
  const common = [
    ["id", "Id", text("id")],
    ["kind", "Kind", text("kind")],
    ["date", "Date (EDTF: 2025-09-05, 2025-09, 2025-09-05T11:30+10:00, 2025-09~)", text("date")],
    ["title", "Title", text("title")],
  ];
  if (collection === "events")
    return [
      ...common,
      ["participants", "Participants", list("participants")],
      [
        "location",
        "Place",
        {
          read: (it) => it.location?.name ?? "",
          write: (it, v) =>
            setOrDelete(it, "location", v.trim() ? { ...(it.location ?? {}), name: v.trim() } : undefined),
        },
      ],
      ["status", "Status", text("status")],
    ];
  return [
    ...common,
    ["speaker", "Speaker", { read: (it) => it.speaker ?? "", write: (it, v) => (it.speaker = actorId(v)) }],
    ["targets", "Targets", list("targets")],
    ["at", "Said at (event id)", text("at")],
    ["summary", "Summary", text("summary")],
    [
      "quote",
      "Quote",
      {
        read: (it) => it.quote?.text ?? "",
        write: (it, v) => setOrDelete(it, "quote", v.trim() ? { ...(it.quote ?? {}), text: v.trim() } : undefined),
      },
    ],
    ["status", "Status", text("status")],
  ];
}

/** Opens the item form on an existing item (by id) or a new one. */
export function openForm(collection, id) {
  const list = S.state.chronicle[collection] ?? [];
  const item = id ? list.find((x) => x.id === id) : null;
  if (id && !item) return say(`no item ${id} in this chronicle`, "bad");
  const fresh =
    collection === "statements"
      ? { id: "", kind: "comment", speaker: "", date: new Date().toISOString().slice(0, 10), summary: "" }
      : { id: "", kind: "meeting", title: "", date: new Date().toISOString().slice(0, 10) };
  S.form = { collection, id, original: structuredClone(item ?? fresh), values: {} };
  renderForm();
  document.getElementById("form-first")?.focus();
}

/** The item as the form would write it: the current version on disk with the fields the analyst changed. */
export function formItem() {
  const f = S.form;
  const current = f.id ? (S.state.chronicle[f.collection] ?? []).find((x) => x.id === f.id) : null;
  const item = structuredClone(current ?? f.original);
  for (const [name, , io] of formFields(f.collection)) if (f.values[name] !== undefined) io.write(item, f.values[name]);
  return item;
}

export function formEdit() {
  const f = S.form;
  return f.id
    ? { op: "set", collection: f.collection, id: f.id, item: formItem() }
    : { op: "add", collection: f.collection, item: formItem() };
}

/** Validation as you type: the server checks the edit as `briefline validate` would, writing nothing. */
export function checkSoon() {
  clearTimeout(S.checkTimer);
  S.checkTimer = setTimeout(async () => {
    const { status, json } = await api("check", { edits: [formEdit()] });
    if (status !== 200 || !S.form) return;
    const errors = json.errors ?? [];
    showErrors(document.getElementById("form-errors"), errors);
    for (const el of document.querySelectorAll("#item-form .field")) {
      const mine = errors.filter((e) => e.segments[0] === S.form.collection && e.segments[2] === el.dataset.field);
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
  const ok = await write([formEdit()], `${f.id ? "edit" : "add"} ${item.id}`, document.getElementById("form-errors"));
  if (ok) {
    S.form = { ...f, id: item.id, original: structuredClone(item), values: {} };
    renderForm();
  }
}

export function closeForm() {
  S.form = null;
  renderForm();
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
  const v = S.state.vocabulary;
  const item = formItem();
  const controls = formFields(f.collection).map(([name, label, io], n) => {
    const value = f.values[name] ?? io.read(item);
    const oninput = (e) => {
      f.values[name] = e.target.value;
      checkSoon();
    };
    const attrs = { name, value, oninput, ...(n === 0 ? { id: "form-first" } : {}) };
    let control = null;
    if (name === "kind")
      control = h(
        "select",
        { ...attrs, onchange: oninput },
        (f.collection === "statements" ? v.statementKinds : v.eventKinds).map((k) =>
          h("option", { value: k, selected: k === value }, k),
        ),
      );
    else if (name === "status")
      control = h(
        "select",
        { ...attrs, onchange: oninput },
        ["", ...v.statuses].map((k) => h("option", { value: k, selected: k === value }, k || "—")),
      );
    else if (name === "summary") control = h("textarea", { ...attrs, rows: 3 });
    else
      control = h("input", {
        ...attrs,
        ...(name === "speaker" || name === "participants" ? { list: "actor-list" } : {}),
        ...(name === "id" && f.id ? { readonly: true } : {}),
      });
    return field(label, control, h("span", { class: "field-error", "aria-live": "polite" }));
  });
  const relations = (S.state.chronicle.relations ?? []).filter((r) => f.id && (r.from === f.id || r.to === f.id));
  const rel = { type: v.relationTypes[0], other: "" };
  panel.replaceChildren(
    h(
      "h2",
      { id: "form-title" },
      f.id
        ? `Edit ${f.collection === "statements" ? "statement" : "event"} ${f.id}`
        : `New ${f.collection === "statements" ? "statement" : "event"}`,
    ),
    h(
      "form",
      {
        "aria-labelledby": "form-title",
        onsubmit: (e) => {
          e.preventDefault();
          saveForm();
        },
      },
      controls,
      h("ul", { id: "form-errors", class: "errors", "aria-live": "assertive", hidden: true }),
      h(
        "div",
        { class: "row" },
        h("button", { type: "submit", id: "save" }, "Save (Ctrl+S)"),
        h("button", { type: "button", onclick: closeForm }, "Close (Esc)"),
      ),
    ),
    f.id
      ? h(
          "section",
          { "aria-label": "Relations" },
          h("h3", {}, "Relations"),
          h(
            "ul",
            { class: "relations" },
            relations.map((r) =>
              h(
                "li",
                {},
                `${r.from} ${r.type} ${r.to} `,
                h(
                  "button",
                  {
                    type: "button",
                    "aria-label": `Remove ${r.type} relation from ${r.from} to ${r.to}`,
                    onclick: () =>
                      write(
                        [{ op: "remove", collection: "relations", match: { type: r.type, from: r.from, to: r.to } }],
                        `remove ${r.type} relation`,
                      ).then(renderForm),
                  },
                  "Remove",
                ),
              ),
            ),
          ),
          h(
            "div",
            { class: "row" },
            field(
              "Relation",
              h(
                "select",
                { name: "relation-type", onchange: (e) => (rel.type = e.target.value) },
                v.relationTypes.map((t) => h("option", { value: t }, t)),
              ),
            ),
            field(
              "To item",
              h("input", {
                name: "relation-to",
                list: "item-list",
                oninput: (e) => (rel.other = e.target.value.trim()),
              }),
            ),
            h(
              "button",
              {
                type: "button",
                onclick: () =>
                  rel.other &&
                  write(
                    [{ op: "add", collection: "relations", item: { type: rel.type, from: f.id, to: rel.other } }],
                    `add ${rel.type} relation`,
                    document.getElementById("form-errors"),
                  ).then(renderForm),
              },
              "Add relation",
            ),
          ),
        )
      : null,
  );
  panel.hidden = false;
}
