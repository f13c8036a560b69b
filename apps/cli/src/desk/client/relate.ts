// @ts-nocheck: runs in the desk page, inlined by Function.prototype.toString (see index.ts).

/** The item (statement or event) with this id, and a short label of it. */
export function itemLabel(id) {
  const c = S.state.chronicle;
  const it = [...(c.statements ?? []), ...(c.events ?? [])].find((x) => x.id === id);
  return it ? `${id} (${it.date}, ${it.kind}): ${String(it.title ?? it.summary ?? "").slice(0, 80)}` : id;
}

/** A button that removes a relation (from the item form or the relate dialog). */
export function relationButton(r) {
  return h(
    "button",
    {
      type: "button",
      class: "small",
      "aria-label": `Remove ${r.type} relation from ${r.from} to ${r.to}`,
      onclick: async () => {
        const match = { type: r.type, from: r.from, to: r.to };
        if (await write([{ op: "remove", collection: "relations", match }], `remove ${r.type} relation`)) {
          if (S.form) renderForm();
          if (S.relate) renderRelate();
        }
      },
    },
    "Remove",
  );
}

/** The relations section under the item form: the item's relations, remove one, add one, or pick one on the timeline. */
export function renderRelations(id) {
  const v = S.state.vocabulary;
  const relations = (S.state.chronicle.relations ?? []).filter((r) => r.from === id || r.to === id);
  const rel = { type: v.relationTypes[0], other: "" };
  return h(
    "section",
    { "aria-label": "Relations" },
    h("h3", {}, "Relations"),
    h(
      "ul",
      { class: "relations" },
      relations.map((r) => h("li", {}, `${r.from} ${r.type} ${r.to} `, relationButton(r))),
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
        h("input", { name: "relation-to", list: "item-list", oninput: (e) => (rel.other = e.target.value.trim()) }),
      ),
      h(
        "button",
        {
          type: "button",
          onclick: () =>
            rel.other &&
            write(
              [{ op: "add", collection: "relations", item: { type: rel.type, from: id, to: rel.other } }],
              `add ${rel.type} relation`,
              document.getElementById("form-errors"),
            ).then(renderForm),
        },
        "Add relation",
      ),
    ),
    h(
      "p",
      { class: "row" },
      h(
        "button",
        { type: "button", id: "relate-pick", onclick: () => startRelating(id) },
        "Relate… (pick on the timeline)",
      ),
      h("span", { class: "keys" }, "or Shift+click a second mark (Shift+Enter from the keyboard)"),
    ),
  );
}

/** Relating by pointing: the next item selected on the timeline becomes the other end. */
export function startRelating(id) {
  S.relating = id;
  showTab("timeline");
  say(`Relate ${id}: select the other item on the timeline (click, tap, or Enter on a mark); Escape cancels`, "");
  document.getElementById("timeline-frame")?.focus();
}

/**
 * The dialog that relates two items: the relation type, which way it points (`from` is the
 * later item, the answer, as the schema says; Swap turns it round), the relations the two
 * already have (each removable), and Add, written through the same checked path as every edit.
 */
export function openRelate(a, b) {
  S.relating = null;
  const c = S.state?.chronicle;
  if (!c || a === b) return;
  const date = (id) => String([...(c.statements ?? []), ...(c.events ?? [])].find((x) => x.id === id)?.date ?? "");
  // The answer comes later: put the later item first, whichever was picked first.
  const [from, to] = date(b) > date(a) ? [b, a] : [a, b];
  // The type chosen last is offered again: relations come in runs of one kind.
  S.relate = { from, to, type: S.relationType ?? S.state.vocabulary.relationTypes[0] };
  renderRelate();
  document.getElementById("relate-type")?.focus();
}

export function closeRelate() {
  S.relate = null;
  const box = document.getElementById("relate");
  box.hidden = true;
  box.replaceChildren();
}

export function renderRelate() {
  const box = document.getElementById("relate");
  const r = S.relate;
  if (!r) return closeRelate();
  const v = S.state.vocabulary;
  const existing = (S.state.chronicle.relations ?? []).filter(
    (x) => (x.from === r.from && x.to === r.to) || (x.from === r.to && x.to === r.from),
  );
  const errors = h("ul", { class: "errors", "aria-live": "assertive", hidden: true });
  box.replaceChildren(
    h("h2", { id: "relate-title" }, "Relate two items"),
    h("p", {}, h("strong", {}, "From "), itemLabel(r.from)),
    h("p", {}, h("strong", {}, "To "), itemLabel(r.to)),
    h(
      "div",
      { class: "row" },
      field(
        "Relation (from the later item to the earlier)",
        h(
          "select",
          {
            id: "relate-type",
            name: "relate-type",
            onchange: (e) => {
              r.type = e.target.value;
              S.relationType = r.type;
              box.querySelector(".sentence").textContent = `${r.from} ${r.type} ${r.to}`;
            },
          },
          v.relationTypes.map((t) => h("option", { value: t, selected: t === r.type }, t)),
        ),
      ),
      h(
        "button",
        {
          type: "button",
          onclick: () => {
            S.relate = { ...r, from: r.to, to: r.from };
            renderRelate();
            document.getElementById("relate-type")?.focus();
          },
        },
        "Swap direction",
      ),
    ),
    h("p", { class: "sentence", "aria-live": "polite" }, `${r.from} ${r.type} ${r.to}`),
    // Always there (empty when the two have none): replaceChildren would write a null as "null".
    h(
      "ul",
      { class: "relations", "aria-label": "How the two are related already" },
      existing.map((x) => h("li", {}, `${x.from} ${x.type} ${x.to} `, relationButton(x))),
    ),
    errors,
    h(
      "div",
      { class: "row" },
      h(
        "button",
        {
          type: "button",
          class: "accept",
          onclick: async () => {
            const item = { type: r.type, from: r.from, to: r.to };
            if (await write([{ op: "add", collection: "relations", item }], `add ${r.type} relation`, errors)) {
              closeRelate();
              if (S.form) renderForm();
            }
          },
        },
        "Add relation",
      ),
      h("button", { type: "button", onclick: closeRelate }, "Cancel (Esc)"),
    ),
  );
  box.hidden = false;
}
