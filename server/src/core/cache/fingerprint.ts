// What the cached analysis depends on besides the corpus files: the code that analyses them
// (segmenter, lexicon, stemmers, figure extractor) and the ICU build behind Intl.Segmenter. Any
// change to them makes the cache stale, so it is part of the cache's identity.
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";

let cached: string | undefined;

// Code that reads the index but never shapes it: retrieval, verdicts, messages, the draft side.
// A change there keeps the cache (everything else in the core, new files included, invalidates it).
const NOT_ANALYSIS_FOLDERS = ["retrieval/", "verdicts/", "drafting/", "ignore/"];
const NOT_ANALYSIS_FILES = new Set(["index/figureKinds.js"]);

function shapesTheIndex(relative: string): boolean {
  return !NOT_ANALYSIS_FILES.has(relative) && !NOT_ANALYSIS_FOLDERS.some((folder) => relative.startsWith(folder));
}

/** Hash of the checking core's compiled code (or of the bundle that contains it) and of Node's ICU. */
export function codeFingerprint(): string {
  if (cached) return cached;
  const hash = createHash("sha1");
  hash.update(`${process.versions.node} ${process.versions.icu ?? ""} ${process.versions.unicode ?? ""}`);
  const core = path.resolve(__dirname, "..");
  const files = fs.existsSync(path.join(core, "index", "corpusIndex.js"))
    ? listJs(core).filter((f) => shapesTheIndex(path.relative(core, f).split(path.sep).join("/")))
    : [__filename];
  for (const file of files) {
    hash.update(file.slice(core.length));
    hash.update(fs.readFileSync(file));
  }
  return (cached = hash.digest("hex").slice(0, 16));
}

function listJs(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listJs(full));
    else if (entry.name.endsWith(".js")) out.push(full);
  }
  return out;
}
