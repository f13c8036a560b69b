// @ts-nocheck: runs in the desk page, inlined by Function.prototype.toString (see index.ts).

/** The items table: every statement and event, found by typing, opened with Enter or a click. */
export function renderItems(root) {
  const c = S.state.chronicle;
  const rows = [
    ...(c.statements ?? []).map((s) => ({ collection: "statements", item: s, who: s.speaker })),
    ...(c.events ?? []).map((e) => ({ collection: "events", item: e, who: (e.participants ?? []).join(", ") })),
  ].sort((a, b) => String(a.item.date).localeCompare(String(b.item.date)));
  const q = (S.filter ?? "").toLowerCase();
  const shown = rows.filter((r) => !q || JSON.stringify(r.item).toLowerCase().includes(q));
  root.replaceChildren(
    h(
      "div",
      { class: "row" },
      field(
        "Find item",
        h("input", {
          id: "find-item",
          type: "search",
          value: S.filter ?? "",
          oninput: (e) => {
            S.filter = e.target.value;
            redrawItems();
          },
        }),
      ),
      h("button", { type: "button", onclick: () => openForm("statements", null) }, "New statement"),
      h("button", { type: "button", onclick: () => openForm("events", null) }, "New event"),
    ),
    h(
      "table",
      { class: "items", "aria-label": "Items" },
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          ["Date", "Kind", "Who", "Title or summary", ""].map((t) => h("th", { scope: "col" }, t)),
        ),
      ),
      h(
        "tbody",
        { id: "item-rows" },
        shown.map((r) =>
          h(
            "tr",
            { class: familyClass(r.item.kind) },
            h("td", {}, String(r.item.date)),
            h("td", {}, h("span", { class: "swatch" }), r.item.kind),
            h("td", {}, r.who ?? ""),
            h("td", {}, r.item.title ?? r.item.summary ?? ""),
            h(
              "td",
              {},
              h(
                "button",
                { type: "button", "aria-label": `Edit ${r.item.id}`, onclick: () => openForm(r.collection, r.item.id) },
                "Edit",
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

export function redrawItems() {
  const input = document.getElementById("find-item");
  const at = input?.selectionStart;
  renderItems(document.getElementById("panel-items"));
  const again = document.getElementById("find-item");
  again.focus();
  if (at !== undefined) again.setSelectionRange(at, at);
}
