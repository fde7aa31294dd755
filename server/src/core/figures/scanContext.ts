import type { Lang } from "../types";
import type { Token } from "./figureTokens";

/** What every matcher works on: the text, its tokens and the language of the text. */
export interface ScanContext {
  text: string;
  toks: Token[];
  lang: Lang;
}

/** Index after an optional single-line space at i. */
export function skipSpace(toks: Token[], i: number): number {
  const t = toks[i];
  return t && t.kind === "space" && !t.nl ? i + 1 : i;
}

/** Index of the previous non-space token before i, or -1 (stops at line breaks). */
export function prevNonSpace(toks: Token[], i: number): number {
  let j = i - 1;
  if (j >= 0 && toks[j].kind === "space") {
    if (toks[j].nl) return -1;
    j--;
  }
  return j;
}

export function isWordTok(t: Token | undefined, ...words: string[]): boolean {
  return !!t && t.kind === "word" && (words.length === 0 || words.includes(t.norm));
}

export function isPunctTok(t: Token | undefined, ...chars: string[]): boolean {
  return !!t && t.kind === "punct" && (chars.length === 0 || chars.includes(t.norm));
}

/** Matches a phrase of words (and "'" for elisions) starting at i, spaces allowed between words. Returns the end index or -1. */
export function matchPhrase(toks: Token[], i: number, parts: readonly string[]): number {
  let j = i;
  for (let p = 0; p < parts.length; p++) {
    if (p > 0 && parts[p] !== "'" && parts[p - 1] !== "'") {
      const k = skipSpace(toks, j);
      if (k === j && !(parts[p] === "-" || parts[p - 1] === "-")) return -1;
      j = k;
    }
    const t = toks[j];
    if (!t || t.norm !== parts[p]) return -1;
    j++;
  }
  return j;
}

/** Splits "jusqu'à" into ["jusqu", "'", "à"], "près de" into ["près", "de"]. */
export function phraseParts(phrase: string): string[] {
  const out: string[] = [];
  for (const w of phrase.split(" ")) {
    const pieces = w.split(/(['-])/);
    for (const p of pieces) if (p) out.push(p);
  }
  return out;
}

/** A sentence starts before i (nothing but opening punctuation since the last stop or line break). */
export function atSentenceStart(toks: Token[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const t = toks[j];
    if (t.kind === "space") {
      if (t.nl) return true;
      continue;
    }
    if (t.kind === "punct") {
      if (".!?:".includes(t.text)) return true;
      if ("\"«“(['‘*#-–—".includes(t.text)) continue;
    }
    return false;
  }
  return true;
}
