import type { AnalyzedToken } from "../analysis/analyze";
import type { CorpusIndex } from "../index/corpusIndex";
import type { ClaimSentence } from "./claimSentence";
import { isPrefixKey } from "../analysis/indexKeys";

// Which draft sentences assert something checkable, and which names in them the corpus never uses.

/** Openers of signposting and first/second-person commentary ("We will…", "Let us…", "Voici…"). */
const COMMENTARY_OPENERS = new Set([
  "we", "i", "you", "let", "lets", "here", "now", "our", "my", "consider", "note", "recall",
  "nous", "je", "j'", "tu", "vous", "voici", "voila", "notre", "mon", "ma",
  // French first-person-plural imperatives that open signposting ("Voyons…", "Passons à…").
  "voyons", "passons", "revenons", "rappelons", "notons", "regardons", "examinons", "commencons",
  "terminons", "concluons", "resumons", "retenons", "soulignons", "precisons", "ajoutons",
]);

const MIN_CONTENT_WORDS = 3;

/** First-person words: a sentence that speaks for the writer ("Selon nous…", "I think…") is commentary unless it names someone. */
const FIRST_PERSON = new Set(["nous", "je", "j'", "moi", "me", "m'", "we", "i", "us", "me", "my", "our"]);

export function isClaim(sentence: ClaimSentence): boolean {
  if (sentence.figures.length) return true;
  if (sentence.heading) return false;
  if (/\?\s*$/.test(sentence.text)) return false;
  const first = sentence.tokens[0];
  if (first && COMMENTARY_OPENERS.has(first.norm)) return false;
  if (sentence.tokens.some((t) => t.name)) return true;
  if (sentence.tokens.some((t) => FIRST_PERSON.has(t.norm))) return false;
  return sentence.tokens.filter((t) => t.keys.length).length >= MIN_CONTENT_WORDS;
}

/**
 * A capitalised word (a name, or a sentence-initial word) that no source sentence contains in any
 * form: "Tesla delivered…", "…said Elon Musk". Common words pass, since the corpus uses them
 * ("Prices rose…"), and concepts match across languages ("Europe's" meets "européen").
 */
function isUnknownName(token: AnalyzedToken, index: CorpusIndex): boolean {
  if (!token.capitalized || !token.keys.length) return false;
  return token.keys.every((k) => isPrefixKey(k) || index.documentFrequency(k) === 0);
}

/** Names of the claim that no source sentence contains, as written in the draft (first occurrences). */
export function unknownNames(sentence: ClaimSentence, index: CorpusIndex): AnalyzedToken[] {
  const unknown: AnalyzedToken[] = [];
  for (const token of sentence.tokens) {
    // Month names are figures ("in October"), compared as values, not names.
    if (sentence.figures.some((f) => token.start < f.end && token.end > f.start)) continue;
    if (isUnknownName(token, index) && !unknown.some((u) => u.text === token.text)) unknown.push(token);
  }
  return unknown;
}
