// Corpus indexing, cold (no cache: every file read, parsed and analysed, the cache written) and
// from the cache (every file unchanged), each in a fresh process.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import type { IndexCorpusStats } from "../../server/src/core";

export interface IndexRun {
  ms: number;
  stats: IndexCorpusStats;
  documents: number;
  sentences: number;
  rssMB: number;
}

function run(corpus: string, cacheDir: string, threads: string): IndexRun {
  const out = execFileSync(process.execPath, [path.join(__dirname, "indexChild.js"), corpus, cacheDir, threads], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split("\n").at(-1)!) as IndexRun;
}

export function measureIndexing(corpus: string, cacheDir: string, threads = "auto"): { cold: IndexRun; cached: IndexRun } {
  fs.rmSync(cacheDir, { recursive: true, force: true });
  const cold = run(corpus, cacheDir, threads);
  const cached = run(corpus, cacheDir, threads);
  return { cold, cached };
}
