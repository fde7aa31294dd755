// The k best ids by a score, without sorting them all: a claim's postings can touch tens of
// thousands of sentences, of which only a shortlist is kept.

/**
 * The (at most) k ids that come first by score (`scores[i]` is the score of `ids[i]`), best
 * first; equal scores in increasing id order, so the result does not depend on the input order.
 */
export function topByRank(ids: readonly number[], scores: readonly number[], k: number): number[] {
  const order = Array.from({ length: ids.length }, (_, i) => i);
  const before = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && ids[a]! < ids[b]!);
  const cmp = (a: number, b: number) => (before(a, b) ? -1 : before(b, a) ? 1 : 0);
  if (order.length > k) {
    // Quickselect: move the k first to the front, in any order, then sort just those.
    let lo = 0;
    let hi = order.length - 1;
    while (lo < hi) {
      const pivot = order[(lo + hi) >>> 1]!;
      let i = lo;
      let j = hi;
      while (i <= j) {
        while (before(order[i]!, pivot)) i++;
        while (before(pivot, order[j]!)) j--;
        if (i <= j) {
          const t = order[i]!;
          order[i] = order[j]!;
          order[j] = t;
          i++;
          j--;
        }
      }
      if (k - 1 <= j) hi = j;
      else if (k - 1 >= i) lo = i;
      else break;
    }
    order.length = k;
  }
  return order.sort(cmp).map((i) => ids[i]!);
}
