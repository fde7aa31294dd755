// Writes the benchmark corpus and draft to disk, once: a manifest records what was generated,
// and a later run with the same seed and size reuses the files.
import * as fs from "node:fs";
import * as path from "node:path";
import { generateArticle, type Vocabulary } from "./article";
import { generateDraft } from "./draft";
import { namePools } from "./names";
import { wordPool } from "./words";

/** Bump when the generator's output changes, so old data on disk is regenerated. */
const GENERATOR_VERSION = 1;

export interface GeneratedCorpus {
  folder: string;
  articles: number;
  bytes: number;
  words: number;
}

interface Manifest extends Omit<GeneratedCorpus, "folder"> {
  version: number;
  seed: number;
}

export function vocabulary(seed: number): Vocabulary {
  return { names: namePools(seed), words: { fr: wordPool(seed, "fr"), en: wordPool(seed, "en") } };
}

export function writeCorpus(folder: string, count: number, seed: number, vocab = vocabulary(seed)): GeneratedCorpus {
  const manifestFile = path.join(folder, "manifest.json");
  const existing = readManifest(manifestFile);
  if (existing && existing.version === GENERATOR_VERSION && existing.seed === seed && existing.articles === count) {
    return { folder, articles: existing.articles, bytes: existing.bytes, words: existing.words };
  }
  fs.rmSync(folder, { recursive: true, force: true });
  let bytes = 0;
  let words = 0;
  const made = new Set<string>();
  for (let i = 0; i < count; i++) {
    const article = generateArticle(seed, i, vocab);
    const file = path.join(folder, article.file);
    const dir = path.dirname(file);
    if (!made.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    fs.writeFileSync(file, article.text);
    bytes += Buffer.byteLength(article.text);
    words += countWords(article.text);
  }
  const manifest: Manifest = { version: GENERATOR_VERSION, seed, articles: count, bytes, words };
  // The manifest is a .json file: the corpus loader reads only .txt and .md.
  fs.writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
  return { folder, articles: count, bytes, words };
}

export function writeDraft(file: string, seed: number, words: number, vocab = vocabulary(seed)): string {
  const text = generateDraft(seed, vocab, { words, lang: "fr", articles: 1000 });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return text;
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function readManifest(file: string): Manifest | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as Manifest;
  } catch {
    return undefined;
  }
}
