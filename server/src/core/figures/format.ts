import type { Lang } from "../types";

// Writing numbers back: "1,3" / "1.3", "100 000" / "100,000", and small numbers in words.

/** Rounds away binary noise: 1.2999999999 -> 1.3. */
function clean(v: number): number {
  return Number(v.toPrecision(12));
}

/** The fewest decimals (up to `max`) that write v exactly. */
export function decimalsOf(v: number, max = 4): number {
  const c = clean(v);
  for (let d = 0; d < max; d++) {
    const f = Math.pow(10, d);
    if (Math.abs(Math.round(c * f) / f - c) < 1e-9 * Math.max(1, Math.abs(c))) return d;
  }
  return max;
}

export interface NumberFormat {
  /** Thousands separator; defaults to a space in French, "," in English. */
  group?: string;
  /** Decimals to write; defaults to the fewest that write the value exactly (at most 4). */
  decimals?: number;
  /** Group thousands from this value up (years are never grouped: pass Infinity). */
  groupFrom?: number;
}

export function formatNumber(v: number, lang: Lang, opts: NumberFormat = {}): string {
  const neg = v < 0;
  const a = clean(Math.abs(v));
  const d = opts.decimals ?? decimalsOf(a);
  const fixed = a.toFixed(d);
  const [whole, frac] = fixed.split(".");
  const group = opts.group ?? (lang === "fr" ? " " : ",");
  const int = Number(whole) >= (opts.groupFrom ?? 1000) ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, group) : whole;
  const dec = lang === "fr" ? "," : ".";
  return (neg ? "-" : "") + int + (frac ? dec + frac : "");
}

const FR_UNITS = [
  "zéro",
  "un",
  "deux",
  "trois",
  "quatre",
  "cinq",
  "six",
  "sept",
  "huit",
  "neuf",
  "dix",
  "onze",
  "douze",
  "treize",
  "quatorze",
  "quinze",
  "seize",
];
const FR_TENS = ["", "dix", "vingt", "trente", "quarante", "cinquante", "soixante", "soixante", "quatre-vingt", "quatre-vingt"];
const EN_UNITS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
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
];
const EN_TENS = ["", "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

function frBelow100(n: number, feminine: boolean): string {
  const one = feminine ? "une" : "un";
  if (n === 1) return one;
  if (n <= 16) return FR_UNITS[n];
  if (n < 20) return `dix-${FR_UNITS[n - 10]}`;
  const t = Math.floor(n / 10);
  let u = n % 10;
  if (t === 7 || t === 9) u += 10; // soixante-dix, quatre-vingt-dix
  const tens = FR_TENS[t];
  if (u === 0) return t === 8 ? "quatre-vingts" : tens;
  if (u === 1 && t !== 8) return `${tens} et ${one}`;
  if (u === 11 && t === 7) return `${tens} et onze`;
  return `${tens}-${u === 1 ? one : frBelow100(u, feminine)}`;
}

function enBelow100(n: number): string {
  if (n < 20) return EN_UNITS[n];
  const t = Math.floor(n / 10);
  const u = n % 10;
  return u ? `${EN_TENS[t]}-${EN_UNITS[u]}` : EN_TENS[t];
}

/** Whole numbers 0..999 in words ("quarante", "vingt et un", "deux cents", "twenty-three"); undefined otherwise. */
export function numberInWords(n: number, lang: Lang, feminine = false): string | undefined {
  if (!Number.isInteger(n) || n < 0 || n > 999) return undefined;
  const h = Math.floor(n / 100);
  const r = n % 100;
  if (lang === "fr") {
    if (h === 0) return frBelow100(n, feminine);
    const head = h === 1 ? "cent" : `${FR_UNITS[h]} cent${r === 0 ? "s" : ""}`;
    return r === 0 ? head : `${head} ${frBelow100(r, feminine)}`;
  }
  if (h === 0) return enBelow100(n);
  const head = `${EN_UNITS[h]} hundred`;
  return r === 0 ? head : `${head} and ${enBelow100(r)}`;
}

export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
