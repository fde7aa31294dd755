import type { Figure, FigureKind, HedgeKind } from "./types";

// Comparing a draft's figure (the claim) with a source's figure.

const TEMPORAL: ReadonlySet<FigureKind> = new Set(["year", "month", "date", "quarter"]);

/** Years, months, dates and quarters: values on the calendar, compared as such. */
export function isCalendarKind(kind: FigureKind): boolean {
  return TEMPORAL.has(kind);
}

/**
 * Can the two figures state the same thing?
 * - money with money of the same currency; money with a bare amount (a count without unit,
 *   "13 milliards"), whose currency is unknown;
 * - percent with percent, fractions in words included; percentage points only with points;
 * - count with count (unit nouns may be in two languages, the caller compares them);
 * - year with year; month with month or date; date with date or month; quarter with quarter;
 * - rank with rank of the same role.
 */
export function sameDimension(a: Figure, b: Figure): boolean {
  switch (a.kind) {
    case "money":
      if (b.kind === "money") return !a.currency || !b.currency || a.currency === b.currency;
      return b.kind === "count" && !b.unit;
    case "count":
      return b.kind === "count" || (b.kind === "money" && !a.unit);
    case "percent":
      return b.kind === "percent" && (a.unit === "points") === (b.unit === "points");
    case "year":
      // A year is compared with a date or month of a known year: "en 1995" and "le 4 novembre 1995".
      return b.kind === "year" || ((b.kind === "date" || b.kind === "month") && b.year !== undefined);
    case "month":
    case "date":
      return b.kind === "month" || b.kind === "date";
    case "quarter":
      return b.kind === "quarter";
    case "rank":
      return b.kind === "rank" && sameRankRole(a.unit, b.unit);
  }
}

/**
 * Ranks compare only in the same role: a finishing position, a world ranking, a size ranking
 * ("fifth-largest") are different facts. A plain rank ("classé 45e", "au troisième rang") may be
 * either of the first two, never a superlative's.
 */
function sameRankRole(a: string | undefined, b: string | undefined): boolean {
  if (a === b) return true;
  if (a === undefined) return !b!.startsWith("sup:");
  if (b === undefined) return !a.startsWith("sup:");
  return false;
}

/** Half a unit of the last written digit, or a tiny tolerance when unknown. */
function precisionOf(f: Figure): number {
  return f.precision ?? Math.abs(f.value) * 1e-9;
}

function yearsAgree(a: number | undefined, b: number | undefined): boolean {
  return a === undefined || b === undefined || a === b;
}

/** Calendar values: hedges (since, until, before...) do not change the date they name. */
function sameCalendarValue(claim: Figure, source: Figure): boolean {
  switch (claim.kind) {
    case "year": {
      if (source.kind !== "year")
        return source.year !== undefined && claim.value <= source.year && source.year <= (claim.max ?? claim.value);
      const [c0, c1] = [claim.value, claim.max ?? claim.value];
      const [s0, s1] = [source.value, source.max ?? source.value];
      return (c0 === s0 && c1 === s1) || (s0 <= c0 && c1 <= s1) || (c0 <= s0 && s1 <= c1);
    }
    case "quarter":
      return claim.value === source.value && yearsAgree(claim.year, source.year);
    case "month":
    case "date": {
      const cm = claim.kind === "month" ? claim.value : claim.month;
      const sm = source.kind === "month" ? source.value : source.month;
      if (cm !== sm || !yearsAgree(claim.year, source.year)) return false;
      if (claim.kind !== "date" || source.kind !== "date") return true;
      // Day ranges contain their days: "le 3 mars" is within "entre le 1er et le 5 mars".
      const [c0, c1] = [claim.value, claim.max ?? claim.value];
      const [s0, s1] = [source.value, source.max ?? source.value];
      return (s0 <= c0 && c1 <= s1) || (c0 <= s0 && s1 <= c1);
    }
    default:
      return false;
  }
}

/** Largest relative gap that still counts as rounding for amounts and counts. */
const ROUNDING_CAP = 0.05;

/** How far from a bound a source value may lie and still confirm it (a factor). */
const BOUND_REACH = 2;

const RAISING: ReadonlySet<HedgeKind> = new Set(["moreThan", "atLeast"]);
const CAPPING: ReadonlySet<HedgeKind> = new Set(["lessThan", "atMost", "upTo"]);

/**
 * Does the source value support the claim value?
 *
 * 1. The dimensions must agree (sameDimension).
 * 2. Years, months, dates, quarters: the same calendar value (a year inside a source range or
 *    decade counts), whatever the hedges: "depuis 2019" and "since 2019" agree, "depuis 2018"
 *    and "en 2019" do not.
 * 3. Amounts, percentages, counts: equal values within the written precision of either
 *    ("1,3 milliard" and 1 340 000 000; "49 %" and 49,4 %; "un tiers" and 33 %, fractions in
 *    words ±2 points) are compatible whatever the hedges. For amounts and counts that rounding
 *    stays within 5 % ("2 milliards" is not $1.8 billion). Ranges: one inside the other.
 * 4. Otherwise the claim's hedge decides:
 *    - approx (près de, about...): every source value within 10 % of the claim;
 *    - moreThan / atLeast: the source is at least the claim (at most twice it), and is not itself a cap ("up to");
 *    - lessThan / atMost / upTo: the source is at most the claim (at least half of it), and is not itself a floor;
 *    - exact: not compatible.
 *    A bound compared with the same kind of bound ("up to" with "jusqu'à") is the figure itself:
 *    only equal values agree.
 */
export function compatible(claim: Figure, source: Figure): boolean {
  if (!sameDimension(claim, source)) return false;
  if (isCalendarKind(claim.kind)) return sameCalendarValue(claim, source);

  const approximate = claim.approximate || source.approximate;
  let tol = Math.max(precisionOf(claim), precisionOf(source));
  // Half a unit of "2 milliards" is a quarter of the value: rounding 1.8 to 2 is not the same
  // figure. Amounts and counts round within 5 % at most; percentages keep their half point.
  if (!approximate && claim.kind !== "percent") {
    const cap = ROUNDING_CAP * Math.max(Math.abs(claim.value), Math.abs(source.value));
    tol = Math.max(Math.min(tol, cap), Math.min(precisionOf(claim), precisionOf(source)));
  }
  const near = (x: number, y: number) => {
    const d = Math.abs(x - y);
    // Half a unit is the rounding boundary: 49.5 does not round to 49.
    return approximate ? d <= tol + 1e-9 : d < tol * (1 - 1e-9) || d <= Math.abs(x) * 1e-12;
  };
  const c0 = claim.value;
  const c1 = claim.max ?? claim.value;
  const s0 = source.value;
  const s1 = source.max ?? source.value;

  if (near(c0, s0) && near(c1, s1)) return true;
  if (claim.max !== undefined || source.max !== undefined) {
    const inside = (a0: number, a1: number, b0: number, b1: number) => a0 >= b0 - tol && a1 <= b1 + tol;
    if (inside(c0, c1, s0, s1) || inside(s0, s1, c0, c1)) return true;
  }
  // Both bounded the same way ("up to 100 billion" vs "jusqu'à 100 millions"): the bound is the
  // figure itself, so the values must agree.
  const sameBound = (RAISING.has(claim.hedge) && RAISING.has(source.hedge)) || (CAPPING.has(claim.hedge) && CAPPING.has(source.hedge));
  if (sameBound) return false;
  if (claim.hedge === "exact" && sourceBoundAdmits(c0, c1, source, tol)) return true;
  switch (claim.hedge) {
    case "approx": {
      const lo = Math.min(c0, c1) - 0.1 * Math.abs(c0) - tol;
      const hi = Math.max(c0, c1) + 0.1 * Math.abs(c1) + tol;
      return s0 >= lo && s1 <= hi;
    }
    // A bound is confirmed by a value near it, not by any value on the right side of it: "up to
    // $20 billion" is no claim about a $500 million deal.
    case "moreThan":
    case "atLeast":
      return s0 >= c0 - tol && s0 <= c0 * BOUND_REACH && !CAPPING.has(source.hedge);
    case "lessThan":
    case "atMost":
    case "upTo":
      return s1 <= c1 + tol && s1 >= c1 / BOUND_REACH && !RAISING.has(source.hedge);
    default:
      return false;
  }
}

/**
 * The source's own bound admits an exact claim: "207 services" is within "plus de 200", "80
 * salariés" within "jusqu'à 100". The reach is the same as for the claim's bounds. An
 * approximate source ("nearly $14 billion") still needs the value itself: it names one figure.
 */
function sourceBoundAdmits(c0: number, c1: number, source: Figure, tol: number): boolean {
  const s0 = source.value;
  const s1 = source.max ?? source.value;
  switch (source.hedge) {
    case "moreThan":
    case "atLeast":
      return c0 >= s0 - tol && c0 <= s0 * BOUND_REACH;
    case "lessThan":
    case "atMost":
    case "upTo":
      return c1 <= s1 + tol && c1 >= s1 / BOUND_REACH;
    default:
      return false;
  }
}
