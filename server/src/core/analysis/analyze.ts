import type { Lang } from "../types";
import {
  clearLookupMemos,
  conceptOfWord,
  conceptsInWords,
  cueForm,
  lexiconWord,
  negationScopeOfCues,
  type LexiconWord,
} from "../lexicon/lexicon";
import { figureDirection } from "../lexicon/figureDirections";
import { stem } from "../text/normalize";
import { tokenize, type Token } from "./wordTokens";
import { isStopword } from "./retrievalStopwords";
import { conceptKey, nameKey, prefixKey, stemKey } from "./indexKeys";

// Turns a sentence into matching keys. A key is a concept of the bilingual lexicon ("c:…", shared
// by French and English), a name as written ("n:…"), a Snowball stem ("s:…") or a word prefix
// ("p:…", a weak key that lets cognates such as "structural"/"structurels" meet).

export interface AnalyzedToken extends Token {
  /** Keys this token can match on, strongest first. Empty for stop words and figures. Shared between tokens of the same word: read only. */
  keys: string[];
  /** A proper name (capitalised inside the sentence, or written like "OpenAI"). */
  name: boolean;
  /** Lexicon concept id when the token starts a concept match. */
  concept?: string;
  /** Under a negation ("ne … pas", "not", "refused to"). */
  negated: boolean;
}

const PREFIX_LENGTH = 6;

interface WordKeys {
  keys: string[];
  name: boolean;
}

/**
 * What analysis needs of one word as written, computed once per word type (news vocabulary is
 * Zipfian): the lower-case word the lexicon reads, and its keys at the start of a sentence and
 * inside one. Valid for tokens with the same text and the same derived fields.
 */
interface WordRecord {
  norm: string;
  capitalized: boolean;
  innerCapital: boolean;
  lower: string;
  /** The lexicon's and the negation reader's views of `lower`. */
  lexicon: LexiconWord;
  cue: string;
  initial?: WordKeys;
  inner?: WordKeys;
}

// A record with its keys and lexicon view weighs ~0.5 KB: 50k words a language bound the memo
// near 50 MB in a long-running server, far above a corpus's working vocabulary.
const MEMO_LIMIT = 50_000;
const records: Record<Lang, Map<string, WordRecord>> = { fr: new Map(), en: new Map() };
const NO_KEYS: WordKeys = Object.freeze({ keys: Object.freeze([]) as unknown as string[], name: false });

function recordOf(token: Token, lang: Lang): WordRecord {
  const memo = records[lang];
  const found = memo.get(token.text);
  // A token whose fields were set apart from its text ("n't" read as "not") gets its own record.
  if (
    found !== undefined &&
    found.norm === token.norm &&
    found.capitalized === token.capitalized &&
    found.innerCapital === token.innerCapital
  )
    return found;
  const lower = lowerWord(token.text);
  const record: WordRecord = {
    norm: token.norm,
    capitalized: token.capitalized,
    innerCapital: token.innerCapital,
    lower,
    lexicon: lexiconWord(lower, lang),
    cue: cueForm(lower),
  };
  if (found === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(token.text, record);
  }
  return record;
}

/** Forgets every memoised word (analysis and lexicon lookups); the answers stay the same, only slower. Used by tests. */
export function clearWordMemos(): void {
  records.fr.clear();
  records.en.clear();
  clearLookupMemos();
}

function lowerWord(text: string): string {
  const lower = text.toLowerCase();
  return /[’‘ʼ]/.test(lower) ? lower.replace(/[’‘ʼ]/g, "'") : lower;
}

/** Keys of a token outside any concept match (memoised on its word record). */
function wordKeys(token: Token, record: WordRecord, sentenceInitial: boolean, lang: Lang): WordKeys {
  if (sentenceInitial) return (record.initial ??= frozen(keysOf(token, true, lang)));
  return (record.inner ??= frozen(keysOf(token, false, lang)));
}

function frozen(k: WordKeys): WordKeys {
  if (!k.keys.length) return NO_KEYS;
  Object.freeze(k.keys);
  return Object.freeze(k);
}

/** Punctuation that ends a clause: a negation's scope stops there ("Sans test, on ne peut pas…"). */
const CLAUSE_PUNCTUATION = /[,;:.!?()[\]«»"“”—–]/u;

/**
 * Negation of each token, with the clause punctuation between tokens (which word tokens lose)
 * put back as boundaries when the text is known.
 */
function negationOf(tokens: readonly Token[], cues: string[], lang: Lang, text: string | undefined): boolean[] {
  if (text === undefined) return negationScopeOfCues(cues, lang);
  const withBreaks: string[] = [];
  const at: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && CLAUSE_PUNCTUATION.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start))) withBreaks.push(",");
    at.push(withBreaks.length);
    withBreaks.push(cues[i]!);
  }
  if (withBreaks.length === cues.length) return negationScopeOfCues(cues, lang);
  const negated = negationScopeOfCues(withBreaks, lang);
  return at.map((j) => negated[j] ?? false);
}

/** Analyses word tokens; `text`, the string their offsets point into, lets negation see clause punctuation. */
export function analyzeTokens(tokens: Token[], lang: Lang, text?: string): AnalyzedToken[] {
  const n = tokens.length;
  const wordRecords = new Array<WordRecord>(n);
  const words = new Array<string>(n);
  const lexiconWords = new Array<LexiconWord>(n);
  const cues = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const record = recordOf(tokens[i], lang);
    wordRecords[i] = record;
    words[i] = record.lower;
    lexiconWords[i] = record.lexicon;
    cues[i] = record.cue;
  }
  const negated = negationOf(tokens, cues, lang, text);
  const matches = conceptsInWords(lexiconWords);

  const out: AnalyzedToken[] = [];
  let next = 0; // first concept match not before token i
  for (let i = 0; i < n; i++) {
    const token = tokens[i];
    // Matches inside a span already taken (the gap of a wildcard expression) are passed over.
    while (next < matches.length && matches[next].start < i) next++;
    const concept = next < matches.length && matches[next].start === i ? matches[next] : undefined;
    if (concept) {
      const keys = [conceptKey(concept.concept)];
      const nameLike = token.capitalized && (i > 0 || token.innerCapital);
      if (nameLike && concept.end - i === 1) keys.push(nameKey(token.norm));
      // A multi-word concept can also meet its parts: "AI Act" meets "l'IA", "data centre" meets "data".
      for (let j = i; j < concept.end && j < n && concept.end - i > 1; j++) {
        const single = conceptOfWord(words[j], lang);
        for (const k of single ? [conceptKey(single)] : wordKeys(tokens[j], wordRecords[j], j === 0, lang).keys)
          if (!keys.includes(k)) keys.push(k);
      }
      out.push(withKeys(token, keys, false, concept.concept, negated[i] ?? false));
      for (let j = i + 1; j < concept.end && j < n; j++) {
        out.push(withKeys(tokens[j], NO_KEYS.keys, false, undefined, negated[j] ?? false));
      }
      i = concept.end - 1;
      continue;
    }
    // "up 9%": a direction right before a figure is the change of that figure.
    const direction = i + 1 < n && tokens[i + 1]!.numeric ? figureDirection(words[i]!, words[i - 1], lang) : undefined;
    if (direction) {
      out.push(withKeys(token, [conceptKey(direction)], false, direction, negated[i] ?? false));
      continue;
    }
    const own = wordKeys(token, wordRecords[i], i === 0, lang);
    out.push(withKeys(token, own.keys, own.name, undefined, negated[i] ?? false));
  }
  return out;
}

/** The analysed token, fields in the order of `{ ...token, keys, name, concept?, negated }`. */
function withKeys(t: Token, keys: string[], name: boolean, concept: string | undefined, negated: boolean): AnalyzedToken {
  if (concept === undefined) {
    return {
      start: t.start,
      end: t.end,
      text: t.text,
      norm: t.norm,
      capitalized: t.capitalized,
      innerCapital: t.innerCapital,
      numeric: t.numeric,
      keys,
      name,
      negated,
    };
  }
  return {
    start: t.start,
    end: t.end,
    text: t.text,
    norm: t.norm,
    capitalized: t.capitalized,
    innerCapital: t.innerCapital,
    numeric: t.numeric,
    keys,
    name,
    concept,
    negated,
  };
}

function keysOf(token: Token, sentenceInitial: boolean, lang: Lang): WordKeys {
  // Bare numbers are figures (compared separately); elided articles ("l'", "qu'") are function words.
  if (/^\p{N}+$/u.test(token.norm) || token.norm.endsWith("'")) return { keys: [], name: false };
  // A capitalised word inside a sentence is a name even when its lower-case form is a stop word ("US", "Open").
  const midSentenceCapital = token.capitalized && !sentenceInitial;
  if (isStopword(token.norm, lang) && !token.innerCapital && !midSentenceCapital) return { keys: [], name: false };
  const name =
    token.capitalized && (!sentenceInitial || token.innerCapital || (token.text.length > 1 && token.text === token.text.toUpperCase()));
  const keys: string[] = [];
  if (name || token.capitalized) keys.push(nameKey(token.norm));
  keys.push(stemKey(stem(token.norm, lang)));
  if (token.norm.length > PREFIX_LENGTH) keys.push(prefixKey(token.norm.slice(0, PREFIX_LENGTH)));
  return { keys, name };
}

export function analyze(text: string, from: number, to: number, lang: Lang): AnalyzedToken[] {
  return analyzeTokens(tokenize(text, from, to), lang, text);
}
