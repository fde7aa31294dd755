import type { AnalyzedToken } from "./analyze";
import type { CorpusIndex } from "./corpusIndex";
import type { DraftSentence } from "./draft";

// Which draft sentences assert something checkable, and which names in them the corpus never uses.

/** Openers of signposting and first/second-person commentary ("We will…", "Let us…", "Voici…"). */
const COMMENTARY_OPENERS = new Set([
  "we", "i", "you", "let", "lets", "here", "now", "our", "my",
  "nous", "je", "j'", "tu", "vous", "voici", "voila", "passons", "revenons", "notre", "mon", "ma",
]);

const MIN_CONTENT_WORDS = 3;

export function isClaim(sentence: DraftSentence): boolean {
  if (sentence.figures.length) return true;
  if (/\?\s*$/.test(sentence.text)) return false;
  const first = sentence.tokens[0];
  if (first && COMMENTARY_OPENERS.has(first.norm)) return false;
  if (sentence.tokens.some((t) => t.name)) return true;
  return sentence.tokens.filter((t) => t.keys.length).length >= MIN_CONTENT_WORDS;
}

/**
 * A sentence-initial capitalised word counts as a name when it is no lexicon concept and the
 * corpus never uses it as a word ("Tesla delivered…" vs "Prices rose…").
 */
function isNameLike(token: AnalyzedToken, position: number, index: CorpusIndex): boolean {
  if (token.name) return true;
  if (position !== 0 || !token.capitalized || token.concept || !token.keys.length) return false;
  return token.keys.every((k) => k.startsWith("p:") || index.documentFrequency(k) === 0);
}

/** Names of the claim that no source sentence contains, as written in the draft. */
export function unknownNames(sentence: DraftSentence, index: CorpusIndex): string[] {
  const unknown: string[] = [];
  sentence.tokens.forEach((token, i) => {
    if (!isNameLike(token, i, index)) return;
    const present = token.keys.some((k) => !k.startsWith("p:") && index.documentFrequency(k) > 0);
    if (!present && !unknown.includes(token.text)) unknown.push(token.text);
  });
  return unknown;
}
