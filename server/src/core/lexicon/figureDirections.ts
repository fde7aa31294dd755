import type { Lang } from "./types";

// "Revenue was up 9%", "shares were down 3 points": in English a direction adverb right before a
// figure states how that figure changed, as "rose" and "fell" do, so a source's "up 17%" can
// oppose a draft's "a 17% drop". Alone, "up" and "down" are particles ("set up", "step down") and
// stay function words. French says "en hausse de" / "en baisse de", which the lexicon reads already.

const DIRECTIONS: ReadonlyMap<string, string> = new Map([
  ["up", "increase"],
  ["down", "decrease"],
]);

/**
 * Verbs whose particle "up" or "down" makes another verb ("set up 3 companies", "turned down 2
 * offers", "held up 3 banks"): the figure after them is their object, not a change.
 */
const PHRASAL_VERBS: ReadonlySet<string> = new Set(
  [
    "set sets setting pick picks picked picking sign signs signed signing turn turns turned",
    "turning break breaks broke broken shut shuts bring brings brought put puts take takes took",
    "taken give gives gave given write writes wrote written narrow narrowed line lined sum",
    "summed round rounded back backed hold holds held cut cuts shoot shot lay laid tie tied step",
    "stepped tear tore torn knock knocked run ran make made",
  ]
    .join(" ")
    .split(" "),
);

/**
 * The change concept of a direction word before a figure ("up" in "up 9%"), given the word before
 * it, or undefined when the word is no direction there.
 */
export function figureDirection(word: string, previous: string | undefined, lang: Lang): string | undefined {
  if (lang !== "en") return undefined;
  const concept = DIRECTIONS.get(word);
  if (concept === undefined || (previous !== undefined && PHRASAL_VERBS.has(previous))) return undefined;
  return concept;
}

/** Whether a word can be a figure's direction ("up", "down"): it then speaks of its own figure only. */
export function isDirectionWord(word: string, lang: Lang): boolean {
  return lang === "en" && DIRECTIONS.has(word);
}
