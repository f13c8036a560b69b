// @ts-nocheck: runs in the desk page, inlined by Function.prototype.toString (see index.ts).

/** Builds the desk's frame (header, tabs, panels, form), loads the chronicle and listens. */
export function main() {
  S.token = new URLSearchParams(location.hash.slice(1)).get("token") ?? "";
  const data = JSON.parse(document.getElementById("desk-data").textContent);
  const tab = (name, label) =>
    h(
      "button",
      {
        type: "button",
        role: "tab",
        id: `tab-${name}`,
        "aria-controls": `panel-${name}`,
        "aria-selected": S.tab === name ? "true" : "false",
        onclick: () => showTab(name),
      },
      label,
    );
  const frame = h("iframe", {
    src: "/",
    title: "Timeline of the chronicle (select an item to edit it)",
    id: "timeline-frame",
  });
  frame.addEventListener("load", () => {
    compactFrame(frame);
    followTimeline(frame);
  });
  document.getElementById("desk").replaceChildren(
    h(
      "header",
      { class: "top" },
      h("h1", {}, "Briefline desk ", h("span", { class: "file" }, data.file)),
      h(
        "nav",
        { role: "tablist", "aria-label": "Views" },
        tab("inbox", "Inbox"),
        tab("items", "Items"),
        tab("timeline", "Timeline"),
      ),
      h(
        "button",
        {
          type: "button",
          id: "filters-toggle",
          "aria-pressed": "false",
          "aria-controls": "timeline-frame",
          hidden: S.tab !== "timeline",
          onclick: () => showFilters(!S.filtersShown),
        },
        "Filters",
      ),
      h("button", { type: "button", id: "undo", onclick: () => undo(), disabled: true }, "Undo"),
      h("p", { id: "status", role: "status", "aria-live": "polite" }),
    ),
    h("div", { id: "conflict", role: "alertdialog", "aria-labelledby": "conflict-title", hidden: true }),
    h("div", { id: "at-menu", class: "popover", role: "dialog", "aria-labelledby": "at-menu-title", hidden: true }),
    h("div", { id: "relate", class: "dialog", role: "dialog", "aria-labelledby": "relate-title", hidden: true }),
    h("div", { id: "actor-dialog", class: "dialog", role: "dialog", "aria-labelledby": "actor-title", hidden: true }),
    h(
      "div",
      { class: "body" },
      h(
        "main",
        {},
        h("section", { id: "panel-inbox", role: "tabpanel", "aria-labelledby": "tab-inbox" }),
        h("section", { id: "panel-items", role: "tabpanel", "aria-labelledby": "tab-items", hidden: true }),
        h(
          "section",
          { id: "panel-timeline", role: "tabpanel", "aria-labelledby": "tab-timeline", hidden: true },
          frame,
        ),
      ),
      h("aside", { id: "item-form", "aria-label": "Item", hidden: true }),
    ),
    ...["actor-list", "statement-list", "event-list", "item-list", "plover-modes", "source-list", "tag-list"].map(
      (id) => h("datalist", { id }),
    ),
    ...codeLists(),
  );
  document.addEventListener("keydown", onKey);
  if (!S.token) say("This address has no desk token: open the address briefline serve --edit printed", "bad");
  loadState();
  listenForChanges();
}

export function showTab(name) {
  S.tab = name;
  for (const t of ["inbox", "items", "timeline"]) {
    document.getElementById(`tab-${t}`).setAttribute("aria-selected", t === name ? "true" : "false");
    document.getElementById(`panel-${t}`).hidden = t !== name;
  }
  // The timeline's filters, hidden in the frame to give the chart the room, are shown from here.
  document.getElementById("filters-toggle").hidden = name !== "timeline";
}

/** The lists of codes the forms suggest (countries, CAMEO, PLOVER): they come with the vocabulary, once. */
export function codeLists() {
  const option = (value, label) => h("option", { value }, label);
  return [
    h("datalist", { id: "country-list" }),
    h("datalist", { id: "cameo-list" }),
    h("datalist", { id: "plover-events" }),
    h("datalist", { id: "plover-contexts" }),
  ].map((list) => {
    list.fill = (v) => {
      const options = {
        "country-list": () => v.countries.map((c) => option(c)),
        "cameo-list": () => v.cameo.map((c) => option(c.code, c.name)),
        "plover-events": () => v.ploverEvents.map((e) => option(e)),
        "plover-contexts": () => v.ploverContexts.map((c) => option(c)),
      }[list.id]();
      list.replaceChildren(...options);
    };
    return list;
  });
}

/** Redraws what depends on the chronicle: the lists for autocomplete, the inbox, the items. */
export function redraw() {
  const c = S.state?.chronicle;
  if (!c) {
    say(
      `${S.state?.file ?? "the chronicle"} does not validate: ${S.state?.errors?.[0]?.path ?? ""} ${S.state?.errors?.[0]?.message ?? ""}`,
      "bad",
    );
    return;
  }
  const option = (value, label) => h("option", { value }, label);
  const actors = [
    ...(c.actors ?? []),
    ...(S.extraction?.actors ?? []).filter((a) => !(c.actors ?? []).some((b) => b.id === a.id)),
  ];
  document
    .getElementById("actor-list")
    .replaceChildren(...actors.map((a) => option(a.id, [a.name, ...(a.aliases ?? [])].join(" · "))));
  const items = (list) =>
    (list ?? []).map((x) => option(x.id, `${x.date} ${x.title ?? x.summary ?? ""}`.slice(0, 120)));
  document.getElementById("statement-list").replaceChildren(...items(c.statements));
  document.getElementById("event-list").replaceChildren(...items(c.events));
  document.getElementById("item-list").replaceChildren(...items(c.statements), ...items(c.events));
  document
    .getElementById("source-list")
    .replaceChildren(
      ...(c.sources ?? []).map((s) => option(s.id, `${s.title}${s.publisher ? ` · ${s.publisher}` : ""}`)),
    );
  const tags = [...new Set([...(c.statements ?? []), ...(c.events ?? [])].flatMap((x) => x.tags ?? []))].sort();
  document.getElementById("tag-list").replaceChildren(...tags.map((t) => option(t)));
  const v = S.state.vocabulary;
  if (!S.codesFilled) {
    for (const id of ["country-list", "cameo-list", "plover-events", "plover-contexts"])
      document.getElementById(id).fill(v);
    S.codesFilled = true;
  }
  const undoButton = document.getElementById("undo");
  const last = S.state.undo.at(-1);
  undoButton.disabled = !last;
  undoButton.textContent = last ? `Undo: ${last}` : "Undo";
  renderInbox(document.getElementById("panel-inbox"));
  renderItems(document.getElementById("panel-items"));
}

/** Keyboard first: one key per decision in the inbox; Ctrl+Enter, Ctrl+S and Escape in forms. */
export function onKey(e) {
  const typing = /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName);
  const mod = e.ctrlKey || e.metaKey;
  if (mod && e.key === "Enter" && e.target.id === "article") {
    e.preventDefault();
    runExtract();
    return;
  }
  if (mod && e.key.toLowerCase() === "s" && S.form) {
    e.preventDefault();
    saveForm();
    return;
  }
  if (e.key === "Escape") {
    // The innermost first: the new-actor dialog, the relation dialog, the add menu, relating, then the form.
    if (S.actorForm) return closeActorForm();
    if (S.relate) return closeRelate();
    if (closeAtMenu()) return;
    if (S.relating) {
      S.relating = null;
      return say("Relating cancelled", "");
    }
    if (S.form) return closeForm();
    return;
  }
  if (typing || mod || e.altKey) return;
  if (e.key === "u" && S.state?.undo?.length) {
    undo();
    return;
  }
  const x = S.extraction;
  if (S.tab !== "inbox" || !x) return;
  const i = S.current ?? 0;
  const open = !x.candidates[i]?.decision;
  const keys = {
    j: () => focusCard(Math.min(i + 1, x.candidates.length - 1)),
    ArrowDown: () => focusCard(Math.min(i + 1, x.candidates.length - 1)),
    k: () => focusCard(Math.max(i - 1, 0)),
    ArrowUp: () => focusCard(Math.max(i - 1, 0)),
    a: () => open && accept(i),
    r: () => open && reject(i),
    m: () => open && merge(i),
    e: () => document.querySelector(`#card-${i} select, #card-${i} input`)?.focus(),
  };
  if (!Object.hasOwn(keys, e.key)) return;
  e.preventDefault();
  keys[e.key]();
}
