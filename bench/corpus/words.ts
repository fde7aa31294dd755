// A long tail of content words per language, built from syllables: real news vocabulary runs to
// tens of thousands of words, most of them rare, and an index's speed depends on that spread.
import { Random, Zipf, type Random as R } from "./random";
import type { Lang } from "./figures";

const ROOTS = ["stra", "pol", "fin", "tech", "indu", "com", "mar", "cap", "pro", "ges", "reg", "ter", "sec", "dis", "con", "tra", "inv", "ban", "ener", "log", "nav", "agri", "phar", "auto", "num", "clim", "fisc", "soc", "cult", "jur", "med", "ferr", "port", "aer", "elec", "chim", "text", "immo", "assu", "tour"];
const MIDDLE = ["", "a", "i", "o", "u", "e", "an", "en", "ic", "ul", "ab", "ov", "er", "ist", "ur"];
const NOUN_FR = ["ation", "ement", "ité", "age", "eur", "ance", "ure", "isme", "ie", "ique"];
const NOUN_EN = ["ation", "ment", "ity", "ness", "er", "ance", "ure", "ism", "ship", "ing"];
const ADJ_FR = ["ique", "el", "al", "if", "aire", "eux", "ien", "able"];
const ADJ_EN = ["ic", "al", "ive", "ary", "ous", "ian", "able", "ful"];
const VERB_FR = ["e", "ise", "ifie", "oie", "ine"];
const VERB_EN = ["es", "izes", "ifies", "ates", "ens"];

export interface WordPool {
  nouns: string[];
  adjectives: string[];
  verbs: string[];
  nounZipf: Zipf;
  adjectiveZipf: Zipf;
  verbZipf: Zipf;
}

function build(random: R, size: number, suffixes: string[]): string[] {
  const out = new Set<string>();
  while (out.size < size) out.add(random.pick(ROOTS) + random.pick(MIDDLE) + random.pick(ROOTS).slice(0, random.int(1, 3)) + random.pick(suffixes));
  return [...out];
}

export function wordPool(seed: number, lang: Lang): WordPool {
  const random = new Random(seed ^ (lang === "fr" ? 0x1f : 0x2e));
  const nouns = build(random, 12000, lang === "fr" ? NOUN_FR : NOUN_EN);
  const adjectives = build(random, 4000, lang === "fr" ? ADJ_FR : ADJ_EN);
  const verbs = build(random, 2500, lang === "fr" ? VERB_FR : VERB_EN);
  return { nouns, adjectives, verbs, nounZipf: new Zipf(nouns.length), adjectiveZipf: new Zipf(adjectives.length), verbZipf: new Zipf(verbs.length) };
}

export function noun(pool: WordPool, random: Random): string {
  return pool.nouns[pool.nounZipf.draw(random)]!;
}

export function adjective(pool: WordPool, random: Random): string {
  return pool.adjectives[pool.adjectiveZipf.draw(random)]!;
}

export function verb(pool: WordPool, random: Random): string {
  return pool.verbs[pool.verbZipf.draw(random)]!;
}
