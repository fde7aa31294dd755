import words from "./data/common-words.json";

// The common words of English (WordNet 3.1, lemmas seen in its sense-tagged corpus) and French
// (Lefff forms), from scripts/build-common-words.mjs. They tell a capitalised word that opens a
// sentence or a table cell ("Former…", "Hausse…", "| Metric |") from a name ("Acme…"). Built on
// first use: a few hundred thousand strings, needed only by the draft side.

let english: Set<string> | undefined;
let french: Set<string> | undefined;

/** English inflections WordNet does not list: plurals, third persons, past forms, -ing forms. */
function englishBases(word: string): string[] {
  const bases = [word];
  if (word.endsWith("ies")) bases.push(word.slice(0, -3) + "y");
  if (word.endsWith("es")) bases.push(word.slice(0, -2));
  if (word.endsWith("s")) bases.push(word.slice(0, -1));
  if (word.endsWith("ied")) bases.push(word.slice(0, -3) + "y");
  if (word.endsWith("ed")) bases.push(word.slice(0, -2), word.slice(0, -1));
  if (word.endsWith("ing")) bases.push(word.slice(0, -3), word.slice(0, -3) + "e");
  if (word.endsWith("ly")) bases.push(word.slice(0, -2));
  return bases;
}

/** Whether a lower-case word is a common word of English or French (not only a name). */
export function isCommonWord(lower: string): boolean {
  english ??= new Set(words.en.split("\n"));
  french ??= new Set(words.fr.split("\n"));
  if (french.has(lower)) return true;
  return englishBases(lower).some((b) => english!.has(b));
}
