// Word tables are Maps: a plain object answers to "constructor", "valueOf" or "__proto__" with
// what every object inherits, and words from drafts and sources are arbitrary. A guard test
// (test/unit/word-lookups.test.ts) keeps plain-object lookups by word out of server/src.

/** A table keyed by words, written as an object literal for readability. */
export function wordTable<V>(entries: { readonly [word: string]: V }): ReadonlyMap<string, V> {
  return new Map(Object.entries(entries));
}
