// Format characters a reader never sees: zero-width space, zero-width non-joiner and joiner, word
// joiner, soft hyphen, and a byte-order mark inside the text. Pasted text carries them into the
// middle of words and numbers ("mil\u00adliards"); the tokenizers read past them, and keep the
// offsets of the text as written so ranges and fixes cover them.

const INVISIBLE_CHARS = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
const INVISIBLE_GLOBAL = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

function isInvisibleCode(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

export function hasInvisible(text: string): boolean {
  return INVISIBLE_CHARS.test(text);
}

/**
 * The text without its invisible characters, and for each offset of that text (plus its end) the
 * offset of the same character in the original.
 */
export function withoutInvisible(text: string): { text: string; original: Int32Array } {
  const original = new Int32Array(text.length + 1);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    if (isInvisibleCode(text.charCodeAt(i))) continue;
    original[n++] = i;
  }
  original[n] = text.length;
  return { text: text.replace(INVISIBLE_GLOBAL, ""), original: original.subarray(0, n + 1) };
}

/** Lone CRs (old Mac line ends) as LFs: same length, so every offset still fits the original. */
export function unifyLineEnds(text: string): string {
  return text.includes("\r") ? text.replace(/\r(?!\n)/g, "\n") : text;
}
