// The k best ids by a score, without sorting them all: a claim's postings can touch tens of
// thousands of sentences, of which only a shortlist is kept.

/** The k-th largest of the values (1-based k ≤ values.length), found by quickselect; reorders `values`. */
function kthLargest(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! > pivot) i++;
      while (values[j]! < pivot) j--;
      if (i <= j) {
        const t = values[i]!;
        values[i] = values[j]!;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return values[target]!;
}

/**
 * The (at most) k ids that come first by score (`scores[i]` is the score of `ids[i]`), best
 * first; equal scores in increasing id order, so the result does not depend on the input order.
 */
export function topByRank(ids: readonly number[], scores: readonly number[], k: number): number[] {
  let chosen: number[];
  if (ids.length <= k) chosen = Array.from({ length: ids.length }, (_, i) => i);
  else {
    // The k-th best score is the threshold: all above it, then the lowest ids among those equal to it.
    const threshold = kthLargest(Float64Array.from(scores), k);
    chosen = [];
    const ties: number[] = [];
    for (let i = 0; i < ids.length; i++) {
      if (scores[i]! > threshold) chosen.push(i);
      else if (scores[i] === threshold) ties.push(i);
    }
    ties.sort((a, b) => ids[a]! - ids[b]!);
    for (let t = 0; chosen.length < k; t++) chosen.push(ties[t]!);
  }
  chosen.sort((a, b) => scores[b]! - scores[a]! || ids[a]! - ids[b]!);
  return chosen.map((i) => ids[i]!);
}
