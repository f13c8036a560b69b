// A strict consumer of the packed packages: it type-checks against what the tarballs
// ship (dist/*.d.ts and their dependencies' types), not against the workspace sources.
import {
  type Chronicle,
  chronicleJsonSchema,
  chronicleToTimelineJs,
  type Issue,
  parseChronicle,
  parseDate,
  threatRegister,
} from "@briefline/core";
import { computeLayout } from "@briefline/core/layout";
import { extractCandidates } from "@briefline/extract";
import { renderBriefing } from "@briefline/report-pdf";
import { createTimeline, type TimelineHandle } from "@briefline/timeline-web";

export function describe(issues: readonly Issue[]): string[] {
  return issues.map((issue) => `${issue.line ?? 0}:${issue.column ?? 0} ${issue.message}`);
}

export function analyse(text: string): number {
  const result = parseChronicle(text, { filename: "in.yaml" });
  if (!result.ok) throw new Error(describe(result.errors).join("\n"));
  const chronicle: Chronicle = result.chronicle;
  const layout = computeLayout(chronicle, { width: 800 });
  const date = parseDate("2025-09");
  const timelineJs = chronicleToTimelineJs(chronicle);
  const schema: object = chronicleJsonSchema();
  return (
    threatRegister(chronicle).length +
    layout.lanes.length +
    timelineJs.events.length +
    (date.ok ? 1 : 0) +
    Object.keys(schema).length
  );
}

export async function brief(chronicle: Chronicle): Promise<Uint8Array> {
  return renderBriefing(chronicle, {});
}

export function candidates(text: string): number {
  return extractCandidates(text, { source: { title: "t", published: "2025-09-05" } }).chronicle.statements?.length ?? 0;
}

export function mount(element: HTMLElement, chronicle: Chronicle): TimelineHandle {
  const handle = createTimeline(element, chronicle, {});
  handle.on("select", (event) => console.log(event.id));
  return handle;
}
