import { hasInvisible, withoutInvisible } from "../text/invisible";
import { fold } from "../text/normalize";

export { fold };

// Word tokens with exact offsets. Matching works on `norm` (lower case, accents folded,
// typographic apostrophes unified); offsets always point into the original text.

export interface Token {
  start: number;
  end: number;
  /** Text as written. */
  text: string;
  /** Lower case, accents removed, hyphens dropped inside words ("start-up" -> "startup"). */
  norm: string;
  /** Starts with an upper-case letter. */
  capitalized: boolean;
  /** Has an upper-case letter after the first character ("OpenAI", "SoftBank", "UE"). */
  innerCapital: boolean;
  /** Contains a digit. */
  numeric: boolean;
}

// Invisible format characters (text/invisible.ts) may sit inside a word: "mil\u00adliards".
const WORD = /[\p{L}\p{N}]+(?:(?:[-'’‘ʼ]|[\u00ad\u200b-\u200d\u2060\ufeff]+)[\p{L}\p{N}]+)*['’]?/gu;
// French elided articles and conjunctions written before an apostrophe: "l'acquisition".
const ELISION = /^(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’‘ʼ](?=\p{L})/iu;
const ENGLISH_POSSESSIVE = /['’‘ʼ]s?$/u;
const NEGATIVE_CONTRACTION = /n['’‘ʼ]t$/iu;

function makeToken(text: string, start: number): Token {
  const first = text.charAt(0);
  return {
    start,
    end: start + text.length,
    text,
    norm: fold(text).replace(/-/g, ""),
    capitalized: first !== first.toLowerCase(),
    innerCapital: /\p{Lu}/u.test(text.slice(1)),
    numeric: /\p{N}/u.test(text),
  };
}

/** A token of a word match, offset from the start of the match. */
interface Piece {
  offset: number;
  text: string;
  norm: string;
  capitalized: boolean;
  innerCapital: boolean;
  numeric: boolean;
}

// The tokens of a word match depend on the matched text alone; news vocabulary is Zipfian, so a
// bounded memo turns most matches into one Map get.
const MEMO_LIMIT = 100_000;
const piecesMemo = new Map<string, readonly Piece[]>();

function piecesOf(word: string): readonly Piece[] {
  let pieces = piecesMemo.get(word);
  if (pieces === undefined) {
    pieces = splitWord(word).map(({ start, end, ...rest }) => ({ offset: start, ...rest }));
    if (piecesMemo.size >= MEMO_LIMIT) piecesMemo.clear();
    piecesMemo.set(word, pieces);
  }
  return pieces;
}

/** Splits text[from..to] into word tokens. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = from;
  const slice = to === text.length ? text : text.slice(0, to);
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(slice)) !== null) {
    const at = m.index;
    if (hasInvisible(m[0])) {
      // Read without the invisible characters; offsets back in the text as written.
      const { text: visible, original } = withoutInvisible(m[0]);
      for (const p of piecesOf(visible)) {
        const start = at + original[p.offset]!;
        const end = at + original[p.offset + p.text.length - 1]! + 1;
        tokens.push({
          start,
          end,
          text: p.text,
          norm: p.norm,
          capitalized: p.capitalized,
          innerCapital: p.innerCapital,
          numeric: p.numeric,
        });
      }
      continue;
    }
    for (const p of piecesOf(m[0])) {
      const start = at + p.offset;
      tokens.push({
        start,
        end: start + p.text.length,
        text: p.text,
        norm: p.norm,
        capitalized: p.capitalized,
        innerCapital: p.innerCapital,
        numeric: p.numeric,
      });
    }
  }
  return tokens;
}

/** The tokens of one word match, with offsets from its start. */
function splitWord(match: string): Token[] {
  const tokens: Token[] = [];
  let word = match;
  let start = 0;
  const elision = ELISION.exec(word);
  if (elision) {
    tokens.push(makeToken(elision[1] + "'", start));
    start += elision[0].length;
    word = word.slice(elision[0].length);
  }
  if (NEGATIVE_CONTRACTION.test(word) && word.length > 3) {
    // "didn't" -> "did" + "not", so negation is seen in English drafts.
    const base = word.slice(0, -3);
    tokens.push(makeToken(base, start));
    const neg = makeToken(word.slice(-3), start + base.length);
    neg.norm = "not";
    tokens.push(neg);
    return tokens;
  }
  const possessive = ENGLISH_POSSESSIVE.exec(word);
  if (possessive && word.length > possessive[0].length) word = word.slice(0, -possessive[0].length);
  // Hyphenated names are split ("Microsoft-OpenAI"); hyphenated common words stay whole ("start-up").
  if (word.includes("-") && /\p{Lu}/u.test(word)) {
    let offset = start;
    for (const part of word.split("-")) {
      if (part) tokens.push(makeToken(part, offset));
      offset += part.length + 1;
    }
    return tokens;
  }
  tokens.push(makeToken(word, start));
  return tokens;
}

/**
 * Machine-translated articles glue names to the next word ("OpenAIfiliale", "OpenAILa"). Splits a
 * token whose head is a name seen on its own elsewhere, so both halves can match.
 */
export function splitGluedNames(tokens: Token[], isKnownName: (norm: string) => boolean): Token[] {
  const out: Token[] = [];
  for (const token of tokens) {
    const head = token.innerCapital && !isKnownName(token.norm) ? gluedHead(token.text, isKnownName) : 0;
    if (head) {
      out.push(makeToken(token.text.slice(0, head), token.start));
      out.push(makeToken(token.text.slice(head), token.start + head));
    } else {
      out.push(token);
    }
  }
  return out;
}

const isUpper = (ch: string) => ch !== ch.toLowerCase();

/** Length of the longest known name that starts the word where another word can begin, or 0. */
function gluedHead(text: string, isKnownName: (norm: string) => boolean): number {
  for (let i = text.length - 2; i >= 2; i--) {
    if (!/\p{L}/u.test(text[i])) continue;
    // At a change of case ("OpenAIfiliale", "GlobexLa"), or before a lower-case word of 3+ letters ("NovaTekfiliale").
    const caseChange = isUpper(text[i]) || isUpper(text[i - 1]);
    if (!caseChange && !(text.length - i >= 3 && /^\p{Ll}+$/u.test(text.slice(i)))) continue;
    if (isKnownName(fold(text.slice(0, i)))) return i;
  }
  return 0;
}
