// The vocabulary of index keys: every key a sentence is indexed under and a claim is matched on.
// Keys are plain strings (they are interned and compared by identity in hot loops); this module is
// the only place that knows their prefixes, so a new kind of key, or a change of spelling, is
// made here and nowhere else.

/** A concept of the bilingual lexicon, shared by French and English ("c:acquire"). */
export function conceptKey(concept: string): string {
  return `c:${concept}`;
}

/** A concept with the polarity it is stated with: "c:approve", or "!c:approve" under a negation. */
export function polarConceptKey(concept: string, negated: boolean): string {
  return negated ? `!c:${concept}` : `c:${concept}`;
}

/** A name as written, folded ("n:openai"). */
export function nameKey(norm: string): string {
  return `n:${norm}`;
}

/** A Snowball stem ("s:detien"). */
export function stemKey(stem: string): string {
  return `s:${stem}`;
}

/** Whether a key is a stem key. */
export function isStemKey(key: string): boolean {
  return key.startsWith("s:");
}

/** A word prefix: the weak key that lets cognates meet ("structural" / "structurels"). */
export function prefixKey(prefix: string): string {
  return `p:${prefix}`;
}

/** Whether a key is a prefix key (weaker evidence than a stem, concept or name). */
export function isPrefixKey(key: string): boolean {
  return key.startsWith("p:");
}

/** The value of a figure of one kind ("v:percent:49"): finds sentences stating a value, whatever their wording. */
export function figureValueKey(kind: string, value: number | string): string {
  return `v:${kind}:${value}`;
}
