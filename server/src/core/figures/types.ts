import type { Lang } from "../types";

// A figure found in text, normalised so that figures written differently in French and English
// ("1,3 milliard de dollars", "$1.3bn") compare equal.

export type FigureKind =
  | "money" // value in currency units: "1,3 milliard de dollars" -> 1.3e9, currency "USD"
  | "percent" // value in percent points: "49 %" -> 49; fractions in words too: "un tiers" -> 33.333.., "half" -> 50
  | "count" // plain quantity with an optional unit noun: "220 000 employés" -> 220000, unit "employés"
  | "year" // "2019", "en 2030"
  | "month" // a month, with an optional year: "janvier", "June 2025"; value = month 1..12
  | "date"; // a full date: "3 juin 2025", "June 3, 2025"; value = day of month

export type HedgeKind =
  | "exact"
  | "approx" // près de, environ, quelque, nearly, about, around, some, roughly, almost, presque
  | "atLeast" // au moins, at least
  | "moreThan" // plus de, over, more than, above, upwards of
  | "atMost" // au plus, at most, no more than
  | "lessThan" // moins de, less than, under, below
  | "upTo" // jusqu'à, allant jusqu'à, pouvant atteindre, up to, as much as
  | "since" // depuis, dès, since, from (with dates/years)
  | "until" // jusqu'en, jusqu'au, until, through, till, by (with dates/years)
  | "before" // avant, before
  | "after"; // après, after

/** How the figure is written, so a correction can be written the same way. */
export interface FigureStyle {
  lang: Lang;
  /** Written in words ("un tiers", "half", "quarante", "a dozen"). */
  words: boolean;
  /** Currency written as a symbol before the number ("$40bn") or after ("40 milliards de dollars", "14 Md$"). */
  currencyPosition?: "prefix" | "suffix";
  /** The exact currency token used ("$", "dollars", "USD", "€", "euros", "Md$"). */
  currencyToken?: string;
  /** The magnitude as written: word ("milliards", "billion"), abbreviation ("bn", "Md", "M", "k"), or none. */
  magnitudeStyle?: "word" | "abbr" | "none";
  magnitudeToken?: string;
  /** "49 %" (space, French) vs "49%" vs "49 percent" / "49 pour cent". */
  percentToken?: string;
}

export interface Figure {
  kind: FigureKind;
  /** Normalised value (see FigureKind). */
  value: number;
  /** ISO 4217 code for money ("USD", "EUR", "GBP", "JPY", "CHF", "CAD", "CNY", ...). */
  currency?: string;
  /** Lower-cased unit noun after a count ("employés", "cars", "processeurs"). */
  unit?: string;
  /** For month and date figures, the year when given. For year figures, equal to value. */
  year?: number;
  /** For date figures, the month 1..12. */
  month?: number;
  hedge: HedgeKind;
  /** Span of the hedge words when present ("près de", "more than"). */
  hedgeSpan?: { start: number; end: number };
  /** Span of the figure itself, hedge excluded: the part a correction replaces. */
  start: number;
  end: number;
  /** text.slice(start, end) */
  text: string;
  style: FigureStyle;
}
