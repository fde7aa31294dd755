import type { AnalyzedToken } from "../analysis/analyze";
import { isCalendarKind, unitOfMeasure, type Figure } from "../figures";
import { antonymsOf } from "../lexicon/lexicon";
import type { Lang, Span } from "../types";
import { qualifiesNoun } from "./unitPhrase";

// What a figure counts or measures: its role. A count's unit noun says it ("8 juges"), and is
// compared as the unit; an amount, a percentage or a measure needs the words its sentence attaches
// to it: "80 mètres haies" measures a race, "2,45 m en hauteur" a jump, "41 % du budget" a share
// of the budget, "un billet à 15 euros" a ticket's price, "the cost of the works, $3m". A source
// figure in another role is no evidence against the claim's figure, however well the rest of its
// sentence matches; neither is a figure of another time ("en 2023" against "en 2024").

/** Words that may stand between a figure (or its unit) and the noun it quantifies: "41 % du budget", "2 m en hauteur". */
const LINKS_AFTER = new Set(["de", "d'", "du", "des", "of", "en", "in", "au", "aux", "le", "la", "les", "l'", "the"]);
/** A copula after a figure attaches the noun after it: "2 m est le record", "10 % was the share". */
const COPULAS = new Set(["est", "sont", "etait", "etaient", "fut", "is", "are", "was", "were"]);
/**
 * Prepositions that attach the noun before a figure: "un budget de 3 M€", "a stake of 49 %", "un
 * billet à 15 euros", and a change's "by": "cut its allowances by 10%" changes the allowances
 * (French says it with "de": "réduire ses indemnités de 10 %").
 */
const LINKS_BEFORE = new Set(["de", "d'", "du", "des", "of", "à", "at", "pour", "for", "by"]);
/**
 * Determiners: the word before a figure's preposition is a noun only after one ("un budget de",
 * "the cost of"); without one it is mostly a verb ("s'élève à", "a augmenté de", "passe à").
 */
const DETERMINERS: Record<Lang, ReadonlySet<string>> = {
  fr: new Set("le la les l' un une des du au aux ce cet cette ces son sa ses leur leurs notre nos votre vos d'".split(" ")),
  en: new Set("the a an its their his her this that these those our your".split(" ")),
};
/** Units that count rather than measure: "3 000 personnes blessées" counts people, as "3 000 blessés" does. */
const COUNTED_UNITS = new Set(["person"]);

/** The unit of measure a word spells, not a counted noun ("mètres" -> "m"; "personnes" -> none). */
function measureUnit(word: string): string | undefined {
  const unit = unitOfMeasure(word);
  return unit === undefined || COUNTED_UNITS.has(unit) ? undefined : unit;
}

/** Role words read on each side: a noun and its adjective ("nage libre", "budget annuel"). */
const MAX_ROLE_WORDS = 2;

/** A figure's role: the matching keys of the words attached to it, empty when its sentence attaches none. */
export interface FigureRole {
  keys: ReadonlySet<string>;
}

/** The text between two offsets, to see whether punctuation separates two words. */
export type TextBetween = (from: number, to: number) => string;

/** Only spaces (and an elided article's apostrophe) between two words: they belong to one phrase. */
function joined(text: TextBetween, from: number, to: number): boolean {
  return /^[\s'’]*$/u.test(text(from, to));
}

/** A word that can name what is counted: a content word, not a name (an actor), not a number. */
function roleWord(t: AnalyzedToken): boolean {
  // A predicate with an antonym ("hausse de 10 %", "rose 11 %") is compared as the predicate, not as a role.
  return t.keys.length > 0 && !t.name && !t.numeric && !(t.concept !== undefined && antonymsOf(t.concept).length > 0);
}

/** The word as written, lower case, apostrophes unified ("À" -> "à", "D’" -> "d'"). */
function lower(t: AnalyzedToken): string {
  return t.text.toLowerCase().replace(/[’‘ʼ]/gu, "'");
}

/** The words after the figure (and its unit of measure): "80 mètres haies", "41 % du budget", "2 m est le record". */
function wordsAfter(figure: Figure, tokens: readonly AnalyzedToken[], text: TextBetween, lang: Lang): AnalyzedToken[] {
  let i = tokens.findIndex((t) => t.start >= figure.end);
  if (i < 0) return [];
  let at = figure.end;
  // A measure's role may follow it directly ("80 mètres haies", "100 m nage libre"); so may an
  // English noun after an amount or share ("a 49% stake", "a $15 ticket"). Else a link comes first:
  // a French word right after "10 %" or "3 millions" is mostly an adjective ("supplémentaires", "investis").
  let direct = lang === "en" && figure.kind !== "count";
  if (figure.kind === "count" && measureUnit(tokens[i]!.norm) !== undefined && joined(text, at, tokens[i]!.start)) {
    at = tokens[i]!.end;
    i++;
    direct = true;
  } else if (figure.kind === "count" && !figure.unit) return [];
  const words: AnalyzedToken[] = [];
  let links = 0;
  for (; i < tokens.length && words.length < MAX_ROLE_WORDS; i++) {
    const t = tokens[i]!;
    if (!joined(text, at, t.start)) break;
    at = t.end;
    const link = LINKS_AFTER.has(lower(t)) || DETERMINERS[lang].has(lower(t)) || (links === 0 && COPULAS.has(t.norm));
    if (!words.length && links < 2 && link) {
      links++;
      continue;
    }
    if (!roleWord(t) || (!links && !direct) || (!links && lang === "en" && qualifiesNoun(t.norm, lang))) break;
    words.push(t);
  }
  return words;
}

/** The noun before the figure's preposition, after a determiner: "un budget de 3 M€", "le record est de 2,45 m". */
function wordsBefore(start: number, tokens: readonly AnalyzedToken[], text: TextBetween, lang: Lang): AnalyzedToken[] {
  let j = -1;
  for (let k = tokens.length - 1; k >= 0; k--) {
    if (tokens[k]!.end <= start) {
      j = k;
      break;
    }
  }
  const link = tokens[j];
  if (!link || !joined(text, link.end, start)) return [];
  let at = start;
  // "à" is read as written: folded, it is the English article and the French "a" (has).
  if (LINKS_BEFORE.has(lower(link))) {
    at = link.start;
    j--;
  } else if (!COPULAS.has(link.norm)) return [];
  // "le record est de 2,45 m", "the cost of the works was $3m".
  if (tokens[j] && COPULAS.has(tokens[j]!.norm) && joined(text, tokens[j]!.end, at)) {
    at = tokens[j]!.start;
    j--;
  }
  const words: AnalyzedToken[] = [];
  for (; j >= 0 && words.length < MAX_ROLE_WORDS; j--) {
    const t = tokens[j]!;
    if (!joined(text, t.end, at)) return [];
    if (DETERMINERS[lang].has(lower(t))) return words;
    // An adjective before the noun ("the new bridge", "le nouveau budget") is passed over.
    if (!roleWord(t) && qualifiesNoun(lower(t), lang)) {
      at = t.start;
      continue;
    }
    if (!roleWord(t)) return [];
    at = t.start;
    words.push(t);
  }
  const determiner = tokens[j];
  return determiner && DETERMINERS[lang].has(lower(determiner)) && joined(text, determiner.end, at) ? words : [];
}

/**
 * The role of `figure` in a sentence of language `lang` whose analysed tokens are `tokens`
 * (offsets in the same text as the figure's). A count with a unit noun other than a measure has
 * its unit for role: no words are read. Calendar figures are dated events, compared by their
 * event (factAlignment.ts); ranks by their own role.
 */
export function figureRole(figure: Figure, tokens: readonly AnalyzedToken[], text: TextBetween, lang: Lang): FigureRole {
  const keys = new Set<string>();
  if (isCalendarKind(figure.kind) || figure.kind === "rank") return { keys };
  if (figure.kind === "count" && figure.unit && !measureUnit(figure.unit)) return { keys };
  const start = figure.hedgeSpan ? Math.min(figure.hedgeSpan.start, figure.start) : figure.start;
  for (const t of [...wordsAfter(figure, tokens, text, lang), ...wordsBefore(start, tokens, text, lang)]) {
    for (const k of t.keys) keys.add(k);
  }
  return { keys };
}

function meets(role: FigureRole, keys: ReadonlySet<string>): boolean {
  for (const k of role.keys) if (keys.has(k)) return true;
  return false;
}

/** Every matching key of a sentence's words. */
export function sentenceKeys(tokens: readonly AnalyzedToken[]): Set<string> {
  const keys = new Set<string>();
  for (const t of tokens) for (const k of t.keys) keys.add(k);
  return keys;
}

/**
 * Whether two figures play different roles: each sentence attaches words to its figure, those
 * words share no key, and one side's words are not stated anywhere in the other's sentence (else
 * they may be one noun phrase attached differently: "le record du saut, 2,45 m" and "un saut
 * record de 2,45 m"). A figure whose sentence attaches nothing to it has no role to compare:
 * "le projet pèse 5 milliards" may well be "un partenariat de 500 millions".
 */
export function rolesDiffer(a: FigureRole, aSentence: ReadonlySet<string>, b: FigureRole, bSentence: ReadonlySet<string>): boolean {
  if (!a.keys.size || !b.keys.size || meets(a, b.keys)) return false;
  return !meets(a, bSentence) || !meets(b, aSentence);
}

/** The years a calendar figure covers ("2024", "mars 2024", "2020-2024", "the 1990s"), or undefined without a year. */
function yearsOf(f: Figure): [number, number] | undefined {
  if (f.kind === "year") return [f.value, f.max ?? f.value];
  if (f.year === undefined) return undefined;
  return [f.year, f.year];
}

/** The years a figure's sentence (or clause) dates it with: its other calendar figures inside `span`. */
export function figureTimes(figure: Figure, figures: readonly Figure[], span?: Span): [number, number][] {
  if (isCalendarKind(figure.kind)) return [];
  const out: [number, number][] = [];
  for (const f of figures) {
    if (f === figure || !isCalendarKind(f.kind)) continue;
    if (span && (f.start < span.start || f.end > span.end)) continue;
    const years = yearsOf(f);
    if (years) out.push(years);
  }
  return out;
}

/** Both figures are dated and no year of one falls within a year of the other: two times, two facts. */
export function timesDiffer(a: readonly [number, number][], b: readonly [number, number][]): boolean {
  if (!a.length || !b.length) return false;
  return !a.some(([a0, a1]) => b.some(([b0, b1]) => a0 <= b1 && b0 <= a1));
}
