// @ts-nocheck: runs in the desk page, inlined by Function.prototype.toString (see index.ts).

/**
 * Listens to the timeline in the frame (the served page exposes its handle as
 * `window.briefline`): selecting a mark opens its item in the form (or, while relating,
 * becomes the other end); a click or tap on empty space, or `n` on the chart, offers a new
 * item at that date; Shift+click or Shift+Enter on a second mark relates the two.
 * The frame reloads when the file changes, and this runs again on each load.
 */
export function followTimeline(frame) {
  const view = frame.contentWindow;
  const handle = view?.briefline;
  if (!handle) return;
  handle.on("select", ({ id }) => id && pickedOnTimeline(id));
  handle.on("empty", (point) => offerAt(point, frame));
  handle.on("pair", ({ from, to }) => openRelate(from, to));
  view.document.addEventListener("keydown", (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.target.closest?.("input, textarea, select, [contenteditable]")) return;
    // On the chart only (a mark or its empty space), not on the timeline's toolbar or details.
    if (e.key === "n" && e.target.closest?.(".blt-chart")) {
      const point = handle.focusPoint();
      if (!point) return;
      e.preventDefault();
      offerAt({ ...point, clientX: null, clientY: null }, frame);
    } else if (e.key === "Escape" && S.relating) {
      S.relating = null;
      say("Relating cancelled", "");
    }
  });
}

/** A mark selected on the timeline: the other end of a relation being made, or the item to edit. */
export function pickedOnTimeline(id) {
  const c = S.state?.chronicle;
  if (!c) return;
  if (S.relating && S.relating !== id) return openRelate(S.relating, id);
  if (id === S.form?.id) return;
  const collection = (c.statements ?? []).some((s) => s.id === id)
    ? "statements"
    : (c.events ?? []).some((e) => e.id === id)
      ? "events"
      : null;
  if (collection) openForm(collection, id);
}

/**
 * Offers a new statement or event at a point of the timeline: a small menu where it was
 * clicked (or over the chart's middle, from the keyboard), naming the date at the precision
 * of the zoom. The lane, when lanes are actors, becomes the speaker or the participant.
 */
export function offerAt(point, frame) {
  const menu = document.getElementById("at-menu");
  const actor =
    point.laneKind === "actor" && (S.state?.chronicle?.actors ?? []).some((a) => a.id === point.lane)
      ? point.lane
      : null;
  const choose = (collection) => {
    closeAtMenu();
    const preset = { date: point.text };
    if (actor && collection === "statements") preset.speaker = actor;
    if (actor && collection === "events") preset.participants = [actor];
    openForm(collection, null, preset);
  };
  const precision = { year: "a year", month: "a month", day: "a day", minute: "a time" }[point.precision];
  menu.replaceChildren(
    h("p", { id: "at-menu-title" }, `Add at ${point.text} (${precision}${actor ? `, ${actor}'s lane` : ""})`),
    h(
      "div",
      { class: "row" },
      h(
        "button",
        { type: "button", id: "at-statement", onclick: () => choose("statements") },
        `New statement at ${point.text}`,
      ),
      h("button", { type: "button", onclick: () => choose("events") }, `New event at ${point.text}`),
      h("button", { type: "button", "aria-label": "Close", onclick: closeAtMenu }, "×"),
    ),
  );
  menu.hidden = false;
  const box = frame.getBoundingClientRect();
  const x = point.clientX === null ? box.left + box.width / 2 : box.left + point.clientX;
  const y = point.clientY === null ? box.top + box.height / 3 : box.top + point.clientY;
  const w = menu.offsetWidth;
  const hgt = menu.offsetHeight;
  menu.style.left = `${Math.max(4, Math.min(x - w / 2, innerWidth - w - 4))}px`;
  menu.style.top = `${Math.max(4, Math.min(y + 12, innerHeight - hgt - 4))}px`;
  document.getElementById("at-statement").focus();
}

export function closeAtMenu() {
  const menu = document.getElementById("at-menu");
  if (menu.hidden) return false;
  menu.hidden = true;
  menu.replaceChildren();
  return true;
}
