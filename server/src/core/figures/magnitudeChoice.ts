import type { Lang } from "../types";
import { decimalsOf } from "./format";
import type { Figure } from "./types";

// Which magnitude to write a value with, following the draft: "$45bn" -> "$40bn",
// "100 milliards" -> "100 millions", "$100,000" -> "$100 million", "14 Md$" -> "40 Md$".

export interface MagnitudeChoice {
  factor: number;
  style: "word" | "abbr" | "none";
  /** The magnitude written for a mantissa (plural rules of the language). */
  token: (mantissa: number) => string;
}

const NONE: MagnitudeChoice = { factor: 1, style: "none", token: () => "" };

type Family = [factor: number, singular: string, plural: string][];

const EN_LOWER: Family = [
  [1e12, "tn", "tn"],
  [1e9, "bn", "bn"],
  [1e6, "m", "m"],
  [1e3, "k", "k"],
];
const EN_LOWER_MN: Family = [
  [1e12, "tn", "tn"],
  [1e9, "bn", "bn"],
  [1e6, "mn", "mn"],
  [1e3, "k", "k"],
];
const EN_UPPER: Family = [
  [1e12, "T", "T"],
  [1e9, "B", "B"],
  [1e6, "M", "M"],
  [1e3, "K", "K"],
];
const EN_TITLE: Family = [
  [1e12, "Tn", "Tn"],
  [1e9, "Bn", "Bn"],
  [1e6, "Mn", "Mn"],
  [1e3, "K", "K"],
];
const FR_MD: Family = [
  [1e9, "Md", "Md"],
  [1e6, "M", "M"],
  [1e3, "k", "k"],
];
const FR_MDS: Family = [
  [1e9, "Md", "Mds"],
  [1e6, "M", "M"],
  [1e3, "k", "k"],
];
const FR_MRD: Family = [
  [1e9, "Mrd", "Mrd"],
  [1e6, "M", "M"],
  [1e3, "k", "k"],
];

function abbrFamily(token: string, lang: Lang): Family {
  if (["Mds", "mds", "MDS", "Mrds"].includes(token)) return FR_MDS;
  if (["Md", "md", "MD"].includes(token)) return FR_MD;
  if (["Mrd", "mrd"].includes(token)) return FR_MRD;
  if (["mn", "mln"].includes(token)) return EN_LOWER_MN;
  if (["Bn", "Mn", "Tn", "Bln", "Mln"].includes(token)) return EN_TITLE;
  if (["B", "T", "BN", "MN"].includes(token)) return EN_UPPER;
  if (token === "M" || token === "K") return lang === "fr" ? FR_MD : EN_UPPER;
  if (token === "k") return lang === "fr" ? FR_MD : EN_LOWER;
  return EN_LOWER;
}

function wordFamily(lang: Lang, token: string | undefined): Family {
  if (lang === "fr") {
    const fam: Family = [
      [1e9, "milliard", "milliards"],
      [1e6, "million", "millions"],
    ];
    // French "billion" is 10^12; write it only when the draft does, otherwise "1 000 milliards".
    if (token && /^billions?$/i.test(token)) fam.unshift([1e12, "billion", "billions"]);
    return fam;
  }
  return [
    [1e12, "trillion", "trillion"],
    [1e9, "billion", "billion"],
    [1e6, "million", "million"],
  ];
}

function fromFamily(fam: Family, v: number, style: "word" | "abbr", lang: Lang, minFactor = 0): MagnitudeChoice | undefined {
  for (const [f, sing, plur] of fam) {
    if (v >= f && f >= minFactor) {
      const twoOrMore = (m: number) => (lang === "fr" ? Math.abs(m) >= 2 : Math.abs(m) !== 1);
      return { factor: f, style, token: (m) => (twoOrMore(m) ? plur : sing) };
    }
  }
  return undefined;
}

/**
 * The magnitude for value v (absolute) in the style of `like`. A value that the draft wrote
 * without magnitude gets one only when it is round in millions ("$100 million", not "$1.234567 million").
 */
export function chooseMagnitude(v: number, like: Figure): MagnitudeChoice {
  const st = like.style;
  const lang = st.lang;
  const token = st.magnitudeToken;
  if (st.magnitudeStyle === "abbr" && token) {
    return fromFamily(abbrFamily(token, lang), v, "abbr", lang) ?? NONE;
  }
  // "500 000 processeurs": French needs "de" after a magnitude word, and "de" is outside the span.
  if (lang === "fr" && like.kind === "count" && like.unit && st.magnitudeStyle !== "word") return NONE;
  // A draft that writes millions in full digits ("1 300 000 euros") keeps digits.
  if (st.magnitudeStyle !== "word" && Math.abs(like.value) >= 1e6 && !st.words) return NONE;
  const fam = wordFamily(lang, token);
  const pick = fromFamily(fam, v, "word", lang, 1e6);
  if (pick && decimalsOf(v / pick.factor, 6) <= (st.magnitudeStyle === "word" ? 3 : 2)) return pick;
  if (st.magnitudeStyle === "word" && token) {
    const lower = token.toLowerCase();
    if ((lower === "mille" || lower.startsWith("thousand")) && v >= 1e3) {
      return { factor: 1e3, style: "word", token: () => (lang === "fr" ? "mille" : "thousand") };
    }
    // "4 millions de processeurs": the unit noun after "de" needs a magnitude word; keep "million".
    if (lang === "fr" && like.kind === "count" && like.unit && v > 0) {
      return { factor: 1e6, style: "word", token: (m) => (Math.abs(m) >= 2 ? "millions" : "million") };
    }
  }
  return NONE;
}
