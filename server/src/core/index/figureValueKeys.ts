import type { Figure } from "../figures";
import { figureValueKey } from "../analysis/indexKeys";

/** Rounds to two significant digits, so "1,3 milliard" and "$1.3bn" share a key. */
function roughly(value: number): string {
  if (value === 0) return "0";
  return Number(value.toPrecision(2)).toString();
}

/**
 * Retrieval keys for a figure's value ("v:percent:49"). They let a claim find the sentences that
 * state its value even when the wording around it is paraphrased; they play no part in scoring.
 */
export function figureValueKeys(f: Figure): string[] {
  switch (f.kind) {
    case "percent":
      return [figureValueKey("percent", Math.round(f.value))];
    case "money":
      return [figureValueKey("money", roughly(f.value))];
    case "count":
      return [figureValueKey("count", roughly(f.value))];
    case "year":
      return [figureValueKey("year", f.value)];
    case "month":
      return [figureValueKey("month", f.value)];
    case "date":
      return f.month ? [figureValueKey("month", f.month)] : [];
    default:
      return [figureValueKey(f.kind, roughly(f.value))];
  }
}
