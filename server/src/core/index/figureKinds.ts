import type { Figure } from "../figures";

// Bits of the dimensions a figure can be compared in (sameDimension), so retrieval drops the
// sentences without a comparable figure with one AND instead of reading their figures. Money in
// the two commonest currencies has bits of its own; other currencies share one bit, whose
// sentences are then compared figure by figure.

const MONEY_NO_CURRENCY = 1 << 0;
const MONEY_USD = 1 << 1;
const MONEY_EUR = 1 << 2;
const MONEY_OTHER = 1 << 3;
const COUNT_WITH_UNIT = 1 << 4;
const COUNT_NO_UNIT = 1 << 5;
const PERCENT = 1 << 6;
const POINTS = 1 << 7;
const YEAR = 1 << 8;
const MONTH = 1 << 9;
const DATE = 1 << 10;
const QUARTER = 1 << 11;
const RANK = 1 << 12;

const ANY_MONEY = MONEY_NO_CURRENCY | MONEY_USD | MONEY_EUR | MONEY_OTHER;
const ANY_COUNT = COUNT_WITH_UNIT | COUNT_NO_UNIT;

function bitOf(f: Figure): number {
  switch (f.kind) {
    case "money":
      return !f.currency ? MONEY_NO_CURRENCY : f.currency === "USD" ? MONEY_USD : f.currency === "EUR" ? MONEY_EUR : MONEY_OTHER;
    case "count":
      return f.unit ? COUNT_WITH_UNIT : COUNT_NO_UNIT;
    case "percent":
      return f.unit === "points" ? POINTS : PERCENT;
    case "year":
      return YEAR;
    case "month":
      return MONTH;
    case "date":
      return DATE;
    case "quarter":
      return QUARTER;
    case "rank":
      return RANK;
  }
}

/** The dimension bits of a source sentence's figures. */
export function kindBits(figures: readonly Figure[]): number {
  let bits = 0;
  for (const f of figures) bits |= bitOf(f);
  return bits;
}

/**
 * Which sentences may hold a figure comparable with the claim: `sure` bits mean they do;
 * `maybe` bits (money in a less common currency) need the figures compared one by one.
 */
export function comparableKindBits(claim: Figure): { sure: number; maybe: number } {
  switch (claim.kind) {
    case "money": {
      if (!claim.currency) return { sure: ANY_MONEY | COUNT_NO_UNIT, maybe: 0 };
      const own = bitOf(claim);
      return own === MONEY_OTHER
        ? { sure: MONEY_NO_CURRENCY | COUNT_NO_UNIT, maybe: MONEY_OTHER }
        : { sure: MONEY_NO_CURRENCY | own | COUNT_NO_UNIT, maybe: 0 };
    }
    case "count":
      return { sure: claim.unit ? ANY_COUNT : ANY_COUNT | ANY_MONEY, maybe: 0 };
    case "month":
    case "date":
      return { sure: MONTH | DATE, maybe: 0 };
    case "year":
      // A year is compared with the dates and months of that year too ("en 1995", "le 4 novembre 1995").
      return { sure: YEAR | MONTH | DATE, maybe: 0 };
    default:
      return { sure: bitOf(claim), maybe: 0 };
  }
}
