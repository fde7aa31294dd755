import type { Lang } from "../types";
import { isDash, isHyphen, startsUpper } from "./chars";
import { atSentenceStart, prevNonSpace, skipSpace, type ScanContext } from "./scanContext";
import { monthWord, type MonthWord } from "./months";
import type { Token } from "./figureTokens";
import type { FigureStyle } from "./types";
import { wordTable } from "../text/wordTable";

// Months, dates and quarters: "janvier", "juin 2025", "le 3 juin 2025", "1er janvier", "June 3, 2025",
// "3 June 2025", "January 1st", "2025-06-03", "Q2 2025", "au deuxième trimestre 2025",
// "in the second quarter of 2025".

export interface TemporalMatch {
  kind: "month" | "date" | "quarter";
  value: number;
  month?: number;
  year?: number;
  startTok: number;
  endTok: number;
  style: Partial<FigureStyle>;
}

const DAY_SUFFIX = new Set(["er", "re", "ère", "st", "nd", "rd", "th", "d"]);

/** Words before "May" that make it the month ("in May", "since May", "mid-May"). */
const MAY_CONTEXT = new Set([
  "in",
  "since",
  "from",
  "until",
  "till",
  "by",
  "early",
  "late",
  "mid",
  "of",
  "through",
  "before",
  "after",
  "during",
  "last",
  "next",
  "this",
]);

/** A year written with four digits at i, nothing glued after it. */
function yearAt(toks: Token[], i: number): number | undefined {
  const t = toks[i];
  if (!t || t.kind !== "num" || t.text.length !== 4) return undefined;
  const v = Number(t.text);
  if (v < 1800 || v > 2100) return undefined;
  const next = toks[i + 1];
  if (next && (next.kind === "word" || next.kind === "num")) return undefined;
  if (next && next.kind === "punct" && (next.text === "," || next.text === ".") && toks[i + 2]?.kind === "num") return undefined;
  return v;
}

/** A day of month (1-31) at i, with an optional ordinal suffix ("1er", "3rd"). */
function dayAt(toks: Token[], i: number): { day: number; endTok: number; ordinal: boolean } | undefined {
  const t = toks[i];
  if (!t || t.kind !== "num" || t.text.length > 2) return undefined;
  const day = Number(t.text);
  if (day < 1 || day > 31) return undefined;
  const next = toks[i + 1];
  if (next && next.kind === "word") {
    if (!DAY_SUFFIX.has(next.norm)) return undefined;
    return { day, endTok: i + 2, ordinal: true };
  }
  if (next && next.kind === "num") return undefined;
  return { day, endTok: i + 1, ordinal: false };
}

interface MonthAt {
  mw: MonthWord;
  endTok: number;
  abbr: boolean;
  capitalized: boolean;
}

/** A month name or abbreviation at i, with the casing rules that keep "march", "may" and "sept" out. */
function monthAt(ctx: ScanContext, i: number, numberFollows: boolean): MonthAt | undefined {
  const t = ctx.toks[i];
  if (!t || t.kind !== "word") return undefined;
  const mw = monthWord(t.norm);
  if (!mw) return undefined;
  const capitalized = startsUpper(t.text);
  // English month names are always capitalised; lower-case "march", "may" are verbs.
  if (mw.lang === "en" && !capitalized) return undefined;
  let endTok = i + 1;
  if (mw.abbr) {
    const dot = ctx.toks[i + 1];
    if (dot && dot.kind === "punct" && dot.text === ".") endTok = i + 2;
    else if (!numberFollows || (t.norm === "sept" && !capitalized)) return undefined;
  }
  return { mw, endTok, abbr: mw.abbr, capitalized };
}

function numberAfter(toks: Token[], end: number): boolean {
  const j = skipSpace(toks, end);
  return j > end && toks[j]?.kind === "num";
}

/** Rejects months that are something else here: the planet Mars, the verb "may". */
function plausibleMonth(ctx: ScanContext, i: number, m: MonthAt, hasNumber: boolean): boolean {
  const t = ctx.toks[i];
  const p = prevNonSpace(ctx.toks, i);
  const prev = p >= 0 ? ctx.toks[p] : undefined;
  let prevWord = prev?.kind === "word" ? prev.norm : "";
  if (prev && prev.kind === "punct" && isHyphen(prev.text)) {
    const pp = ctx.toks[p - 1];
    prevWord = pp?.kind === "word" ? pp.norm : "";
  }
  if (t.norm === "mars") {
    if (prevWord === "planète" || prevWord === "planet") return false;
    // A capitalised "Mars" inside a sentence without a day or year is the planet or a name.
    if (m.capitalized && !hasNumber && (ctx.lang === "en" || !atSentenceStart(ctx.toks, i))) return false;
  }
  if (t.norm === "may" && !hasNumber && !MAY_CONTEXT.has(prevWord)) return false;
  return true;
}

function monthStyle(m: MonthAt, lang: Lang): Partial<FigureStyle> {
  return { lang: m.mw.lang ?? lang, words: true, capitalized: m.capitalized, monthAbbr: m.abbr || undefined };
}

/** A month at word token i: "janvier", "juin 2025", "June 3, 2025", "January 1st", "June of 2025". */
export function matchMonth(ctx: ScanContext, i: number): TemporalMatch | null {
  const { toks } = ctx;
  const t = toks[i];
  if (t.kind !== "word" || !monthWord(t.norm)) return null;
  const m = monthAt(ctx, i, true);
  if (!m) return null;
  const hasNumber = numberAfter(toks, m.endTok);
  if (!plausibleMonth(ctx, i, m, hasNumber)) return null;
  if (m.abbr && m.endTok === i + 1 && !hasNumber) return null;
  const style = monthStyle(m, ctx.lang);
  const k = skipSpace(toks, m.endTok);
  if (k > m.endTok) {
    const year = yearAt(toks, k);
    if (year !== undefined) {
      return {
        kind: "month",
        value: m.mw.month,
        year,
        startTok: i,
        endTok: k + 1,
        style: { ...style, yearLinker: ctx.text.slice(toks[m.endTok].start, toks[k].start) },
      };
    }
    // English order: "June 3, 2025", "January 1st".
    const d = m.mw.lang === "en" ? dayAt(toks, k) : undefined;
    if (d) {
      let endTok = d.endTok;
      let year: number | undefined;
      let dayComma = false;
      const c = toks[endTok];
      if (c && c.kind === "punct" && c.text === ",") {
        const y = skipSpace(toks, endTok + 1);
        if (y > endTok + 1 && yearAt(toks, y) !== undefined) {
          year = yearAt(toks, y);
          endTok = y + 1;
          dayComma = true;
        }
      } else {
        const y = skipSpace(toks, endTok);
        if (y > endTok && yearAt(toks, y) !== undefined) {
          year = yearAt(toks, y);
          endTok = y + 1;
        }
      }
      return {
        kind: "date",
        value: d.day,
        month: m.mw.month,
        year,
        startTok: i,
        endTok,
        style: { ...style, dateOrder: "md", ordinalDay: d.ordinal || undefined, dayComma: dayComma || undefined },
      };
    }
    // "June of 2025".
    if (toks[k]?.norm === "of") {
      const y = skipSpace(toks, k + 1);
      const year = yearAt(toks, y);
      if (y > k + 1 && year !== undefined) {
        return { kind: "month", value: m.mw.month, year, startTok: i, endTok: y + 1, style: { ...style, yearLinker: " of " } };
      }
    }
  }
  return { kind: "month", value: m.mw.month, startTok: i, endTok: m.endTok, style };
}

/** A date starting with the day at num token i: "3 juin 2025", "1er janvier", "3 June 2025", "3rd of June". */
export function matchDayMonth(ctx: ScanContext, i: number): TemporalMatch | null {
  const { toks } = ctx;
  const d = dayAt(toks, i);
  if (!d) return null;
  let k = skipSpace(toks, d.endTok);
  if (k === d.endTok) return null;
  if (toks[k]?.norm === "of") {
    const k2 = skipSpace(toks, k + 1);
    if (k2 === k + 1) return null;
    k = k2;
  }
  const m = monthAt(ctx, k, numberAfter(toks, k + 1) || toks[k + 1]?.text === ".");
  if (!m) return null;
  const y = skipSpace(toks, m.endTok);
  const year = y > m.endTok ? yearAt(toks, y) : undefined;
  if (!plausibleMonth(ctx, k, m, true)) return null;
  return {
    kind: "date",
    value: d.day,
    month: m.mw.month,
    year,
    startTok: i,
    endTok: year !== undefined ? y + 1 : m.endTok,
    style: { ...monthStyle(m, ctx.lang), dateOrder: "dm", ordinalDay: d.ordinal || undefined, capitalized: m.capitalized },
  };
}

/** An ISO date at num token i: "2025-06-03". */
export function matchIsoDate(ctx: ScanContext, i: number): TemporalMatch | null {
  const { toks } = ctx;
  const y = toks[i];
  if (!y || y.kind !== "num" || y.text.length !== 4) return null;
  const d1 = toks[i + 1];
  const mo = toks[i + 2];
  const d2 = toks[i + 3];
  const da = toks[i + 4];
  if (!d1 || !mo || !d2 || !da || d1.text !== "-" || d2.text !== "-" || mo.kind !== "num" || da.kind !== "num") return null;
  if (mo.text.length > 2 || da.text.length > 2) return null;
  const year = Number(y.text);
  const month = Number(mo.text);
  const day = Number(da.text);
  if (year < 1800 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  if (toks[i + 5]?.kind === "num") return null;
  return { kind: "date", value: day, month, year, startTok: i, endTok: i + 5, style: { lang: ctx.lang, words: false, dateOrder: "iso" } };
}

// Quarters ---------------------------------------------------------------------------------

/** Words before a lone "T2" that make it a quarter. */
const T_CONTEXT = new Set(["au", "du", "le", "ce", "en", "sur", "par", "chaque"]);

// The quarter's language is its noun's ("trimestre", "quarter"), not its ordinal's ("second" is both).
const ORDINAL_WORDS = wordTable<number>({
  premier: 1,
  deuxième: 2,
  deuxieme: 2,
  second: 2,
  troisième: 3,
  troisieme: 3,
  quatrième: 4,
  quatrieme: 4,
  first: 1,
  third: 3,
  fourth: 4,
});

const ORDINAL_SUFFIX = new Set(["er", "e", "ème", "eme", "è", "nd", "st", "rd", "th"]);

/** The year after a quarter: " 2025", " de 2025", " of 2025", ", 2025". */
function quarterYear(ctx: ScanContext, end: number): { year: number; endTok: number; linker: string } | undefined {
  const { toks } = ctx;
  let k = skipSpace(toks, end);
  if (toks[end]?.kind === "punct" && toks[end].text === ",") k = skipSpace(toks, end + 1);
  if (k === end) return undefined;
  if (toks[k]?.norm === "of" || toks[k]?.norm === "de") {
    const k2 = skipSpace(toks, k + 1);
    if (k2 === k + 1) return undefined;
    k = k2;
  }
  const year = yearAt(toks, k);
  return year === undefined ? undefined : { year, endTok: k + 1, linker: ctx.text.slice(toks[end].start, toks[k].start) };
}

/** "Q2 2025", "T3", "deuxième trimestre 2025", "2e trimestre", "second quarter of 2025", "fourth-quarter". */
export function matchQuarter(ctx: ScanContext, i: number): TemporalMatch | null {
  const { toks } = ctx;
  const t = toks[i];
  if (t.kind === "word" && (t.text === "Q" || t.text === "T")) {
    const n = toks[i + 1];
    if (!n || n.kind !== "num" || n.text.length !== 1 || n.text < "1" || n.text > "4") return null;
    if (toks[i + 2]?.kind === "word" || toks[i + 2]?.kind === "num") return null;
    if (i > 0 && toks[i - 1].kind === "word") return null;
    const y = quarterYear(ctx, i + 2);
    if (t.text === "T" && !y) {
      // "au T2", "du T3"; a lone "un T3" is a flat, not a quarter.
      const p = prevNonSpace(toks, i);
      if (ctx.lang !== "fr" || p < 0 || !T_CONTEXT.has(toks[p].norm)) return null;
    }
    return {
      kind: "quarter",
      value: Number(n.text),
      year: y?.year,
      startTok: i,
      endTok: y ? y.endTok : i + 2,
      style: { lang: t.text === "T" ? "fr" : ctx.lang, words: false, quarterLetter: t.text, yearLinker: y?.linker },
    };
  }
  let q: number | undefined;
  let ordEnd = i + 1;
  let ordinalDigits = false;
  if (t.kind === "word" && ORDINAL_WORDS.has(t.norm)) {
    q = ORDINAL_WORDS.get(t.norm)!;
  } else if (t.kind === "num" && t.text.length === 1 && toks[i + 1]?.kind === "word" && ORDINAL_SUFFIX.has(toks[i + 1].norm)) {
    q = Number(t.text);
    ordEnd = i + 2;
    ordinalDigits = true;
  }
  if (q === undefined || q < 1 || q > 4) return null;
  let k: number;
  let hyphenated = false;
  const h = toks[ordEnd];
  if (h && h.kind === "punct" && isDash(h.text)) {
    k = ordEnd + 1;
    hyphenated = true;
  } else {
    k = skipSpace(toks, ordEnd);
    if (k === ordEnd) return null;
  }
  const noun = toks[k];
  if (!noun || noun.kind !== "word") return null;
  const lang: Lang | undefined = noun.norm === "trimestre" ? "fr" : noun.norm === "quarter" ? "en" : undefined;
  if (!lang) return null;
  const y = quarterYear(ctx, k + 1);
  return {
    kind: "quarter",
    value: q,
    year: y?.year,
    startTok: i,
    endTok: y ? y.endTok : k + 1,
    style: {
      lang,
      words: !ordinalDigits,
      ordinalDigits: ordinalDigits || undefined,
      hyphenated: hyphenated || undefined,
      yearLinker: y?.linker,
      capitalized: startsUpper(t.text) || undefined,
    },
  };
}
