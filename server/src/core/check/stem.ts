import type { Lang } from "../types";

// snowball-stemmers ships no types.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const snowball = require("snowball-stemmers") as { newStemmer(name: string): { stem(word: string): string } };

const stemmers: Record<Lang, { stem(word: string): string }> = {
  fr: snowball.newStemmer("french"),
  en: snowball.newStemmer("english"),
};
const caches: Record<Lang, Map<string, string>> = { fr: new Map(), en: new Map() };

/** Snowball stem of a folded word, memoised: news vocabulary is Zipfian, so the cache hits most of the time. */
export function stemWord(word: string, lang: Lang): string {
  const cache = caches[lang];
  let stem = cache.get(word);
  if (stem === undefined) {
    stem = stemmers[lang].stem(word);
    if (cache.size > 500_000) cache.clear();
    cache.set(word, stem);
  }
  return stem;
}
