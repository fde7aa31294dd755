import type { Lang } from "../types";

// A figure found in text, normalised so that figures written differently in French and English
// ("1,3 milliard de dollars", "$1.3bn") compare equal.

export type FigureKind =
  | "money" // value in currency units: "1,3 milliard de dollars" -> 1.3e9, currency "USD"
  | "percent" // value in percent points: "49 %" -> 49; fractions in words too: "un tiers" -> 33.333.., "half" -> 50
  | "count" // plain quantity with an optional unit noun: "220 000 employés" -> 220000, unit "employés"
  | "year" // "2019", "en 2030"
  | "month" // a month, with an optional year: "janvier", "June 2025"; value = month 1..12
  | "date" // a full date: "3 juin 2025", "June 3, 2025"; value = day of month
  | "quarter" // a quarter of a year: "Q2 2025", "deuxième trimestre"; value = 1..4, year when given
  | "rank"; // a rank or position: "45e mondiale", "finished fifth", "world number 45"; value = the position, unit = its role

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

  // Optional details below let renderFigure copy the draft's typography exactly.

  /** What sits between the number and the magnitude, percent sign or suffix currency ("" in "49%", " " in "49 %"). */
  numberSep?: string;
  /** What sits between a prefix currency and the number ("" in "$3", " " in "USD 3"). */
  prefixSep?: string;
  /** What sits between an abbreviated magnitude and a suffix currency ("" in "14 Md$"). */
  magnitudeSep?: string;
  /** Thousands separator as written ("," "." " " U+00A0 U+202F). */
  groupSep?: string;
  /** Sign as written ("+", "-", "−"). */
  sign?: string;
  /** How a range is written: "entre 10 et 20 %" (between), "10 à 20" / "10 to 20" (to), "10-20%" (dash). */
  rangeStyle?: "between" | "to" | "dash";
  /** The text between the two numbers of a "to" or "dash" range (" à ", "-", "–"). */
  rangeSep?: string;
  /** Kind of words form: a fraction ("un tiers"), a ratio ("un sur trois"), a collective ("une dizaine de"), a number ("quarante"). */
  wordsForm?: "fraction" | "ratio" | "collective" | "number";
  /** Lower-cased article or numerator written before a fraction ("la", "un", "les", "a", "one", "" when none). */
  article?: string;
  /** Fraction written with a hyphen ("two-thirds"). */
  hyphenated?: boolean;
  /** Noun inside a French ratio ("Français" in "un Français sur trois"). */
  ratioNoun?: string;
  /** Ratio written with digits ("1 sur 3", "1 in 3"). */
  ratioDigits?: boolean;
  /** Ratio connector ("sur", "in", "out of"). */
  ratioConnector?: string;
  /** Linker ending a collective ("de ", "d'"), part of the span so a number can replace it. */
  linker?: string;
  /** First letter written in upper case ("Juin", "Half"). */
  capitalized?: boolean;
  /** Date order: "3 juin" (dm), "June 3" (md), "2025-06-03" (iso). */
  dateOrder?: "dm" | "md" | "iso";
  /** Day written as an ordinal ("1er", "1st", "3rd"). */
  ordinalDay?: boolean;
  /** Comma between day and year ("June 3, 2025"). */
  dayComma?: boolean;
  /** Month abbreviated ("janv.", "Sept."). */
  monthAbbr?: boolean;
  /** What sits between a month or quarter and its year (" ", " of ", " de "). */
  yearLinker?: string;
  /** Quarter written "Q2" / "T2" (letter) or with an ordinal ("deuxième trimestre", "2e trimestre", "second quarter"). */
  quarterLetter?: string;
  /** Ordinal of a quarter written in digits ("2e trimestre", "2nd quarter"). */
  ordinalDigits?: boolean;
  /** How a rank is written: an ordinal word ("fifth"), digits with a suffix ("45e", "5th"), after "number" ("world number 45"), Roman ("IIIe"). */
  rankForm?: "words" | "digits" | "number" | "roman";
  /** The ordinal suffix as written after digits ("e", "ème", "th", "er"). */
  ordinalSuffix?: string;
  /** A French ordinal written in the feminine ("première", "1re"). */
  feminine?: boolean;
}

export interface Figure {
  kind: FigureKind;
  /** Normalised value (see FigureKind). For ranges, the lower bound. */
  value: number;
  /** Upper bound of a range ("entre 10 et 20 %" -> value 10, max 20; "the 1990s" -> 1990, max 1999). */
  max?: number;
  /** ISO 4217 code for money ("USD", "EUR", "GBP", "JPY", "CHF", "CAD", "CNY", ...). */
  currency?: string;
  /**
   * Lower-cased unit noun after a count ("employés", "cars", "processeurs"); "points" for percentage
   * points; for a rank, its role ("world", "finish", "sup:largest"), none for a plain rank.
   */
  unit?: string;
  /** For month, date and quarter figures, the year when given. For year figures, equal to value. */
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
  /**
   * Half the unit of the last written digit, in value units: "1,3 milliard" -> 0.05e9, "49 %" -> 0.5.
   * Values closer than this are the same figure written with less precision. Fractions in words: 2.
   */
  precision?: number;
  /** The wording itself is approximate ("un tiers", "une dizaine", "one in three"). */
  approximate?: boolean;
  /** A decade ("les années 1990", "the 1990s"): value is the first year, max the last. */
  decade?: boolean;
}
