import type { Lang } from "../types";
import { wordTable } from "../text/wordTable";

// Magnitude words and abbreviations after a number: "1,3 milliard", "$14bn", "3 M€", "2,5 millions".

export interface Magnitude {
  value: number;
  style: "word" | "abbr";
  /** Single letters ("m", "M", "k", "B", "T") are only magnitudes next to a currency ("€2.5m", "3 M€"). */
  needsCurrency: boolean;
}

const WORDS = wordTable<number>({
  mille: 1e3,
  thousand: 1e3,
  thousands: 1e3,
  million: 1e6,
  millions: 1e6,
  milliard: 1e9,
  milliards: 1e9,
});

/** Short scale in English, long scale in French text: "billion" is 10^9 or 10^12. */
const SCALE_WORDS = wordTable<[en: number, fr: number]>({
  billion: [1e9, 1e12],
  billions: [1e9, 1e12],
  trillion: [1e12, 1e18],
  trillions: [1e12, 1e18],
});

const ABBRS = wordTable<number>({
  bn: 1e9,
  Bn: 1e9,
  BN: 1e9,
  bln: 1e9,
  Bln: 1e9,
  mn: 1e6,
  Mn: 1e6,
  mln: 1e6,
  Mln: 1e6,
  mio: 1e6,
  Mio: 1e6,
  tn: 1e12,
  Tn: 1e12,
  trn: 1e12,
  Md: 1e9,
  md: 1e9,
  Mds: 1e9,
  mds: 1e9,
  Mrd: 1e9,
  mrd: 1e9,
  Mrds: 1e9,
  MD: 1e9,
  MDS: 1e9,
});

const LETTERS = wordTable<number>({ k: 1e3, K: 1e3, m: 1e6, M: 1e6, b: 1e9, B: 1e9, T: 1e12 });

/**
 * The magnitude a word stands for. `englishNotation` forces the short scale in French text,
 * for amounts written the English way ("$14 billion" quoted in a French draft).
 */
export function magnitudeOf(word: string, lang: Lang, englishNotation = false): Magnitude | undefined {
  const lower = word.toLowerCase();
  if (WORDS.has(lower)) return { value: WORDS.get(lower)!, style: "word", needsCurrency: false };
  if (SCALE_WORDS.has(lower)) {
    const [en, fr] = SCALE_WORDS.get(lower)!;
    return { value: lang === "fr" && !englishNotation ? fr : en, style: "word", needsCurrency: false };
  }
  if (ABBRS.has(word)) return { value: ABBRS.get(word)!, style: "abbr", needsCurrency: false };
  if (LETTERS.has(word)) return { value: LETTERS.get(word)!, style: "abbr", needsCurrency: true };
  return undefined;
}

export function isMagnitudeWord(lower: string): boolean {
  return WORDS.has(lower) || SCALE_WORDS.has(lower) || ABBRS.has(lower);
}
