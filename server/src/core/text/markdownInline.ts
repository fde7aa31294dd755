// Inline Markdown masking: code spans, links and images, raw HTML tags, bare URLs and e-mail
// addresses, escapes and emphasis markers. Link text is prose and stays; targets do not.
import type { Masker } from "./mask";

export function maskInline(m: Masker, referenceLabels: Set<string>): void {
  maskCodeSpans(m);
  maskEscapes(m);
  maskAll(m, AUTOLINK);
  maskAll(m, IMAGE);
  maskAll(m, IMAGE_REFERENCE);
  maskAll(m, FOOTNOTE_REFERENCE);
  maskLinks(m, referenceLabels);
  maskAll(m, HTML_TAG);
  maskUrls(m);
  maskAll(m, EMAIL, /\.+$/);
  maskAll(m, ENTITY);
  maskEmphasis(m);
}

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

/** "\*" is a literal star: blank the backslash and keep the star from later blanking. */
function maskEscapes(m: Masker): void {
  const text = m.text();
  for (let i = 0; i + 1 < text.length; i++) {
    if (text[i] === "\\" && ASCII_PUNCTUATION.test(text[i + 1]) && !m.isProtected(i)) {
      m.blank(i, i + 1);
      m.protect(i + 1);
      i++;
    }
  }
}

/** `code` and ``code with ` inside``: a run of n backticks closes at the next run of exactly n, within the paragraph. */
export function maskCodeSpans(m: Masker): void {
  const text = m.text();
  const runs = [...text.matchAll(/`+/g)].filter((r) => !isEscaped(text, r.index!));
  const used = new Set<number>();
  for (let i = 0; i < runs.length; i++) {
    if (used.has(i)) continue;
    const open = runs[i];
    for (let j = i + 1; j < runs.length; j++) {
      const close = runs[j];
      if (/\r?\n[ \t]*\r?\n/.test(text.slice(open.index!, close.index!))) break;
      if (close[0].length !== open[0].length) continue;
      m.blank(open.index!, close.index! + close[0].length);
      for (let k = i; k <= j; k++) used.add(k);
      break;
    }
  }
}

function isEscaped(text: string, index: number): boolean {
  let slashes = 0;
  for (let i = index - 1; i >= 0 && text[i] === "\\"; i--) slashes++;
  return slashes % 2 === 1;
}

const AUTOLINK = /<(?:[a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\s<>]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)>/g;
// Link destinations may hold one level of balanced parentheses (Wikipedia URLs) and a title.
const DESTINATION = String.raw`\(\s*(?:<[^>\n]*>|(?:[^()\s]|\([^()\s]*\))*)(?:\s+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?\s*\)`;
const LABEL = String.raw`\[((?:[^\[\]\n]|\[[^\[\]\n]*\])*)\]`;
const IMAGE = new RegExp(`!${LABEL}${DESTINATION}`, "g");
const IMAGE_REFERENCE = new RegExp(`!${LABEL}\\[[^\\]\\n]*\\]`, "g");
const FOOTNOTE_REFERENCE = /\[\^[^\]\s]+\]/g;
const INLINE_LINK = new RegExp(`${LABEL}${DESTINATION}`, "g");
const REFERENCE_LINK = new RegExp(`${LABEL}\\[([^\\]\\n]*)\\]`, "g");
const SHORTCUT_LINK = /\[([^[\]\n]+)\]/g;
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]{0,1000}?)?\/?>/g;
const EMAIL = /[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+/g;
const ENTITY = /&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#\d{1,7}|#[xX][0-9a-fA-F]{1,6});/g;

/** [text](url "title"), [text][id], and [text] when id is defined: blank all but the text. */
function maskLinks(m: Masker, labels: Set<string>): void {
  const keepText = (match: RegExpMatchArray) => {
    const start = match.index!;
    const textEnd = start + 1 + match[1].length;
    if (m.isProtected(start)) return;
    m.blank(start, start + 1);
    m.blank(textEnd, start + match[0].length);
  };
  for (const hit of m.text().matchAll(INLINE_LINK)) keepText(hit);
  for (const hit of m.text().matchAll(REFERENCE_LINK)) keepText(hit);
  if (labels.size === 0) return;
  for (const hit of m.text().matchAll(SHORTCUT_LINK)) {
    if (labels.has(hit[1].trim().toLowerCase())) keepText(hit);
  }
}

function maskAll(m: Masker, re: RegExp, trailingToKeep?: RegExp): void {
  for (const hit of m.text().matchAll(re)) {
    let length = hit[0].length;
    if (trailingToKeep) length -= trailingToKeep.exec(hit[0])?.[0].length ?? 0;
    m.blank(hit.index!, hit.index! + length);
  }
}

const URL = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"`]+/gi;

/** Bare URLs, without the sentence punctuation that follows them ("see https://x.org.") */
function maskUrls(m: Masker): void {
  for (const hit of m.text().matchAll(URL)) {
    let url = hit[0];
    for (;;) {
      const trimmed = url.replace(/[.,;:!?'’»”\]}*_]+$/, "");
      // Keep a closing parenthesis only when the URL opened one.
      const unbalanced = trimmed.endsWith(")") && count(trimmed, "(") < count(trimmed, ")");
      const next = unbalanced ? trimmed.slice(0, -1) : trimmed;
      if (next === url) break;
      url = next;
    }
    m.blank(hit.index!, hit.index! + url.length);
  }
}

function count(s: string, ch: string): number {
  return s.split(ch).length - 1;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Emphasis markers: runs of * and _, and ~~. A lone * between spaces (3 * 4) and an underscore
 * inside a word (snake_case) are not emphasis and stay.
 */
function maskEmphasis(m: Masker): void {
  const text = m.text();
  for (const hit of text.matchAll(/\*+|_+|~~+/g)) {
    const start = hit.index!;
    const end = start + hit[0].length;
    if (m.isProtected(start)) continue;
    const before = text[start - 1] ?? " ";
    const after = text[end] ?? " ";
    if (hit[0][0] === "*" && /\s/.test(before) && /\s/.test(after)) continue;
    if (hit[0][0] === "_" && WORD_CHAR.test(before) && WORD_CHAR.test(after)) continue;
    m.blank(start, end);
  }
}
