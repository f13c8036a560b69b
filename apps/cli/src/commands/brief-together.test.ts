import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statfsSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { canMount } from "../hardening/_support.js";
import { examplePath, run, tempDir } from "../test-support/run.js";

// Issue 11: `brief` wrote half its output: on a full disk it replaced timeline.html, kept
// the old briefing.pdf and said "nothing was changed"; with an input named briefing.pdf in
// the output folder it printed the stats and wrote the timeline before refusing.
const OLD_PAGE = "<!doctype html><p>last week's timeline</p>\n";
const OLD_PDF = "%PDF-1.7 last week's briefing\n";

describe("brief: all outputs land together or none do", () => {
  it("brief(out/briefing.pdf as the input) refuses before printing or writing anything", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "out"));
    copyFileSync(examplePath, join(dir, "out", "briefing.pdf"));
    const r = await run(["brief", "out/briefing.pdf", "--out", "out"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/briefing\.pdf/);
    expect(readdirSync(join(dir, "out"))).toEqual(["briefing.pdf"]);
  });

  const mountable = canMount(tempDir());
  const mounts: string[] = [];
  afterAll(() => {
    for (const m of mounts.reverse()) execFileSync("umount", ["-l", m], { stdio: "ignore" });
  });

  it.skipIf(!mountable)(
    "brief(on a disk with room for the page but not the PDF) keeps both previous outputs and says so",
    async () => {
      // How big the new outputs are, written where there is room.
      const roomy = tempDir();
      expect((await run(["brief", examplePath, "--out", "out"], { cwd: roomy })).code).toBe(0);
      const page = statSync(join(roomy, "out", "timeline.html")).size;
      const pdf = statSync(join(roomy, "out", "briefing.pdf")).size;
      const dir = tempDir();
      execFileSync("mount", [
        "-t",
        "tmpfs",
        "-o",
        `size=${Math.ceil((page + pdf) / 4096) * 4096 + 262_144}`,
        "tmpfs",
        dir,
      ]);
      mounts.push(dir);
      copyFileSync(examplePath, join(dir, "c.yaml"));
      mkdirSync(join(dir, "out"));
      writeFileSync(join(dir, "out", "timeline.html"), OLD_PAGE);
      writeFileSync(join(dir, "out", "briefing.pdf"), OLD_PDF);
      // Fill the disk until the page still fits and the PDF no longer does.
      const free = () => {
        const s = statfsSync(dir);
        return s.bavail * s.bsize;
      };
      for (let i = 0; free() > page + Math.min(pdf, 65_536) / 2 + 8192; i++)
        writeFileSync(join(dir, `filler-${i}`), Buffer.alloc(4096, 1));
      expect(free()).toBeGreaterThan(page);
      expect(free()).toBeLessThan(page + pdf);
      const r = await run(["brief", "c.yaml", "--out", "out"], { cwd: dir });
      expect(r.code).toBe(3);
      expect(r.stderr).toMatch(/the disk is full\n {2}hint: .*nothing was changed/);
      expect(readFileSync(join(dir, "out", "timeline.html"), "utf8")).toBe(OLD_PAGE);
      expect(readFileSync(join(dir, "out", "briefing.pdf"), "utf8")).toBe(OLD_PDF);
      expect(readdirSync(join(dir, "out")).sort()).toEqual(["briefing.pdf", "timeline.html"]);
    },
    120_000,
  );
});
