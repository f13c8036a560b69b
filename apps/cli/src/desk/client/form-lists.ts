// @ts-nocheck: runs in the desk page, inlined by Function.prototype.toString (see index.ts).

/**
 * The item form's lists: a statement's conditions, an item's source references (with the
 * claim's credibility, the excerpt and the locator, and the cited source's reliability)
 * and its tags. The form holds each list whole in `S.form.values` while it is edited; a
 * row added or removed redraws the form, a typed value only updates the list and asks
 * for validation. Each control is named by its path under the item (`conditions.1.text`),
 * which is how validate's messages find it.
 */
export function renderListField(spec, item) {
  const f = S.form;
  const list = f.values[spec.name] ?? structuredClone(spec.read(item));
  const changed = (redrawn, focusId) => {
    f.values[spec.name] = list;
    if (redrawn) {
      renderForm();
      document.getElementById(focusId)?.focus();
    }
    checkSoon();
  };
  const note = () => h("span", { class: "field-error", "aria-live": "polite" });
  const removeButton = (label, i) =>
    h(
      "button",
      {
        type: "button",
        class: "small",
        "aria-label": label,
        onclick: () => {
          list.splice(i, 1);
          changed(true, `add-${spec.name}`);
        },
      },
      "Remove",
    );
  if (spec.control === "tags") return renderTags(spec, list, changed);
  const rows =
    spec.control === "conditions"
      ? list.map((c, i) =>
          h(
            "div",
            { class: "row list-row" },
            field(
              `Condition ${i + 1}: kind`,
              h(
                "select",
                {
                  name: `conditions.${i}.kind`,
                  id: `conditions-${i}`,
                  onchange: (e) => {
                    c.kind = e.target.value;
                    changed(false);
                  },
                },
                S.state.vocabulary.conditionKinds.map((k) => h("option", { value: k, selected: k === c.kind }, k)),
              ),
              note(),
            ),
            field(
              `Condition ${i + 1}: text`,
              h("input", {
                name: `conditions.${i}.text`,
                value: c.text ?? "",
                oninput: (e) => {
                  c.text = e.target.value.trim();
                  changed(false);
                },
              }),
              note(),
            ),
            removeButton(`Remove condition ${i + 1}`, i),
          ),
        )
      : list.map((ref, i) => renderSourceRef(ref, i, changed, removeButton));
  const fresh = spec.control === "conditions" ? () => ({ kind: "if", text: "" }) : () => ({ source: "" });
  return h(
    "fieldset",
    { class: "group", "data-list": spec.name },
    h("legend", {}, spec.label),
    rows,
    h(
      "button",
      {
        type: "button",
        id: `add-${spec.name}`,
        onclick: () => {
          list.push(fresh());
          changed(true, `${spec.name}-${list.length - 1}`);
        },
      },
      spec.control === "conditions" ? "Add condition" : "Add source reference",
    ),
  );
}

/** One source reference: which source, the claim's credibility, excerpt and locator, and the source's reliability. */
export function renderSourceRef(ref, i, changed, removeButton) {
  const v = S.state.vocabulary;
  const set = (key, value) => {
    if (value === undefined || value === "") delete ref[key];
    else ref[key] = value;
  };
  const text = (key, label, control) =>
    field(
      label,
      h(control, {
        name: `sources.${i}.${key}`,
        value: ref[key] ?? "",
        ...(control === "textarea" ? { rows: 2 } : {}),
        oninput: (e) => {
          set(key, e.target.value.trim() || undefined);
          changed(false);
        },
      }),
      h("span", { class: "field-error", "aria-live": "polite" }),
    );
  const record = h("div", { class: "row source-record" }, sourceRecord(ref, i));
  return h(
    "div",
    { class: "source-ref" },
    h(
      "div",
      { class: "row" },
      field(
        `Source ${i + 1}`,
        h("input", {
          name: `sources.${i}.source`,
          id: `sources-${i}`,
          list: "source-list",
          value: ref.source ?? "",
          oninput: (e) => {
            ref.source = e.target.value.trim();
            // The source's title and reliability, once the id names one (not redrawn: the typing goes on).
            record.replaceChildren(...sourceRecord(ref, i));
            changed(false);
          },
        }),
        h("span", { class: "field-error", "aria-live": "polite" }),
      ),
      field(
        `Source ${i + 1}: credibility of this claim`,
        h(
          "select",
          {
            name: `sources.${i}.credibility`,
            onchange: (e) => {
              set("credibility", e.target.value ? Number(e.target.value) : undefined);
              changed(false);
            },
          },
          h("option", { value: "", selected: ref.credibility === undefined }, "—"),
          Object.entries(v.credibility).map(([grade, meaning]) =>
            h("option", { value: grade, selected: String(ref.credibility) === grade }, `${grade} — ${meaning}`),
          ),
        ),
        h("span", { class: "field-error", "aria-live": "polite" }),
      ),
      removeButton(`Remove source reference ${i + 1}`, i),
    ),
    record,
    h(
      "div",
      { class: "row" },
      text("excerpt", `Source ${i + 1}: excerpt`, "textarea"),
      text("locator", `Source ${i + 1}: locator`, "input"),
    ),
  );
}

/** The cited source's title and its reliability (a grade of the source, so of every item citing it). */
export function sourceRecord(ref, i) {
  const f = S.form;
  const v = S.state.vocabulary;
  const record = (S.state.chronicle.sources ?? []).find((s) => s.id === ref.source);
  if (!record) return [h("p", { class: "source-title" }, ref.source ? "No source with this id yet" : "")];
  f.reliability ??= {};
  const reliability = f.reliability[record.id] ?? record.reliability ?? "";
  return [
    h("p", { class: "source-title" }, `${record.title}${record.publisher ? ` · ${record.publisher}` : ""}`),
    field(
      `Reliability of ${record.id} (the source, for every item citing it)`,
      h(
        "select",
        {
          name: `source-reliability-${i}`,
          onchange: (e) => {
            f.reliability[record.id] = e.target.value;
            checkSoon();
          },
        },
        h("option", { value: "", selected: reliability === "" }, "—"),
        Object.entries(v.reliability).map(([grade, meaning]) =>
          h("option", { value: grade, selected: reliability === grade }, `${grade} — ${meaning}`),
        ),
      ),
    ),
  ];
}

/** Tags as removable chips and a field to add one (Enter or the button; commas separate several). */
export function renderTags(spec, list, changed) {
  const add = () => {
    const input = document.getElementById("tags-new");
    const typed = input.value
      .split(",")
      .map((t) => t.trim())
      .filter(Boolean);
    const fresh = typed.filter((t, n) => !list.includes(t) && typed.indexOf(t) === n);
    if (!typed.length) return say("Type a tag to add", "bad");
    list.push(...fresh);
    changed(true, "tags-new");
  };
  return h(
    "fieldset",
    { class: "group", "data-list": "tags" },
    h("legend", {}, spec.label),
    h(
      "ul",
      { class: "tags", "aria-label": "Tags" },
      list.map((tag, i) =>
        h(
          "li",
          {},
          h("span", {}, tag),
          h(
            "button",
            {
              type: "button",
              class: "small",
              "aria-label": `Remove tag ${tag}`,
              onclick: () => {
                list.splice(i, 1);
                changed(true, "tags-new");
              },
            },
            "×",
          ),
        ),
      ),
    ),
    h(
      "div",
      { class: "field tag-add", "data-field": "tags" },
      h("input", {
        id: "tags-new",
        "aria-label": "New tag",
        name: "tags-new",
        list: "tag-list",
        placeholder: "new tag",
        onkeydown: (e) => {
          if (e.key !== "Enter") return;
          e.preventDefault();
          add();
        },
      }),
      h("button", { type: "button", id: "add-tags", onclick: add }, "Add tag"),
      h("span", { class: "field-error", "aria-live": "polite" }),
    ),
  );
}

/**
 * The cited sources' reliability, as edits of the sources themselves: a grade changed in
 * the form is written with the item, for every item citing that source.
 */
export function reliabilityEdits() {
  const f = S.form;
  return Object.entries(f?.reliability ?? {}).flatMap(([id, grade]) => {
    const source = (S.state.chronicle.sources ?? []).find((s) => s.id === id);
    if (!source || (source.reliability ?? "") === grade) return [];
    const item = { ...source };
    if (grade) item.reliability = grade;
    else delete item.reliability;
    return [{ op: "set", collection: "sources", id, item }];
  });
}
