import type { Lang } from "../types";

export type { Lang };

/**
 * One meaning a news fact can carry, with the words that express it in each language.
 *
 * Word syntax (matching rules in the header of index.ts):
 * - plain word or expression, base form: "participation", "data centre", "droit de veto";
 * - `~` before a French word marks a verb to conjugate: "~détenir", "s'~engager à";
 * - `=` before a word matches that exact (accent-folded) form only, no stemming: "=actions";
 * - `*` inside an expression stands for zero to four arbitrary words: "pour * into".
 */
export interface Concept {
  id: string;
  en: string[];
  fr: string[];
  /** Set when the concept only exists in one language (the other list is then empty). */
  only?: Lang;
}

export interface ConceptMatch {
  /** Index of the first token of the match. */
  start: number;
  /** Index after the last token (half-open, like `Span`). */
  end: number;
  concept: string;
}

/** Two concepts whose words share a lookup key, accepted on purpose. */
export interface DeclaredCollision {
  lang: Lang;
  /** The shared key, as reported by `lexiconCollisions()`. */
  key: string;
  /** Concept the key resolves to, or null to drop the key (ambiguous word). */
  keep: string | null;
  why: string;
}
