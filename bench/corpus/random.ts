// Seeded randomness for the benchmark data: the same seed gives the same corpus and draft on any
// machine, so figures from two runs compare.

export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0 || 0x9e3779b9;
  }

  /** Uniform in [0, 1) (mulberry32: small, fast, and good enough for test data). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
}

/** Seed of item `i` of a series: articles are generated independently, so N = 1,000 is a prefix of N = 10,000. */
export function seedOf(base: number, i: number): number {
  let h = (base ^ Math.imul(i + 1, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Draws indices of a list with Zipf-like frequencies (rank r weighs 1 / r^s): news vocabulary and
 * entity mentions have a few very common items and a long tail, which is what makes postings
 * lists of an inverted index uneven.
 */
export class Zipf {
  private readonly cumulative: Float64Array;

  constructor(size: number, exponent = 1) {
    this.cumulative = new Float64Array(size);
    let sum = 0;
    for (let r = 0; r < size; r++) this.cumulative[r] = sum += 1 / Math.pow(r + 1, exponent);
  }

  draw(random: Random): number {
    const target = random.next() * this.cumulative[this.cumulative.length - 1]!;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
