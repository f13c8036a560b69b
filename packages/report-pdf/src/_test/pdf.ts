import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { type Chronicle, parseChronicle } from "@briefline/core";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** The example chronicle as of this package's reference images (a copy, so edits to the example do not move them), parsed. */
export function exampleChronicle(): Chronicle {
  const text = readFileSync(new URL("../../test/fixtures/eef-2025.yaml", import.meta.url), "utf8");
  const result = parseChronicle(text, { filename: "chronicle.yaml" });
  if (!result.ok) throw new Error("the example chronicle does not validate");
  return result.chronicle;
}

/** A fixed issue date, so renders are byte-identical. */
export const ISSUED = new Date("2025-09-06T12:00:00Z");

/** What a test reads back from a PDF through pdfjs. */
export interface ReadPdf {
  pages: string[];
  pageCount: number;
  outline: Array<{ title: string; dest: string | null; page: number; items: Array<{ title: string; page: number }> }>;
  /** Link annotations per page: a named destination or a URL. */
  links: Array<Array<{ dest?: string; url?: string }>>;
  /** Page index of each named destination. */
  destPage(name: string): Promise<number | null>;
  info: Record<string, unknown>;
  sizes: Array<[number, number]>;
}

/**
 * Reads a PDF with pdfjs (legacy build, Node 20): the text of each page, the outline,
 * the links and where named destinations point.
 */
export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  const pages: string[] = [];
  const links: ReadPdf["links"] = [];
  const sizes: Array<[number, number]> = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? `${item.str}${item.hasEOL ? "\n" : ""}` : "")).join(""));
    const annotations = await page.getAnnotations();
    links.push(
      annotations
        .filter((a) => a.subtype === "Link")
        .map((a) => ({
          ...(typeof a.dest === "string" ? { dest: a.dest } : {}),
          ...(a.url ? { url: a.url as string } : {}),
        })),
    );
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    sizes.push([Math.round((x1 - x0) * 100) / 100, Math.round((y1 - y0) * 100) / 100]);
  }
  const destPage = async (name: string) => {
    const dest = await doc.getDestination(name);
    if (!dest) return null;
    return doc.getPageIndex(dest[0] as { num: number; gen: number });
  };
  const raw = (await doc.getOutline()) ?? [];
  const pageOfDest = async (dest: unknown) => (typeof dest === "string" ? await destPage(dest) : null) ?? -1;
  const outline: ReadPdf["outline"] = [];
  for (const item of raw) {
    const items = [];
    for (const child of item.items ?? []) items.push({ title: child.title, page: await pageOfDest(child.dest) });
    outline.push({
      title: item.title,
      dest: typeof item.dest === "string" ? item.dest : null,
      page: await pageOfDest(item.dest),
      items,
    });
  }
  const { info } = (await doc.getMetadata()) as unknown as { info: Record<string, unknown> };
  return { pages, pageCount: doc.numPages, outline, links, destPage, info, sizes };
}

/** Whether a command-line tool is installed. */
export function hasTool(name: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${name}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** The message a test skipped for a missing tool prints. */
export const installHint = (tool: string) =>
  `${tool} is not installed: apt-get install ${tool === "qpdf" ? "qpdf" : "poppler-utils"} (CI installs it)`;
