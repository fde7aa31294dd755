import type { Lang } from "../types";
import { startsWithVowel } from "./chars";
import { currencySymbol, currencyWord } from "./currencies";
import { canonicalFigure } from "./canonicalStyle";
import { capitalize, decimalsOf, formatNumber, numberInWords } from "./format";
import { fractionWords, ratioWords } from "./fractionWords";
import { chooseMagnitude, type MagnitudeChoice } from "./magnitudeChoice";
import { monthName } from "./months";
import { ordinalDigitsEn, ordinalWord, toRoman } from "./ordinals";
import type { Figure } from "./types";

// renderFigure writes the source's value the way the draft wrote its own figure, so a quick fix
// can replace exactly the draft's span: "$45bn" -> "$40bn", "4 milliards de dollars" ->
// "3 milliards de dollars", "un quart" -> "un tiers", "juin" -> "janvier", "October" -> "January".

function isQuantity(f: Figure): boolean {
  return f.kind === "money" || f.kind === "percent" || f.kind === "count";
}

/** Sign of a value, following the draft ("+2,5 %" stays signed). */
function signOf(v: number, like: Figure): string {
  if (v < 0) return like.style.sign === "\u2212" ? "\u2212" : "-";
  return like.style.sign === "+" && v > 0 ? "+" : "";
}

/** The two numbers of a range, joined the way the draft joins them. */
function joinRange(lo: string, hi: string, like: Figure, tail: string): string {
  const st = like.style;
  const fr = st.lang === "fr";
  if (st.rangeStyle === "dash" || st.rangeStyle === "to") {
    return `${lo}${st.rangeSep ?? (st.rangeStyle === "dash" ? "-" : fr ? " à " : " to ")}${hi}${tail}`;
  }
  const out = fr ? `entre ${lo} et ${hi}${tail}` : `between ${lo} and ${hi}${tail}`;
  return st.capitalized ? capitalize(out) : out;
}

// Percentages ----------------------------------------------------------------------------------

function defaultPercentToken(lang: Lang, points = false): string {
  if (points) return lang === "fr" ? " points de pourcentage" : " percentage points";
  return lang === "fr" ? " %" : "%";
}

function percentNumber(v: number, source: Figure, like: Figure): string {
  const lang = like.style.lang;
  // A fraction in words stands for a rounded share: "un tiers" is written "33 %".
  const x = source.approximate && source.kind === "percent" ? Math.round(v) : v;
  return signOf(x, like) + formatNumber(Math.abs(x), lang, { decimals: Math.min(decimalsOf(Math.abs(x)), 2) });
}

function renderPercent(source: Figure, like: Figure): string {
  const st = like.style;
  if (source.max === undefined && source.kind === "percent") {
    const words =
      st.wordsForm === "fraction"
        ? fractionWords(source.value, like)
        : st.wordsForm === "ratio"
          ? ratioWords(source.value, like)
          : undefined;
    if (words) return words;
  }
  const inWords = st.wordsForm === "fraction" || st.wordsForm === "ratio";
  const token = !inWords && st.percentToken ? st.percentToken : defaultPercentToken(st.lang, like.unit === "points");
  if (source.max !== undefined) {
    return joinRange(percentNumber(source.value, source, like), percentNumber(source.max, source, like), like, token);
  }
  return percentNumber(source.value, source, like) + token;
}

// Amounts and counts ---------------------------------------------------------------------------

function isSymbolToken(token: string): boolean {
  return !/^[A-Z]{3}$/.test(token) && !/[a-z]{2}/.test(token);
}

function isCodeToken(token: string): boolean {
  return /^[A-Z]{3}$/.test(token);
}

/** A currency word, keeping the draft's own wording when it names the same currency. */
function currencyWordLike(code: string, like: Figure, plural: boolean): string {
  const lang = like.style.lang;
  const token = like.style.currencyToken;
  if (token && like.currency === code && !isSymbolToken(token) && !isCodeToken(token)) {
    const forms = [currencyWord(code, lang, true), currencyWord(code, lang, false)].map((s) => s.toLowerCase());
    if (!forms.includes(token.toLowerCase())) return token; // "dollars américains", "US dollars"
  }
  return currencyWord(code, lang, plural);
}

interface AmountParts {
  head: string;
  tail: string;
}

/** Everything around the mantissa: prefix currency before, magnitude and suffix currency after. */
function amountParts(code: string | undefined, mag: MagnitudeChoice, mantissa: number, like: Figure): AmountParts {
  const st = like.style;
  const lang = st.lang;
  const magTok = mag.token(mantissa);
  const likeSep = st.numberSep !== undefined && st.magnitudeStyle === mag.style ? st.numberSep : undefined;
  // "un demi-milliard" joins with a hyphen that a plain number does not take.
  const numSep = likeSep !== undefined && likeSep !== "-" ? likeSep : mag.style === "abbr" ? "" : " ";
  const magPart = mag.style === "none" ? "" : `${numSep}${magTok}`;
  if (!code) return { head: "", tail: magPart };
  const likeToken = st.currencyToken ?? "";
  const same = like.currency === code && !!likeToken;
  const kind = isCodeToken(likeToken) ? "code" : isSymbolToken(likeToken) && likeToken ? "symbol" : "word";
  let position = st.currencyPosition ?? (lang === "fr" ? "suffix" : "prefix");
  // A symbol after a magnitude word reads badly ("3 milliards €"): French takes the word, English the prefix.
  if (position === "suffix" && kind !== "word" && mag.style === "word") {
    if (lang === "fr") return { head: "", tail: `${magPart} ${linked(currencyWord(code, "fr", true))}` };
    position = "prefix";
  }
  if (position === "prefix") {
    const token = same && kind !== "word" ? likeToken : kind === "code" ? code : (currencySymbol(code) ?? code);
    const sep = /^[A-Z]{3}$/.test(token) ? st.prefixSep || " " : kind === "symbol" ? (st.prefixSep ?? "") : "";
    return { head: token + sep, tail: magPart };
  }
  if (kind === "word") {
    const plural = mag.style !== "none" || (lang === "fr" ? Math.abs(mantissa) >= 2 : Math.abs(mantissa) !== 1);
    const word = currencyWordLike(code, like, plural);
    if (lang === "fr" && mag.style === "word") return { head: "", tail: `${magPart} ${linked(word)}` };
    const sep = mag.style === "none" ? (st.numberSep ?? " ") : " ";
    return { head: "", tail: `${magPart}${sep}${word}` };
  }
  const token = same ? likeToken : kind === "code" ? code : (currencySymbol(code) ?? code);
  if (mag.style === "abbr") return { head: "", tail: `${magPart}${st.magnitudeSep ?? ""}${token}` };
  return { head: "", tail: `${magPart}${st.numberSep ?? (lang === "fr" ? " " : "")}${token}` };
}

/** French "de dollars" / "d'euros". */
function linked(word: string): string {
  return startsWithVowel(word) ? `d'${word}` : `de ${word}`;
}

function mantissaText(m: number, like: Figure, mag: MagnitudeChoice): string {
  const st = like.style;
  const lang = st.lang;
  const a = Math.abs(m);
  if (st.words && st.wordsForm === "number" && Number.isInteger(a)) {
    // Words for small numbers ("quarante milliards", "deux cents personnes"), digits beyond.
    const w = a <= 100 || (a < 1000 && mag.style === "none") ? numberInWords(a, lang, /\bune\b/i.test(like.text)) : undefined;
    // "a hundred", "a billion" when the draft says so.
    if (w && (st.article === "a" || st.article === "an") && w.startsWith("one")) return `a${w.slice(3)}`;
    if (w) return w;
  }
  const group = mag.style === "none" ? st.groupSep : undefined;
  // Four-digit numbers are grouped only when the draft groups its own ("2030 employés", "1,300").
  const groupFrom = group !== undefined || Math.abs(like.value) >= 1e4 || st.lang === "en" ? 1000 : 10000;
  return formatNumber(a, lang, { group, decimals: Math.min(decimalsOf(a), 3), groupFrom });
}

function renderAmount(source: Figure, like: Figure): string {
  const code = like.kind === "money" ? (source.kind === "money" ? source.currency : like.currency) : undefined;
  const lo = source.value;
  const hi = source.max;
  const mag = chooseMagnitude(Math.abs(lo) || Math.abs(hi ?? 0), like);
  const m1 = lo / mag.factor;
  const sign = signOf(lo, like);
  const parts = amountParts(code, mag, hi !== undefined ? hi / mag.factor : m1, like);
  if (hi === undefined) return `${sign}${parts.head}${mantissaText(m1, like, mag)}${parts.tail}`;
  const m2 = hi / mag.factor;
  if (parts.head && like.style.rangeStyle !== "dash" && like.style.rangeStyle !== "to") {
    // "between $10bn and $20bn": a prefix currency repeats the whole amount.
    const one = (m: number, v: number) => `${signOf(v, like)}${parts.head}${mantissaText(m, like, mag)}${parts.tail}`;
    return joinRange(one(m1, lo), one(m2, hi), like, "");
  }
  const a = `${sign}${parts.head}${mantissaText(m1, like, mag)}`;
  const b = `${signOf(hi, like)}${like.style.rangeStyle === "dash" ? "" : parts.head}${mantissaText(m2, like, mag)}`;
  return joinRange(a, b, like, parts.tail);
}

// Calendar -------------------------------------------------------------------------------------

function monthText(month: number, like: Figure): string {
  const lang = like.style.lang;
  const name = monthName(month, lang);
  return like.style.capitalized && lang === "fr" ? capitalize(name) : name;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function renderCalendar(source: Figure, like: Figure): string {
  const st = like.style;
  const lang = st.lang;
  let day: number | undefined;
  let month: number;
  if (source.kind === "month") month = source.value;
  else if (source.kind === "date" && source.month) {
    month = source.month;
    day = source.value;
  } else return renderInLanguage(source, lang);
  const year = like.year !== undefined ? (source.year ?? like.year) : undefined;
  const name = monthText(month, like);
  if (like.kind === "date" && day !== undefined) {
    if (st.dateOrder === "iso" && year !== undefined) return `${year}-${pad2(month)}-${pad2(day)}`;
    const dayText = lang === "fr" ? (day === 1 ? "1er" : String(day)) : st.ordinalDay ? ordinalDigitsEn(day) : String(day);
    if (st.dateOrder === "md") return `${name} ${dayText}${year !== undefined ? (st.dayComma ? ", " : " ") + year : ""}`;
    return `${dayText} ${name}${year !== undefined ? ` ${year}` : ""}`;
  }
  return name + (year !== undefined ? (like.kind === "month" ? (st.yearLinker ?? " ") : " ") + year : "");
}

function renderYear(source: Figure, like: Figure): string {
  const y = source.kind === "year" ? source.value : source.year;
  if (y === undefined) return renderInLanguage(source, like.style.lang);
  if (source.kind === "year" && source.decade) {
    if (like.decade && like.style.lang === "en") return `${y}s`;
    if (like.decade && /^\d\d$/.test(like.text) && y >= 1900 && y < 2000) return String(y % 100); // "les années 90"
    return String(y);
  }
  if (source.kind === "year" && source.max !== undefined) {
    return like.max !== undefined ? joinRange(String(y), String(source.max), like, "") : `${y}-${source.max}`;
  }
  return String(y);
}

const QUARTER_FR = ["premier", "deuxième", "troisième", "quatrième"];
const QUARTER_FR_DIGITS = ["1er", "2e", "3e", "4e"];
const QUARTER_EN = ["first", "second", "third", "fourth"];
const QUARTER_EN_DIGITS = ["1st", "2nd", "3rd", "4th"];

function renderQuarter(source: Figure, like: Figure): string {
  const st = like.style;
  if (source.kind !== "quarter") return renderInLanguage(source, st.lang);
  const q = source.value;
  const year = like.year !== undefined ? (source.year ?? like.year) : undefined;
  if (st.quarterLetter) return `${st.quarterLetter}${q}${year !== undefined ? (st.yearLinker ?? " ") + year : ""}`;
  let out: string;
  if (st.lang === "fr") {
    out = `${(st.ordinalDigits ? QUARTER_FR_DIGITS : QUARTER_FR)[q - 1]} trimestre`;
    if (year !== undefined) out += (st.yearLinker ?? " ") + year;
  } else {
    out = `${(st.ordinalDigits ? QUARTER_EN_DIGITS : QUARTER_EN)[q - 1]}${st.hyphenated ? "-" : " "}quarter`;
    if (year !== undefined) out += (st.yearLinker ?? " of ") + year;
  }
  return st.capitalized ? capitalize(out) : out;
}

// Ranks ----------------------------------------------------------------------------------------

/** French digits with the draft's suffix: "45e", "46ème", "1er" / "1re" for the first. */
function frRankDigits(n: number, like: Figure): string {
  const suffix = like.style.ordinalSuffix;
  if (n === 1) return like.style.feminine || suffix === "re" || suffix === "ère" ? "1re" : "1er";
  return suffix && suffix !== "er" && suffix !== "re" && suffix !== "ère" && suffix !== "ere" ? `${n}${suffix}` : `${n}e`;
}

/** A rank as the draft writes its own: "fifth" -> "sixth", "45e" -> "46e", "5th" -> "6th", "number 45" -> "number 46". */
function renderRank(source: Figure, like: Figure): string {
  const st = like.style;
  const n = source.value;
  if (source.kind !== "rank" || !Number.isInteger(n) || n < 1) return renderInLanguage(source, st.lang);
  switch (st.rankForm) {
    case "words":
      return ordinalWord(n, st.lang, st.feminine) ?? (st.lang === "fr" ? frRankDigits(n, like) : ordinalDigitsEn(n));
    case "number":
      return (st.words ? numberInWords(n, st.lang) : undefined) ?? String(n);
    case "roman":
      return n < 90 ? `${toRoman(n)}${n === 1 ? "er" : "e"}` : frRankDigits(n, like);
    default:
      return st.lang === "fr" ? frRankDigits(n, like) : ordinalDigitsEn(n);
  }
}

/**
 * The source's value written in the draft figure's language and style, to replace exactly
 * `like.start..like.end` (the draft's hedge is outside that span and stays as written).
 */
export function renderFigure(source: Figure, like: Figure): string {
  const out = renderPlain(source, like);
  // A draft figure opening its sentence ("Deux entreprises", "Entre 10 et 20 %") stays capitalised.
  const first = like.text.charAt(0);
  return first !== first.toLowerCase() && /^\p{Ll}/u.test(out) ? capitalize(out) : out;
}

function renderPlain(source: Figure, like: Figure): string {
  switch (like.kind) {
    case "percent":
      return isQuantity(source) ? renderPercent(source, like) : renderInLanguage(source, like.style.lang);
    case "money":
    case "count":
      if (source.kind === "percent") return renderInLanguage(source, like.style.lang);
      return isQuantity(source) ? renderAmount(source, like) : renderInLanguage(source, like.style.lang);
    case "year":
      return renderYear(source, like);
    case "month":
    case "date":
      return source.kind === "year" ? String(source.value) : renderCalendar(source, like);
    case "quarter":
      return renderQuarter(source, like);
    case "rank":
      return renderRank(source, like);
  }
}

/** A figure in the plain style of a language, without its hedge: the fallback of renderFigure and the text of messages. */
export function renderInLanguage(f: Figure, lang: Lang): string {
  let text: string;
  if (f.kind === "year" && f.decade) {
    text = lang === "fr" ? `années ${f.value}` : `${f.value}s`;
  } else if (f.kind === "year") {
    text = f.max !== undefined ? `${f.value}–${f.max}` : String(f.value);
  } else {
    text = renderFigure(f, canonicalFigure(f, lang));
  }
  if (f.kind === "count" && f.unit) {
    const magnitudeWord = /(millions?|milliards?|billions?|trillion|million|billion)$/.test(text);
    if (lang === "fr" && magnitudeWord) text += startsWithVowel(f.unit) ? ` d'${f.unit}` : ` de ${f.unit}`;
    else text += ` ${f.unit}`;
  }
  return text;
}
