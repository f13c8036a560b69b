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
