import { hasInvisible, withoutInvisible } from "../text/invisible";
import { isApostrophe, isDigitCode, isHSpaceCode, isLetterCode, isNewlineCode } from "./chars";

// A linear tokenizer: runs of digits, runs of letters, runs of whitespace, and single other
// characters. Separators inside numbers ("1 300", "1,3") stay separate tokens so the number
// reader can decide with the language what they mean.

type TokenKind = "num" | "word" | "space" | "punct" | "url";

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  text: string;
  /** Lower-cased text; apostrophes normalised to "'". */
  norm: string;
  /** For spaces: the run contains a line break. */
  nl: boolean;
}

const URL_PREFIXES = ["http://", "https://", "www."];
const URL_TRAILING = /[.,;:!?)\]»"'\u2019>]+$/;

function urlEnd(text: string, i: number): number {
  const head = text.slice(i, i + 8).toLowerCase();
  if (!URL_PREFIXES.some((p) => head.startsWith(p))) return -1;
  let j = i;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (isHSpaceCode(c) || isNewlineCode(c) || c === 60 /* < */) break;
    j++;
  }
  const trimmed = text.slice(i, j).replace(URL_TRAILING, "");
  return i + Math.max(trimmed.length, 4);
}

/**
 * Tokens of `text`. Invisible format characters are read past ("mil\u00adliards" is one word):
 * token texts leave them out, offsets are those of `text`, and the tokens still tile it.
 */
export function tokenize(text: string): Token[] {
  if (!hasInvisible(text)) return tokenizeVisible(text);
  const { text: visible, original } = withoutInvisible(text);
  const tokens = tokenizeVisible(visible);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    // The first token starts where the text does; each one ends where the next starts.
    t.start = k === 0 ? 0 : original[t.start]!;
    t.end = k + 1 < tokens.length ? original[tokens[k + 1]!.start]! : text.length;
  }
  return tokens;
}

function tokenizeVisible(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let j = i + 1;
    let kind: TokenKind;
    let nl = false;
    if (isDigitCode(c)) {
      while (j < n && isDigitCode(text.charCodeAt(j))) j++;
      kind = "num";
    } else if (isHSpaceCode(c) || isNewlineCode(c)) {
      nl = isNewlineCode(c);
      while (j < n) {
        const d = text.charCodeAt(j);
        if (isNewlineCode(d)) nl = true;
        else if (!isHSpaceCode(d)) break;
        j++;
      }
      kind = "space";
    } else if (isLetterCode(c)) {
      const u = c === 104 || c === 72 || c === 119 || c === 87 ? urlEnd(text, i) : -1; // h / w
      if (u > i) {
        j = u;
        kind = "url";
      } else {
        while (j < n && isLetterCode(text.charCodeAt(j))) j++;
        kind = "word";
      }
    } else {
      // Keep surrogate pairs (emoji) whole so offsets stay on character boundaries.
      if (c >= 0xd800 && c <= 0xdbff && j < n) j++;
      kind = "punct";
    }
    const t = text.slice(i, j);
    const norm = kind === "word" ? t.toLowerCase() : kind === "punct" && isApostrophe(t) ? "'" : t;
    out.push({ kind, start: i, end: j, text: t, norm, nl });
    i = j;
  }
  return out;
}
