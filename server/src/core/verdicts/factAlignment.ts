import { analyze, type AnalyzedToken } from "../analysis/analyze";
import { isPrefixKey, nameKey, stemKey } from "../analysis/indexKeys";
import type { CorpusReader, IndexedSentence } from "../index/corpusIndex";
import type { ContextItem } from "../retrieval/windowMatch";
import { windowPolarity } from "../retrieval/windowMatch";
import type { Span } from "../types";
import { isCalendarKind, type Figure } from "../figures";
import { claimEvents, opposedPredicate, otherEvent, predicates } from "./predicates";

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
  return tokens.filter(
    (t) =>
      t.name ||
      (t.capitalized && !t.concept && index.documentFrequency(nameKey(t.norm)) > 0 && index.documentFrequency(stemKey(t.norm)) === 0),
  );
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
): ActorSwap | undefined {
  const nameItems = items.filter((i) => i.name);
  const missing = nameItems.filter((item, bit) => bit < 31 && (namesStated & (1 << bit)) === 0 && item.token);
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
  const topic = (score * total) / rest;
  if (topic < ACTOR_SWAP_TOPIC) return undefined;
  const claimName = wholeName(missingSpans[0]!, claimTokens, claimText);
  // A name the evidence's article states elsewhere is what the sentence refers back to ("The
  // group employs 9,800" in an article about Nordvik): not a swap.
  if (
    documentMentions(
      index,
      evidence,
      missing.map((i) => i.token!),
    )
  )
    return undefined;
  const claimKeys = new Set(items.flatMap((i) => i.keys));
  const text = evidence.doc.text;
  const others = sourceNames(evidence, index).filter((t) => !t.keys.some((k) => claimKeys.has(k)));
  // The two names must stand in the same place around the anchor (the figure, or the first word
  // both state): the subject before it, the object or the speaker after it. On that side, the
  // source name in the same order: the last one for a claim name that ends its sentence (the
  // speaker of a quote), else the first.
  const claimBefore = claimName.end <= figureStart;
  const sameSide = nameSpans(others, (a, b) => text.slice(a, b)).filter((s) => s.end <= sourceFigureStart === claimBefore);
  if (!sameSide.length) return undefined;
  const claimNamesOnSide = missingSpans.length === 1 && !claimTokens.some((t) => t.start >= claimName.end && t.capitalized);
  const chosen = sameSide.length === 1 ? sameSide[0]! : claimNamesOnSide && !claimBefore ? sameSide[sameSide.length - 1]! : undefined;
  if (!chosen) return undefined;
  return { claimName, sourceName: chosen.text, topic };
}

/** Whether a sentence of the document states every word of the name (as a name, or as a word: "Kokoshin", "KOKOSHIN"). */
function documentMentions(index: CorpusReader, evidence: IndexedSentence, words: readonly AnalyzedToken[]): boolean {
  return words.every((w) =>
    [nameKey(w.norm), stemKey(w.norm)].some((key) => {
      for (const id of index.postingsOf(key)) if (index.sentence(id)?.doc === evidence.doc) return true;
      return false;
    }),
  );
}

/** Words after a verb that mark the passive ("beaten by", "battu par"): its subject and object trade places. */
const PASSIVE_MARKERS = new Set(["by", "par"]);

/**
 * Two names of the claim stand on either side of its predicate, and the source sentence states
 * the same predicate with the two names the other way round: "Ashdown beat Glenbrook" against
 * "Glenbrook beat Ashdown". The predicate is the first word of the claim, not a name, that the
 * source states too; a passive on either side ("was beaten by") leaves the order meaningless.
 */
export function rolesReversed(claim: readonly AnalyzedToken[], evidence: IndexedSentence): boolean {
  const source = evidenceTokens(evidence);
  const strong = (t: AnalyzedToken) => t.keys.filter((k) => !isPrefixKey(k));
  const same = (a: AnalyzedToken, b: AnalyzedToken) => strong(a).some((k) => b.keys.includes(k));
  const isName = (t: AnalyzedToken) => t.name;
  const firstName = claim.findIndex(isName);
  let lastName = -1;
  claim.forEach((t, i) => {
    if (isName(t)) lastName = i;
  });
  // The predicate sits between the names ("Ashdown *beat* Glenbrook").
  let claimAnchor = -1;
  let sourceAnchor = -1;
  for (let i = firstName + 1; firstName >= 0 && i < lastName && claimAnchor < 0; i++) {
    const t = claim[i]!;
    if (isName(t) || !strong(t).length) continue;
    const j = source.findIndex((s) => !s.name && !s.capitalized && same(t, s));
    if (j >= 0) {
      claimAnchor = i;
      sourceAnchor = j;
    }
  }
  if (claimAnchor < 0) return false;
  const passive = (tokens: readonly AnalyzedToken[], at: number) => tokens.slice(at + 1, at + 4).some((t) => PASSIVE_MARKERS.has(t.norm));
  if (passive(claim, claimAnchor) || passive(source, sourceAnchor)) return false;
  const sideInSource = (name: AnalyzedToken): "before" | "after" | "both" | "none" => {
    const places = source.map((s, j) => (same(name, s) ? j : -1)).filter((j) => j >= 0);
    if (!places.length) return "none";
    const before = places.some((j) => j < sourceAnchor);
    const after = places.some((j) => j > sourceAnchor);
    return before && after ? "both" : before ? "before" : "after";
  };
  const names = claim.map((t, i) => ({ t, i })).filter(({ t }) => isName(t));
  const subjectMoved = names.some(({ t, i }) => i < claimAnchor && sideInSource(t) === "after");
  const objectMoved = names.some(({ t, i }) => i > claimAnchor && sideInSource(t) === "before");
  return subjectMoved && objectMoved;
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
      bit < 31 && (namesStated & (1 << bit)) === 0 && item.token !== undefined && !documentMentions(index, evidence, [item.token]),
  );
}
