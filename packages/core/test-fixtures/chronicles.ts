import type { Actor, Chronicle, Event, Relation, Statement } from "../src/model/types.js";

// Builders for the small inline chronicles the specifications are written with: each
// test states only what matters to it, the rest is a valid, sourced default.

/** A person, state or group. */
export function actor(id: string, type: Actor["type"] = "person", extra: Partial<Actor> = {}): Actor {
  return { id, name: id.replace(/-/g, " "), type, ...extra };
}

/** A sourced statement. */
export function statement(
  id: string,
  kind: Statement["kind"],
  speaker: string,
  date: string | number,
  extra: Partial<Statement> = {},
): Statement {
  return { id, kind, speaker, date, summary: `${speaker} ${kind} (${id})`, sources: [{ source: "wire" }], ...extra };
}

/** A sourced event. */
export function event(id: string, kind: Event["kind"], date: string | number, extra: Partial<Event> = {}): Event {
  return { id, kind, title: `${kind} ${id}`, date, sources: [{ source: "wire" }], ...extra };
}

/** A relation from the later item to the earlier one. */
export function relation(type: Relation["type"], from: string, to: string): Relation {
  return { type, from, to };
}

/**
 * A chronicle with the usual cast (putin, zelensky, trump, allies) and one source,
 * plus the given items.
 */
export function chronicle(parts: Partial<Chronicle> = {}): Chronicle {
  return {
    briefline: 1,
    title: "Test chronicle",
    actors: [actor("putin"), actor("zelensky"), actor("trump"), actor("allies", "collective")],
    sources: [{ id: "wire", title: "A wire report", reliability: "B" }],
    ...parts,
  };
}

/**
 * A small valid YAML chronicle, line by line, for tests of positions: every line
 * number named in a test can be read off here.
 */
export const BASE_YAML = `briefline: 1
title: Test
timezone: UTC
actors:
  - id: putin
    name: Vladimir Putin
    type: person
  - id: zelensky
    name: Volodymyr Zelensky
    type: person
sources:
  - id: wire
    title: A wire report
    reliability: B
events:
  - id: plenary
    kind: forum
    title: Plenary
    date: 2025-09-05
    participants: [putin]
    sources: [{ source: wire }]
statements:
  - id: offer
    kind: offer
    speaker: putin
    targets: [zelensky]
    date: 2025-09-03/2025-09-04
    at: plenary
    summary: Offers to meet in Moscow.
    sources: [{ source: wire, credibility: 2 }]
  - id: rejection
    kind: rejection
    speaker: zelensky
    targets: [putin]
    date: 2025-09-04
    summary: Rejects the offer.
    sources: [{ source: wire, credibility: 2 }]
relations:
  - { type: rejects, from: rejection, to: offer }
judgments:
  - id: kj
    text: Moscow will insist on its venue.
    likelihood: likely
    confidence: moderate
    basis: [offer]
`;

/** A text (BASE_YAML by default) with one passage replaced; the passage must occur exactly once. */
export function edit(from: string, to: string, text = BASE_YAML): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`"${from}" must occur exactly once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}
