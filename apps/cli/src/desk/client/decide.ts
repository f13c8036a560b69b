// @ts-nocheck: runs in the desk page, inlined by Function.prototype.toString (see index.ts).

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
 * and each gets a button that opens the new-actor dialog (kind, country, aliases, office),
 * so a typo never becomes an actor unasked. Returns whether there were any.
 */
export function offerNewActors(i, item, errors) {
  const known = knownActors();
  const named = [item.speaker, ...(item.targets ?? []), ...(item.participants ?? [])].filter(Boolean);
  const unknown = [...new Set(named.filter((id) => !known.some((a) => a.id === id)))];
  if (!unknown.length) return false;
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
            onclick: () =>
              openActorForm({ name }, (actor) => {
                // Staged, not written: the actor goes to the file with the first item accepted that names it.
                S.extraction.actors.push(actor);
                const edits = S.extraction.candidates[i].edits;
                for (const key of ["speaker", "targets", "participants"])
                  if (edits[key] !== undefined)
                    edits[key] = edits[key]
                      .split(",")
                      .map((x) => (x.trim() === name ? actor.id : x.trim()))
                      .join(", ");
                redraw();
                setTimeout(() => focusCard(i));
                say(`New actor ${actor.id} (${actor.type}): accept again to write it with the item`, "good");
                return true;
              }),
          },
          `New actor "${name}"…`,
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
