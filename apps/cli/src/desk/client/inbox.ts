// @ts-nocheck: runs in the desk page, inlined by Function.prototype.toString (see index.ts).

/** The inbox: the article form, then the article with its highlighted sentences and the candidate cards. */
export function renderInbox(root) {
  const src = S.source;
  const input = (name, label, attrs) =>
    field(
      label,
      h("input", {
        name,
        id: `src-${name}`,
        value: src[name] ?? "",
        oninput: (e) => (src[name] = e.target.value),
        ...attrs,
      }),
    );
  const form = h(
    "form",
    {
      id: "paste",
      "aria-label": "Article",
      onsubmit: (e) => {
        e.preventDefault();
        runExtract();
      },
    },
    field(
      "Article text or HTML",
      h("textarea", {
        id: "article",
        name: "article",
        rows: 8,
        value: src.text ?? "",
        oninput: (e) => (src.text = e.target.value),
        maxlength: 400000,
        ondragover: (e) => e.preventDefault(),
        ondrop: (e) => {
          e.preventDefault();
          readArticleFile(e.dataTransfer?.files?.[0]);
        },
      }),
    ),
    field(
      "Or open an article file (text, Markdown, HTML)",
      h("input", {
        type: "file",
        id: "article-file",
        accept: ".txt,.md,.markdown,.html,.htm,text/*",
        onchange: (e) => readArticleFile(e.target.files?.[0]),
      }),
    ),
    h(
      "div",
      { class: "row" },
      input("title", "Source title"),
      input("publisher", "Publisher"),
      input("url", "Address (URL)", { type: "url", placeholder: "https://" }),
      input("published", "Published", { placeholder: "2025-09-05" }),
      field(
        "Reliability",
        h(
          "select",
          { id: "src-reliability", name: "reliability", onchange: (e) => (src.reliability = e.target.value) },
          ["", "A", "B", "C", "D", "E", "F"].map((g) =>
            h("option", { value: g, selected: (src.reliability ?? "") === g }, g || "—"),
          ),
        ),
      ),
    ),
    h(
      "div",
      { class: "row" },
      h("button", { type: "submit", id: "extract" }, "Find candidates"),
      h("span", { class: "keys" }, "Ctrl+Enter"),
    ),
  );
  const x = S.extraction;
  if (!x) {
    root.replaceChildren(form);
    return;
  }
  const decided = x.candidates.filter((c) => c.decision).length;
  root.replaceChildren(
    h("details", { class: "paste-again" }, h("summary", {}, "Article and source"), form),
    h(
      "div",
      { class: "inbox" },
      h(
        "section",
        { class: "article-pane", "aria-label": "Article" },
        h("h2", {}, src.title || "Article"),
        h("article", { id: "article-view", tabindex: "0" }, highlighted(x)),
      ),
      h(
        "section",
        { class: "cards", "aria-label": "Candidates" },
        h("h2", {}, `Candidates (${decided} of ${x.candidates.length} decided)`),
        h("p", { class: "keys" }, "j/k next/previous · a accept · r reject · m merge into the item named · e edit"),
        x.warnings.length
          ? h(
              "ul",
              { class: "warnings" },
              x.warnings.map((w) => h("li", {}, w)),
            )
          : null,
        x.candidates.map((c, i) => renderCard(c, i)),
      ),
    ),
  );
}

/** The article text with each candidate's sentences marked in its kind's colour. */
export function highlighted(x) {
  const marks = [];
  x.candidates.forEach((c, i) => {
    for (const [start, end] of c.spans) marks.push({ start, end, i, kind: c.item.kind });
  });
  marks.sort((a, b) => a.start - b.start);
  const out = [];
  let at = 0;
  for (const m of marks) {
    if (m.start < at) continue; // overlapping sentences: the first candidate keeps the mark
    out.push(x.text.slice(at, m.start));
    out.push(
      h(
        "mark",
        {
          class: `hl ${familyClass(S.extraction.candidates[m.i].item.kind)}${S.current === m.i ? " current" : ""}`,
          "data-card": m.i,
          title: `candidate ${m.i + 1}: ${m.kind}`,
          onclick: () => focusCard(m.i),
        },
        x.text.slice(m.start, m.end),
      ),
    );
    at = m.end;
  }
  out.push(x.text.slice(at));
  return out;
}

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

/** Runs the extractor on the server over the pasted article. */
export async function runExtract() {
  const s = S.source;
  say("Finding candidates…", "");
  const { status, json } = await api("extract", {
    text: s.text ?? "",
    title: s.title,
    publisher: s.publisher,
    url: s.url,
    published: s.published,
    reliability: s.reliability,
  });
  if (status !== 200) {
    say(json.error ?? `extraction failed (${status})`, "bad");
    return;
  }
  S.extraction = json;
  S.current = 0;
  say(`${json.candidates.length} candidates: nothing is written until you accept`, "good");
  redraw();
  focusCard(0);
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

/** The source record and new actors an accepted candidate needs, if the chronicle lacks them. */
export function supportEdits(item) {
  const x = S.extraction;
  const edits = [];
  const has = (list, id) => (list ?? []).some((a) => a.id === id);
  if (x.source && !has(S.state.chronicle.sources, x.source.id))
    edits.push({ op: "add", collection: "sources", item: x.source });
  const named = [item.speaker, ...(item.targets ?? []), ...(item.participants ?? [])].filter(Boolean);
  for (const actor of x.actors)
    if (named.includes(actor.id) && !has(S.state.chronicle.actors, actor.id))
      edits.push({ op: "add", collection: "actors", item: actor });
  return edits;
}

export async function accept(i) {
  const c = S.extraction.candidates[i];
  const item = candidateItem(c);
  const errors = document.querySelector(`#card-${i} .errors`);
  if (offerNewActors(i, item, errors)) return;
  const edits = [...supportEdits(item), { op: "add", collection: c.collection, item }];
  if (await write(edits, `accept ${item.id}`, errors)) decide(i, "accepted");
}

/**
 * Names the card gives that no actor has (by id, name or alias): nothing is accepted,
 * and each gets a button that makes it a new actor, so a typo never becomes one unasked.
 * Returns whether there were any.
 */
export function offerNewActors(i, item, errors) {
  const known = [...(S.state.chronicle.actors ?? []), ...S.extraction.actors];
  const named = [item.speaker, ...(item.targets ?? []), ...(item.participants ?? [])].filter(Boolean);
  const unknown = [...new Set(named.filter((id) => !known.some((a) => a.id === id)))];
  if (!unknown.length) return false;
  const slug = (name) =>
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "actor";
  errors.replaceChildren(
    ...unknown.map((name) =>
      h(
        "li",
        {},
        `No actor is called "${name}". `,
        h(
          "button",
          {
            type: "button",
            onclick: () => {
              let id = slug(name);
              for (let n = 2; known.some((a) => a.id === id); n++) id = `${slug(name)}-${n}`;
              S.extraction.actors.push({ id, name, type: "person" });
              const edits = S.extraction.candidates[i].edits;
              for (const key of ["speaker", "targets", "participants"])
                if (edits[key] !== undefined)
                  edits[key] = edits[key]
                    .split(",")
                    .map((x) => (x.trim() === name ? id : x.trim()))
                    .join(", ");
              redraw();
              focusCard(i);
              say(`New actor ${id} (person): accept again to write it with the item`, "good");
            },
          },
          `New actor "${name}" (person)`,
        ),
      ),
    ),
  );
  errors.hidden = false;
  say("Unknown actor: choose one from the list, or make a new one", "bad");
  return true;
}

export function reject(i) {
  decide(i, "rejected");
  say(`Rejected candidate ${i + 1}: nothing written`, "");
}

/** Adds the article as another source of the existing item, as `extract --merge` does for a repeat. */
export async function merge(i) {
  const c = S.extraction.candidates[i];
  const target = (c.edits?.same ?? c.same ?? "").trim();
  const errors = document.querySelector(`#card-${i} .errors`);
  if (!target) {
    showErrors(errors, [{ path: "same", message: "name the existing item this candidate reports (its id)" }]);
    return;
  }
  const ref = c.item.sources?.[0];
  const edits = [...supportEdits({}), { op: "addRef", collection: c.collection, id: target, ref }];
  if (await write(edits, `merge into ${target}`, errors)) {
    c.mergedInto = target;
    decide(i, "merged");
  }
}

export function decide(i, decision) {
  S.extraction.candidates[i].decision = decision;
  const next = S.extraction.candidates.findIndex((c, j) => j > i && !c.decision);
  redraw();
  focusCard(next >= 0 ? next : i);
}

export function markCurrent(i) {
  if (S.current === i) return;
  S.current = i;
  for (const el of document.querySelectorAll(".card.current, mark.current")) el.classList.remove("current");
  document.getElementById(`card-${i}`)?.classList.add("current");
  for (const el of document.querySelectorAll(`mark[data-card="${i}"]`)) el.classList.add("current");
}

export function focusCard(i) {
  const card = document.getElementById(`card-${i}`);
  if (!card) return;
  markCurrent(i);
  card.focus();
  card.scrollIntoView({ block: "nearest" });
  document.querySelector(`mark[data-card="${i}"]`)?.scrollIntoView({ block: "nearest" });
}

/** Reads a dropped or chosen file into the article field (in the page: nothing is sent until Find candidates). */
export function readArticleFile(file) {
  if (!file) return;
  if (file.size > 2_000_000) {
    say(`${file.name} is too large for an article (${file.size} bytes)`, "bad");
    return;
  }
  file.text().then((text) => {
    S.source.text = text;
    if (!S.source.title) S.source.title = file.name.replace(/\.[a-z]+$/i, "");
    const area = document.getElementById("article");
    area.value = text;
    document.getElementById("src-title").value = S.source.title;
    say(`Read ${file.name}: press Find candidates`, "good");
  });
}
