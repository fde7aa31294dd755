// Generators of hostile drafts and sources: real French and English words and figures of every
// kind the extractor knows, mixed with what breaks naive code — JavaScript property names,
// invisible format characters, surrogate pairs and lone surrogates, CR-only line ends, Markdown
// syntax left open, very long words and deep nesting. A text is a list of pieces, so a failing
// case can be shrunk piece by piece.
import type { Random } from "./random";

const WORDS = [
  "Globex",
  "Initech",
  "Nova",
  "Energy",
  "Paris",
  "Lyon",
  "the",
  "le",
  "la",
  "les",
  "de",
  "du",
  "des",
  "a",
  "an",
  "of",
  "in",
  "et",
  "and",
  "pour",
  "for",
  "rachète",
  "bought",
  "acquired",
  "racheté",
  "possède",
  "owns",
  "holds",
  "sales",
  "ventes",
  "chiffre",
  "d'affaires",
  "revenue",
  "rose",
  "fell",
  "hausse",
  "baisse",
  "not",
  "pas",
  "ne",
  "never",
  "jamais",
  "about",
  "environ",
  "près",
  "nearly",
  "more",
  "than",
  "plus",
  "moins",
  "soit",
  "was",
  "est",
  "ont",
  "have",
  "million",
  "millions",
  "milliard",
  "milliards",
  "billion",
  "bn",
  "m",
  "k",
  "dozen",
  "douzaine",
  "quarter",
  "trimestre",
  "premier",
  "first",
  "second",
  "third",
  "troisième",
  "half",
  "moitié",
  "tiers",
  "quart",
  "percent",
  "pour cent",
  "points",
  "euros",
  "dollars",
  "livres",
  "yen",
  "USD",
  "EUR",
  "GBP",
  "CHF",
  "US",
  "hong",
  "kong",
  "swiss",
  "twenty",
  "vingt",
  "cent",
  "mille",
  "thousand",
  "hundred",
  "one",
  "un",
  "deux",
  "two",
  "three",
  "janvier",
  "January",
  "mars",
  "2023",
  "1999",
  "er",
  "e",
  "ème",
  "st",
  "nd",
  "rd",
  "th",
];

const FIGURES = [
  "14 milliards",
  "2,4 milliards d'euros",
  "12 %",
  "20 %",
  "45 %",
  "$4bn",
  "€3.5m",
  "£12",
  "¥300",
  "1 200",
  "1,5",
  "1.5",
  "3/4",
  "1er trimestre",
  "Q3 2023",
  "twenty-one",
  "vingt et un",
  "1 000 000",
  "0",
  "-3",
  "+7 %",
  "10^6",
  "5e3",
  "1e308",
  "99999999999999999999",
  "3 milliards de dollars",
  "le 3 mars 2021",
  "2021-2023",
  "un tiers",
  "two thirds",
  "12,5 %",
  "4.",
  ".5",
  "1,2,3",
  "CHF 10",
  "10 CHF",
  "US$ 5",
  "5 $",
  "HK$ 3",
];

/** Names every object inherits: a word table held in a plain object answers to these. */
export const PROPERTY_NAMES: readonly string[] = [
  ...new Set([
    ...Object.getOwnPropertyNames(Object.prototype),
    ...Object.getOwnPropertyNames(Function.prototype),
    ...Object.getOwnPropertyNames(Array.prototype),
    ...Object.getOwnPropertyNames(String.prototype),
    "__proto__",
    "prototype",
  ]),
];

const INVISIBLE = ["\u200b", "\u2060", "\u00ad", "\u200c", "\u200d", "\ufeff", "\u202e", "\u2028", "\u2029", "\u0000", "\u001b[31m"];
const SURROGATES = ["😀", "𝟙𝟚", "👍🏽", "\ud83d", "\ude00", "🇫🇷"];
const MARKUP = [
  "# ",
  "## ",
  "- ",
  "* ",
  "1. ",
  "> ",
  "```",
  "`",
  "**",
  "_",
  "[",
  "](",
  ")",
  "<!--",
  "-->",
  "<!-- attest-ignore -->",
  "<!-- attest-ignore-start -->",
  "<!-- attest-ignore-end -->",
  "|",
  "---",
  "<b>",
  "</b>",
  "\\",
  "![",
  "http://example.com/a_b",
  "    ",
  "\t",
];
const BREAKS = ["\n", "\n\n", "\r", "\r\n", "\r\r", "\n\n\n"];
const PUNCT = [".", ",", ";", ":", "!", "?", "«", "»", '"', "'", "’", "(", ")", "…", " - ", "–", "—", "/", "%", "€", "$"];

function piece(rng: Random): string {
  const r = rng.next();
  if (r < 0.4) return rng.pick(WORDS);
  if (r < 0.55) return rng.pick(FIGURES);
  if (r < 0.63) return rng.pick(PROPERTY_NAMES);
  if (r < 0.7) return rng.pick(PUNCT);
  if (r < 0.76) return rng.pick(MARKUP);
  if (r < 0.82) return rng.pick(BREAKS);
  if (r < 0.86) return rng.pick(INVISIBLE);
  if (r < 0.89) return rng.pick(SURROGATES);
  if (r < 0.93) return String.fromCharCode(rng.int(0x3000));
  if (r < 0.95) return String(rng.int(10 ** (1 + rng.int(12))));
  if (r < 0.97) return rng.pick(WORDS).repeat(1 + rng.int(40));
  // Deep nesting: a list or quote many levels deep.
  const depth = 1 + rng.int(60);
  return rng.chance(0.5) ? "  ".repeat(depth) + "- " : "> ".repeat(depth);
}

/** A text of about `size` pieces, joined by spaces most of the time. */
function hostileText(rng: Random, size: number): string[] {
  const pieces: string[] = [];
  for (let i = 0; i < size; i++) {
    pieces.push(piece(rng));
    if (rng.chance(0.8)) pieces.push(" ");
  }
  if (rng.chance(0.8)) pieces.push("\n");
  return pieces;
}

/** A French or English sentence with figures, so that sources and drafts share facts to compare. */
function factSentence(rng: Random): string {
  const subject = rng.pick(["Globex", "Initech", "Nova Energy", "La société", "The company"]);
  const verb = rng.pick(["a racheté", "possède", "bought", "owns", "a vendu", "sold", "reported"]);
  const object = rng.pick(["Initech", "Globex", "ses parts", "its stake", "the plant"]);
  const tail = rng.pick(["pour", "for", "à", "at", "de", "of"]);
  const name = rng.chance(0.3) ? " " + rng.pick(PROPERTY_NAMES) : "";
  return `${subject} ${verb} ${object} ${tail} ${rng.pick(FIGURES)}${name} ${rng.chance(0.5) ? "en" : "in"} ${1990 + rng.int(40)}.`;
}

/** A source article: a title, fact sentences and hostile pieces, as pieces. */
export function hostileSource(rng: Random): string[] {
  const pieces: string[] = [rng.chance(0.5) ? "# " + rng.pick(WORDS) + "\n\n" : ""];
  const paragraphs = 1 + rng.int(6);
  for (let p = 0; p < paragraphs; p++) {
    if (rng.chance(0.6)) pieces.push(factSentence(rng), " ");
    pieces.push(...hostileText(rng, rng.int(40)));
    pieces.push(rng.pick(BREAKS));
  }
  return pieces;
}

/** A draft: fact sentences (which may agree or conflict with the sources) among hostile pieces. */
export function hostileDraft(rng: Random): string[] {
  const pieces: string[] = [];
  const paragraphs = 1 + rng.int(8);
  for (let p = 0; p < paragraphs; p++) {
    if (rng.chance(0.7)) pieces.push(factSentence(rng), " ");
    pieces.push(...hostileText(rng, rng.int(50)));
    pieces.push(rng.pick(BREAKS));
  }
  return pieces;
}
