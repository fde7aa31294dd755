// Word normalisation shared by the lexicon, the matcher and the polarity cues: lower case,
// accents folded, apostrophes unified; and the Snowball stem of a word in its language.
import { newStemmer, type SnowballStemmer } from "snowball-stemmers";
import type { Lang } from "../types";

const stemmers: Record<Lang, SnowballStemmer> = {
  fr: newStemmer("french"),
  en: newStemmer("english"),
};

// Snowball costs ~20 µs a call; news vocabulary is Zipfian, so a bounded memo answers
// almost every lookup with one Map get.
const MEMO_LIMIT = 200_000;
const stemMemo: Record<Lang, Map<string, string>> = { fr: new Map(), en: new Map() };
const foldMemo = new Map<string, string>();

/** Lower-cases, removes diacritics, unifies apostrophes ("Détient" -> "detient", "œuvre" -> "oeuvre"). */
export function fold(word: string): string {
  let out = foldMemo.get(word);
  if (out === undefined) {
    out = word
      .toLowerCase()
      .replace(/œ/g, "oe")
      .replace(/æ/g, "ae")
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[’‘ʼ`´]/g, "'");
    if (foldMemo.size > MEMO_LIMIT) foldMemo.clear();
    foldMemo.set(word, out);
  }
  return out;
}

/** Snowball stem of a lower-case word (memoised). */
export function stem(word: string, lang: Lang): string {
  const memo = stemMemo[lang];
  let out = memo.get(word);
  if (out === undefined) {
    out = stemmers[lang].stem(word);
    if (memo.size > MEMO_LIMIT) memo.clear();
    memo.set(word, out);
  }
  return out;
}
