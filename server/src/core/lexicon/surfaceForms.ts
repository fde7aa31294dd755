// Lexicon keys of a word: its surface form, folded, then its Snowball stems.
import { fold, stem } from "../text/normalize";
import type { Lang } from "./types";

export { fold };

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
