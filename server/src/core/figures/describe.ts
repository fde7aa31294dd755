import type { Lang } from "../types";
import { startsWithVowel } from "./chars";
import { renderFigure, renderInLanguage } from "./render";
import { unitForCount } from "./unitNumber";
import type { Figure, HedgeKind } from "./types";

// A short human rendering for messages: "49 %", "$3 billion", "3 milliards de dollars",
// "January 2025", "3 juin 2025", "Q2 2025", "2030", "220 000 employés".

const HEDGE_WORDS: Record<Exclude<HedgeKind, "exact">, [fr: string, en: string]> = {
  approx: ["environ", "about"],
  atLeast: ["au moins", "at least"],
  moreThan: ["plus de", "more than"],
  atMost: ["au plus", "at most"],
  lessThan: ["moins de", "less than"],
  upTo: ["jusqu'à", "up to"],
  since: ["depuis", "since"],
  until: ["jusqu'en", "until"],
  before: ["avant", "before"],
  after: ["après", "after"],
};

/** The hedge in words, before a rendered figure ("plus d'un tiers", "jusqu'au 3 juin"). */
export function withHedge(f: Figure, lang: Lang, text: string): string {
  if (f.hedge === "exact") return text;
  let h = HEDGE_WORDS[f.hedge][lang === "fr" ? 0 : 1];
  if (lang === "fr" && f.hedge === "until" && f.kind === "date") h = "jusqu'au";
  if (lang === "fr" && h.endsWith(" de") && startsWithVowel(text)) return `${h.slice(0, -3)} d'${text}`;
  return `${h} ${text}`;
}

export interface DescribeOptions {
  /** Write the hedge too ("près de 14 milliards de dollars"). Default false. */
  hedge?: boolean;
}

/** A short rendering of a figure in a language, for messages. */
export function describeFigure(f: Figure, lang: Lang, options: DescribeOptions = {}): string {
  const text = renderInLanguage(f, lang);
  return options.hedge ? withHedge(f, lang, text) : text;
}

/**
 * The draft's figure for a message, as the draft writes it: a date or a month in its own order and
 * language ("12 November 2024", "12 novembre 2024"), anything else as describeFigure does.
 */
export function describeClaim(claim: Figure, lang: Lang): string {
  if (isPlainCalendar(claim)) return renderFigure(claim, claim);
  return describeFigure(claim, lang);
}

/**
 * A source's figure for a message about the draft's `claim`, in the draft's words: a date in the
 * draft's order and language ("14 November 2024" for a draft that writes "12 November 2024"), a
 * count with the draft's unit noun agreeing with the source's number ("22 slots", "1 slot").
 */
export function describeAgainst(source: Figure, claim: Figure, lang: Lang): string {
  // The source's hedge is part of what it says: "more than 200 homes", not "200 homes".
  if (isPlainCalendar(claim) && isPlainCalendar(source) && source.kind === claim.kind)
    return withHedge(source, lang, renderFigure(source, claim));
  if (claim.kind === "count" && source.kind === "count" && claim.unit && claim.unit !== "points") {
    return describeFigure({ ...source, unit: unitForCount(claim.unit, source.value, lang) }, lang, { hedge: true });
  }
  return describeFigure(source, lang, { hedge: true });
}

/** A single date or month (no range): the kinds whose order and month words differ between drafts. */
function isPlainCalendar(f: Figure): boolean {
  return (f.kind === "date" || f.kind === "month") && f.max === undefined;
}
