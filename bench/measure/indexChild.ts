// Run in a child process by indexing.ts, so each measure starts as a fresh process would:
// `node indexChild.js <corpus> <cacheDir> <threads|auto>`; prints one JSON line.
import { indexCorpus } from "../../server/src/core";

async function main(): Promise<void> {
  const [corpus, cacheDir, threads] = process.argv.slice(2);
  const started = performance.now();
  const result = await indexCorpus([corpus!], { cacheDir, threads: threads === "auto" ? undefined : Number(threads) });
  const ms = performance.now() - started;
  const out = {
    ms,
    stats: result.stats,
    documents: result.index.documentCount,
    sentences: result.index.sentenceCount,
    rssMB: process.memoryUsage().rss / 1e6,
    heapMB: process.memoryUsage().heapUsed / 1e6,
    externalMB: process.memoryUsage().external / 1e6,
  };
  process.stdout.write(JSON.stringify(out) + "\n");
}

void main();
