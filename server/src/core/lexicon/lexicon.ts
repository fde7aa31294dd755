// Bilingual (French/English) lexicon of news-fact vocabulary: which words of a draft and of a
// source express the same concept, whatever the language, and which concepts are opposites.
//
// Input tokens. Callers pass word tokens, lower-case preferably (upper case is tolerated).
// Either form of French elision works: "l'acquisition" may come as ["l'", "acquisition"] or
// ["l", "acquisition"]; words with an inner apostrophe stay whole ("aujourd'hui"). Hyphenated
// words may come whole ("start-up", "cessez-le-feu") or split ("start", "up"); hyphens inside a
// token are dropped. Accents are optional ("detient" = "détient"), so accent-folded tokens work.
// English negative contractions may come as "didn't", ["did", "n't"] or ["did", "not"].
// Punctuation tokens are allowed and never match.
//
// Matching. Multi-word expressions first, longest match wins. Their content words match
// through stems, their function words by exact form (elided or not: "s'" = "se"); up to two
// fillers (auxiliaries, clitics, negation particles, sentence adverbs) may sit between their
// words ("s'est engagé à" matches "s'engager à"), and "*" in an expression spans zero to four
// words whose own concepts are still reported ("poured billions into"). Otherwise a single
// word matches by exact folded form ("=" entries), then by the Snowball stem of its language.
// French verbs marked "~" in the data are conjugated first (inflect.ts); English strong verbs
// and irregular plurals come from a table: "détient"/"détenait"/"détenir" and "holds"/"held"
// reach the same concept.
//
// Homographs. A word with two news senses is listed under one sense only, or kept out of
// single-word lookup and reachable only inside expressions that fix the sense, or hidden by a
// blocker (blockers.ts: an expression, or an exact form, that yields no concept). Examples:
// "arrêter" (stop / arrest) only in "arrêter de", "s'arrêter" (stop) and "être arrêté",
// "arrêté par" (arrest); "poursuivre" (continue / sue) only in "poursuivre en justice" and
// "se poursuivre"; "condamner" (convict / condemn) only in "condamné pour" and "condamner
// fermement"; English "strike" is military, "on strike" labour; "été" (summer / been) only in
// "cet été", "l'été dernier"; "part" (stake) and "parti" (party) by exact form because both
// stem to "part". Stems still shared by two concepts are reported by lexiconCollisions() and
// must be declared in collisions.ts, with the sense kept.

import { ALL_CONCEPTS } from "./concepts";
import { ANTONYM_PAIRS } from "./antonyms";
import { BLOCKERS } from "./blockers";
import { DECLARED_COLLISIONS } from "./collisions";
import { englishIrregularForms, frenchNominalForms, frenchVerbForms } from "./inflect";
import { lefffVerbForms } from "./languageData";
import { fold, stemKeys, surface, tokenKeys } from "./surfaceForms";
import type { Concept, ConceptMatch, Lang } from "./types";

export type { Concept, ConceptMatch, Lang } from "./types";
export { cueForm, negationScope, negationScopeOfCues, negationCues, isNegated } from "./polarity";

/** One position of a multi-word expression: the keys a token may have there, or a wildcard. */
interface Slot {
  keys: Set<string> | null;
}

interface Phrase {
  concept: string; // "" for a blocker
  slots: Slot[];
  source: string;
}

interface LangIndex {
  /** Key ("=form" or stem) -> concept. */
  single: Map<string, string>;
  /** Key of the first word -> expressions starting with it, longest first. */
  first: Map<string, Phrase[]>;
}

export interface CollisionReport {
  lang: Lang;
  key: string;
  concepts: string[];
  declared: boolean;
}

const ELISION = /^(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)'(?=[\p{L}~=])/u;

// Words that may sit inside an expression without breaking it: auxiliaries, clitics,
// negation particles and sentence adverbs ("s'est engagé à", "ne s'est pas engagé à"). "a" (has)
// is left out: folded, it is also "à", which many expressions contain.
const FILLERS: Record<Lang, Set<string>> = {
  fr: new Set([
    "est",
    "ont",
    "sont",
    "ete",
    "etait",
    "etaient",
    "avait",
    "avaient",
    "sera",
    "seront",
    "serait",
    "aura",
    "aurait",
    "s",
    "se",
    "ne",
    "n",
    "pas",
    "jamais",
    "deja",
    "aussi",
    "egalement",
    "toujours",
    "encore",
    "bien",
    "finalement",
    "officiellement",
    "desormais",
    "enfin",
    "y",
    "lui",
    "leur",
    "nous",
    "vous",
    "me",
    "m",
    "t",
    "te",
  ]),
  en: new Set([
    "has",
    "have",
    "had",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "will",
    "would",
    "could",
    "may",
    "might",
    "not",
    "n't",
    "never",
    "also",
    "already",
    "still",
    "now",
    "just",
    "formally",
    "officially",
    "reportedly",
    "publicly",
    "finally",
    "again",
  ]),
};
const MAX_FILLERS = 2;
const MAX_WILDCARD = 4;

// Built on first use: the shared tables at once, each language's index (which stems ~25k
// inflected forms) only when a text of that language is read.
let built: { byId: Map<string, Concept>; antonyms: Map<string, string[]>; declared: Map<string, string | null> } | undefined;
const langBuilt: Partial<Record<Lang, { index: LangIndex; collisions: CollisionReport[] }>> = {};

/** Splits one lexicon entry into word lists: elisions split, hyphenated words both joined and split. */
function entryVariants(entry: string): string[][] {
  const words: string[] = [];
  for (const raw of entry.trim().toLowerCase().replace(/[’‘ʼ]/g, "'").split(/\s+/)) {
    // The marker goes on the word after the elision: "s'~engager".
    const m = ELISION.exec(raw);
    if (m) words.push(m[1], raw.slice(m[0].length));
    else words.push(raw);
  }
  let variants: string[][] = [[]];
  for (const w of words) {
    const alts: string[][] = [];
    const bare = w.replace(/^[~=]/, "");
    if (bare.length > 1 && (bare.includes("-") || /\p{L}'\p{L}/u.test(bare))) {
      const marker = w.slice(0, w.length - bare.length);
      alts.push([marker + bare.replace(/-/g, "")]);
      alts.push(
        bare
          .split(/[-']/)
          .filter(Boolean)
          .map((p, i) => (i === 0 ? marker + p : p)),
      );
      if (bare.includes("'")) alts.push([marker + bare]);
    } else alts.push([w]);
    const next: string[][] = [];
    for (const v of variants) for (const a of alts) next.push([...v, ...a]);
    variants = next;
  }
  return variants;
}

// Generated inflections that would collide with a function word are dropped when the entry is a
// single word ("né" folds to the particle "ne"); inside expressions the context keeps them safe.
const FUNCTION_WORDS: Record<Lang, Set<string>> = {
  fr: new Set(
    "ne n elle elles il ils on le la les l de des du d un une et ou a y se sa son ses s me ma mes m te ta tes t ce ces cet cette c ci que qu qui quoi dont sur sous par pour avec sans mais ni si est es sont as ai au aux lui leur leurs nous vous je j tu moi toi eux pas plus non oui en".split(
      " ",
    ),
  ),
  en: new Set(
    "a an the of to in on at by for with as is are was were be been it its he she they we you i me us him her them his our their not no or and but if so do does did".split(
      " ",
    ),
  ),
};

// Full and elided forms of French function words are the same word inside an expression:
// "s'engager à" also matches "ils se sont engagés à".
const ELIDED = new Map<string, string[]>();
for (const group of [
  ["se", "s"],
  ["de", "d"],
  ["le", "la", "l"],
  ["que", "qu"],
  ["ne", "n"],
  ["me", "m"],
  ["te", "t"],
  ["je", "j"],
]) {
  for (const w of group) ELIDED.set(w, group);
}

/**
 * The forms of a French verb: the Lefff's (measured: they find participles such as "détruite"
 * that the hand-written tables miss) together with inflect.ts's, which cover the verbs the Lefff
 * lacks and the forms it does not list; the Lefff alone measured no better than inflect.ts.
 */
function frenchForms(inf: string): string[] {
  const lefff = lefffVerbForms(inf);
  return lefff ? [...new Set([...frenchVerbForms(inf), ...lefff])] : frenchVerbForms(inf);
}

/** Lookup keys of one lexicon word (with its markers) in its language. */
function wordKeys(word: string, lang: Lang, single = false): Set<string> | null {
  if (word === "*") return null;
  if (word.startsWith("=")) return new Set(["=" + fold(surface(word.slice(1)))]);
  // Function words inside expressions match their exact form only: the French stemmer turns
  // "des" into "de", which would let "contraint de" match "contraint des".
  const fw = fold(surface(word.replace(/^~/, "")));
  if (!single && FUNCTION_WORDS[lang].has(fw)) return new Set(((lang === "fr" ? ELIDED.get(fw) : undefined) ?? [fw]).map((f) => "=" + f));
  let forms: string[];
  if (word.startsWith("~")) {
    const inf = word.slice(1);
    forms = lang === "fr" ? frenchForms(inf) : [inf, ...englishIrregularForms(inf)];
  } else if (lang === "fr") {
    // Two-letter words get no feminine or plural forms ("eu" must not become "eue").
    forms = word.length < 3 ? [word] : frenchNominalForms(word);
  } else forms = [word, ...englishIrregularForms(word)];
  const keys = new Set<string>();
  const functionWords = FUNCTION_WORDS[lang];
  forms.forEach((f, i) => {
    const folded = fold(f);
    if (single && i > 0 && functionWords.has(folded)) return;
    for (const k of stemKeys(f, lang)) {
      // A stem equal to a function word ("née" -> "né" -> "ne") keeps only its exact form.
      if (single && functionWords.has(k)) keys.add("=" + folded);
      else keys.add(k);
    }
  });
  return keys;
}

function build(): NonNullable<typeof built> {
  const byId = new Map<string, Concept>();
  for (const c of ALL_CONCEPTS) if (!byId.has(c.id)) byId.set(c.id, c);
  const declared = new Map<string, string | null>();
  for (const d of DECLARED_COLLISIONS) declared.set(d.lang + "\u0000" + d.key, d.keep);

  const antonyms = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = antonyms.get(a) ?? [];
    if (!list.includes(b)) list.push(b);
    antonyms.set(a, list);
  };
  for (const [a, b] of ANTONYM_PAIRS) {
    link(a, b);
    link(b, a);
  }
  return { byId, antonyms, declared };
}

/** The lookup maps of one language, and the keys its concepts share. */
function buildLang(lang: Lang, declared: ReadonlyMap<string, string | null>): { index: LangIndex; collisions: CollisionReport[] } {
  const collisions: CollisionReport[] = [];
  const owners = new Map<string, string[]>(); // single key -> concepts, in data order
  const phraseOwners = new Map<string, string[]>();
  const phrases: Phrase[] = [];
  const blocked = new Set<string>();
  const add = (concept: string, entry: string) => {
    for (const words of entryVariants(entry)) {
      const slots = words.map((w) => ({ keys: wordKeys(w, lang, words.length === 1) }));
      if (slots.length === 1) {
        if (!slots[0].keys) continue;
        if (!concept) {
          // A one-word blocker hides the word's exact form from the stem lookup ("fermement").
          blocked.add("=" + fold(surface(words[0].replace(/^[~=]/, ""))));
          continue;
        }
        for (const k of slots[0].keys) {
          const list = owners.get(k) ?? [];
          if (!list.includes(concept)) list.push(concept);
          owners.set(k, list);
        }
      } else {
        if (!slots[0].keys || !slots[slots.length - 1].keys) throw new Error(`lexicon: wildcard at an end of "${entry}"`);
        phrases.push({ concept, slots, source: entry });
        const sig = slots.map((s) => (s.keys ? [...s.keys].sort().join("|") : "*")).join(" ");
        const list = phraseOwners.get(sig) ?? [];
        if (!list.includes(concept)) list.push(concept);
        phraseOwners.set(sig, list);
      }
    }
  };
  for (const c of ALL_CONCEPTS) for (const e of c[lang]) add(c.id, e);
  for (const b of BLOCKERS[lang]) add("", b);

  const single = new Map<string, string>();
  for (const [key, list] of owners) {
    if (list.length === 1) {
      single.set(key, list[0]);
      continue;
    }
    const dk = lang + "\u0000" + key;
    const isDeclared = declared.has(dk);
    collisions.push({ lang, key, concepts: list, declared: isDeclared });
    const keep = isDeclared ? declared.get(dk)! : list[0];
    if (keep) single.set(key, keep);
  }
  for (const [sig, list] of phraseOwners) {
    if (list.length > 1)
      collisions.push({ lang, key: "phrase:" + sig, concepts: list, declared: declared.has(lang + "\u0000phrase:" + sig) });
  }
  const first = new Map<string, Phrase[]>();
  for (const p of phrases) {
    for (const k of p.slots[0].keys!) {
      const list = first.get(k) ?? [];
      list.push(p);
      first.set(k, list);
    }
  }
  for (const list of first.values()) list.sort((a, b) => b.slots.length - a.slots.length);
  for (const k of blocked) single.set(k, "");
  return { index: { single, first }, collisions };
}

function lexicon(): NonNullable<typeof built> {
  return (built ??= build());
}

function langLexicon(lang: Lang): { index: LangIndex; collisions: CollisionReport[] } {
  return (langBuilt[lang] ??= buildLang(lang, lexicon().declared));
}

function slotMatches(slot: Slot, keys: readonly string[]): boolean {
  const set = slot.keys!;
  for (const k of keys) if (set.has(k)) return true;
  return false;
}

/**
 * What the matcher needs of one word, all of which depends on the word (and language) alone:
 * its lookup keys, the expressions its keys can start (in key order, each list longest first,
 * as the scan tries them), its single-word concept, and whether it may fill a gap.
 */
interface WordLookup {
  keys: readonly string[];
  phrases: readonly Phrase[] | undefined;
  /** Single-word concept; undefined when none or blocked. */
  single: string | undefined;
  filler: boolean;
  /** `phrases` grouped by their second slot, built when first needed (long lists only). */
  second?: SecondSlotIndex;
}

/**
 * A word's expressions by the keys their second slot accepts ("la" starts hundreds of them):
 * only those that a word within reach (the next one, or after one or two fillers) can continue
 * are tried. Every skipped expression would have failed at its second slot.
 */
interface SecondSlotIndex {
  /** Key -> indices into the phrase list, ascending. */
  byKey: Map<string, number[]>;
  /** Indices of the expressions whose second slot is a wildcard. */
  open: number[];
}

/** Below this many expressions, trying them all costs less than looking them up. */
const SHORT_PHRASE_LIST = 8;

function secondSlotIndex(phrases: readonly Phrase[]): SecondSlotIndex {
  const byKey = new Map<string, number[]>();
  const open: number[] = [];
  phrases.forEach((p, n) => {
    const keys = p.slots[1].keys;
    if (!keys) {
      open.push(n);
      return;
    }
    for (const k of keys) {
      const list = byKey.get(k);
      if (!list) byKey.set(k, [n]);
      else if (list[list.length - 1] !== n) list.push(n);
    }
  });
  return { byKey, open };
}

/** Indices (ascending, possibly repeated) of the expressions of `word` that may match at token i. */
function phrasesWorthTrying(word: WordLookup, words: readonly WordLookup[], i: number): number[] {
  const index = (word.second ??= secondSlotIndex(word.phrases!));
  const out = index.open.slice();
  for (let j = i + 1, skipped = 0; j < words.length; j++) {
    for (const k of words[j].keys) {
      const list = index.byKey.get(k);
      if (list) for (const n of list) out.push(n);
    }
    // matchPhrase reaches a later word only over fillers, at most MAX_FILLERS of them.
    if (skipped >= MAX_FILLERS || !words[j].filler) break;
    skipped++;
  }
  return out.sort((a, b) => a - b);
}

// News vocabulary is Zipfian: a bounded memo answers most tokens with one Map get.
const LOOKUP_MEMO_LIMIT = 100_000;
const lookupMemo: Record<Lang, Map<string, WordLookup>> = { fr: new Map(), en: new Map() };

/** Forgets the memoised word lookups (tests compare cold and warm answers). */
export function clearLookupMemos(): void {
  for (const memo of [lookupMemo, conceptOfWordMemo]) {
    memo.fr.clear();
    memo.en.clear();
  }
}

function wordLookup(word: string, lang: Lang, index: LangIndex): WordLookup {
  const memo = lookupMemo[lang];
  let found = memo.get(word);
  if (found === undefined) {
    found = computeLookup(word, lang, index);
    if (memo.size >= LOOKUP_MEMO_LIMIT) memo.clear();
    memo.set(word, found);
  }
  return found;
}

function computeLookup(word: string, lang: Lang, index: LangIndex): WordLookup {
  const keys = tokenKeys(word, lang);
  let phrases: Phrase[] | undefined;
  for (const k of keys) {
    const cands = index.first.get(k);
    if (cands) phrases = phrases ? phrases.concat(cands) : cands;
  }
  return { keys, phrases, single: singleConcept(keys, index), filler: FILLERS[lang].has(keys[0].slice(1)) };
}

/**
 * End index of `phrase` matched at token `i` (whose first slot already matched), or -1.
 * `anchors` receives the indices of the tokens matched by slots after the first.
 */
function matchPhrase(phrase: Phrase, words: readonly WordLookup[], i: number, anchors?: number[]): number {
  const n = words.length;
  const slots = phrase.slots;
  let j = i + 1;
  let skipped = 0;
  if (anchors) anchors.length = 0;
  for (let p = 1; p < slots.length;) {
    const slot = slots[p];
    if (!slot.keys) {
      // Wildcard: up to MAX_WILDCARD tokens (possibly none: "lifted sanctions"), then the next slot.
      const next = slots[p + 1];
      let found = -1;
      for (let k = 0; k <= MAX_WILDCARD && j + k < n; k++) {
        if (slotMatches(next, words[j + k].keys)) {
          found = j + k;
          break;
        }
      }
      if (found < 0) return -1;
      anchors?.push(found);
      j = found + 1;
      p += 2;
      continue;
    }
    if (j >= n) return -1;
    if (slotMatches(slot, words[j].keys)) {
      anchors?.push(j);
      j++;
      p++;
      continue;
    }
    if (skipped < MAX_FILLERS && words[j].filler) {
      skipped++;
      j++;
      continue;
    }
    return -1;
  }
  return j;
}

function singleConcept(keys: readonly string[], index: LangIndex): string | undefined {
  for (const k of keys) {
    const c = index.single.get(k);
    if (c !== undefined) return c || undefined; // "" = blocked form
  }
  return undefined;
}

/**
 * Concepts expressed in a list of word tokens (see the header for the expected tokens), in
 * token order. A multi-word expression beats the single words inside it and matches do not
 * overlap, with one exception: the words that fill the gap of a wildcard expression ("pour
 * $10bn into", "condamner X à") are analysed too, so their concepts are reported inside its span.
 */
export function conceptsIn(words: readonly string[], lang: Lang): ConceptMatch[] {
  return matchConcepts(words, lang, true);
}

/** What the matcher knows of one word; opaque, kept by callers that see the same word often. */
export type LexiconWord = WordLookup;

/** The lexicon's view of a word (as `conceptsIn` expects it), memoised. */
export function lexiconWord(word: string, lang: Lang): LexiconWord {
  return wordLookup(word, lang, langLexicon(lang).index);
}

/** `conceptsIn` on words already looked up with `lexiconWord`. */
export function conceptsInWords(words: readonly LexiconWord[]): ConceptMatch[] {
  return matchLookups(words, true);
}

/** `conceptsIn` trying every expression a word starts: the reference its prefilter is tested against. */
export function conceptsInTryingEveryPhrase(words: readonly string[], lang: Lang): ConceptMatch[] {
  return matchConcepts(words, lang, false);
}

function matchConcepts(words: readonly string[], lang: Lang, prefilter: boolean): ConceptMatch[] {
  const index = langLexicon(lang).index;
  return matchLookups(
    words.map((w) => wordLookup(w, lang, index)),
    prefilter,
  );
}

function matchLookups(lookups: readonly WordLookup[], prefilter: boolean): ConceptMatch[] {
  const out: ConceptMatch[] = [];
  const anchors: number[] = [];
  let consumed: Set<number> | undefined; // closing words of wildcard expressions
  for (let i = 0; i < lookups.length;) {
    if (consumed?.has(i)) {
      i++;
      continue;
    }
    const word = lookups[i];
    let bestEnd = -1;
    let best: Phrase | undefined;
    const phrases = word.phrases;
    if (phrases && (phrases.length <= SHORT_PHRASE_LIST || !prefilter)) {
      for (const p of phrases) {
        const end = matchPhrase(p, lookups, i);
        if (end > bestEnd) {
          bestEnd = end;
          best = p;
        }
      }
    } else if (phrases) {
      // The same expressions in the same order, less those that cannot pass their second slot.
      let last = -1;
      for (const n of phrasesWorthTrying(word, lookups, i)) {
        if (n === last) continue;
        last = n;
        const end = matchPhrase(phrases[n], lookups, i);
        if (end > bestEnd) {
          bestEnd = end;
          best = phrases[n];
        }
      }
    }
    if (best) {
      if (best.concept) out.push({ start: i, end: bestEnd, concept: best.concept });
      if (best.slots.some((s) => !s.keys)) {
        // Resume inside the gap; the words after it belong to the expression.
        matchPhrase(best, lookups, i, anchors);
        consumed ??= new Set();
        for (const a of anchors) consumed.add(a);
        i++;
      } else i = bestEnd;
      continue;
    }
    if (word.single !== undefined) out.push({ start: i, end: i + 1, concept: word.single });
    i++;
  }
  return out;
}

/** Splits a short text the way the header expects (for conceptOfWord on expressions). */
function simpleTokens(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.toLowerCase().replace(/[’‘ʼ]/g, "'").split(/\s+/)) {
    if (!raw) continue;
    const m = ELISION.exec(raw);
    if (m) out.push(m[1] + "'", raw.slice(m[0].length));
    else out.push(raw);
  }
  return out;
}

/**
 * Concept of one word ("détenait") or one whole expression ("data centre", "s'engager à");
 * undefined when it is not in the lexicon or only part of it matches.
 */
export function conceptOfWord(word: string, lang: Lang): string | undefined {
  const memo = conceptOfWordMemo[lang];
  // `null` records "no concept", so that misses are remembered too.
  let found = memo.get(word);
  if (found === undefined) {
    found = wholeConcept(word, lang) ?? null;
    if (memo.size >= LOOKUP_MEMO_LIMIT) memo.clear();
    memo.set(word, found);
  }
  return found ?? undefined;
}

const conceptOfWordMemo: Record<Lang, Map<string, string | null>> = { fr: new Map(), en: new Map() };

function wholeConcept(word: string, lang: Lang): string | undefined {
  const tokens = simpleTokens(word);
  if (tokens.length === 1) {
    const whole = conceptsIn(tokens, lang);
    return whole.length === 1 ? whole[0].concept : undefined;
  }
  const found = conceptsIn(tokens, lang);
  return found.length === 1 && found[0].start === 0 && found[0].end === tokens.length ? found[0].concept : undefined;
}

/** The opposite concept (first listed when there are several), for contradiction checks. */
export function antonymOf(concept: string): string | undefined {
  return lexicon().antonyms.get(concept)?.[0];
}

/** All concepts listed as opposite to this one. */
export function antonymsOf(concept: string): readonly string[] {
  return lexicon().antonyms.get(concept) ?? [];
}

/** True when the two concepts are listed as opposites. */
export function areAntonyms(a: string, b: string): boolean {
  return lexicon().antonyms.get(a)?.includes(b) ?? false;
}

export function conceptById(id: string): Concept | undefined {
  return lexicon().byId.get(id);
}

export function allConcepts(): readonly Concept[] {
  return ALL_CONCEPTS;
}

let allCollisions: CollisionReport[] | undefined;

/** Keys shared by several concepts (single words) or identical expressions in several concepts. */
export function lexiconCollisions(): readonly CollisionReport[] {
  return (allCollisions ??= [...langLexicon("fr").collisions, ...langLexicon("en").collisions]);
}

/** Builds the lookup maps now instead of on first use (e.g. at server start). */
export function warmLexicon(): void {
  langLexicon("fr");
  langLexicon("en");
}
