import type { Lang } from "../types";
import { numberInWords } from "./format";

// Ordinal numbers in words and digits, both ways: "fifth" <-> 5, "quarante-sixième" <-> 46,
// "5th", "45e", "1er", "IIIe". The word tables are generated from the cardinal words, so reading
// and writing cannot drift apart.

/** Highest rank written in words that is read back; beyond it drafts use digits anyway. */
const MAX_WORD_ORDINAL = 100;

const EN_IRREGULAR = new Map([
  ["one", "first"],
  ["two", "second"],
  ["three", "third"],
  ["five", "fifth"],
  ["eight", "eighth"],
  ["nine", "ninth"],
  ["twelve", "twelfth"],
]);

function enOrdinalWord(n: number): string | undefined {
  const cardinal = numberInWords(n, "en");
  if (!cardinal) return undefined;
  const cut = Math.max(cardinal.lastIndexOf("-"), cardinal.lastIndexOf(" ")) + 1;
  const last = cardinal.slice(cut);
  const ord = EN_IRREGULAR.get(last) ?? (last.endsWith("y") ? `${last.slice(0, -1)}ieth` : `${last}th`);
  return cardinal.slice(0, cut) + ord;
}

function frOrdinalWord(n: number, feminine: boolean): string | undefined {
  if (n === 1) return feminine ? "première" : "premier";
  const cardinal = numberInWords(n, "fr");
  if (!cardinal) return undefined;
  // "cinq" -> "cinquième", "neuf" -> "neuvième", "quatre" -> "quatrième", "quatre-vingts" -> "quatre-vingtième".
  const stem = cardinal
    .replace(/(vingt|cent)s$/u, "$1")
    .replace(/cinq$/u, "cinqu")
    .replace(/neuf$/u, "neuv")
    .replace(/e$/u, "");
  return `${stem}ième`;
}

/** An ordinal in words ("fifth", "cinquième", "première"), or undefined past the word tables. */
export function ordinalWord(n: number, lang: Lang, feminine = false): string | undefined {
  if (!Number.isInteger(n) || n < 1 || n > MAX_WORD_ORDINAL) return undefined;
  return lang === "fr" ? frOrdinalWord(n, feminine) : enOrdinalWord(n);
}

interface OrdinalWordEntry {
  value: number;
  lang: Lang;
  feminine: boolean;
}

const ORDINAL_WORDS = new Map<string, OrdinalWordEntry>();
for (let n = 1; n <= MAX_WORD_ORDINAL; n++) {
  ORDINAL_WORDS.set(enOrdinalWord(n)!, { value: n, lang: "en", feminine: false });
  ORDINAL_WORDS.set(frOrdinalWord(n, false)!, { value: n, lang: "fr", feminine: false });
  ORDINAL_WORDS.set(frOrdinalWord(n, false)!.normalize("NFD").replace(/\p{M}/gu, ""), { value: n, lang: "fr", feminine: false });
}
ORDINAL_WORDS.set("première", { value: 1, lang: "fr", feminine: true });
ORDINAL_WORDS.set("premiere", { value: 1, lang: "fr", feminine: true });
for (const w of ["second", "seconde"]) ORDINAL_WORDS.set(w, { value: 2, lang: "fr", feminine: w === "seconde" });
// "second" is English too; the context decides the language of the figure.
ORDINAL_WORDS.set("second", { value: 2, lang: "en", feminine: false });

/** The first word of a multi-word ordinal ("vingt" of "vingt et unième", "twenty" of "twenty-first"). */
const ORDINAL_HEADS = new Set<string>();
for (const w of ORDINAL_WORDS.keys()) {
  const head = w.split(/[- ]/u)[0]!;
  if (head !== w) ORDINAL_HEADS.add(head);
}

/** The ordinal written as `phrase` (lower case, words joined by "-" or " " as written). */
export function readOrdinalWord(phrase: string): OrdinalWordEntry | undefined {
  return ORDINAL_WORDS.get(phrase);
}

/** `w` may start an ordinal in words (alone or as the head of a compound). */
export function mayStartOrdinalWord(w: string): boolean {
  return ORDINAL_WORDS.has(w) || ORDINAL_HEADS.has(w);
}

// Digits ---------------------------------------------------------------------------------------

/** "1st", "2nd", "3rd", "11th", "21st". */
export function ordinalDigitsEn(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? "th" : n % 10 === 1 ? "st" : n % 10 === 2 ? "nd" : n % 10 === 3 ? "rd" : "th";
  return `${n}${s}`;
}

const FR_SUFFIXES = new Set(["e", "ème", "eme", "è", "er", "re", "ère", "ere"]);
const EN_SUFFIXES = new Set(["st", "nd", "rd", "th"]);

/** The language of an ordinal suffix after digits ("e", "ème", "er" French; "th", "st" English), or undefined. */
export function ordinalSuffixLang(suffix: string): Lang | undefined {
  if (FR_SUFFIXES.has(suffix)) return "fr";
  if (EN_SUFFIXES.has(suffix)) return "en";
  return undefined;
}

const ROMAN: [number, string][] = [
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

/** A Roman numeral up to 89 ("III", "XXI"). */
export function toRoman(n: number): string {
  let out = "";
  let rest = n;
  for (const [v, s] of ROMAN) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}

/** The value of an upper-case Roman numeral written canonically ("XXI" -> 21), or undefined. */
export function fromRoman(s: string): number | undefined {
  if (!/^[IVXL]+$/u.test(s)) return undefined;
  const values = new Map([
    ["I", 1],
    ["V", 5],
    ["X", 10],
    ["L", 50],
  ]);
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = values.get(s[i]!)!;
    const next = i + 1 < s.length ? values.get(s[i + 1]!)! : 0;
    total += v < next ? -v : v;
  }
  return total > 0 && total < 90 && toRoman(total) === s ? total : undefined;
}
