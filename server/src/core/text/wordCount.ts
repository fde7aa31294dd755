// Counting the words of a line without splitting it: the boilerplate and heading rules ask for
// every sentence of every source.

/** The characters `\s` matches in JavaScript regular expressions. */
function isRegexSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
/** Cache of the Unicode test for BMP characters: 0 unknown, 1 letter or number, 2 neither. */
const BMP_CACHE = new Uint8Array(0x10000);

/** Is the code point starting at text[i] (code unit c) a letter or a number? */
function isLetterOrNumberAt(text: string, i: number, c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xd800 && c <= 0xdbff) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return LETTER_OR_NUMBER.test(text.slice(i, i + 2));
    return false;
  }
  if (c >= 0xdc00 && c <= 0xdfff) return false; // a lone low surrogate (a paired one was read with its high half)
  let known = BMP_CACHE[c];
  if (known === 0) {
    known = LETTER_OR_NUMBER.test(String.fromCharCode(c)) ? 1 : 2;
    BMP_CACHE[c] = known;
  }
  return known === 1;
}

/**
 * Number of whitespace-separated pieces holding a letter or a digit: the same count as
 * `text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length`.
 */
export function countWords(text: string): number {
  let count = 0;
  let counted = false; // the current piece has been counted
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isRegexSpace(c)) {
      counted = false;
      continue;
    }
    if (!counted && isLetterOrNumberAt(text, i, c)) {
      count++;
      counted = true;
    }
  }
  return count;
}
