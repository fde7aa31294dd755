import { isHyphen } from "./chars";
import type { Token } from "./figureTokens";
import { wordTable } from "../text/wordTable";

// Numbers written in words, French and English: "quarante", "vingt-trois", "soixante et onze",
// "quatre-vingt-dix", "deux cents", "trois mille", "twenty-three", "one hundred and five".
// Magnitudes above a thousand (million, milliard...) are read by the quantity matcher.

const UNITS = wordTable<number>({
  zéro: 0,
  zero: 0,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
});

const TENS = wordTable<number>({
  vingt: 20,
  vingts: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  septante: 70,
  huitante: 80,
  octante: 80,
  nonante: 90,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});

const HUNDREDS = new Set(["cent", "cents", "hundred"]);
const THOUSANDS = new Set(["mille", "thousand"]);

/** Words that read as the number one but are usually articles. */
const ONE_WORDS = new Set(["un", "une", "one", "a", "an"]);

export function isNumberWord(w: string): boolean {
  return UNITS.has(w) || TENS.has(w) || HUNDREDS.has(w) || THOUSANDS.has(w);
}

export interface WordsNumber {
  value: number;
  startTok: number;
  endTok: number;
  /** A lone "un", "une", "one", "a", "an": an article unless a magnitude follows. */
  articleOne: boolean;
  /** Written with "une"/feminine one ("vingt et une"). */
  feminine: boolean;
}

type Last = "none" | "unit" | "tens" | "hundred" | "thousand";

/** The index of the next number word after a connector (hyphen, space, "et"/"and"), or -1. */
function nextNumberWord(toks: Token[], j: number): number {
  let k = j + 1;
  const t = toks[k];
  if (!t) return -1;
  if (t.kind === "punct" && isHyphen(t.text)) k++;
  else if (t.kind === "space" && !t.nl) {
    k++;
    const w = toks[k];
    if (w && w.kind === "word" && (w.norm === "et" || w.norm === "and") && toks[k + 1]?.kind === "space") k += 2;
  } else return -1;
  const w = toks[k];
  return w && w.kind === "word" && isNumberWord(w.norm) ? k : -1;
}

export function readNumberWords(toks: Token[], i: number): WordsNumber | null {
  const first = toks[i];
  if (!first || first.kind !== "word") return null;
  if (first.norm === "a" || first.norm === "an") {
    // "a hundred", "a thousand"; a lone "a" is an article, reported as such.
    const k = nextNumberWord(toks, i);
    if (k < 0 || !(HUNDREDS.has(toks[k].norm) || THOUSANDS.has(toks[k].norm))) {
      return { value: 1, startTok: i, endTok: i + 1, articleOne: true, feminine: false };
    }
  }
  let total = 0;
  let cur = 0;
  let last: Last = "none";
  let words = 0;
  let end = i;
  let feminine = false;
  let prevWord = "";
  let j = i;
  while (j >= 0) {
    const w = toks[j].norm;
    if (w === "a" || w === "an") {
      cur = 1;
      last = "unit";
    } else if (UNITS.has(w)) {
      const u = UNITS.get(w)!;
      const afterTens = last === "tens" && (u < 10 || (u < 20 && (cur % 100 === 60 || cur % 100 === 80)));
      const afterDix = last === "unit" && prevWord === "dix" && u >= 7 && u <= 9; // dix-sept, soixante-dix-huit
      if (!(last === "none" || afterTens || afterDix || last === "hundred" || last === "thousand")) break;
      cur += u;
      last = "unit";
      if (w === "une") feminine = true;
    } else if (TENS.has(w)) {
      const t = TENS.get(w)!;
      if (t === 20 && last === "unit" && cur % 100 === 4) {
        cur += 76; // quatre-vingt(s)
      } else if (last === "none" || last === "hundred" || last === "thousand") {
        cur += t;
      } else break;
      last = "tens";
    } else if (HUNDREDS.has(w)) {
      if (!(last === "none" || last === "unit") || cur >= 100) break;
      cur = (cur === 0 ? 1 : cur) * 100;
      last = "hundred";
    } else if (THOUSANDS.has(w)) {
      if (total > 0) break;
      total = (cur === 0 ? 1 : cur) * 1000;
      cur = 0;
      last = "thousand";
    } else break;
    words++;
    prevWord = w;
    end = j + 1;
    j = nextNumberWord(toks, j);
  }
  if (words === 0) return null;
  const value = total + cur;
  const articleOne = words === 1 && ONE_WORDS.has(first.norm);
  return { value, startTok: i, endTok: end, articleOne, feminine };
}

const ENGLISH = new Set([
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
  "twenty",
  "thirty",
  "forty",
  "fifty",
  "sixty",
  "seventy",
  "eighty",
  "ninety",
  "hundred",
  "thousand",
  "a",
  "an",
  "half",
  "dozen",
]);

/** Language of a number word; "six" is both and answers undefined. */
export function numberWordLang(w: string): "fr" | "en" | undefined {
  if (w === "six") return undefined;
  if (ENGLISH.has(w)) return "en";
  return isNumberWord(w) || w === "demi" ? "fr" : undefined;
}
