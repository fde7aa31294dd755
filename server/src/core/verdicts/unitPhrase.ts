import { unitOfMeasure, type Figure } from "../figures";
import { FUNCTION_WORDS } from "../figures/neighbourWords";
import type { Lang } from "../types";

// A count's unit, for messages, is the noun the draft counts, whole: the figure extractor keeps
// the first word after the number, which before an English noun is often an adjective ("30 new
// homes", "30 landing slots") and before a French one sometimes ("30 nouveaux logements"). A
// message saying "30 new" cuts the unit short; this reads on to the noun.

/** French adjectives written before the noun they qualify. */
const FRENCH_BEFORE_NOUN = new Set(
  (
    "nouveau nouveaux nouvel nouvelle nouvelles grand grands grande grandes petit petits petite petites autre autres " +
    "premier premiers première premières dernier derniers dernière dernières jeune jeunes ancien anciens ancienne " +
    "anciennes gros grosse grosses bon bons bonne bonnes vrai vrais vraie vraies propre propres"
  ).split(" "),
);
/** English adjectives and participles: by their ending, or common ones that have none. */
const ENGLISH_ADJECTIVE = /(?:ly|ing|ed|al|ic|ive|ous|ful|less|ary|ern|-time)$/;
const ENGLISH_PLAIN_ADJECTIVES = new Set(
  "new old own more other further extra big small large top key major minor full young senior junior high low main".split(" "),
);
/** Words read on past the unit: at most this many (a noun phrase before its noun is short). */
const MAX_EXTRA_WORDS = 2;

/** A word that qualifies the noun after it: a French adjective written before its noun, an English adjective. */
export function qualifiesNoun(word: string, lang: Lang): boolean {
  if (lang === "fr") return FRENCH_BEFORE_NOUN.has(word);
  return ENGLISH_PLAIN_ADJECTIVES.has(word) || ENGLISH_ADJECTIVE.test(word);
}

/** `figure` with its unit read on to the noun it qualifies ("new" -> "new homes"), as the draft writes it. */
export function withWholeUnit(figure: Figure, sentence: { text: string; start: number }, lang: Lang): Figure {
  const unit = figure.unit;
  if (figure.kind !== "count" || !unit || unit === "points" || unitOfMeasure(unit) || !qualifiesNoun(unit, lang)) return figure;
  const rest = sentence.text.slice(figure.end - sentence.start);
  const at = rest.toLowerCase().indexOf(unit);
  if (at < 0 || at > 8) return figure;
  const words = [unit];
  const following = /^ (\p{Ll}[\p{Ll}-]*)/u;
  let from = at + unit.length;
  while (words.length <= MAX_EXTRA_WORDS && qualifiesNoun(words.at(-1)!, lang)) {
    const next = following.exec(rest.slice(from));
    if (!next || FUNCTION_WORDS.has(next[1]!)) break;
    words.push(next[1]!);
    from += next[0].length;
  }
  return words.length === 1 ? figure : { ...figure, unit: words.join(" ") };
}
