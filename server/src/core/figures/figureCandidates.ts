import type { Lang } from "../types";
import type { ScanContext } from "./scanContext";
import type { FractionMatch } from "./fractions";
import { numberWordLang } from "./numberWords";
import type { Quantity } from "./quantity";
import type { RankMatch } from "./ranks";
import type { TemporalMatch } from "./temporal";
import type { Figure, FigureStyle, HedgeKind } from "./types";

// Drafts: figures found by a matcher, with their token range, before the hedge is attached.

/** A figure before its hedge is attached, with its token range. */
export interface Draft {
  fig: Omit<Figure, "hedge" | "start" | "end" | "text">;
  startTok: number;
  endTok: number;
  /** Where a hedge written after the figure may start (after the unit noun of a count). */
  afterTok: number;
  temporal: boolean;
  /** Hedge implied by the wording ("une dizaine" is approximate). */
  impliedHedge?: HedgeKind;
}

/** What a matcher returns: figures and where to resume, or a span to skip (a time, a phone number). */
export type Step = { drafts: Draft[]; next: number } | { skipTo: number };

// Styles ---------------------------------------------------------------------------------------

const FR_MARKERS = /^(milliards?|mds?|mrds?|mille|pour|points de|pts de|pourcentage)/i;
const EN_MARKERS = /^(bn|bln|thousand|tn|trn|mn|mln|percent|per cent|pct|percentage|pounds?|us dollars?|canadian|swiss|australian)/i;

/** The language a quantity is written in: its words say it better than the text ("$45bn" quoted in French). */
function quantityLang(q: Quantity, ctx: ScanContext): Lang {
  const probes = [q.percentToken?.trim(), q.magnitudeToken, q.currencyPosition === "suffix" ? q.currencyToken : undefined];
  for (const p of probes) {
    if (!p) continue;
    if (FR_MARKERS.test(p)) return "fr";
    if (EN_MARKERS.test(p)) return "en";
  }
  // English never says "3 millions" or "3 billions".
  if (q.magnitudeToken && /^(millions|billions|trillions)$/i.test(q.magnitudeToken)) return "fr";
  if (
    q.currencyToken &&
    /^(dollars? (américains?|canadiens?|australiens?)|livres? sterling|francs? suisses?|yens|yuans)$/i.test(q.currencyToken)
  )
    return "fr";
  if (q.words) {
    const w = ctx.toks[q.startTok].norm;
    const l = numberWordLang(w);
    if (l) return l;
  }
  if (q.currencyPosition === "prefix" && q.currencyToken && /^(US)?[$£]$/.test(q.currencyToken)) return "en";
  if (q.digits?.decimalSep === ",") return "fr";
  return ctx.lang;
}

export function quantityStyle(q: Quantity, ctx: ScanContext): FigureStyle {
  const style: FigureStyle = { lang: quantityLang(q, ctx), words: q.words, magnitudeStyle: q.magnitudeStyle ?? "none" };
  const set = <K extends keyof FigureStyle>(k: K, v: FigureStyle[K] | undefined) => {
    if (v !== undefined) style[k] = v;
  };
  set("currencyPosition", q.currencyPosition);
  set("currencyToken", q.currencyToken);
  set("magnitudeToken", q.magnitudeToken);
  set("percentToken", q.percentToken);
  set("numberSep", q.numberSep);
  set("prefixSep", q.prefixSep);
  set("magnitudeSep", q.magnitudeSep);
  set("groupSep", q.digits?.groupSep);
  set("sign", q.sign);
  set("wordsForm", q.wordsForm);
  set("linker", q.linker);
  if (q.words) style.article = ctx.toks[q.startTok].norm;
  return style;
}

export function quantityDraft(ctx: ScanContext, q: Quantity, unit: { unit: string; endTok: number } | null): Draft {
  const fig: Draft["fig"] = { kind: q.kind, value: q.value, precision: q.precision, style: quantityStyle(q, ctx) };
  if (q.currency) fig.currency = q.currency;
  if (q.kind === "percent" && q.points) fig.unit = "points";
  if (q.kind === "count" && unit) fig.unit = unit.unit;
  if (q.approximate) fig.approximate = true;
  return {
    fig,
    startTok: q.startTok,
    endTok: q.endTok,
    afterTok: unit ? unit.endTok : q.endTok,
    temporal: false,
    impliedHedge: q.approximate ? "approx" : undefined,
  };
}

export function yearDraft(
  ctx: ScanContext,
  value: number,
  startTok: number,
  endTok: number,
  extra: Partial<Figure> = {},
  style: Partial<FigureStyle> = {},
): Draft {
  return {
    fig: { kind: "year", value, year: value, style: { lang: ctx.lang, words: false, ...style }, precision: 0, ...extra },
    startTok,
    endTok,
    afterTok: endTok,
    temporal: true,
  };
}

export function temporalDraft(ctx: ScanContext, m: TemporalMatch): Draft {
  const fig: Draft["fig"] = { kind: m.kind, value: m.value, style: { lang: ctx.lang, words: false, ...m.style }, precision: 0 };
  if (m.year !== undefined) fig.year = m.year;
  if (m.month !== undefined) fig.month = m.month;
  return { fig, startTok: m.startTok, endTok: m.endTok, afterTok: m.endTok, temporal: true };
}

export function fractionDraft(ctx: ScanContext, m: FractionMatch): Draft {
  return {
    fig: { kind: "percent", value: m.value, precision: 2, approximate: true, style: { lang: ctx.lang, words: true, ...m.style } },
    startTok: m.startTok,
    endTok: m.endTok,
    afterTok: m.endTok,
    temporal: false,
  };
}

export function rankDraft(ctx: ScanContext, m: RankMatch): Draft {
  const fig: Draft["fig"] = { kind: "rank", value: m.value, style: { lang: ctx.lang, words: false, ...m.style }, precision: 0 };
  if (m.role !== undefined) fig.unit = m.role;
  // A rank takes no quantity hedge after it ("fifth place at least" is rare); calendar-style hedges only.
  return { fig, startTok: m.startTok, endTok: m.endTok, afterTok: m.endTok, temporal: true };
}
