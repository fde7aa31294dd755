// snowball-stemmers ships no types. Functions and interfaces only, so that another ambient
// declaration of the same module elsewhere in the tree merges instead of clashing.
declare module "snowball-stemmers" {
  export interface SnowballStemmer {
    stem(word: string): string;
  }
  export function newStemmer(language: string): SnowballStemmer;
  export function algorithms(): string[];
}
