// Word normalisation shared by the lexicon and the polarity cues: lower case, accents folded,
// apostrophes unified, hyphens dropped, then the Snowball stem of the language.
import { newStemmer, type SnowballStemmer } from "snowball-stemmers";
import type { Lang } from "./types";

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

/**
 * Canonical surface form of a caller's token: lower case, apostrophes unified, the elision
 * apostrophe and hyphens dropped ("l'" -> "l", "start-up" -> "startup"), accents kept so the
 * stemmer still sees them.
 */
export function surface(token: string): string {
  let t = token.toLowerCase().replace(/[’‘ʼ`´]/g, "'");
  if (t.length > 1 && t.endsWith("'")) t = t.slice(0, -1);
  if (t.length > 1 && t.startsWith("'")) t = t.slice(1);
  if (t.includes("-") && t.length > 1) t = t.replace(/-/g, "");
  return t;
}

/**
 * Lookup keys of one token, best first: its exact folded form (prefixed "="), then the folded
 * stem of the word as written and of the word without accents (Snowball treats "é" as a vowel,
 * so "detient" and "détient" may stem differently). Lexicon words are keyed the same way, so a
 * token matches whether or not the writer (or the tokenizer) kept the accents.
 */
export function tokenKeys(token: string, lang: Lang): string[] {
  const s = surface(token);
  const folded = fold(s);
  const a = fold(stem(s, lang));
  const b = folded === s ? a : stem(folded, lang);
  return a === b ? ["=" + folded, a] : ["=" + folded, a, b];
}

/** Stem keys only (no exact-form key); used to index lexicon words. */
export function stemKeys(word: string, lang: Lang): string[] {
  const keys = tokenKeys(word, lang);
  return keys.slice(1);
}
