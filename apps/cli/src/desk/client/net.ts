// @ts-nocheck: runs in the desk page, inlined by Function.prototype.toString (see index.ts).

/** Calls the desk's API with the session's token; returns the status and the JSON answer. */
export async function api(name, body) {
  const res = await fetch(`/desk/api/${name}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { "X-Briefline-Token": S.token, ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    credentials: "omit",
    cache: "no-store",
  });
  let json = {};
  try {
    json = await res.json();
  } catch {
    json = { error: `the server answered ${res.status}` };
  }
  return { status: res.status, json };
}

/** Loads the chronicle as it is on disk, and redraws. */
export async function loadState() {
  const { status, json } = await api("state");
  if (status !== 200) {
    say(json.error ?? `cannot load the chronicle (${status})`, "bad");
    return;
  }
  S.state = json;
  hideConflict();
  redraw();
}

/**
 * Writes edits: the server checks them against the version this page loaded. Returns
 * true when written; shows the conflict, or the validation errors, otherwise.
 */
export async function write(edits, label, errorsInto) {
  const { status, json } = await api("apply", { base: S.state.hash, edits, label });
  if (status === 200) {
    S.state = json.state;
    say(`Saved: ${label}`, "good");
    redraw();
    return true;
  }
  if (json.status === "conflict") showConflict(json);
  else if (json.status === "invalid") {
    say(json.message, "bad");
    if (errorsInto) showErrors(errorsInto, json.errors);
  } else say(json.message ?? json.error ?? `not saved (${status})`, "bad");
  return false;
}

/** Undoes this session's last change. */
export async function undo() {
  const { status, json } = await api("undo", { base: S.state.hash });
  if (status === 200) {
    S.state = json.state;
    say("Undone", "good");
    redraw();
  } else if (json.status === "conflict") showConflict(json);
  else say(json.message ?? json.error ?? "nothing undone", "bad");
}

/** Tells the analyst the file changed on disk, with the lines that changed, and offers to reload. */
export function showConflict(result) {
  const box = document.getElementById("conflict");
  box.replaceChildren(
    h("h2", { id: "conflict-title" }, "The file changed on disk"),
    h("p", {}, result.message),
    h(
      "pre",
      { class: "diff", "aria-label": "What changed" },
      (result.diff ?? []).map((l) =>
        h(
          "span",
          { class: `d-${l.kind}` },
          `${l.kind === "added" ? "+" : l.kind === "removed" ? "-" : " "} ${l.line}: ${l.text}\n`,
        ),
      ),
    ),
    h("button", { type: "button", id: "reload", onclick: () => loadState() }, "Reload from disk"),
  );
  box.hidden = false;
  document.getElementById("reload").focus();
  say("Not saved: the file changed on disk", "bad");
}

export function hideConflict() {
  const box = document.getElementById("conflict");
  box.hidden = true;
  box.replaceChildren();
}

/** Lists validation errors with validate's words: where, what, and the hint. */
export function showErrors(list, errors) {
  list.replaceChildren(
    ...(errors ?? []).map((e) =>
      h(
        "li",
        { "data-path": e.path },
        h("code", {}, e.path),
        `: ${e.message}`,
        e.hint ? h("span", { class: "hint" }, ` (${e.hint})`) : null,
      ),
    ),
  );
  list.hidden = !errors?.length;
}

/** Reloads the chronicle when the server says the file changed (an editor, `git pull`, this desk). */
export function listenForChanges() {
  const source = new EventSource("/events");
  source.addEventListener("reload", async () => {
    const { status, json } = await api("state");
    if (status !== 200 || json.hash === S.state?.hash) return;
    S.state = json;
    say("The chronicle changed on disk: reloaded", "");
    redraw();
  });
}
