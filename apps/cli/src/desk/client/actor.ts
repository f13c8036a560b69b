// @ts-nocheck: runs in the desk page, inlined by Function.prototype.toString (see index.ts).

/** An id from a name: `Anna Example` → `anna-example`. */
export function slugOf(name) {
  return (
    String(name ?? "")
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "actor"
  );
}

/** Every actor the page knows: the chronicle's and those an extraction proposes. */
export function knownActors() {
  const c = S.state?.chronicle?.actors ?? [];
  return [...c, ...(S.extraction?.actors ?? []).filter((a) => !c.some((b) => b.id === a.id))];
}

/**
 * The new-actor dialog: name, id (made from the name until edited), kind, country (ISO
 * 3166-1 alpha-3), aliases and office, validated as typed by the server with validate's
 * messages. `done(actor)` decides what becomes of it (staged with a candidate, or written
 * at once from the item form) and returns whether the dialog may close.
 */
export function openActorForm(preset, done) {
  const base = slugOf(preset.name);
  let id = base;
  for (let n = 2; knownActors().some((a) => a.id === id); n++) id = `${base}-${n}`;
  S.actorForm = {
    values: { name: preset.name ?? "", id, type: preset.type ?? "person", country: "", aliases: "", title: "" },
    idEdited: false,
    done,
    back: document.activeElement,
  };
  renderActorForm();
  document.getElementById("actor-name")?.focus();
  checkActorSoon();
}

/** The actor as the dialog would make it. */
export function actorOfForm() {
  const v = S.actorForm.values;
  const aliases = v.aliases
    .split(",")
    .map((x) => x.trim())
    .filter(Boolean);
  const actor = { id: v.id.trim(), name: v.name.trim(), type: v.type };
  if (aliases.length) actor.aliases = aliases;
  if (v.country.trim()) actor.country = v.country.trim();
  if (v.title.trim()) actor.title = v.title.trim();
  return actor;
}

export function checkActorSoon() {
  clearTimeout(S.actorTimer);
  S.actorTimer = setTimeout(async () => {
    const form = S.actorForm;
    if (!form) return;
    const actor = actorOfForm();
    // An id the page already holds (a staged actor not yet written) is taken too.
    const staged = (S.extraction?.actors ?? []).some(
      (a) => a.id === actor.id && !(S.state.chronicle.actors ?? []).some((b) => b.id === a.id),
    );
    const { status, json } = await api("check", { edits: [{ op: "add", collection: "actors", item: actor }] });
    if (status !== 200 || S.actorForm !== form) return;
    const errors = [
      ...(json.errors ?? []),
      ...(staged
        ? [{ path: "id", segments: ["actors", 0, "id"], message: `an actor "${actor.id}" is already proposed` }]
        : []),
    ];
    form.errors = errors;
    for (const el of document.querySelectorAll("#actor-dialog .field")) {
      const name = el.dataset.field;
      const mine = errors.filter(
        (e) =>
          (e.segments[0] === "actors" && e.segments[2] === name) ||
          (name === "id" && e.code === "edit" && /already has/.test(e.message)),
      );
      el.classList.toggle("invalid", mine.length > 0);
      el.querySelector("input,select")?.setAttribute("aria-invalid", mine.length ? "true" : "false");
      el.querySelector(".field-error").textContent = mine
        .map((e) => `${e.message}${e.hint ? ` (${e.hint})` : ""}`)
        .join("; ");
    }
    document.getElementById("actor-create").disabled = errors.length > 0;
  }, 150);
}

export function closeActorForm() {
  const back = S.actorForm?.back;
  S.actorForm = null;
  const box = document.getElementById("actor-dialog");
  box.hidden = true;
  box.replaceChildren();
  back?.focus?.();
}

export function renderActorForm() {
  const form = S.actorForm;
  const v = form.values;
  const box = document.getElementById("actor-dialog");
  const input = (name, label, attrs) =>
    field(
      label,
      h("input", {
        id: `actor-${name}`,
        name,
        value: v[name],
        oninput: (e) => {
          v[name] = e.target.value;
          if (name === "id") form.idEdited = true;
          if (name === "name" && !form.idEdited) {
            v.id = slugOf(v.name);
            document.getElementById("actor-id").value = v.id;
          }
          checkActorSoon();
        },
        ...attrs,
      }),
      h("span", { class: "field-error", "aria-live": "polite" }),
    );
  box.replaceChildren(
    h("h2", { id: "actor-title" }, "New actor"),
    h(
      "form",
      {
        "aria-labelledby": "actor-title",
        onsubmit: async (e) => {
          e.preventDefault();
          if (form.errors?.length) return;
          if (await form.done(actorOfForm())) closeActorForm();
        },
      },
      input("name", "Name"),
      input("id", "Id"),
      field(
        "Kind",
        h(
          "select",
          {
            id: "actor-type",
            name: "type",
            onchange: (e) => {
              v.type = e.target.value;
              checkActorSoon();
            },
          },
          S.state.vocabulary.actorTypes.map((t) => h("option", { value: t, selected: t === v.type }, t)),
        ),
        h("span", { class: "field-error", "aria-live": "polite" }),
      ),
      input("country", "Country (ISO 3166-1 alpha-3, e.g. RUS)", { list: "country-list", size: 6 }),
      input("aliases", "Aliases (comma-separated)"),
      input("title", "Office or role (e.g. President of Russia)"),
      h(
        "div",
        { class: "row" },
        h("button", { type: "submit", id: "actor-create", class: "accept" }, "Create actor"),
        h("button", { type: "button", onclick: closeActorForm }, "Cancel (Esc)"),
      ),
    ),
  );
  box.hidden = false;
}
