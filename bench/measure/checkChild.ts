// Run in a child process by fullCheck.ts: loads the index from the cache, then checks the whole
// draft with a fresh checker (nothing reused). `node checkChild.js <corpus> <cacheDir> <draft>`.
import * as fs from "node:fs";
import { DraftChecker, indexCorpus } from "../../server/src/core";

async function main(): Promise<void> {
  const [corpus, cacheDir, draft] = process.argv.slice(2);
  const { index } = await indexCorpus([corpus!], { cacheDir });
  const text = fs.readFileSync(draft!, "utf8");
  const runs: number[] = [];
  let counts: Record<string, number> = {};
  // The first run pays for the lexicon tables and JIT warm-up; an editor has paid them before.
  for (let i = 0; i < 2; i++) {
    const started = performance.now();
    const result = new DraftChecker(index).check(text);
    runs.push(performance.now() - started);
    counts = {};
    for (const f of result.findings) counts[f.verdict] = (counts[f.verdict] ?? 0) + 1;
  }
  process.stdout.write(JSON.stringify({ firstMs: runs[0], ms: runs[1], counts }) + "\n");
}

void main();
