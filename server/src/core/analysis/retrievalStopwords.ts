import iso from "stopwords-iso";
import type { Lang } from "../types";
import { fold } from "./wordTokens";

// stopwords-iso lists number and hedge words as well as function words: that is what retrieval
// wants (figures are compared separately; negation is read from the raw words, not from keys).

function build(lang: Lang): Set<string> {
  const set = new Set<string>();
  for (const word of iso[lang] ?? []) {
    const folded = fold(word).replace(/-/g, "");
    if (!NOT_STOPWORDS.has(folded)) set.add(folded);
  }
  return set;
}

// The English list was gathered from web pages and lists a few brand names: those are names here.
const NOT_STOPWORDS = new Set(["microsoft", "netscape"]);

const lists: Record<Lang, Set<string>> = { fr: build("fr"), en: build("en") };

export function isStopword(norm: string, lang: Lang): boolean {
  return lists[lang].has(norm);
}
