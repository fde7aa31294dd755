import type { AnalyzedToken } from "../analysis/analyze";
import { isPrefixKey } from "../analysis/indexKeys";
import { contextItems, windowPolarity, windowScore } from "../retrieval/windowMatch";
import { retrieve } from "../retrieval/retrieval";
import type { CorpusReader, IndexedSentence } from "../index/corpusIndex";
import type { ClaimSentence } from "./claimSentence";
import { evidenceOf } from "./evidence";
import { messages, type MessageLocale } from "./findingMessages";
import type { PendingFinding } from "./pendingFinding";
import { agrees, claimEvents, opposes, otherEvent, predicates, statesEvent } from "./predicates";
import { conflictConfidence, supportConfidence, unsupportedConfidence } from "./confidence";
import { TEXT_CONFLICT, TEXT_SUPPORT } from "./thresholds";
import { ACTOR_SWAP_TOPIC, actorSwap, evidenceTokens } from "./factAlignment";
import { rolesReversed, statedByOtherParty } from "./roles";
import type { ContextItem } from "../retrieval/windowMatch";

/**
 * Sentences judged for a statement: only the best few matter (its best window, and the best
 * one stating the opposite), where a figure needs every related value to see disagreements.
 */
const STATEMENT_SHORTLIST = 100;

/** A window stating this much of a statement, with one of its words negated on one side only, contradicts it. */
const NEGATION_CONFLICT = 0.5;

export function checkStatement(sentence: ClaimSentence, index: CorpusReader, locale: MessageLocale): PendingFinding {
  const base = {
    kind: "text" as const,
    span: { start: sentence.start, end: sentence.end },
    sentence: { start: sentence.start, end: sentence.end },
    fixes: [],
    sourcesDisagree: false,
  };
  const items = contextItems(sentence.tokens, index);
  const preds = predicates(sentence.tokens);

  const events = claimEvents(sentence.tokens);
  let best: { sentence: IndexedSentence; score: number; names: number } | undefined;
  // The best window stating the claim's event, for when the best one states another event.
  let bestWithEvent: { sentence: IndexedSentence; score: number } | undefined;
  let opposite: { sentence: IndexedSentence; score: number } | undefined;
  // The best window leaving out a claim's name: where the claim's words may stand with another actor.
  let withoutName: { sentence: IndexedSentence; score: number; names: number } | undefined;
  const allNames = nameBits(items);
  let agreeing = 0;
  // Without its predicates the claim is a question ("did Microsoft … Google Cloud?") the source answers.
  const predItems = items.filter((i) => preds.includes(i.token!));
  let total = 0;
  for (const i of items) total += i.weight;
  let predTotal = 0;
  for (const i of predItems) predTotal += i.weight;
  for (const { sentence: s, score, names } of retrieve(items, index, { limit: STATEMENT_SHORTLIST })) {
    if (!best || score > best.score) best = { sentence: s, score, names };
    if ((names & allNames) !== allNames && (!withoutName || score > withoutName.score)) withoutName = { sentence: s, score, names };
    if (events.size && (!bestWithEvent || score > bestWithEvent.score) && statesEvent(events, windowPolarity(s, index)))
      bestWithEvent = { sentence: s, score };
    if (preds.length) {
      // The topic's share: the claim's matched weight without its predicates' (windowScore of `topic`).
      const topicTotal = total - predTotal;
      const topicScore = topicTotal > 0 ? Math.max(0, score * total - windowScore(predItems, s, index) * predTotal) / topicTotal : 0;
      if (topicScore >= TEXT_CONFLICT) {
        const polar = windowPolarity(s, index);
        if (agrees(preds, polar)) agreeing = Math.max(agreeing, topicScore);
        else if (
          (!opposite || topicScore > opposite.score) &&
          preds.some((p) => opposes(p, polar)) &&
          !statedByOtherParty(sentence.tokens, s, index)
        )
          opposite = { sentence: s, score: topicScore };
      }
    }
  }

  // A window that states the claim as it is outweighs a weaker one that states the opposite.
  if (opposite && opposite.score > agreeing) {
    const e = evidenceOf(opposite.sentence);
    return {
      ...base,
      verdict: "conflict",
      message: messages.textConflict(locale, e),
      evidence: [e],
      confidence: conflictConfidence(opposite.score, TEXT_CONFLICT),
    };
  }
  if (best && best.score >= NEGATION_CONFLICT && negationMismatch(sentence.tokens, best.sentence)) {
    const e = evidenceOf(best.sentence);
    return {
      ...base,
      verdict: "conflict",
      message: messages.textConflict(locale, e),
      evidence: [e],
      confidence: conflictConfidence(best.score, TEXT_CONFLICT),
    };
  }
  if (best && best.score >= TEXT_CONFLICT && rolesReversed(sentence.tokens, best.sentence, index)) {
    const e = evidenceOf(best.sentence);
    return {
      ...base,
      verdict: "conflict",
      message: messages.rolesReversed(locale, e),
      evidence: [e],
      confidence: conflictConfidence(best.score, TEXT_CONFLICT),
    };
  }
  // A window that states the claim with all its names leaves no place for another actor, unless
  // it states too little of it to support it: then the best window without one of them is read.
  const swapWindow = best && (best.sentence === withoutName?.sentence || best.score < TEXT_SUPPORT) ? withoutName : undefined;
  const swap = swapWindow && statementSwap(sentence, items, swapWindow, index);
  if (swap && swapWindow) {
    const e = evidenceOf(swapWindow.sentence);
    return {
      ...base,
      verdict: "conflict",
      message: messages.actorSwap(locale, swap.claimName.text, swap.sourceName, e),
      evidence: [e],
      fixes: [
        {
          title: messages.fixTitle(locale, swap.sourceName),
          span: { start: swap.claimName.start, end: swap.claimName.end },
          newText: swap.sourceName,
        },
      ],
      confidence: conflictConfidence(swap.topic, ACTOR_SWAP_TOPIC),
    };
  }
  // A window stating the claim's names and words but another event is no support ("un
  // partenariat" against "le rachat"): the best window stating the claim's own event decides.
  const support =
    best && events.size && otherEvent(events, best.sentence.polar, windowPolarity(best.sentence, index)) ? bestWithEvent : best;
  if (support && support.score >= TEXT_SUPPORT) {
    const e = evidenceOf(support.sentence);
    return {
      ...base,
      verdict: "supported",
      message: messages.textSupported(locale, e),
      evidence: [e],
      confidence: supportConfidence(support.score, TEXT_SUPPORT),
    };
  }
  return {
    ...base,
    verdict: "unsupported",
    message: messages.textUnsupported(locale),
    evidence: [],
    confidence: unsupportedConfidence(best?.score ?? 0),
  };
}

/** The retrieval bits of all the claim's names (one per name item, as `retrieve` numbers them). */
function nameBits(items: readonly ContextItem[]): number {
  const count = Math.min(31, items.filter((i) => i.name).length);
  return count === 0 ? 0 : count === 31 ? 0x7fffffff : (1 << count) - 1;
}

/** A statement swapping who did what is held to a higher bar than a figure: no value anchors its fact. */
const STATEMENT_SWAP_TOPIC = 0.8;

/**
 * The best window states the statement but with another name in one of its places ("« Nous
 * ferons appel », a déclaré Me Martin" when the source quotes Me Durand). The anchor for "the
 * same place" is the first word of the claim the source sentence also states.
 */
function statementSwap(
  sentence: ClaimSentence,
  items: readonly ContextItem[],
  best: { sentence: IndexedSentence; score: number; names: number },
  index: CorpusReader,
) {
  const source = evidenceTokens(best.sentence);
  let claimAnchor = -1;
  let sourceAnchor = -1;
  for (const t of sentence.tokens) {
    if (t.name || !t.keys.length) continue;
    const match = source.find((s) => !s.name && s.keys.some((k) => !isPrefixKey(k) && t.keys.includes(k)));
    if (match) {
      claimAnchor = t.start;
      sourceAnchor = match.start;
      break;
    }
  }
  if (claimAnchor < 0) return undefined;
  const offset = sentence.start;
  const swap = actorSwap(
    items,
    best.names,
    best.score,
    (a, b) => sentence.text.slice(a - offset, b - offset),
    best.sentence,
    index,
    claimAnchor,
    sourceAnchor,
    sentence.tokens,
    sentence,
  );
  return swap && swap.topic >= STATEMENT_SWAP_TOPIC ? swap : undefined;
}

/** The first content word of each negated run: the word a negation bears on ("n'a pas *signé* l'accord"). */
function negationHeads(tokens: readonly AnalyzedToken[]): AnalyzedToken[] {
  const heads: AnalyzedToken[] = [];
  let previous = false;
  for (const t of tokens) {
    if (!t.keys.length) continue;
    if (t.negated && !previous) heads.push(t);
    previous = t.negated;
  }
  return heads;
}

/**
 * The best-matching source sentence states the claim's words, but one side negates the word the
 * other asserts: "X n'a pas signé l'accord" against "X a signé l'accord", for any word, where
 * the lexicon's antonyms only cover the concepts it knows.
 */
function negationMismatch(claim: readonly AnalyzedToken[], evidence: IndexedSentence): boolean {
  const source = evidenceTokens(evidence);
  const strongKeys = (t: AnalyzedToken) => t.keys.filter((k) => !isPrefixKey(k));
  const sameWord = (a: AnalyzedToken, b: AnalyzedToken) => strongKeys(a).some((k) => b.keys.includes(k));
  const mismatched = (heads: readonly AnalyzedToken[], other: readonly AnalyzedToken[]) =>
    heads.some((h) => {
      const match = other.find((o) => sameWord(h, o));
      return match !== undefined && match.negated !== h.negated;
    });
  return mismatched(negationHeads(claim), source) || mismatched(negationHeads(source), claim);
}
