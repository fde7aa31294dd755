import type { Lang } from "../types";
import { fold } from "./tokenize";

// stopwords-iso lists number and hedge words as well as function words: that is what retrieval
// wants (figures are compared separately; negation is read from the raw words, not from keys).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const iso = require("stopwords-iso") as Record<string, string[]>;

function build(lang: Lang): Set<string> {
  const set = new Set<string>();
  for (const word of iso[lang] ?? []) {
    set.add(fold(word).replace(/-/g, ""));
  }
  return set;
}

const lists: Record<Lang, Set<string>> = { fr: build("fr"), en: build("en") };

export function isStopword(norm: string, lang: Lang): boolean {
  return lists[lang].has(norm);
}
