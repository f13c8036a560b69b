import type { Chronicle } from "@briefline/core";
import type { Layout } from "@briefline/core/layout";

/** What to brief and how to print it. */
export interface BriefingOptions {
  /** Start of the period: an EDTF date ("2025-09", "2025-09-01"). Default: the first item. */
  from?: string;
  /** End of the period, an EDTF date (to the end of its precision). Default: the last item. */
  to?: string;
  /** Only items involving these actor ids (as speaker, target or participant). */
  actors?: string[];
  /** Only these statement or event kinds. */
  kinds?: string[];
  /** Title on the cover and in the running header. Default: the chronicle's title. */
  title?: string;
  /** Handling marking at the top and bottom of every page. Default: the chronicle's, else UNCLASSIFIED. */
  marking?: string;
  paper?: "a4" | "letter";
  /** An earlier version of the chronicle: adds a "What changed" section. */
  previous?: Chronicle;
  /** Extra fallback fonts (TTF/OTF bytes or file paths), used glyph by glyph where DejaVu has none. */
  fonts?: Array<Uint8Array | string>;
  /** Writes a tagged PDF (PDF/UA structure: headings, paragraphs, tables, figures, artifacts). */
  tagged?: boolean;
  /** Creation and issue date. Fixed, it makes two runs byte-identical. Default: now. */
  creationDate?: Date;
  /** Language of the text, BCP 47. Default "en". */
  language?: string;
  /** Receives non-fatal problems (glyphs no font has, empty sections, unknown filters). */
  onWarning?: (message: string) => void;
  /** Receives progress as units of work done out of a total. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Receives each timeline chart's layout as it is drawn, with its title, so a caller
   * can check what the pages show (`labelReport(layout)` from `@briefline/core/layout`).
   */
  onChart?: (chart: { title: string; layout: Layout }) => void;
}

/**
 * A problem with the options rather than the data (a bad date, an unknown actor or
 * kind, an unreadable font): the caller's usage error. `hint` says how to fix it.
 *
 * @example
 * try { await renderBriefing(c, { from: "2025-13" }) } catch (e) { if (e instanceof BriefingOptionError) console.error(e.message, e.hint) }
 */
export class BriefingOptionError extends RangeError {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = "BriefingOptionError";
  }
}
