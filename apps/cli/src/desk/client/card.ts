// @ts-nocheck: runs in the desk page, inlined by Function.prototype.toString (see index.ts).

/** One candidate's card: its fields, editable, and the decisions. */
export function renderCard(c, i) {
  const it = c.item;
  const statement = c.collection === "statements";
  const kinds = statement ? S.state.vocabulary.statementKinds : S.state.vocabulary.eventKinds;
  const set = (key) => (e) => (c.edits[key] = e.target.value);
  c.edits ??= {};
  const value = (key, fallback) => c.edits[key] ?? fallback;
  const done = c.decision;
  return h(
    "section",
    {
      class: `card ${familyClass(value("kind", it.kind))}${done ? ` done ${done}` : ""}${S.current === i ? " current" : ""}`,
      id: `card-${i}`,
      "data-index": i,
      tabindex: "-1",
      "aria-label": `Candidate ${i + 1}: ${statement ? "statement" : "event"}, ${value("kind", it.kind)}`,
      onfocusin: () => markCurrent(i),
    },
    h(
      "header",
      {},
      h("strong", {}, `${i + 1}. ${statement ? "Statement" : "Event"}`),
      h(
        "span",
        { class: "confidence", title: it.notes ?? "" },
        `confidence ${Math.round(c.confidence * 100)}%${c.dateDefaulted ? " · date from the publication" : ""}`,
      ),
      done
        ? h("span", { class: "card-status", role: "status" }, done === "merged" ? `merged into ${c.mergedInto}` : done)
        : null,
    ),
    h(
      "div",
      { class: "row" },
      field(
        "Kind",
        h(
          "select",
          {
            name: "kind",
            disabled: !!done,
            onchange: (e) => {
              c.edits.kind = e.target.value;
              redraw();
            },
          },
          kinds.map((k) => h("option", { value: k, selected: value("kind", it.kind) === k }, k)),
        ),
      ),
      statement
        ? field(
            "Speaker",
            h("input", {
              name: "speaker",
              list: "actor-list",
              disabled: !!done,
              value: value("speaker", it.speaker),
              oninput: set("speaker"),
            }),
          )
        : field(
            "Participants",
            h("input", {
              name: "participants",
              list: "actor-list",
              disabled: !!done,
              value: value("participants", listText(it.participants)),
              oninput: set("participants"),
            }),
          ),
      statement
        ? field(
            "Targets",
            h("input", {
              name: "targets",
              disabled: !!done,
              value: value("targets", listText(it.targets)),
              oninput: set("targets"),
            }),
          )
        : null,
      field(
        "Date",
        h("input", { name: "date", disabled: !!done, value: value("date", it.date), oninput: set("date"), size: 12 }),
      ),
    ),
    field(
      "Title",
      h("input", { name: "title", disabled: !!done, value: value("title", it.title ?? ""), oninput: set("title") }),
    ),
    statement
      ? field(
          "Summary",
          h("textarea", {
            name: "summary",
            rows: 2,
            disabled: !!done,
            value: value("summary", it.summary ?? ""),
            oninput: set("summary"),
          }),
        )
      : null,
    statement
      ? field(
          "Quote",
          h("input", {
            name: "quote",
            disabled: !!done,
            value: value("quote", it.quote?.text ?? ""),
            oninput: set("quote"),
          }),
        )
      : null,
    statement
      ? field(
          "Conditions (one a line, kind: text)",
          h("textarea", {
            name: "conditions",
            rows: 1,
            disabled: !!done,
            value: value("conditions", (it.conditions ?? []).map((x) => `${x.kind}: ${x.text}`).join("\n")),
            oninput: set("conditions"),
          }),
        )
      : null,
    statement
      ? field(
          "Said at (event id)",
          h("input", {
            name: "at",
            list: "event-list",
            disabled: !!done,
            value: value("at", it.at ?? ""),
            oninput: set("at"),
          }),
        )
      : null,
    // Why the extractor proposed it: its confidence note (speaker rule, date rule, folds).
    it.notes ? h("p", { class: "why" }, `Why: ${it.notes.replace(/^confidence [\d.]+;\s*/, "")}`) : null,
    done
      ? null
      : h(
          "div",
          { class: "row decide" },
          h("button", { type: "button", class: "accept", onclick: () => accept(i) }, "Accept (a)"),
          h("button", { type: "button", class: "reject", onclick: () => reject(i) }, "Reject (r)"),
          field(
            "Same as existing item",
            h("input", {
              name: "same",
              list: statement ? "statement-list" : "event-list",
              value: value("same", c.same ?? ""),
              oninput: set("same"),
              size: 18,
            }),
          ),
          h("button", { type: "button", class: "merge", onclick: () => merge(i) }, "Merge as another source (m)"),
        ),
    h("ul", { class: "errors", "aria-live": "assertive", hidden: true }),
  );
}

/** The candidate's item with the card's edits, as it would be written (confirmed). */
export function candidateItem(c) {
  const it = structuredClone(c.item);
  const e = c.edits ?? {};
  if (e.kind !== undefined && e.kind !== it.kind) {
    it.kind = e.kind;
    // The coding and intensity were the old kind's: the new kind's defaults apply.
    delete it.coding;
    delete it.intensity;
  }
  if (e.speaker !== undefined) it.speaker = actorId(e.speaker);
  if (e.targets !== undefined) {
    const targets = actorIds(e.targets);
    if (targets.length) it.targets = targets;
    else delete it.targets;
  }
  if (e.participants !== undefined) it.participants = actorIds(e.participants);
  for (const key of ["date", "title", "summary"]) if (e[key] !== undefined) it[key] = e[key].trim();
  if (e.at !== undefined) setOrDelete(it, "at", e.at.trim() || undefined);
  if (e.title !== undefined && !e.title.trim()) delete it.title;
  if (e.quote !== undefined) {
    if (e.quote.trim()) it.quote = { ...(it.quote ?? {}), text: e.quote.trim() };
    else delete it.quote;
  }
  if (e.conditions !== undefined) {
    const conditions = e.conditions
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => {
        const m = /^([a-z_]+):\s*(.+)$/.exec(line);
        return m ? { kind: m[1], text: m[2] } : { kind: "if", text: line };
      });
    if (conditions.length) it.conditions = conditions;
    else delete it.conditions;
  }
  it.status = "confirmed";
  const events = S.state.chronicle.events ?? [];
  if (it.at && !events.some((ev) => ev.id === it.at)) delete it.at; // its event was not accepted
  return it;
}
