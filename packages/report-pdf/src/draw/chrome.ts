import type { Line } from "../text/types.js";
import { fitLine } from "./fit-line.js";
import type { Frame } from "./frame.js";
import { INK, STYLES } from "./styles.js";

/** What the page furniture says. */
export interface ChromeText {
  title: string;
  marking: string;
  /** Left of the footer, e.g. "Issued 6 Sep 2025". */
  footer: string;
}

/**
 * Draws the furniture of every page once the page count is known: the marking
 * centred at the top and bottom, the running header (title and the page's section;
 * not on the cover), and the footer with "page X of Y". Drawn as pagination
 * artifacts, so screen readers skip it.
 *
 * @example
 * drawChrome(frame, { title: "Foreign troops…", marking: "UNCLASSIFIED", footer: "Issued 6 Sep 2025" });
 */
export function drawChrome(frame: Frame, text: ChromeText): void {
  const { doc, paper } = frame;
  const count = frame.pageSections.length;
  frame.where = "marking";
  const marking = frame.set([{ text: text.marking, style: STYLES.marking }], frame.width, "center")[0];
  frame.where = "title";
  // The running header depends only on the page's section: set once per section.
  const headers = new Map<string, { title: Line | undefined; right: Line | undefined }>();
  const headerOf = (section: string) => {
    let header = headers.get(section);
    if (!header) {
      const right = fitLine(frame, section, STYLES.chrome, frame.width * 0.4, "right");
      const room = frame.width - (right?.width ?? 0) - 24;
      header = { title: fitLine(frame, text.title, STYLES.chrome, room), right };
      headers.set(section, header);
    }
    return header;
  };
  const footer = frame.set([{ text: text.footer, style: STYLES.chrome }], frame.width / 2)[0];
  for (let page = 0; page < count; page++) {
    doc.switchToPage(page);
    frame.tags.artifact(() => {
      if (marking) {
        frame.drawLine(marking, frame.left, 16);
        frame.drawLine(marking, frame.left, paper.height - 16 - marking.height);
      }
      if (page > 0) {
        const { title, right } = headerOf(frame.pageSections[page] ?? "");
        if (title) frame.drawLine(title, frame.left, 36);
        if (right) frame.drawLine(right, frame.left + frame.width * 0.6, 36);
        doc.moveTo(frame.left, 48).lineTo(frame.right, 48).lineWidth(0.5).stroke(INK.rule);
      }
      const footY = paper.height - 46;
      doc
        .moveTo(frame.left, footY - 4)
        .lineTo(frame.right, footY - 4)
        .lineWidth(0.5)
        .stroke(INK.rule);
      const right = frame.set(
        [{ text: `page ${page + 1} of ${count}`, style: STYLES.chrome }],
        frame.width / 2,
        "right",
      )[0];
      if (footer) frame.drawLine(footer, frame.left, footY);
      if (right) frame.drawLine(right, frame.left + frame.width / 2, footY);
    }, "Pagination");
  }
  frame.where = "";
}
