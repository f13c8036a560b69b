import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
// @ts-expect-error: the same, for pooling the real-news split
import { poolScores } from "../../../eval/extract/pool.mjs";
// @ts-expect-error: a plain ES module shared with eval/extract/run.mjs, without types
import { scoreArticle } from "../../../eval/extract/score.mjs";
import { candidateInfo } from "./candidate-info.js";
import { extractCandidates } from "./extract.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
// The seed article stays outside the repository: beside the clone, or where BRIEFLINE_SEED_CORPUS says (CI).
const seed = process.env.BRIEFLINE_SEED_CORPUS ?? resolve(root, "../shared/corpus/eef-2025");
const held = join(root, "eval/extract/texts");
const blind = join(root, "eval/extract/blind");
const real = join(root, "eval/extract/real");

// Floor for the real-news development split (issue 14), pooled over its 30 articles: the
// baseline was F1 0.36; after the content-kind and speaker rules it measured 0.63, after
// the failure classes of 7 Dec 2026 (unnamed offices, references, appositions …) 0.71, after
// those of 8 Dec 2026 (unknown names, described speakers, nominal stances, continued
// quotes …) 0.75. The floor is that minus 0.05. The test split is not scored here: it is
// scored once, by hand.
const REAL_DEV_F1_FLOOR = 0.7;

// Regression floors for the blind texts (written and labelled by a reviewer who had not
// seen the rules). First contact scored F1 0.82, 0.59 and 0.44; after the fixes for the
// failure classes they showed, 1.00, 1.00 and 0.96. Each floor is the measured F1 minus
// 0.05, so a general change that loses ground on them fails here.
const BLIND_F1_FLOORS: Record<string, number> = {
  "blind-akanyaru-deadline": 0.95,
  "blind-baltic-tanker": 0.95,
  "blind-sahel-hostages": 0.91,
  // The second blind set, held back until after those fixes and scored once, untouched
  // since: first-contact F1 0.64 and 0.73, floors at minus 0.05.
  "blind2-assab-port": 0.59,
  "blind2-syunik-corridor": 0.68,
};

function score(dir: string) {
  const labels = JSON.parse(readFileSync(join(dir, "labels.json"), "utf8"));
  const text = readFileSync(join(dir, labels.article), "utf8");
  const { chronicle } = extractCandidates(text, { source: { title: "eval", published: labels.published } });
  return scoreArticle({ text, labels, chronicle, spansOf: (item: never) => candidateInfo(item).spans });
}

describe("extraction evaluation", () => {
  it.skipIf(!existsSync(join(seed, "labels.json")))(
    "meets the targets on the seed article (recall ≥ 0.8 with the right kind, precision ≥ 0.7, speaker ≥ 0.9, both events)",
    () => {
      const r = score(seed);
      expect(r.statements.recall).toBeGreaterThanOrEqual(0.8);
      expect(r.statements.recallRightKind).toBeGreaterThanOrEqual(0.8);
      expect(r.statements.precision).toBeGreaterThanOrEqual(0.7);
      expect(r.statements.speakerAccuracy).toBeGreaterThanOrEqual(0.9);
      expect(r.events.requiredFound).toBe(r.events.required);
    },
  );
  if (!existsSync(join(seed, "labels.json")))
    it("skips the seed article: ../shared/corpus/eef-2025 is not here (it is in CI and beside every developer's clone)", () => {});
  for (const name of readdirSync(held)) {
    it(`keeps recall and precision ≥ 0.7 on the held-out text ${name}`, () => {
      const r = score(join(held, name));
      expect(r.statements.recall).toBeGreaterThanOrEqual(0.7);
      expect(r.statements.precision).toBeGreaterThanOrEqual(0.7);
    });
  }
  it("keeps the pooled F1 of the real-news development split at or above its floor", { timeout: 600_000 }, () => {
    const manifest = JSON.parse(readFileSync(join(real, "manifest.json"), "utf8"));
    const dev = manifest.articles.filter((a: { split: string }) => a.split === "dev");
    const pooled = poolScores(dev.map((a: { folder: string }) => score(join(real, a.folder))));
    expect(pooled.statements.f1).toBeGreaterThanOrEqual(REAL_DEV_F1_FLOOR);
  });
  for (const name of readdirSync(blind)) {
    it(`keeps F1 at or above its floor on the blind text ${name}`, () => {
      const floor = BLIND_F1_FLOORS[name];
      expect(floor, `no F1 floor set for the blind text ${name}`).toBeDefined();
      expect(score(join(blind, name)).statements.f1).toBeGreaterThanOrEqual(floor ?? 1);
    });
  }
});
