import { isApostrophe, isDash } from "./chars";
import { isWordTok, prevNonSpace, skipSpace, type ScanContext } from "./scanContext";
import { readPrefixCurrency } from "./currencies";
import { quantityDraft, quantityStyle, yearDraft, type Draft, type Step } from "./figureCandidates";
import { inheritFrom, parseQuantity, type Quantity } from "./quantity";
import { inYearPosition, productName } from "./skip";
import type { FigureStyle } from "./types";
import { readUnit } from "./units";
import { pluralCountNoun } from "./unitNumber";

// From a parsed quantity to figures: a count, a year or nothing; ranges ("10-20%", "10 à 20
// millions", "entre 10 et 20 %") and changes ("de 10 à 20 %": two figures).

// Years ----------------------------------------------------------------------------------------

/** A bare four-digit number between 1800 and 2100: it may be a year. */
function yearish(q: Quantity): boolean {
  const d = q.digits;
  return (
    !!d &&
    q.kind === "count" &&
    q.magnitude === undefined &&
    q.sign === undefined &&
    d.groupSep === undefined &&
    d.decimals === 0 &&
    d.intDigits === 4 &&
    q.value >= 1800 &&
    q.value <= 2100
  );
}

/** "1990s", "1990's" (English decades). Returns the end token or -1. */
function decadeSuffix(ctx: ScanContext, q: Quantity): number {
  const { toks } = ctx;
  const e = q.numEndTok;
  if (q.value % 10 !== 0) return -1;
  if (toks[e]?.kind === "word" && toks[e].norm === "s") return e + 1;
  if (
    toks[e]?.kind === "punct" &&
    isApostrophe(toks[e].text) &&
    toks[e + 1]?.norm === "s" &&
    toks[e + 1].kind === "word" &&
    toks[e + 2]?.kind !== "word"
  )
    return e + 2;
  return -1;
}

function afterAnnees(ctx: ScanContext, i: number): boolean {
  const p = prevNonSpace(ctx.toks, i);
  return p >= 0 && ctx.toks[p].norm === "années";
}

/** "les deux groupes", "the two companies": a small number after a definite determiner names known things. */
const DEFINITE_DETERMINERS = new Set(["les", "ces", "ses", "leurs", "nos", "vos", "the", "these", "those", "its", "their", "our", "both"]);

function afterDefiniteDeterminer(ctx: ScanContext, i: number): boolean {
  const p = prevNonSpace(ctx.toks, i);
  return p >= 0 && DEFINITE_DETERMINERS.has(ctx.toks[p].norm.toLowerCase());
}

// Quantities -----------------------------------------------------------------------------------

/** The unit read after a year-shaped number, or one of the two words after it, is a plural noun ("2000 new members"). */
function countsPluralNoun(ctx: ScanContext, unit: { unit: string; endTok: number }): boolean {
  if (pluralCountNoun(unit.unit)) return true;
  let j = unit.endTok;
  for (let words = 0; words < 2; words++) {
    j = skipSpace(ctx.toks, j);
    const t = ctx.toks[j];
    if (!t || !isWordTok(t)) return false;
    if (pluralCountNoun(t.norm)) return true;
    j++;
  }
  return false;
}

/** A bare one-digit integer: no magnitude, sign, decimals or number word. */
function scoreLike(q: Quantity): boolean {
  return q.kind === "count" && !!q.digits && q.digits.intDigits === 1 && q.digits.decimals === 0 && q.magnitude === undefined && !q.words;
}

/** One quantity, with the rules that decide between a count, a year and nothing. */
function singleQuantity(ctx: ScanContext, q: Quantity): Step {
  if (q.kind !== "count") return { drafts: [quantityDraft(ctx, q, null)], next: q.endTok };
  const unit = readUnit(ctx.toks, q.endTok, q.unitLinker || q.wordsForm === "collective");
  if (yearish(q)) {
    if (afterAnnees(ctx, q.startTok)) {
      return {
        drafts: [yearDraft(ctx, q.value, q.startTok, q.endTok, { max: q.value + 9, decade: true }, { lang: "fr" })],
        next: q.endTok,
      };
    }
    const yearPos = inYearPosition(ctx, q.startTok);
    if (!yearPos && productName(ctx, q.startTok, !!unit)) return { skipTo: q.endTok };
    if (yearPos || !unit || !countsPluralNoun(ctx, unit))
      return { drafts: [yearDraft(ctx, q.value, q.startTok, q.endTok)], next: q.endTok };
  }
  // "les années 90".
  if (q.digits && q.digits.intDigits === 2 && q.value % 10 === 0 && q.magnitude === undefined && afterAnnees(ctx, q.startTok)) {
    const y = 1900 + q.value;
    return { drafts: [yearDraft(ctx, y, q.startTok, q.endTok, { max: y + 9, decade: true }, { lang: "fr" })], next: q.endTok };
  }
  if (q.words && q.wordsForm === "number" && q.magnitude === undefined && q.value <= 12 && afterDefiniteDeterminer(ctx, q.startTok)) {
    return { skipTo: q.endTok };
  }
  if (!unit && q.magnitude === undefined) {
    // Number words need a noun ("deux entreprises"); single digits alone are list markers, scores, noise.
    if (q.words && q.wordsForm === "number") return { skipTo: q.endTok };
    if (q.digits && q.digits.intDigits === 1 && q.digits.decimals === 0 && q.wordsForm !== "collective") return { skipTo: q.endTok };
  }
  const plainInteger = q.digits && q.magnitude === undefined && q.sign === undefined && !q.digits.groupSep && q.digits.decimals === 0;
  if (plainInteger && productName(ctx, q.startTok, !!unit)) return { skipTo: q.endTok };
  return { drafts: [quantityDraft(ctx, q, unit)], next: q.endTok };
}

function rangeStyleOf(sep: string): "to" | "dash" {
  return sep.trim().length === 1 && isDash(sep.trim()) ? "dash" : "to";
}

/** A range draft from two quantities, a the lower bound (already completed from b). */
function rangeDraft(ctx: ScanContext, a: Quantity, b: Quantity, startTok: number, style: Partial<FigureStyle>): Draft {
  const unit = a.kind === "count" ? readUnit(ctx.toks, b.endTok, b.unitLinker) : null;
  const draft = quantityDraft(ctx, { ...b, startTok: a.startTok }, unit);
  const sa = quantityStyle(a, ctx);
  draft.fig.value = a.value;
  draft.fig.max = b.value;
  draft.fig.precision = Math.max(a.precision, b.precision);
  draft.fig.kind = a.kind;
  if (a.currency) draft.fig.currency = a.currency;
  if (a.kind === "percent" && a.points) draft.fig.unit = "points";
  draft.fig.style = { ...draft.fig.style, ...style };
  if (sa.currencyPosition === "prefix") {
    draft.fig.style.currencyPosition = "prefix";
    draft.fig.style.currencyToken = sa.currencyToken;
    draft.fig.style.prefixSep = sa.prefixSep;
  }
  if (sa.sign) draft.fig.style.sign = sa.sign;
  draft.startTok = startTok;
  if (a.approximate || b.approximate) {
    draft.fig.approximate = true;
    draft.impliedHedge = "approx";
  }
  return draft;
}

/** The start of a second number after a range separator at j: "-", " - ", " à ", " to ". */
function rangeSecond(ctx: ScanContext, j: number): { at: number; sep: string } | null {
  const { toks } = ctx;
  const t = toks[j];
  if (!t) return null;
  if (t.kind === "punct" && isDash(t.text) && toks[j + 1] && (toks[j + 1].kind === "num" || readPrefixCurrency(toks, j + 1))) {
    return { at: j + 1, sep: t.text };
  }
  if (t.kind !== "space" || t.nl) return null;
  const m = toks[j + 1];
  if (!m || toks[j + 2]?.kind !== "space" || toks[j + 2].nl) return null;
  if ((m.kind === "punct" && isDash(m.text)) || (m.kind === "word" && (m.norm === "à" || m.norm === "to"))) {
    return { at: j + 3, sep: ctx.text.slice(t.start, toks[j + 2].end) };
  }
  return null;
}

/** "de 10 à 20 %", "from 5 to 7": a change from one value to another, not a range. */
function startsChange(ctx: ScanContext, i: number): boolean {
  const p = prevNonSpace(ctx.toks, i);
  if (p < 0) return false;
  const t = ctx.toks[p];
  if (t.kind === "word") return t.norm === "de" || t.norm === "from";
  return isApostrophe(t.text) && ctx.toks[p - 1]?.norm === "d";
}

function withCurrencyOf(b: Quantity, a: Quantity): Quantity {
  if (b.currency || !a.currency || b.kind !== "count") return b;
  return { ...b, kind: "money", currency: a.currency };
}

export function quantityStep(ctx: ScanContext, i: number): Step | null {
  const q = parseQuantity(ctx, i);
  if (!q) return null;
  if (q.gluedTok !== undefined) {
    const dec = yearish(q) ? decadeSuffix(ctx, q) : -1;
    if (dec > 0) {
      return { drafts: [yearDraft(ctx, q.value, q.startTok, dec, { max: q.value + 9, decade: true }, { lang: "en" })], next: dec };
    }
    return { skipTo: q.gluedTok + 1 };
  }
  const second = rangeSecond(ctx, q.endTok);
  if (second) {
    const b = parseQuantity(ctx, second.at);
    if (b && b.gluedTok === undefined && b.sign === undefined) {
      const style: Partial<FigureStyle> = { rangeStyle: rangeStyleOf(second.sep), rangeSep: second.sep };
      if (style.rangeStyle === "dash" && scoreLike(q) && scoreLike(b) && !readUnit(ctx.toks, b.endTok, false)) {
        // "3–6", "2-1": two one-digit numbers joined by a dash, counting nothing, are a score (or a
        // list's numbering), as a lone digit is; a range of them names its unit ("3-5 jours").
        return { skipTo: b.endTok };
      }
      if (yearish(q) && yearish(b)) {
        if (style.rangeStyle === "dash" && b.value > q.value) {
          return { drafts: [yearDraft(ctx, q.value, q.startTok, b.endTok, { max: b.value }, style)], next: b.endTok };
        }
      } else {
        const a = inheritFrom(q, b);
        const b2 = a ? withCurrencyOf(b, a) : b;
        if (a && a.value < b2.value) {
          if (style.rangeStyle === "to" && startsChange(ctx, q.startTok)) {
            const unit = a.kind === "count" ? readUnit(ctx.toks, b2.endTok, b2.unitLinker) : null;
            const first = quantityDraft(ctx, a, unit);
            first.afterTok = a.endTok;
            return { drafts: [first, quantityDraft(ctx, b2, unit)], next: unit ? unit.endTok : b2.endTok };
          }
          return { drafts: [rangeDraft(ctx, a, b2, q.startTok, style)], next: b2.endTok };
        }
      }
    }
  }
  return singleQuantity(ctx, q);
}

/** "entre 10 et 20 %", "between $2bn and $3bn", "entre 2019 et 2021". */
export function betweenStep(ctx: ScanContext, i: number): Step | null {
  const { toks } = ctx;
  const s = skipSpace(toks, i + 1);
  if (s === i + 1) return null;
  const a = parseQuantity(ctx, s);
  if (!a || a.gluedTok !== undefined) return null;
  const e = skipSpace(toks, a.endTok);
  if (e === a.endTok || !isWordTok(toks[e], "et", "and")) return null;
  const bs = skipSpace(toks, e + 1);
  if (bs === e + 1) return null;
  const b = parseQuantity(ctx, bs);
  if (!b || b.gluedTok !== undefined) return null;
  const style: Partial<FigureStyle> = { rangeStyle: "between", rangeSep: ctx.text.slice(toks[a.endTok].start, toks[bs].start) };
  if (yearish(a) && yearish(b)) {
    if (b.value <= a.value) return null;
    return { drafts: [yearDraft(ctx, a.value, i, b.endTok, { max: b.value }, style)], next: b.endTok };
  }
  const a2 = inheritFrom(a, b);
  if (!a2) return null;
  const b2 = withCurrencyOf(b, a2);
  if (a2.value >= b2.value) return null;
  if (a2.words && a2.wordsForm === "number" && a2.kind === "count" && !readUnit(toks, b2.endTok, b2.unitLinker)) return null;
  return { drafts: [rangeDraft(ctx, a2, b2, i, style)], next: b2.endTok };
}
