import { isApostrophe, isHyphen, startsUpper } from "./chars";
import { prevNonSpace, skipSpace, type ScanContext } from "./scanContext";
import { isMagnitudeWord } from "./magnitudes";
import { monthWord } from "./months";
import { isNumberWord, readNumberWords } from "./numberWords";
import { FUNCTION_WORDS } from "./neighbourWords";
import type { FigureStyle } from "./types";
import { unitNounAt } from "./units";
import { wordTable } from "../text/wordTable";

// Fractions and ratios in words, read as percentages: "la moitié", "un tiers", "les deux tiers",
// "trois quarts", "half", "a third", "two-thirds", "un Français sur trois", "one in three", "1 sur 3".

export interface FractionMatch {
  value: number;
  startTok: number;
  endTok: number;
  style: Partial<FigureStyle>;
}

const DENOMINATORS = new Map<string, { den: number; plural: boolean; lang: "fr" | "en" }>();
function den(words: string[], d: number, lang: "fr" | "en", plural: boolean): void {
  for (const w of words) DENOMINATORS.set(w, { den: d, plural, lang });
}
den(["moitié", "moitie", "demi"], 2, "fr", false);
den(["tiers"], 3, "fr", false);
den(["quart"], 4, "fr", false);
den(["quarts"], 4, "fr", true);
den(["cinquième", "cinquieme"], 5, "fr", false);
den(["cinquièmes", "cinquiemes"], 5, "fr", true);
den(["sixième"], 6, "fr", false);
den(["dixième", "dixieme"], 10, "fr", false);
den(["dixièmes", "dixiemes"], 10, "fr", true);
den(["half"], 2, "en", false);
den(["third"], 3, "en", false);
den(["thirds"], 3, "en", true);
den(["quarter"], 4, "en", false);
den(["quarters"], 4, "en", true);
den(["fifth"], 5, "en", false);
den(["fifths"], 5, "en", true);
den(["sixth"], 6, "en", false);
den(["tenth"], 10, "en", false);
den(["tenths"], 10, "en", true);

const NUMERATORS = wordTable<number>({
  un: 1,
  une: 1,
  a: 1,
  an: 1,
  one: 1,
  deux: 2,
  two: 2,
  trois: 3,
  three: 3,
  quatre: 4,
  four: 4,
  cinq: 5,
  five: 5,
  six: 6,
  sept: 7,
  seven: 7,
  huit: 8,
  eight: 8,
  neuf: 9,
  nine: 9,
});

/** After a fraction, what makes it a share ("un tiers des salariés", "a third of") rather than "un tiers" (a third party). */
function shareFollows(ctx: ScanContext, end: number): boolean {
  const { toks } = ctx;
  const t = toks[end];
  if (!t) return true;
  if (t.kind === "punct") return !isHyphen(t.text) && !isApostrophe(t.text);
  const j = skipSpace(toks, end);
  const w = toks[j];
  if (!w) return true;
  if (w.kind === "punct") return !isHyphen(w.text);
  if (w.kind !== "word") return false;
  if (!["de", "des", "du", "d", "of"].includes(w.norm)) return false;
  // "un quart d'heure", "a quarter of an hour": a duration, not a share.
  let k = skipSpace(toks, w.norm === "d" ? j + 2 : j + 1);
  if (toks[k]?.norm === "an") k = skipSpace(toks, k + 1);
  return !["heure", "hour", "siècle", "century"].includes(toks[k]?.norm ?? "");
}

/** Words after "half" that make it a share: "half of", "half the", "half its". */
const HALF_FOLLOWERS = new Set(["of", "the", "its", "their", "his", "her", "our", "all", "those", "these", "them", "that", "this"]);
/** Words before "half" that make it a period or a side: "the first half", "the other half". */
const HALF_BLOCKERS = new Set(["first", "second", "other", "latter", "former", "back", "front", "top", "bottom", "better", "h1", "h2"]);

export function matchFraction(ctx: ScanContext, i: number): FractionMatch | null {
  const { toks } = ctx;
  const t = toks[i];
  if (t.kind !== "word") return null;
  const capitalized = startsUpper(t.text) || undefined;

  // "half" on its own.
  if (t.norm === "half") {
    const p = prevNonSpace(toks, i);
    if (p >= 0 && toks[p].kind === "word" && HALF_BLOCKERS.has(toks[p].norm)) return null;
    if (p >= 0 && (toks[p].norm === "a" || toks[p].norm === "one")) return null; // read from the article
    const j = skipSpace(toks, i + 1);
    const next = toks[j];
    const ok =
      !next || next.kind === "punct" ? !(next && isHyphen(next.text)) : next.kind === "word" && HALF_FOLLOWERS.has(next.norm) && j > i + 1;
    if (!ok) return null;
    if (next && next.norm === "of" && toks[skipSpace(toks, j + 1)]?.kind === "num") return null; // "half of 2025"
    return { value: 50, startTok: i, endTok: i + 1, style: { lang: "en", words: true, wordsForm: "fraction", article: "", capitalized } };
  }

  let j = i;
  let article = "";
  let definite = false;
  if (t.norm === "la" || t.norm === "le" || t.norm === "les") {
    article = t.norm;
    definite = true;
    j = skipSpace(toks, i + 1);
    if (j === i + 1) return null;
  }
  const nt = toks[j];
  if (!nt || nt.kind !== "word") return null;
  if (NUMERATORS.has(nt.norm) && !(t.norm === "la" || t.norm === "le")) {
    const numerator = NUMERATORS.get(nt.norm)!;
    if (!definite) article = nt.norm;
    if (definite && numerator === 1) return null; // "les un"
    const h = toks[j + 1];
    let k: number;
    let hyphenated = false;
    if (h && h.kind === "punct" && isHyphen(h.text)) {
      k = j + 2;
      hyphenated = true;
    } else {
      k = skipSpace(toks, j + 1);
      if (k === j + 1) return null;
    }
    const dt = toks[k];
    const d = dt && dt.kind === "word" ? DENOMINATORS.get(dt.norm) : undefined;
    if (!d) return null;
    if (d.den <= numerator) return null;
    if (dt.norm === "moitié" || dt.norm === "moitie") {
      if (numerator !== 1 || nt.norm !== "une") return null;
    }
    if (dt.norm === "demi" || dt.norm === "half") {
      // "un demi-milliard", "a half-point": the fraction qualifies a following word.
      const after = toks[k + 1];
      if (after && after.kind === "punct" && isHyphen(after.text)) return null;
      const w = toks[skipSpace(toks, k + 1)];
      if (w && w.kind === "word" && isMagnitudeWord(w.norm)) return null;
    }
    if (numerator > 1 !== d.plural && d.den !== 3 && d.den !== 2) return null; // "deux quart", "un quarts"
    // A single "a third", "un tiers" needs to be a share of something.
    if (numerator === 1 && !definite && nt.norm !== "one" && !shareFollows(ctx, k + 1)) return null;
    return {
      value: (numerator / d.den) * 100,
      startTok: i,
      endTok: k + 1,
      style: { lang: d.lang, words: true, wordsForm: "fraction", article, hyphenated: hyphenated || undefined, capitalized },
    };
  }
  // "la moitié", "le tiers des", "le quart des"
  if (!definite) return null;
  const d = DENOMINATORS.get(nt.norm);
  if (!d || d.lang !== "fr" || d.plural || nt.norm === "demi") return null;
  if (d.den === 2 && article !== "la") return null;
  if (d.den !== 2 && (article !== "le" || !shareFollows(ctx, j + 1))) return null;
  return {
    value: 100 / d.den,
    startTok: i,
    endTok: j + 1,
    style: { lang: "fr", words: true, wordsForm: "fraction", article, capitalized },
  };
}

/** A small whole number in words or digits at i (for ratios). */
function smallNumber(ctx: ScanContext, i: number): { value: number; endTok: number; digits: boolean } | null {
  const t = ctx.toks[i];
  if (!t) return null;
  if (t.kind === "num") {
    if (t.text.length > 3) return null;
    const next = ctx.toks[i + 1];
    if (next && (next.kind === "word" || (next.kind === "punct" && /[.,%]/.test(next.text) && ctx.toks[i + 2]?.kind === "num")))
      return null;
    return { value: Number(t.text), endTok: i + 1, digits: true };
  }
  if (t.kind !== "word" || !(isNumberWord(t.norm) || t.norm === "a")) return null;
  const w = readNumberWords(ctx.toks, i);
  if (!w || w.value > 1000) return null;
  return { value: w.value, endTok: w.endTok, digits: false };
}

/** "un sur trois", "un Français sur trois", "1 sur 3", "one in three", "one out of five". */
export function matchRatio(ctx: ScanContext, i: number): FractionMatch | null {
  const { toks } = ctx;
  const a = smallNumber(ctx, i);
  if (!a || a.value < 1) return null;
  if (toks[i].norm === "a" || toks[i].norm === "an") return null;
  // English: "<a> in <b>" / "<a> out of <b>".
  let j = skipSpace(toks, a.endTok);
  if (j === a.endTok) return null;
  let connector = "";
  let noun: string | undefined;
  let bAt = -1;
  const w = toks[j];
  if (w && (w.norm === "in" || w.norm === "out")) {
    if (w.norm === "out") {
      const of = skipSpace(toks, j + 1);
      if (toks[of]?.norm !== "of") return null;
      j = of;
      connector = "out of";
    } else connector = "in";
    bAt = skipSpace(toks, j + 1);
    if (bAt === j + 1) return null;
  } else {
    // French: "<a> [noun words] sur <b>", at most three words in between.
    let k = j;
    const nounStart = k;
    let nounEnd = -1;
    for (let n = 0; n < 4; n++) {
      const x = toks[k];
      if (!x || x.kind !== "word") return null;
      if (x.norm === "sur") {
        connector = "sur";
        bAt = skipSpace(toks, k + 1);
        if (bAt === k + 1) return null;
        break;
      }
      if (n === 3) return null;
      if (FUNCTION_WORDS.has(x.norm) || isNumberWord(x.norm) || isMagnitudeWord(x.norm) || monthWord(x.norm)) return null;
      nounEnd = k + 1;
      const k2 = skipSpace(toks, k + 1);
      if (k2 === k + 1) return null;
      k = k2;
    }
    if (nounEnd > 0) noun = ctx.text.slice(toks[nounStart].start, toks[nounEnd - 1].end);
  }
  if (bAt < 0) return null;
  const b = smallNumber(ctx, bAt);
  if (!b || b.value <= a.value || b.digits !== a.digits) return null;
  // "un impact sur trois secteurs", "1 sur 3 fois": a plural noun after the second number means
  // it counts something else; a verb ("un Français sur trois part") keeps the ratio.
  if (connector === "sur") {
    const k = skipSpace(toks, b.endTok);
    const noun = k > b.endTok ? unitNounAt(toks, k) : null;
    if ((noun && /[sx]$/.test(noun.unit)) || toks[k]?.norm === "fois") return null;
  }
  const after = toks[b.endTok];
  if (after && after.kind === "punct" && (after.text === "%" || isHyphen(after.text))) return null;
  return {
    value: (a.value / b.value) * 100,
    startTok: i,
    endTok: b.endTok,
    style: {
      lang: connector === "sur" ? "fr" : "en",
      words: true,
      wordsForm: "ratio",
      article: toks[i].kind === "word" ? toks[i].norm : "",
      ratioNoun: noun,
      ratioDigits: a.digits || undefined,
      ratioConnector: connector,
      capitalized: startsUpper(toks[i].text) || undefined,
    },
  };
}
