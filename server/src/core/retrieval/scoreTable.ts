// Per-claim state of the sentences a claim's postings reach, in an open-addressing hash table.
// A claim touches thousands of sentences spread over the whole corpus: a table sized to what it
// touches stays in the processor's cache, where per-sentence arrays sized to the corpus (tens of
// megabytes) cost a cache and TLB miss on every posting.

// Fields of a sentence's entry.
/** Stamp of the last key list that reached the sentence. */
export const LIST = 0;
/** Best match of the current list in the sentence itself (1, or PREFIX_MATCH for a cognate). */
export const DIRECT = 1;
/** Best match of the current list in the sentence before it. */
export const PREVIOUS = 2;
/** Window-score numerator from the lists walked for scoring. */
export const EXACT = 3;
/** Ranking score: EXACT plus the retrieval-only lists. */
export const RANK = 4;
/** Bits of the claim's names the sentence states. */
export const NAMES = 5;
const FIELDS = 6;
const MIN_SIZE = 4096;
/** Slots above which an oversized table is given back (64 Ki slots: 256 KB of keys, 3 MB of values). */
const SHRINK_ABOVE = 1 << 16;

export class ScoreTable {
  private keys: Int32Array;
  values: Float64Array;
  private mask: number;
  /** Ids in the order they entered the table. */
  readonly ids: number[] = [];

  constructor(capacity = MIN_SIZE) {
    const size = 1 << Math.ceil(Math.log2(Math.max(16, capacity)));
    this.keys = new Int32Array(size);
    this.values = new Float64Array(size * FIELDS);
    this.mask = size - 1;
  }

  /**
   * Empties the table for the next claim. It keeps its size, unless one claim with very common
   * words grew it far past what the last claim used: clearing costs its size on every claim.
   */
  clear(): void {
    const used = this.ids.length;
    this.ids.length = 0;
    if (this.keys.length > SHRINK_ABOVE && used * 8 < this.keys.length) {
      const size = Math.max(MIN_SIZE, 1 << Math.ceil(Math.log2(used * 4 + 1)));
      this.keys = new Int32Array(size);
      this.values = new Float64Array(size * FIELDS);
      this.mask = size - 1;
    } else this.keys.fill(0);
  }

  /** Makes room for `extra` more ids, so that entry() never has to grow the table (offsets stay valid). */
  reserve(extra: number): void {
    while ((this.ids.length + extra) * 2 > this.keys.length) this.grow();
  }

  /** Offset of the id's fields in `values`, adding a zeroed entry for an id not yet in the table (room reserved first). */
  entry(id: number): number {
    const key = id + 1;
    const keys = this.keys;
    const mask = this.mask;
    let slot = Math.imul(id, 0x9e3779b1) & mask;
    for (;;) {
      const k = keys[slot]!;
      if (k === key) return slot * FIELDS;
      if (k === 0) {
        keys[slot] = key;
        const at = slot * FIELDS;
        const v = this.values;
        v[at] = 0;
        v[at + 1] = 0;
        v[at + 2] = 0;
        v[at + 3] = 0;
        v[at + 4] = 0;
        v[at + 5] = 0;
        this.ids.push(id);
        return at;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Offset of the id's fields, or -1 when the id is not in the table. */
  find(id: number): number {
    const key = id + 1;
    let slot = Math.imul(id, 0x9e3779b1) & this.mask;
    for (;;) {
      const k = this.keys[slot]!;
      if (k === key) return slot * FIELDS;
      if (k === 0) return -1;
      slot = (slot + 1) & this.mask;
    }
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldValues = this.values;
    const size = oldKeys.length * 2;
    this.keys = new Int32Array(size);
    this.values = new Float64Array(size * FIELDS);
    this.mask = size - 1;
    for (let slot = 0; slot < oldKeys.length; slot++) {
      const key = oldKeys[slot]!;
      if (!key) continue;
      let to = Math.imul(key - 1, 0x9e3779b1) & this.mask;
      while (this.keys[to]) to = (to + 1) & this.mask;
      this.keys[to] = key;
      this.values.set(oldValues.subarray(slot * FIELDS, slot * FIELDS + FIELDS), to * FIELDS);
    }
  }
}
