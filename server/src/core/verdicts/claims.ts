import type { AnalyzedToken } from "../analysis/analyze";
import type { CorpusReader } from "../index/corpusIndex";
import type { ClaimSentence } from "./claimSentence";
import type { Span } from "../types";
import { isCommonWord } from "../lexicon/commonWords";
import { isPrefixKey } from "../analysis/indexKeys";
import { tokenize } from "../analysis/wordTokens";

// Which draft sentences assert something checkable, and which names in them the corpus never uses.

/** Openers of signposting and first/second-person commentary ("We will…", "Let us…", "Voici…"). */
const COMMENTARY_OPENERS = new Set([
  "we",
  "i",
  "you",
  "let",
  "lets",
  "here",
  "now",
  "our",
  "my",
  "consider",
  "note",
  "recall",
  "nous",
  "je",
  "j'",
  "tu",
  "vous",
  "voici",
  "voila",
  "notre",
  "mon",
  "ma",
  // French first-person-plural imperatives that open signposting ("Voyons…", "Passons à…").
  "voyons",
  "passons",
  "revenons",
  "rappelons",
  "notons",
  "regardons",
  "examinons",
  "commencons",
  "terminons",
  "concluons",
  "resumons",
  "retenons",
  "soulignons",
  "precisons",
  "ajoutons",
]);

const MIN_CONTENT_WORDS = 3;

/** First-person words: a sentence that speaks for the writer ("Selon nous…", "I think…") is commentary unless it names someone. */
const FIRST_PERSON = new Set(["nous", "je", "j'", "moi", "me", "m'", "we", "i", "us", "me", "my", "our"]);

/**
 * Pointers to other reading, not statements: "See also: …", "Voir aussi : …", "Read more: …",
 * "Sur le même sujet : …", "Le code ci-dessous…". They name things without asserting anything.
 */
const SIGNPOST =
  /^\s*(?:(?:see also|read more|read also|related|further reading|more on this|voir aussi|lire aussi|à lire aussi|a lire aussi|à voir aussi|sur le même sujet|sur le meme sujet|pour aller plus loin|en savoir plus)\s*:|(?:le|la|les) (?:code|tableau|graphique|figure|exemple)s? ci-(?:dessous|dessus)|(?:the )?(?:code|table|chart|figure|example)s? (?:below|above)\b)/iu;

export function isClaim(sentence: ClaimSentence): boolean {
  if (SIGNPOST.test(sentence.text)) return false;
  if (sentence.figures.length) return true;
  if (sentence.heading) return false;
  if (/\?\s*$/.test(sentence.text)) return false;
  const first = sentence.tokens[0];
  if (first && COMMENTARY_OPENERS.has(first.norm) && !attributedQuote(sentence)) return false;
  if (sentence.tokens.some((t) => t.name)) return true;
  if (sentence.tokens.some((t) => FIRST_PERSON.has(t.norm))) return false;
  return sentence.tokens.filter((t) => t.keys.length).length >= MIN_CONTENT_WORDS;
}

/** Quotation marks that open or close a quote. */
const QUOTE_MARK = /[«»“”"]/u;

/**
 * A quotation given to a named speaker: "« Nous ferons appel », a déclaré Me Martin", '"We will
 * appeal," said Ann Reed'. Its first person is the speaker's, not the writer's: it is a claim on
 * who said what.
 */
function attributedQuote(sentence: ClaimSentence): boolean {
  const text = sentence.text;
  let inQuote = false;
  let last = 0;
  let quotes = 0;
  for (const t of sentence.tokens) {
    const between = text.slice(last, t.start - sentence.start);
    for (const ch of between)
      if (QUOTE_MARK.test(ch)) {
        inQuote = ch === "«" || ch === "“" ? true : ch === "»" || ch === "”" ? false : !inQuote;
        quotes++;
      }
    last = t.end - sentence.start;
    if (quotes >= 2 && !inQuote && t.name) return true;
  }
  return false;
}

/**
 * A capitalised word (a name, or a sentence-initial word) that no source sentence contains in any
 * form: "Tesla delivered…", "…said Elon Musk". Common words pass, since the corpus uses them
 * ("Prices rose…"), and concepts match across languages ("Europe's" meets "européen").
 */
function isUnknownName(token: AnalyzedToken, index: CorpusReader, known: ReadonlySet<string>): boolean {
  if (!token.capitalized || !token.keys.length || known.has(token.norm)) return false;
  return token.keys.every((k) => isPrefixKey(k) || index.documentFrequency(k) === 0) && !index.hasNameSpeltLike(token.norm);
}

/** A word that opens the sentence, a table cell or a list item: capitalised because of where it stands. */
function opensUnit(sentence: ClaimSentence, position: number): boolean {
  const token = sentence.tokens[position]!;
  if (position === 0) return true;
  const before = sentence.text.slice(0, token.start - sentence.start).trimEnd();
  return /[|:•*+>]$|^[-–]$|\n\s*[-–]$/u.test(before);
}

/** An unknown name of the claim: its words (a multi-word name is one), its span and its text as written. */
export interface UnknownName extends Span {
  text: string;
}

/**
 * Names of the claim that no source sentence contains, as written in the draft (first
 * occurrences; adjacent capitalised words are one name). A word capitalised only because it
 * opens the sentence, a table cell or a list item is not taken for a name on its own when it is a
 * common word ("Former minister…", "| Metric |"); it still starts a longer name ("Eddie Howe said").
 * `knownNames` are names the writer declared (settings): never reported.
 */
export function unknownNames(sentence: ClaimSentence, index: CorpusReader, knownNames: ReadonlySet<string> = NO_NAMES): UnknownName[] {
  const unknown: UnknownName[] = [];
  let current: UnknownName | undefined;
  let currentOpens = false;
  let words = 0;
  const flush = () => {
    if (!current) return;
    const name = current;
    current = undefined;
    const opener = sentence.tokens.find((t) => t.start === name.start)!;
    const ordinaryOpener = currentOpens && (!opener.keys.length || isCommonWord(opener.text.toLowerCase()));
    if (ordinaryOpener && words === 1) return;
    if (ordinaryOpener) {
      // "Former Zorblax boss…": the opener is an ordinary word before the name.
      const rest = sentence.tokens.find((t) => t.start > opener.start)!;
      name.start = rest.start;
      name.text = sentence.text.slice(rest.start - sentence.start, name.end - sentence.start);
    }
    if (!unknown.some((u) => u.text === name.text)) unknown.push(name);
  };
  sentence.tokens.forEach((token, position) => {
    // Month names are figures ("in October"), compared as values, not names.
    const inFigure = sentence.figures.some((f) => token.start < f.end && token.end > f.start);
    const candidate =
      !inFigure && (isUnknownName(token, index, knownNames) || (current !== undefined && token.capitalized && !token.concept));
    if (!candidate) {
      flush();
      return;
    }
    const gap = current ? sentence.text.slice(current.end - sentence.start, token.start - sentence.start) : "";
    if (current && /^[\s-]?$/u.test(gap)) {
      current.end = token.end;
      current.text = sentence.text.slice(current.start - sentence.start, token.end - sentence.start);
      words++;
      return;
    }
    flush();
    // A name is whole even when its first words are known ones: "Nordic Air Baltic Wings", with
    // only "Wings" unknown, is one unknown name, underlined and named once.
    const first = nameStart(sentence, position, unknown.at(-1)?.end ?? sentence.start);
    const opening = sentence.tokens[first]!;
    current = {
      start: opening.start,
      end: token.end,
      text: sentence.text.slice(opening.start - sentence.start, token.end - sentence.start),
    };
    currentOpens = opensUnit(sentence, first);
    words = position - first + 1;
  });
  flush();
  return unknown;
}

/**
 * Where the capitalised run holding the unknown word at `position` starts: the adjacent capitalised
 * words before it, known ones included (after `floor`, the end of the last name found), short of a
 * common word capitalised only because it opens the sentence ("Yesterday Zorblax…"). The sources
 * may know "Baltic", not "Nordic Air Baltic Wings".
 */
function nameStart(sentence: ClaimSentence, position: number, floor: number): number {
  let first = position;
  while (first > 0) {
    const before = sentence.tokens[first - 1]!;
    const next = sentence.tokens[first]!;
    if (!before.capitalized || before.start < floor) break;
    if (!/^[\s-]?$/u.test(sentence.text.slice(before.end - sentence.start, next.start - sentence.start))) break;
    if (sentence.figures.some((f) => before.start < f.end && before.end > f.start)) break;
    if (opensUnit(sentence, first - 1) && (!before.keys.length || isCommonWord(before.text.toLowerCase()))) break;
    first--;
  }
  return first;
}

const NO_NAMES: ReadonlySet<string> = new Set();

/** The words of the names the writer declares known ("Elon Musk" makes "Elon" and "Musk" known), folded as tokens are. */
export interface KnownNames {
  words: ReadonlySet<string>;
  /** Identifies the list, so results made with another list are not reused. */
  key: string;
}

export function knownNames(names: readonly string[]): KnownNames {
  const words = new Set<string>();
  for (const name of names) for (const token of tokenize(name)) words.add(token.norm);
  return { words, key: [...words].sort().join("\u0000") };
}
