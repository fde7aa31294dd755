// Character classes shared by the tokenizer and the matchers.

const NBSP = "\u00a0";
const NNBSP = "\u202f";

const LETTER = /[\p{L}\p{M}]/u;

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Cache of the Unicode test for BMP characters: 0 unknown, 1 letter, 2 not a letter. */
const LETTER_CACHE = new Uint8Array(0x10000);

/** Letters of any script, plus combining marks so decomposed accents stay inside words. */
export function isLetterCode(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false; // astral characters (emoji) are punctuation here
  let k = LETTER_CACHE[c];
  if (k === 0) {
    k = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
    LETTER_CACHE[c] = k;
  }
  return k === 1;
}

export function isNewlineCode(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || c === 0x85;
}

/** Horizontal spaces, including the non-breaking ones French typography puts inside numbers. */
export function isHSpaceCode(c: number): boolean {
  return (
    c === 32 ||
    c === 9 ||
    c === 0xa0 ||
    c === 0x202f ||
    c === 0x2009 ||
    c === 0x2007 ||
    c === 0x200a ||
    c === 0x2002 ||
    c === 0x2003 ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 11 ||
    c === 12
  );
}

/** Spaces that only ever separate thousands in English text (never a plain space). */
export function isNarrowSpace(s: string): boolean {
  return s === NBSP || s === NNBSP || s === "\u2009" || s === "\u2007" || s === "\u200a";
}

export function isApostrophe(s: string): boolean {
  return s === "'" || s === "\u2019" || s === "\u02bc";
}

/** Hyphens and dashes that may join two numbers of a range ("10-20", "10–20"). */
export function isDash(s: string): boolean {
  return s === "-" || s === "\u2010" || s === "\u2011" || s === "\u2012" || s === "\u2013" || s === "\u2014";
}

/** Characters that join the parts of a compound word ("vingt-trois", "demi-milliard"). */
export function isHyphen(s: string): boolean {
  return s === "-" || s === "\u2010" || s === "\u2011";
}

export function isSignChar(s: string): boolean {
  return s === "-" || s === "+" || s === "\u2212";
}

export function startsUpper(s: string): boolean {
  const ch = s.charAt(0);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function hasUpper(s: string): boolean {
  return s !== s.toLowerCase();
}

/** French elision: the word starts with a vowel sound we can detect from spelling. */
export function startsWithVowel(s: string): boolean {
  // "y" and aspirated "h" words take "de": "de yuans", "de Hong Kong", "de huit".
  return /^[aeiouàâäéèêëîïôöùûüœæh]/i.test(s) && !/^h(?:uit|ui|ollande|ong)/i.test(s);
}
