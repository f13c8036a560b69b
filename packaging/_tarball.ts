import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";

/** Unpacks a .tgz into `dir` with the system's tar; returns its paths (as `package/…`). */
export function unpackTarball(file: string, dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  execFileSync("tar", ["-xzf", file, "-C", dir]);
  return walk(dir).map((path) => relative(dir, path).split("\\").join("/"));
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}
