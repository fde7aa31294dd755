import { resolve } from "node:path";

// The bench's corpus generator (bench/corpus/write.ts), loaded from the build: the bench area
// references the tests, so the tests cannot import it, but both are built into out/ by then.

interface Generator {
  vocabulary(seed: number): unknown;
  writeCorpus(folder: string, count: number, seed: number, vocab?: unknown): { folder: string; articles: number; bytes: number };
  writeDraft(file: string, seed: number, words: number, vocab?: unknown): string;
}

export function corpusGenerator(): Generator {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(resolve(__dirname, "../../bench/corpus/write.js")) as Generator;
}
