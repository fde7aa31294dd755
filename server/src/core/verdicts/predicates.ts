import type { AnalyzedToken } from "../analysis/analyze";
import { polarConceptKey } from "../analysis/indexKeys";
import { antonymsOf } from "../lexicon/lexicon";

// The predicates of a claim that a source can state the other way round, and how a source
// window's concept keys (with their polarity) stand to them. Shared by statements and by the
// figure check, which compares the predicate of a figure's clause too ("revenue fell 11 %"
// against "revenue rose 11 %").

/**
 * Predicates of the claim whose opposite a source could state: concepts that have an antonym
 * (start/stop, approve/refuse…), and the verb a negation bears on. Other concepts under a
 * negation scope are mostly its objects ("refused to approve the restructuring").
 */
export function predicates(tokens: readonly AnalyzedToken[]): AnalyzedToken[] {
  const out: AnalyzedToken[] = [];
  let previousNegated = false;
  for (const t of tokens) {
    if (!t.keys.length) continue;
    // The first content word under a negation is its verb ("ne déploie pas de soldats"); the
    // following ones are its objects.
    const negationHead = t.negated && !previousNegated;
    if (t.concept && (antonymsOf(t.concept).length || negationHead)) out.push(t);
    previousNegated = t.negated;
  }
  return out;
}

/** Does the window state every predicate the way the claim does? */
export function agrees(preds: readonly AnalyzedToken[], polar: readonly string[]): boolean {
  return preds.every((p) => polar.includes(polarConceptKey(p.concept!, p.negated)));
}

/** Does the window state the opposite of this predicate (its antonym, or the same concept with the other polarity)? */
export function opposes(predicate: AnalyzedToken, polar: readonly string[]): boolean {
  const concept = predicate.concept!;
  if (polar.includes(polarConceptKey(concept, predicate.negated))) return false;
  if (polar.includes(polarConceptKey(concept, !predicate.negated))) return true;
  return antonymsOf(concept).some((antonym) => polar.includes(polarConceptKey(antonym, predicate.negated)));
}

/** The first predicate the window states the other way round, unless it states them all as the claim does. */
export function opposedPredicate(preds: readonly AnalyzedToken[], polar: readonly string[]): AnalyzedToken | undefined {
  if (!preds.length || agrees(preds, polar)) return undefined;
  return preds.find((p) => opposes(p, polar));
}

// Events ---------------------------------------------------------------------------------------

/**
 * Concepts that name what happened (an event): a claim sharing its names and a speech verb with
 * a source ("Acme annonce…") states another fact when its event is another ("un partenariat"
 * against "le rachat"). Concepts in one group name the same event ("convict" and "sentence").
 */
const EVENT_GROUPS: readonly (readonly string[])[] = [
  ["acquire"],
  ["sell", "privatise"],
  ["merger"],
  ["partnership"],
  ["invest", "fundraise"],
  ["hire", "appoint"],
  ["layoff"],
  ["resign"],
  ["ipo"],
  ["bankruptcy"],
  ["launch-product"],
  ["buyback"],
  ["strike-labour"],
  // "lawsuit" and "trial" are no event of their own: a trial is where one is acquitted or convicted.
  ["sue"],
  ["convict", "condemn", "sentence"],
  ["acquit"],
  ["arrest"],
  ["charge", "accuse", "prosecute"],
  ["appeal"],
  ["settlement"],
  ["pardon"],
  ["win", "victory"],
  ["lose", "defeat"],
  ["open", "inauguration"],
  ["close"],
  ["join"],
  ["leave"],
  ["cancel"],
  ["postpone"],
  ["suspend"],
  ["elect"],
  ["visit"],
  ["deport"],
  ["attack", "strike-military", "invasion"],
  ["capture"],
  ["surrender"],
  ["kill"],
  ["rescue"],
];

const EVENT_GROUP = new Map<string, number>();
EVENT_GROUPS.forEach((group, i) => {
  for (const concept of group) EVENT_GROUP.set(concept, i);
});

/** The event groups a claim states (the concepts of its tokens that name an event). */
export function claimEvents(tokens: readonly AnalyzedToken[]): ReadonlySet<number> {
  const groups = new Set<number>();
  for (const t of tokens) {
    const g = t.concept === undefined ? undefined : EVENT_GROUP.get(t.concept);
    if (g !== undefined) groups.add(g);
  }
  return groups;
}

/** The event groups in a list of polar concept keys ("c:acquire", "!c:sue"). */
function eventsIn(polar: readonly string[]): Set<number> {
  const groups = new Set<number>();
  for (const key of polar) {
    const g = EVENT_GROUP.get(key.slice(key.startsWith("!") ? 3 : 2));
    if (g !== undefined) groups.add(g);
  }
  return groups;
}

/**
 * Events that are one fact seen from either party: "Ener1 a racheté Nival" states the sale of
 * Nival, "Acme sold Bolt to Zeta" Zeta's acquisition. A figure of one is the figure of the other.
 */
const CONVERSE_EVENTS: readonly (readonly [string, string])[] = [["sell", "acquire"]];

/** Each event group's converse, both ways. */
const CONVERSE = new Map<number, number>();
for (const [a, b] of CONVERSE_EVENTS) {
  CONVERSE.set(EVENT_GROUP.get(a)!, EVENT_GROUP.get(b)!);
  CONVERSE.set(EVENT_GROUP.get(b)!, EVENT_GROUP.get(a)!);
}

/** Whether the claim's events hold a stated event or its converse: the same fact, from either party. */
function holdsEvent(events: ReadonlySet<number>, stated: number): boolean {
  const converse = CONVERSE.get(stated);
  return events.has(stated) || (converse !== undefined && events.has(converse));
}

/** Whether a window (its polar concept keys) states one of the claim's events, either way round. */
export function statesEvent(events: ReadonlySet<number>, polar: readonly string[]): boolean {
  for (const g of eventsIn(polar)) if (holdsEvent(events, g)) return true;
  return false;
}

/**
 * The source sentence states an event and none of the claim's: "Acme annonce un partenariat avec
 * Bolt" against "Acme annonce le rachat de Bolt", "X sued Y" against "X hired Y". Not a
 * contradiction (a company may do both), but no support either.
 */
export function otherEvent(events: ReadonlySet<number>, sentencePolar: readonly string[], windowPolar: readonly string[]): boolean {
  if (!events.size || statesEvent(events, windowPolar)) return false;
  for (const g of eventsIn(sentencePolar)) if (!holdsEvent(events, g)) return true;
  return false;
}
