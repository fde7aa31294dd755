// Scrapers often lose the line break after a section title or between flattened list items:
// "Fondement Fragilisé de la Coopération Selon des sources, le problème…",
// "Focus Controverseux - **Actionnariat** : … - **Droits** : …". These repairs cut such
// sentences where the evidence is strong, so titles do not pollute the sentence after them.
//
// Title rule: at the start of a line, a run of words that are all Capitalised or small
// function words (de, des, la, of, the…), holding at least two Capitalised content words and
// ending on one, followed by a Capitalised sentence opener (Selon, Les, Malgré, According, The…)
// whose next word is lower case. Ordinary sentences cannot have that shape: a subject in
// Title Case immediately followed by a capitalised article or pronoun is not grammatical.
import type { Span } from "../types";

const FUNCTION_WORDS = new Set([
  "de", "des", "du", "d", "la", "le", "les", "l", "et", "à", "a", "au", "aux", "en", "pour", "sur", "dans", "par",
  "avec", "sans", "ou", "un", "une", "vs", "of", "the", "and", "in", "on", "for", "to", "with", "at", "by", "from",
  "an", "or", "as", "&", "-", "–", "—", ":", "|",
]);

const OPENERS = new Set([
  "Selon", "Le", "La", "Les", "L", "Un", "Une", "Des", "Il", "Elle", "Ils", "Elles", "Ce", "Cet", "Cette", "Ces",
  "Malgré", "Depuis", "Dans", "Pour", "Après", "Avant", "Face", "Lors", "Mais", "Cependant", "Toutefois", "Alors",
  "Au", "Aux", "Si", "Bien", "Outre", "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche",
  "According", "The", "In", "After", "Before", "While", "Despite", "Last", "This", "These", "It", "He", "She",
  "They", "As", "When", "Following", "Amid", "Over", "Since", "Although", "However",
]);

interface Word {
  text: string;
  start: number;
}

function words(text: string): Word[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index! }));
}

/** "Coopération", "OpenAI", "d'OpenAI", "IA" — a word whose first letter (after an elision) is upper case. */
function isCapitalised(word: string): boolean {
  const core = word.replace(/^[«"“(*_]+/, "").replace(/^[dlDL]['’]/, "");
  return /^\p{Lu}/u.test(core);
}

function bareWord(word: string): string {
  return word.replace(/^[«"“(*_]+|[»"”),;*_]+$/g, "");
}

/**
 * Offset (into `sentence`) where the sentence proper starts after a glued title, or undefined
 * when the sentence does not start with one.
 */
export function gluedTitleEnd(sentence: string): number | undefined {
  const ws = words(sentence);
  let capitalised = 0;
  for (let i = 0; i + 1 < ws.length && i <= 15; i++) {
    const word = bareWord(ws[i].text);
    const lower = word.toLowerCase().replace(/['’]$/, "");
    if (i >= 2 && capitalised >= 2 && OPENERS.has(word.replace(/['’].*$/, "")) && opensSentence(ws, i)) {
      const last = bareWord(ws[i - 1].text);
      if (isCapitalised(last) && !FUNCTION_WORDS.has(last.toLowerCase())) return ws[i].start;
    }
    if (/[.!?;]$/.test(ws[i].text)) return undefined;
    if (FUNCTION_WORDS.has(lower) && (i > 0 || isCapitalised(word))) continue;
    if (!isCapitalised(word)) return undefined;
    capitalised++;
  }
  return undefined;
}

/** The opener at `i` starts a sentence in sentence case: the word after it is lower case or a number. */
function opensSentence(ws: Word[], i: number): boolean {
  const opener = ws[i].text;
  // "L'entreprise": the elided opener carries its own next word.
  if (/^[LD]['’]\p{Ll}/u.test(opener)) return true;
  const next = ws[i + 1]?.text;
  if (!next || ws.length - i < 4) return false;
  return /^[«"“(]*[\p{Ll}\d]/u.test(next);
}

// " - **Droits** :" and " • …": list items flattened into one line.
const INLINE_BULLET = /[ \t\u00a0](?:[-–•*][ \t\u00a0]+(?=\*\*|__)|•[ \t\u00a0]+)/g;

/** Offsets (into `sentence`) where flattened list items begin. */
export function inlineBulletStarts(sentence: string): number[] {
  return [...sentence.matchAll(INLINE_BULLET)].map((m) => m.index! + 1).filter((i) => i > 0);
}

/** Splits `span` of `text` at the given offsets (relative to span.start), trimming each piece. */
export function splitSpan(text: string, span: Span, cuts: number[]): Span[] {
  const pieces: Span[] = [];
  let start = span.start;
  for (const cut of [...cuts.map((c) => span.start + c), span.end]) {
    let s = start;
    let e = cut;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) pieces.push({ start: s, end: e });
    start = cut;
  }
  return pieces;
}
