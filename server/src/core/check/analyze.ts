import type { Lang } from "../types";
import { conceptOfWord, conceptsIn, negationScope } from "../lexicon";
import { stem } from "../text/normalize";
import { tokenize, type Token } from "./tokenize";
import { isStopword } from "./stopwords";

// Turns a sentence into matching keys. A key is a concept of the bilingual lexicon ("c:…", shared
// by French and English), a name as written ("n:…"), a Snowball stem ("s:…") or a word prefix
// ("p:…", a weak key that lets cognates such as "structural"/"structurels" meet).

export interface AnalyzedToken extends Token {
  /** Keys this token can match on, strongest first. Empty for stop words and figures. */
  keys: string[];
  /** A proper name (capitalised inside the sentence, or written like "OpenAI"). */
  name: boolean;
  /** Lexicon concept id when the token starts a concept match. */
  concept?: string;
  /** Under a negation ("ne … pas", "not", "refused to"). */
  negated: boolean;
}

export const PREFIX_LENGTH = 6;

export function analyzeTokens(tokens: Token[], lang: Lang): AnalyzedToken[] {
  const words = tokens.map((t) => t.text.toLowerCase().replace(/[’‘ʼ]/g, "'"));
  const negated = negationScope(words, lang);
  const conceptAt = new Map<number, { end: number; concept: string }>();
  for (const match of conceptsIn(words, lang)) conceptAt.set(match.start, match);

  const out: AnalyzedToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const concept = conceptAt.get(i);
    if (concept) {
      const keys = [`c:${concept.concept}`];
      const nameLike = token.capitalized && (i > 0 || token.innerCapital);
      if (nameLike && concept.end - i === 1) keys.push(`n:${token.norm}`);
      // A multi-word concept can also meet its parts: "AI Act" meets "l'IA", "data centre" meets "data".
      for (let j = i; j < concept.end && j < tokens.length && concept.end - i > 1; j++) {
        const single = conceptOfWord(words[j], lang);
        for (const k of single ? [`c:${single}`] : keysOf(tokens[j], j === 0, lang).keys) if (!keys.includes(k)) keys.push(k);
      }
      out.push({ ...token, keys, name: false, concept: concept.concept, negated: negated[i] ?? false });
      for (let j = i + 1; j < concept.end && j < tokens.length; j++) {
        out.push({ ...tokens[j], keys: [], name: false, negated: negated[j] ?? false });
      }
      i = concept.end - 1;
      continue;
    }
    out.push({ ...token, ...keysOf(token, i === 0, lang), negated: negated[i] ?? false });
  }
  return out;
}

function keysOf(token: Token, sentenceInitial: boolean, lang: Lang): { keys: string[]; name: boolean } {
  // Bare numbers are figures (compared separately); elided articles ("l'", "qu'") are function words.
  if (/^\p{N}+$/u.test(token.norm) || token.norm.endsWith("'")) return { keys: [], name: false };
  // A capitalised word inside a sentence is a name even when its lower-case form is a stop word ("US", "Open").
  const midSentenceCapital = token.capitalized && !sentenceInitial;
  if (isStopword(token.norm, lang) && !token.innerCapital && !midSentenceCapital) return { keys: [], name: false };
  const name = token.capitalized && (!sentenceInitial || token.innerCapital || token.text.length > 1 && token.text === token.text.toUpperCase());
  const keys: string[] = [];
  if (name || token.capitalized) keys.push(`n:${token.norm}`);
  keys.push(`s:${stem(token.norm, lang)}`);
  if (token.norm.length > PREFIX_LENGTH) keys.push(`p:${token.norm.slice(0, PREFIX_LENGTH)}`);
  return { keys, name };
}

export function analyze(text: string, from: number, to: number, lang: Lang): AnalyzedToken[] {
  return analyzeTokens(tokenize(text, from, to), lang);
}
