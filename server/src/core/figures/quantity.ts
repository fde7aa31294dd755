import { isApostrophe, isHyphen, isSignChar } from "./chars";
import { matchPhrase, phraseParts, skipSpace, type ScanContext } from "./scanContext";
import { readPrefixCurrency, readSuffixCurrency } from "./currencies";
import { magnitudeOf } from "./magnitudes";
import { readDigits, type DigitNumber } from "./numbers";
import { readNumberWords } from "./numberWords";
import type { Token } from "./figureTokens";
import { gluedMeasure } from "./measureUnits";

// Amounts, percentages and counts: [sign] [prefix currency] number [magnitude] [% | suffix currency].
// "1,3 milliard de dollars", "$14bn", "3 M€", "49 %", "10 points de pourcentage", "une dizaine de",
// "half a billion dollars", "USD 3 billion", "€2.5m", "220 000".

export interface Quantity {
  startTok: number;
  /** End of the figure span (exclusive). */
  endTok: number;
  /** End of the number itself, before magnitude, percent sign or currency. */
  numEndTok: number;
  value: number;
  precision: number;
  kind: "money" | "percent" | "count";
  currency?: string;
  words: boolean;
  wordsForm?: "number" | "collective";
  /** A lone "un", "une", "a", "one": an article, not a figure. */
  articleOne: boolean;
  feminine: boolean;
  digits?: DigitNumber;
  magnitude?: number;
  magnitudeStyle?: "word" | "abbr";
  magnitudeToken?: string;
  percentToken?: string;
  points: boolean;
  currencyPosition?: "prefix" | "suffix";
  currencyToken?: string;
  numberSep?: string;
  prefixSep?: string;
  magnitudeSep?: string;
  sign?: string;
  approximate: boolean;
  linker?: string;
  /** A word glued to the digits that nothing consumed ("5G", "1990s", "2nd"). */
  gluedTok?: number;
  /** A unit noun may follow after "de"/"of" (after a magnitude word: "4 millions de processeurs"). */
  unitLinker: boolean;
}

/** French collectives ("une dizaine de") are approximate and need "de"; "a dozen" is exact. */
const COLLECTIVES = new Map<string, { mult: number; approx: boolean; linker: boolean }>();
for (const [w, m] of [
  ["dizaine", 10],
  ["douzaine", 12],
  ["quinzaine", 15],
  ["vingtaine", 20],
  ["trentaine", 30],
  ["quarantaine", 40],
  ["cinquantaine", 50],
  ["soixantaine", 60],
  ["centaine", 100],
  ["millier", 1000],
] as const) {
  COLLECTIVES.set(w, { mult: m, approx: true, linker: true });
  COLLECTIVES.set(`${w}s`, { mult: m, approx: true, linker: true });
}
COLLECTIVES.set("dozen", { mult: 12, approx: false, linker: false });

const PERCENT_WORDS: { parts: string[]; points: boolean }[] = [
  ...["pour cent", "pourcent", "percent", "per cent", "pct"].map((p) => ({ parts: phraseParts(p), points: false })),
  ...[
    "points de pourcentage",
    "point de pourcentage",
    "pts de pourcentage",
    "percentage points",
    "percentage point",
    "pourcentage points",
  ].map((p) => ({ parts: phraseParts(p), points: true })),
];

function readPercent(toks: Token[], k: number): { endTok: number; points: boolean } | null {
  const s = skipSpace(toks, k);
  const t = toks[s];
  if (!t) return null;
  if (t.kind === "punct" && t.text === "%") return { endTok: s + 1, points: false };
  if (t.kind !== "word" || s === k) return null;
  let best: { endTok: number; points: boolean } | null = null;
  for (const p of PERCENT_WORDS) {
    const e = matchPhrase(toks, s, p.parts);
    if (e > 0 && (!best || e > best.endTok)) best = { endTok: e, points: p.points };
  }
  return best;
}

/** "half a" before a magnitude, or "un demi" before "-milliard"/" million". Returns the end of the number part. */
function readHalf(ctx: ScanContext, j: number): number {
  const { toks, lang } = ctx;
  const t = toks[j];
  const magAt = (k: number) => toks[k]?.kind === "word" && magnitudeOf(toks[k].text, lang)?.style === "word";
  if (t.norm === "half") {
    const a = skipSpace(toks, j + 1);
    if (a > j + 1 && (toks[a]?.norm === "a" || toks[a]?.norm === "an") && magAt(skipSpace(toks, a + 1))) return a + 1;
  } else if (t.norm === "un" || t.norm === "une") {
    const d = skipSpace(toks, j + 1);
    if (d > j + 1 && toks[d]?.norm === "demi") {
      const h = toks[d + 1];
      const m = h && h.kind === "punct" && isHyphen(h.text) ? d + 2 : skipSpace(toks, d + 1);
      if (magAt(m)) return d + 1;
    }
  }
  return -1;
}

function textBetween(ctx: ScanContext, a: number, b: number): string {
  // Text from the end of token a-1 to the start of token b.
  return ctx.text.slice(ctx.toks[a - 1].end, ctx.toks[b].start);
}

/** Is there a currency right after token k (glued or after a space)? Used to accept "m", "M", "k". */
function currencyAhead(ctx: ScanContext, k: number): boolean {
  const s = skipSpace(ctx.toks, k);
  const cur = readSuffixCurrency(ctx.toks, s, false, true);
  return !!cur;
}

export function parseQuantity(ctx: ScanContext, i: number): Quantity | null {
  const { toks, lang, text } = ctx;
  let j = i;
  let sign: string | undefined;
  const t0 = toks[i];
  if (!t0) return null;
  if (t0.kind === "punct" && isSignChar(t0.text)) {
    sign = t0.text;
    j = i + 1;
  }
  const prefix = readPrefixCurrency(toks, j);
  let prefixSep: string | undefined;
  if (prefix) {
    const s = skipSpace(toks, prefix.endTok);
    if (toks[s]?.kind !== "num") return null;
    prefixSep = textBetween(ctx, prefix.endTok, s);
    j = s;
  }
  const first = toks[j];
  if (!first || (sign !== undefined && first.kind !== "num")) return null;

  let value: number;
  let numEnd: number;
  let decimals = 0;
  let digits: DigitNumber | undefined;
  let words = false;
  let articleOne = false;
  let feminine = false;
  let half = false;
  if (first.kind === "num") {
    const d = readDigits(toks, j, lang);
    if (!d || d.versionLike) return null;
    digits = d;
    value = d.value;
    numEnd = d.endTok;
    decimals = d.decimals;
  } else if (first.kind === "word" && !prefix) {
    const h = readHalf(ctx, j);
    if (h > 0) {
      value = 0.5;
      numEnd = h;
      half = true;
      decimals = 1;
    } else {
      const w = readNumberWords(toks, j);
      if (!w) return null;
      value = w.value;
      numEnd = w.endTok;
      articleOne = w.articleOne;
      feminine = w.feminine;
    }
    words = true;
  } else return null;

  // Magnitude: "milliards", "bn" (glued or after a space), "-milliard" after "demi".
  let magnitude: number | undefined;
  let magnitudeStyle: "word" | "abbr" | undefined;
  let magnitudeToken: string | undefined;
  let numberSep: string | undefined;
  let end = numEnd;
  const hy = toks[numEnd];
  const m = half && hy && hy.kind === "punct" && isHyphen(hy.text) ? numEnd + 1 : skipSpace(toks, numEnd);
  const mt = toks[m];
  if (mt && mt.kind === "word") {
    const mag = magnitudeOf(mt.text, lang, prefix !== null);
    if (mag && (!mag.needsCurrency || prefix || currencyAhead(ctx, m + 1)) && !(words && mag.style === "abbr")) {
      magnitude = mag.value;
      magnitudeStyle = mag.style;
      magnitudeToken = mt.text;
      numberSep = textBetween(ctx, numEnd, m);
      end = m + 1;
      if (mag.value === 1e3 && mag.style === "word") {
        // "mille milliards", "1 000 milliards" is read by the digits; this is "3 mille milliards".
        const m2 = skipSpace(toks, end);
        const t2 = toks[m2];
        const mag2 = t2 && t2.kind === "word" && m2 > end ? magnitudeOf(t2.text, lang, prefix !== null) : undefined;
        if (mag2 && mag2.style === "word" && mag2.value >= 1e6) {
          magnitude *= mag2.value;
          magnitudeToken = text.slice(mt.start, t2.end);
          end = m2 + 1;
        }
      }
    }
  }
  if (half && magnitude === undefined) return null;

  // Collectives: "une dizaine de", "deux centaines de", "a dozen".
  let wordsForm: Quantity["wordsForm"] = words ? "number" : undefined;
  let approximate = false;
  let linker: string | undefined;
  let unitLinker = magnitudeStyle === "word";
  if (magnitude === undefined && words) {
    const c = skipSpace(toks, numEnd);
    const ct = toks[c];
    const coll = c > numEnd && ct && ct.kind === "word" ? COLLECTIVES.get(ct.norm) : undefined;
    if (coll) {
      value *= coll.mult;
      end = c + 1;
      wordsForm = "collective";
      approximate = coll.approx;
      articleOne = false;
      if (coll.linker) {
        // The linker belongs to the span so a plain number can replace "une dizaine de".
        const l = skipSpace(toks, end);
        const lt = toks[l];
        let lend = -1;
        if (l > end && lt?.norm === "de" && toks[l + 1]?.kind === "space") lend = l + 1;
        else if (l > end && lt?.norm === "d" && toks[l + 1]?.kind === "punct" && isApostrophe(toks[l + 1].text)) lend = l + 2;
        if (lend < 0) return null;
        // "une centaine de millions de dollars": the magnitude follows the linker.
        const mm = skipSpace(toks, lend);
        const mag = toks[mm]?.kind === "word" ? magnitudeOf(toks[mm].text, lang) : undefined;
        if (mag && mag.style === "word" && mm > lend) {
          magnitude = mag.value;
          magnitudeStyle = "word";
          magnitudeToken = toks[mm].text;
          end = mm + 1;
          unitLinker = true;
        } else {
          linker = text.slice(ct.end, toks[lend - 1].end);
          end = lend;
        }
      }
    }
  }
  if (articleOne && magnitude === undefined) return null;

  // Percent.
  let percentToken: string | undefined;
  let points = false;
  if (!prefix && magnitude === undefined && wordsForm !== "collective") {
    const p = readPercent(toks, numEnd);
    if (p) {
      percentToken = text.slice(toks[numEnd - 1].end, toks[p.endTok - 1].end);
      points = p.points;
      numberSep = textBetween(ctx, numEnd, skipSpace(toks, numEnd));
      end = p.endTok;
    }
  }

  // Suffix currency.
  let currency = prefix?.code;
  let currencyToken = prefix ? text.slice(toks[prefix.startTok].start, toks[prefix.endTok - 1].end) : undefined;
  let currencyPosition: Quantity["currencyPosition"] = prefix ? "prefix" : undefined;
  let magnitudeSep: string | undefined;
  if (!prefix && percentToken === undefined) {
    const s = skipSpace(toks, end);
    const allowLinker = magnitudeStyle === "word";
    const cur = readSuffixCurrency(toks, s, allowLinker && linker === undefined, magnitude !== undefined);
    if (cur && !(s === end && cur.kind === "word" && linker === undefined)) {
      const curStart = cur.linkerTok ?? cur.startTok;
      currency = cur.code;
      currencyToken = text.slice(toks[cur.startTok].start, toks[cur.endTok - 1].end);
      currencyPosition = "suffix";
      if (magnitude === undefined && linker === undefined) numberSep = textBetween(ctx, numEnd, curStart);
      if (magnitudeStyle === "abbr") magnitudeSep = textBetween(ctx, end, curStart);
      end = cur.endTok;
      unitLinker = false;
    }
  }

  let gluedTok: number | undefined;
  const g = toks[numEnd];
  // A measure's abbreviation may be glued ("142mm", "81mph"): it is the count's unit (units.ts).
  if (digits && g && g.kind === "word" && !(magnitude !== undefined && m === numEnd) && !gluedMeasure(g.norm)) gluedTok = numEnd;

  const negative = sign === "-" || sign === "\u2212";
  const scale = magnitude ?? 1;
  let precision = 0.5 * Math.pow(10, -decimals) * scale;
  if (approximate) precision = Math.max(precision, value * scale * 0.3);
  return {
    startTok: i,
    endTok: end,
    numEndTok: numEnd,
    value: (negative ? -value : value) * scale,
    precision,
    kind: currency ? "money" : percentToken !== undefined ? "percent" : "count",
    currency,
    words,
    wordsForm,
    articleOne,
    feminine,
    digits,
    magnitude,
    magnitudeStyle,
    magnitudeToken,
    percentToken,
    points,
    currencyPosition,
    currencyToken,
    numberSep,
    prefixSep,
    magnitudeSep,
    sign,
    approximate,
    linker,
    gluedTok,
    unitLinker,
  };
}

/**
 * Completes the first number of a range with what the second one says ("$10-20bn": the first
 * is 10 billion dollars; "10 à 20 %": the first is a percentage). Returns null when they cannot
 * be the same kind of figure.
 */
export function inheritFrom(a: Quantity, b: Quantity): Quantity | null {
  const r: Quantity = { ...a };
  if (a.currency && b.currency && a.currency !== b.currency) return null;
  if (a.magnitude === undefined && b.magnitude !== undefined && a.percentToken === undefined) {
    r.value = a.value * b.magnitude;
    r.precision = a.precision * b.magnitude;
    r.magnitude = b.magnitude;
    r.magnitudeStyle = b.magnitudeStyle;
    r.magnitudeToken = b.magnitudeToken;
  }
  if (!a.currency && b.currency) {
    if (a.percentToken !== undefined) return null;
    r.currency = b.currency;
    r.kind = "money";
  }
  if (a.kind === "count" && b.kind === "percent" && a.magnitude === undefined) {
    r.kind = "percent";
    r.points = b.points;
  }
  const kindB =
    b.kind === "count" && r.kind === "money" && !b.currency ? "money" : b.kind === "count" && r.kind === "percent" ? "percent" : b.kind;
  if (r.kind !== kindB) return null;
  if (r.kind === "percent" && r.points !== b.points) return null;
  return r;
}
