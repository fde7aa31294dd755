import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** The folder of Attest's own package.json, found from this file whether it runs from out/ or a bundle. */
function packageRoot(from: string = __dirname): string {
  let dir = from;
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name === "attest") return dir;
      } catch {
        // An unreadable package.json is not ours; keep looking upwards.
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return from;
    dir = parent;
  }
}

export function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as { version?: string }).version ?? "0.0.0";
  } catch {
    return "0.0.0";
  }
}

/** The corpus shipped with Attest (the default when no --corpus is given). */
export function bundledCorpus(): string {
  return join(packageRoot(), "corpus");
}
