import type { Coding, StatementKind } from "@briefline/core";
import type { Sentence } from "../text/tokenize.js";
import type { FoundCondition } from "./conditions.js";
import type { Trigger } from "./triggers.js";

/** A statement read from one sentence, before it becomes a chronicle item. */
export interface FoundStatement {
  sentence: Sentence;
  trigger: Trigger;
  /** Actor key of the speaker. */
  speaker: string;
  how: string;
  kind: StatementKind;
  coding: Coding;
  /** Token range of what was said. */
  region: [number, number];
  /** Token index where the reported content starts (dates after it are the content's). */
  content?: number;
  /**
   * Tokens [from, to) that tell of the saying when the words come before the verb
   * ('"…," she said on Friday'; "X, he said on Monday, would …"): dates there are the saying's.
   */
  saying?: [number, number];
  conditions: FoundCondition[];
  targets: string[];
  quote?: string;
  summary: string;
  /** A headline of at most 80 characters: "Putin: foreign troops would be legitimate targets". */
  title: string;
  confidence: number;
  /** A date fixed by the reading itself ("recent pledges", "before the rejection"). */
  date?: { value: string; note: string };
  /** An earlier statement this one answers ("rejected the offer", "a response to …"). */
  answers?: { to: FoundStatement; type: "rejects" | "responds_to" | "accepts" };
  /** Further sentences (and their statements) folded into this one. */
  repeats: FoundStatement[];
  notes: string[];
}
