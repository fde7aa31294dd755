// Where the package lives on disk, whether the server runs from tsc output
// (out/server/src/lsp/) or from the esbuild bundle (dist/attest.js).
import * as fs from "node:fs";
import * as path from "node:path";

/** The nearest folder above `from` holding the Attest package.json. */
function packageRoot(from: string = __dirname): string | undefined {
  let dir = path.resolve(from);
  for (;;) {
    if (isAttestPackage(path.join(dir, "package.json"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The corpus shipped with the package (`<root>/corpus`), when it exists. */
export function defaultBundledCorpus(from: string = __dirname): string | undefined {
  const root = packageRoot(from);
  if (!root) return undefined;
  const corpus = path.join(root, "corpus");
  return fs.existsSync(corpus) ? corpus : undefined;
}

function isAttestPackage(file: string): boolean {
  try {
    const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as { name?: unknown };
    return manifest.name === "attest";
  } catch {
    return false;
  }
}
