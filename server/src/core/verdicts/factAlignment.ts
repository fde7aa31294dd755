import { analyze, type AnalyzedToken } from "../analysis/analyze";
import { isPrefixKey, nameKey, stemKey } from "../analysis/indexKeys";
import type { CorpusReader, IndexedSentence } from "../index/corpusIndex";
import type { ContextItem } from "../retrieval/windowMatch";
import { PREVIOUS_SENTENCE, windowPolarity, writtenAsName } from "../retrieval/windowMatch";
import type { Span } from "../types";
import { isCalendarKind, type Figure } from "../figures";
import { claimEvents, opposedPredicate, otherEvent, predicates } from "./predicates";
import { documentWritesOtherForm, isTitle, mayBeSameEntity, sameNameWord, spelledOutIn } from "./nameMatch";

// A figure's value can match while the rest of its fact does not: the right amount with the
// wrong company, the wrong speaker, "fell" where the source says "rose". Once the evidence for a
// figure is found (the sentence that states its value for the claim's fact), the other slots of
// the claim are compared there: its predicate, and its names.

/** How much of the claim, apart from the swapped name, the evidence must state for a swap to be called. */
export const ACTOR_SWAP_TOPIC = 0.7;

/** A claim word the evidence states the other way round, or undefined. */
export function opposedIn(
  claimTokens: readonly AnalyzedToken[],
  exclude: readonly Span[],
  figures: readonly Figure[],
  evidence: IndexedSentence,
  index: CorpusReader,
): AnalyzedToken | undefined {
  // "fin août", "début 2025", "end of June": the start or end of a period qualifies its date, it is
  // no predicate a source could state the other way round.
  const qualifies = (t: AnalyzedToken) =>
    (t.concept === "start" || t.concept === "end") &&
    figures.some((f) => isCalendarKind(f.kind) && f.start >= t.end && f.start - t.end <= 4);
  const tokens = claimTokens.filter((t) => !exclude.some((s) => t.start < s.end && t.end > s.start) && !qualifies(t));
  return opposedPredicate(predicates(tokens), windowPolarity(evidence, index));
}

export interface ActorSwap {
  /** The claim's name that the evidence does not state (its whole span, a multi-word name included). */
  claimName: Span & { text: string };
  /** The name the evidence states in its place, as written in the source. */
  sourceName: string;
  /** How much of the rest of the claim the evidence states (0..1). */
  topic: number;
}

/** Adjacent tokens merged into one name ("Masayoshi Son", "Nordic Air Baltic Wings"). */
function nameSpans<T extends Span & { text: string }>(
  tokens: readonly T[],
  text: (from: number, to: number) => string,
): (Span & { text: string })[] {
  const spans: (Span & { text: string })[] = [];
  for (const t of tokens) {
    const last = spans[spans.length - 1];
    if (last && /^[\s-]*$/u.test(text(last.end, t.start)) && t.start - last.end <= 1) {
      last.end = t.end;
      last.text = text(last.start, last.end);
    } else spans.push({ start: t.start, end: t.end, text: t.text });
  }
  return spans;
}

/** A name span grown over the capitalised words next to it: "Owen Pryce", whose first word opens the sentence. */
function wholeName(
  span: Span & { text: string },
  tokens: readonly AnalyzedToken[],
  text: (from: number, to: number) => string,
): Span & { text: string } {
  let { start, end } = span;
  const at = tokens.findIndex((t) => t.start === start);
  for (let i = at - 1; i >= 0 && tokens[i]!.capitalized && tokens[i]!.end >= start - 1; i--) start = tokens[i]!.start;
  const last = tokens.findIndex((t) => t.end === end);
  for (let i = last + 1; last >= 0 && i < tokens.length && tokens[i]!.capitalized && tokens[i]!.start <= end + 1; i++) end = tokens[i]!.end;
  return { start, end, text: text(start, end) };
}

/** A name span grown over the capitalised words right after it ("Brightwater" + "Energy", a lexicon concept). */
function nameRunForward(
  span: Span & { text: string },
  tokens: readonly AnalyzedToken[],
  text: (from: number, to: number) => string,
): Span & { text: string } {
  let end = span.end;
  const last = tokens.findIndex((t) => t.end === end);
  for (let i = last + 1; last >= 0 && i < tokens.length && tokens[i]!.capitalized && /^[\s-]?$/u.test(text(end, tokens[i]!.start)); i++)
    end = tokens[i]!.end;
  return { start: span.start, end, text: text(span.start, end) };
}

// The evidence sentence of a claim is read word by word by several checks in a row (negation,
// roles, names): analysed once, kept while the sentence object lives.
const evidenceTokenCache = new WeakMap<IndexedSentence, AnalyzedToken[]>();

/** The analysed tokens of a source sentence (its text is not kept in the index, only its keys). */
export function evidenceTokens(evidence: IndexedSentence): AnalyzedToken[] {
  let tokens = evidenceTokenCache.get(evidence);
  if (!tokens) evidenceTokenCache.set(evidence, (tokens = analyze(evidence.doc.text, evidence.start, evidence.end, evidence.lang)));
  return tokens;
}

/** Names of a source sentence: capitalised inside it, or written capitalised only in the corpus. */
function sourceNames(evidence: IndexedSentence, index: CorpusReader): AnalyzedToken[] {
  const tokens = evidenceTokens(evidence);
  return tokens.filter((t) => t.name || writtenAsName(t, index));
}

/**
 * The evidence states the claim's value and most of its fact, but under another name: "Microsoft
 * promised $40 billion" when the source says SoftBank did. Called only when exactly one claim
 * name is missing from the evidence window and exactly one name of the evidence sentence is not
 * in the claim, so the fix (the sourced name) is unambiguous.
 */
export function actorSwap(
  items: readonly ContextItem[],
  namesStated: number,
  score: number,
  claimText: (from: number, to: number) => string,
  evidence: IndexedSentence,
  index: CorpusReader,
  figureStart: number,
  sourceFigureStart: number,
  claimTokens: readonly AnalyzedToken[],
  claimSentence: Span,
): ActorSwap | undefined {
  const nameItems = items.filter((i) => i.name);
  // Full-strength keys only: a shared prefix is no mention of a name.
  const inSentence = (i: ContextItem) => i.keys.some((k) => !isPrefixKey(k) && index.holds(k, evidence.id));
  let missing = nameItems.filter((item, bit) => bit < 31 && (namesStated & (1 << bit)) === 0 && item.token);
  // Names the window states only in the sentence before: the sentence itself may give the words
  // to another speaker ("…," said Eddie Marsh. Ruth Kendall said…).
  const statedBefore = missing.length ? [] : nameItems.filter((i) => i.token && !inSentence(i));
  if (statedBefore.length) missing = statedBefore;
  if (!missing.length) return undefined;
  const missingSpans = nameSpans(
    missing.map((i) => i.token!),
    claimText,
  );
  if (missingSpans.length !== 1) return undefined;
  let total = 0;
  let missingWeight = 0;
  for (const i of items) {
    total += i.weight;
    if (missing.includes(i)) missingWeight += i.weight;
  }
  const rest = total - missingWeight;
  if (rest <= 0) return undefined;
  const topic = (score * total - (statedBefore.length ? missingWeight * PREVIOUS_SENTENCE : 0)) / rest;
  if (topic < ACTOR_SWAP_TOPIC) return undefined;
  const claimName = wholeName(missingSpans[0]!, claimTokens, claimText);
  const claimNameTokens = claimTokens.filter((t) => t.start >= claimName.start && t.end <= claimName.end);
  const claimSpeaker = isSpeaker(claimNameTokens, claimTokens, claimText(claimSentence.start, claimSentence.end), claimSentence.start);
  // Only a speaker may be swapped for a name the window or its article states (below): otherwise
  // the index answers without reading the source's text.
  if (!claimSpeaker && (statedBefore.length || indexedInDocument(index, evidence, claimNameTokens))) return undefined;
  const source = evidenceTokens(evidence);
  // A name the evidence writes in part, another way or in full is the claim's own ("Eddie Howe"
  // for "Howe", "Kokochine" for "Kokoshin", "RJ Reynolds" for "RJR"): not a swap.
  if (claimNameTokens.some((c) => (!isTitle(c) && source.some((s) => s.capitalized && sameNameWord(c, s))) || spelledOutIn(c, source)))
    return undefined;
  const claimKeys = new Set(items.flatMap((i) => i.keys));
  const text = evidence.doc.text;
  const others = sourceNames(evidence, index).filter(
    (t) => (isTitle(t) || !t.keys.some((k) => claimKeys.has(k))) && !claimNameTokens.some((c) => !isTitle(c) && sameNameWord(c, t)),
  );
  // The two names must stand in the same place around the anchor (the figure, or the first word
  // both state): the subject before it, the object or the speaker after it. On that side, the
  // source name in the same order: the last one for a claim name that ends its sentence (the
  // speaker of a quote), else the first.
  const claimBefore = claimName.end <= figureStart;
  const sameSide = nameSpans(others, (a, b) => text.slice(a, b)).filter((s) => s.end <= sourceFigureStart === claimBefore);
  if (!sameSide.length) return undefined;
  const claimNamesOnSide = missingSpans.length === 1 && !claimTokens.some((t) => t.start >= claimName.end && t.capitalized);
  const picked = sameSide.length === 1 ? sameSide[0]! : claimNamesOnSide && !claimBefore ? sameSide[sameSide.length - 1]! : undefined;
  if (!picked) return undefined;
  // The fix is the whole name, a lexicon word in it included ("Brightwater Energy").
  const chosen = nameRunForward(picked, source, (a, b) => text.slice(a, b));
  const chosenTokens = source.filter((t) => t.start >= chosen.start && t.end <= chosen.end);
  if (mayBeSameEntity(claimNameTokens, claimTokens, chosenTokens, source)) return undefined;
  // A name the evidence's article states elsewhere is what the sentence refers back to ("The
  // group employs 9,800" in an article about Nordvik), unless both sentences give the words to a
  // speaker and the source names another one: a quote has one speaker.
  const speakerSwap = claimSpeaker && isSpeaker(chosenTokens, source, text.slice(evidence.start, evidence.end), evidence.start);
  if (!speakerSwap && (statedBefore.length || documentMentions(index, evidence, claimNameTokens))) return undefined;
  return { claimName, sourceName: chosen.text, topic };
}

/**
 * Whether the evidence's document writes every word of the name: as a name or a word a sentence
 * of it is indexed under ("Kokoshin", "KOKOSHIN"), or in another form (nameMatch.ts).
 */
function documentMentions(index: CorpusReader, evidence: IndexedSentence, words: readonly AnalyzedToken[]): boolean {
  return words.every((w) => indexedInDocument(index, evidence, [w]) || documentWritesOtherForm(evidence.doc, w));
}

/** Whether a sentence of the evidence's document is indexed under every word of the name. */
function indexedInDocument(index: CorpusReader, evidence: IndexedSentence, words: readonly AnalyzedToken[]): boolean {
  return words.every((w) =>
    [nameKey(w.norm), stemKey(w.norm)].some((key) => {
      for (const id of index.postingsOf(key)) if (index.sentence(id)?.doc === evidence.doc) return true;
      return false;
    }),
  );
}

/** Concepts of the verbs that give words to a speaker ("said", "a déclaré", "a assuré que"). */
const SPEECH_CONCEPTS = new Set(["say", "announce", "explain", "insist", "respond", "confirm", "deny", "warn", "admit", "claim"]);

/** Tokens either side of a speech verb that its speaker may stand in ("said chief executive Kjetil Haugland"). */
const SPEAKER_REACH = 4;

/** Opening and closing quotation marks. */
const QUOTE_MARKS = /[«»“”"]/gu;

/**
 * Whether a name is the speaker of its sentence: next to a speech verb, or outside the quotation
 * of a sentence that quotes someone ("« … », a assuré Philippe Guérin").
 */
function isSpeaker(name: readonly AnalyzedToken[], tokens: readonly AnalyzedToken[], sentence: string, sentenceStart: number): boolean {
  if (!name.length || !tokens.length) return false;
  const first = tokens.indexOf(name[0]!);
  const last = tokens.indexOf(name[name.length - 1]!);
  if (first < 0 || last < 0) return false;
  for (let i = Math.max(0, first - SPEAKER_REACH); i <= Math.min(tokens.length - 1, last + SPEAKER_REACH); i++) {
    const c = tokens[i]!.concept;
    if (c !== undefined && SPEECH_CONCEPTS.has(c)) return true;
  }
  // Outside a quotation: an even number of quotation marks before the name, and some in the sentence.
  const before = sentence.slice(0, name[0]!.start - sentenceStart).match(QUOTE_MARKS)?.length ?? 0;
  const all = sentence.match(QUOTE_MARKS)?.length ?? 0;
  return all >= 2 && before % 2 === 0;
}

/**
 * The evidence of a figure states another event than the claim's, so its figure is another
 * fact's: "Corvane a été vendue en 2005" against "Corvane a ouvert son usine en 1996". A date is
 * the date of one event: evidence that states another event and not the claim's (nor its
 * converse: a sale is an acquisition) dates another fact. Evidence that states no event is left
 * to the other checks ("s'est ouvert" against "s'est tenu"), and so are the other figures: a
 * count's evidence often names its event differently.
 */
export function eventDiffers(
  claimTokens: readonly AnalyzedToken[],
  figure: Figure,
  evidence: IndexedSentence,
  index: CorpusReader,
): boolean {
  if (!isCalendarKind(figure.kind)) return false;
  const events = claimEvents(claimTokens);
  return events.size > 0 && otherEvent(events, evidence.polar, windowPolarity(evidence, index));
}

/**
 * A name of the claim that neither the evidence sentence (or the one before) nor its article
 * states: the evidence is about someone else ("Heaney a reçu le prix en 1995" against an article
 * on the prize's founding that never names Heaney), so its figure is no figure of the claim's fact.
 */
export function nameOutsideDocument(
  items: readonly ContextItem[],
  namesStated: number,
  evidence: IndexedSentence,
  index: CorpusReader,
): boolean {
  const names = items.filter((i) => i.name);
  return names.some(
    (item, bit) =>
      bit < 31 && (namesStated & (1 << bit)) === 0 && item.token !== undefined && !indexedInDocument(index, evidence, [item.token]),
  );
}
