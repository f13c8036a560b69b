import type { Actor, Chronicle, Entry, Source } from "@briefline/core";
import type { Layout } from "@briefline/core/layout";
import type { Frame } from "../draw/frame.js";
import type { LinkTarget } from "../text/types.js";
import type { Notes } from "./notes.js";
import type { Scope } from "./scope.js";

/** A section's entry in the table of contents. */
export interface TocEntry {
  id: string;
  number: number;
  title: string;
  page: number;
}

/** Everything a section needs to draw itself. */
export interface Context {
  chronicle: Chronicle;
  frame: Frame;
  scope: Scope;
  tz: string;
  title: string;
  marking: string;
  issued: Date;
  previous?: Chronicle;
  notes: Notes;
  toc: TocEntry[];
  /** The outline item of the section being drawn (children hang under it). */
  outline: PDFKit.PDFOutline | null;
  actors: ReadonlyMap<string, Actor>;
  sources: ReadonlyMap<string, Source>;
  /** Every entry of the chronicle by id (in or out of the period). */
  byId: ReadonlyMap<string, Entry>;
  /** Ids of the items the chronology shows, so references to them can link. */
  shown: ReadonlySet<string>;
  /** An item's number in the chronology ("#12" there and on the chart), when the chronology shows it. */
  itemNumber(id: string): number | undefined;
  /** An actor's display name (its id when unknown). */
  name(id: string): string;
  /** A link to an item in the chronology, when it is shown there. */
  itemLink(id: string): LinkTarget | undefined;
  /** Reports a non-fatal problem once. */
  warn(message: string): void;
  /** Hands a drawn timeline chart's layout to the caller (`onChart`). */
  chart(title: string, layout: Layout): void;
  /** Reports one more unit of work done. */
  step(units?: number): void;
}
