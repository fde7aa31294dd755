import {
  compatible,
  describeAgainst,
  describeClaim,
  describeFigure,
  isCalendarKind,
  renderFigure,
  sameDimension,
  unitAgreementFix,
  unitOfMeasure,
  withHedge,
  type Figure,
} from "../figures";
import type { Evidence, Lang } from "../types";
import { analyze } from "../analysis/analyze";
import { contextItems, type ContextItem } from "../retrieval/windowMatch";
import type { CorpusReader, IndexedSentence } from "../index/corpusIndex";
import type { ClaimSentence } from "./claimSentence";
import { evidenceOf } from "./evidence";
import { figureValueKeys } from "../index/figureValueKeys";
import { comparableKindBits } from "../index/figureKinds";
import { nameCount, retrieve } from "../retrieval/retrieval";
import { withWholeUnit } from "./unitPhrase";
import { messages, type MessageLocale } from "./findingMessages";
import type { PendingFinding } from "./pendingFinding";
import { isDirectionWord } from "../lexicon/figureDirections";
import { agrees, predicates } from "./predicates";
import { windowPolarity } from "../retrieval/windowMatch";
import { ACTOR_SWAP_TOPIC, actorSwap, eventDiffers, evidenceTokens, nameOutsideDocument, opposedIn } from "./factAlignment";
import { figureRole, figureTimes, rolesDiffer, sentenceKeys, timesDiffer, type FigureRole } from "./figureRoles";
import { rolesReversed, statedByOtherParty } from "./roles";
import { CONFLICT_MIN_CONFIDENCE, conflictConfidence, supportConfidence, unsupportedConfidence } from "./confidence";
import {
  DISAGREE_RELATIVE,
  FIGURE_CONFLICT,
  FIGURE_CONFLICT_NAMED,
  FIGURE_SUPPORT,
  FIGURE_SUPPORT_RARE_VALUE,
  FIGURE_SUPPORT_RELATIVE,
  RARE_VALUE_SENTENCES,
} from "./thresholds";

interface Candidate {
  sentence: IndexedSentence;
  figure: Figure;
  /** Context score (0..1): how well the sentence states the claim's fact. */
  score: number;
  /** Order of preference: the score, with ties going to the value nearest the claim's. */
  rank: number;
  /** The claim's names that the sentence (or the one before) states, as retrieval's bits. */
  names: number;
}

/** Documents whose values are compared pairwise for disagreements, best-matching first. */
const MAX_COMPARED_DOCUMENTS = 16;

/** Quick fixes offered for one conflict, best-matching value first (sources may disagree many ways). */
const MAX_FIXES = 3;

/** Among sentences that match about as well, a misquoted figure is most likely the nearest value. */
const NEAREST_VALUE_BONUS = 0.05;

/** Within a factor of 3, or the same leading digits at another magnitude ("100 000" for "100 millions"). */
function plausibleMisquote(claim: Figure, source: Figure): boolean {
  if (isCalendarKind(claim.kind) || claim.kind === "rank") return true;
  if (claim.value <= 0 || source.value <= 0) return false;
  const ratio = claim.value / source.value;
  if (ratio <= 3 && ratio >= 1 / 3) return true;
  const mantissa = (v: number) => Number((v / Math.pow(10, Math.floor(Math.log10(v)))).toPrecision(2));
  return mantissa(claim.value) === mantissa(source.value);
}

function closeness(claim: Figure, source: Figure): number {
  if (claim.value <= 0 || source.value <= 0) return claim.value === source.value ? 1 : 0;
  return Math.max(0, 1 - Math.abs(Math.log10(claim.value / source.value)));
}

/** Span of the figure and of its hedge: the words that are the value, not the fact. */
function valueSpans(f: Figure): { start: number; end: number }[] {
  return f.hedgeSpan ? [f, f.hedgeSpan] : [f];
}

const unitKeyCache = new Map<string, string[]>();

/** Matching keys of a unit noun ("employés" -> c:employee), memoised: units repeat across a corpus. */
function unitKeys(unit: string, lang: Lang): string[] {
  const cacheKey = `${lang}:${unit}`;
  let keys = unitKeyCache.get(cacheKey);
  if (!keys) {
    keys = analyze(unit, 0, unit.length, lang).flatMap((t) => t.keys);
    if (unitKeyCache.size > 10_000) unitKeyCache.clear();
    unitKeyCache.set(cacheKey, keys);
  }
  return keys;
}

/** Counts must count the same thing: "220 000 employés" is not "220 000 users". */
function unitsAgree(claim: Figure, source: Figure, claimLang: Lang, sourceLang: Lang): number {
  if (claim.kind !== "count") return 1;
  if (!claim.unit || !source.unit) return claim.unit || source.unit ? 0.8 : 1;
  const claimMeasure = unitOfMeasure(claim.unit);
  const sourceMeasure = unitOfMeasure(source.unit);
  if (claimMeasure || sourceMeasure) return claimMeasure === sourceMeasure ? 1 : 0;
  const a = unitKeys(claim.unit, claimLang);
  const b = unitKeys(source.unit, sourceLang);
  return a.some((k) => b.includes(k)) ? 1 : 0;
}

/** The other figures of the sentence are context too ("in 2019" helps find the 2019 investment). */
function otherFigureItems(figures: Figure[], figure: Figure, index: CorpusReader): ContextItem[] {
  const items: ContextItem[] = [];
  for (const other of figures) {
    if (other === figure) continue;
    const keys = figureValueKeys(other);
    if (!keys.length) continue;
    const df = Math.max(...keys.map((k) => index.documentFrequency(k)));
    items.push({ keys, weight: index.idf(keys[0]) * (df ? 1 : 0.8), name: false });
  }
  return items;
}

/**
 * Clause boundaries: semicolons, colons, dashes, and a comma before a coordinating conjunction
 * ("…, and Meta lured…", "…, mais Microsoft…"). A figure's fact lives in its own clause.
 */
const CLAUSE_BREAK = /\s*[;:—–]\s*|,\s+(?:and|but|while|whereas|or|et|mais|tandis que|alors que|ou)\s+/giu;

function clauseOf(sentence: ClaimSentence, figure: Figure): { start: number; end: number } {
  let start = sentence.start;
  let end = sentence.end;
  CLAUSE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(sentence.text)) !== null) {
    const at = sentence.start + m.index;
    if (at + m[0].length <= figure.start) start = at + m[0].length;
    else if (at >= figure.end) {
      end = at;
      break;
    }
  }
  return { start, end };
}

/** The claim's context: the words of the figure's clause minus figures and hedges, plus the other figures. */
function claimContext(sentence: ClaimSentence, figure: Figure, index: CorpusReader): ContextItem[] {
  const exclude = sentence.figures.flatMap(valueSpans);
  const clause = clauseOf(sentence, figure);
  const inClause = contextItems(sentence.tokens, index, [
    ...exclude,
    { start: sentence.start, end: clause.start },
    { start: clause.end, end: sentence.end },
  ]);
  // A clause of figures alone ("…: 49 % in 2024") borrows the whole sentence's words.
  const words = inClause.length ? inClause : contextItems(sentence.tokens, index, exclude);
  const others = sentence.figures.filter((f) => f.start >= clause.start && f.end <= clause.end);
  return [...words, ...otherFigureItems(others, figure, index)];
}

function scoreCandidates(items: ContextItem[], figure: Figure, others: readonly Figure[], index: CorpusReader, lang: Lang): Candidate[] {
  const candidates: Candidate[] = [];
  // A source figure that states another figure of the claim's sentence is that figure's fact, not
  // this one's ("The 31-year-old, capped 32 times": the source's 32 is the caps, not the age).
  const statesAnother = (f: Figure) => others.some((g) => sameDimension(g, f) && compatible(g, f)) && !compatible(figure, f);
  const hasComparableFigure = (s: IndexedSentence) => s.figures.some((f) => sameDimension(figure, f));
  const shortlist = retrieve(items, index, {
    extraKeys: figureValueKeys(figure),
    kinds: comparableKindBits(figure),
    accept: hasComparableFigure,
  });
  for (const { sentence: s, score: window, names } of shortlist) {
    for (const f of s.figures) {
      if (!sameDimension(figure, f) || statesAnother(f)) continue;
      // A weekday resolved against the article's date names the day of the article's event, not a year.
      if (figure.kind === "year" && isResolvedWeekday(f)) continue;
      const units = unitsAgree(figure, f, lang, s.lang);
      if (!units) continue;
      const score = window * units;
      candidates.push({ sentence: s, figure: f, score, rank: score + NEAREST_VALUE_BONUS * closeness(figure, f), names });
    }
  }
  return candidates.sort((a, b) => b.rank - a.rank);
}

/** What a figure's fact is besides its value: its role, the words of its sentence, its years. */
interface FactSlots {
  role: FigureRole;
  words: ReadonlySet<string>;
  times: [number, number][];
}

function claimSlots(sentence: ClaimSentence, figure: Figure, lang: Lang): FactSlots {
  const text = (from: number, to: number) => sentence.text.slice(from - sentence.start, to - sentence.start);
  return {
    role: figureRole(figure, sentence.tokens, text, lang),
    words: sentenceKeys(sentence.tokens),
    times: figureTimes(figure, sentence.figures, clauseOf(sentence, figure)),
  };
}

// A source figure's slots are read from its sentence's words, analysed on demand: kept while the
// figure object lives, since much-reported facts come back in check after check.
const sourceSlotCache = new WeakMap<Figure, FactSlots>();

function sourceSlots(c: Candidate): FactSlots {
  let slots = sourceSlotCache.get(c.figure);
  if (!slots) {
    const tokens = evidenceTokens(c.sentence);
    const text = c.sentence.doc.text;
    slots = {
      role: figureRole(c.figure, tokens, (from, to) => text.slice(from, to), c.sentence.lang),
      words: sentenceKeys(tokens),
      times: figureTimes(c.figure, c.sentence.figures),
    };
    sourceSlotCache.set(c.figure, slots);
  }
  return slots;
}

/**
 * Two figures of different facts: another year ("en 2023" against "en 2024"), or another role
 * with a value too far off to be a misquote of the other ("41 % du budget" against "10 %
 * d'indemnités", "80 mètres haies" against a jump of 2,45 m). A near value in other words
 * is mostly the same fact paraphrased ("45 % de la branche" against "49 % de la filiale").
 */
function slotsDiffer(a: FactSlots, fa: Figure, b: FactSlots, fb: Figure): boolean {
  if (timesDiffer(a.times, b.times)) return true;
  return rolesDiffer(a.role, a.words, b.role, b.words) && !plausibleMisquote(fa, fb);
}

/** What compatible() reads of a figure: figures with the same key compare alike. */
function valueKey(f: Figure): string {
  return `${f.kind}|${f.value}|${f.max}|${f.currency}|${f.unit}|${f.year}|${f.month}|${f.hedge}|${f.precision}|${f.approximate}`;
}

/**
 * Two documents disagree when each states the fact strongly, with values that do not fit each
 * other, and neither also states the other's value in a related sentence (then the two values
 * are two facts, such as a current stake and a proposed one). Figures are compared once per pair
 * of distinct values, not once per pair of sentences: many articles repeat the same figures.
 */
function disagreeing(eligible: Candidate[], candidates: Candidate[], floor: number, figure: Figure, claim: FactSlots): Candidate[] {
  // The best-matching documents only: pairs of them are compared, and a large archive can have
  // hundreds stating a much-reported fact (the message names four values, the fixes three). Only
  // figures of the claim's fact are compared: the same role and time as the claim's figure.
  const perDoc: Candidate[] = [];
  const documents = new Set<string>();
  for (const c of eligible) {
    if (perDoc.length >= MAX_COMPARED_DOCUMENTS) break;
    if (c.score < floor || documents.has(c.sentence.doc.path) || slotsDiffer(claim, figure, sourceSlots(c), c.figure)) continue;
    documents.add(c.sentence.doc.path);
    perDoc.push(c);
  }
  if (perDoc.length < 2) return [];
  const classes = new Map<string, number>();
  const representatives: Figure[] = [];
  const classOf = (f: Figure) => {
    const key = valueKey(f);
    let n = classes.get(key);
    if (n === undefined) {
      n = representatives.length;
      classes.set(key, n);
      representatives.push(f);
    }
    return n;
  };
  // agree(a, b) for value classes a and b: 0 = not asked yet, 1 = agree, 2 = do not.
  const agreeMemo = new Map<number, number>();
  const agree = (a: number, b: number) => {
    if (a === b) return true;
    const memoKey = a < b ? a * 65536 + b : b * 65536 + a;
    let known = agreeMemo.get(memoKey);
    if (known === undefined) {
      const fa = representatives[a]!;
      const fb = representatives[b]!;
      known = compatible(fa, fb) || compatible(fb, fa) ? 1 : 2;
      agreeMemo.set(memoKey, known);
    }
    return known === 1;
  };
  // Any related sentence counts here: a document that states both values treats them as two facts.
  const valuesByDoc = new Map<string, Set<number>>();
  for (const c of candidates) {
    const doc = c.sentence.doc.path;
    let set = valuesByDoc.get(doc);
    if (!set) valuesByDoc.set(doc, (set = new Set()));
    set.add(classOf(c.figure));
  }
  const perDocClass = perDoc.map((c) => classOf(c.figure));
  const classCount = representatives.length;
  // states(i, value): does the i-th document of perDoc state the value? 0 = not asked yet, 1 = yes, 2 = no.
  const statesMemo = new Uint8Array(perDoc.length * classCount);
  const states = (i: number, value: number) => {
    const at = i * classCount + value;
    if (statesMemo[at] === 0) {
      statesMemo[at] = 2;
      for (const v of valuesByDoc.get(perDoc[i]!.sentence.doc.path) ?? []) {
        if (agree(v, value)) {
          statesMemo[at] = 1;
          break;
        }
      }
    }
    return statesMemo[at] === 1;
  };
  const out = new Set<Candidate>();
  for (let i = 0; i < perDoc.length; i++) {
    for (let j = i + 1; j < perDoc.length; j++) {
      const a = perDoc[i]!;
      const b = perDoc[j]!;
      if (agree(perDocClass[i]!, perDocClass[j]!)) continue;
      // Two documents disagree on one fact only: the same names of the claim, and a claim without
      // names (nothing says whose fact it is) never makes two articles disagree.
      if (a.names !== b.names || a.names === 0) continue;
      // ...and the same role and time: one airline's passengers are not an airport's, nor last year's.
      if (slotsDiffer(sourceSlots(a), a.figure, sourceSlots(b), b.figure)) continue;
      if (states(i, perDocClass[j]!) || states(j, perDocClass[i]!)) continue;
      out.add(a);
      out.add(b);
    }
  }
  return [...out];
}

/**
 * The source's figure as written (its own text: no need to read the document's); a weekday the
 * article's date resolved ("jeudi") with the date it stands for.
 */
function isResolvedWeekday(f: Figure): boolean {
  return f.kind === "date" && !/\d/u.test(f.text);
}

function sourceValue(c: Candidate): string {
  const f = c.figure;
  if (isResolvedWeekday(f)) return `${f.text} (${describeFigure(f, c.sentence.lang)})`;
  return f.text;
}

/** Hedges a quantity's fix may carry into a draft figure written without one. */
const FIX_HEDGES: ReadonlySet<string> = new Set(["approx", "atLeast", "moreThan", "atMost", "lessThan", "upTo"]);

/**
 * The text replacing the draft's figure: the source's value in the draft's style, with the
 * source's hedge when it has one and the draft's figure none ("150" -> "plus de 200"), so the fix
 * says what the source says. A calendar hedge ("depuis", "until") would not fit the words around
 * a draft date, and a hedge of the draft's own stays outside the replaced span: both are left.
 */
function fixValue(source: Figure, claim: Figure): string {
  const rendered = renderFigure(source, claim);
  const hedged = FIX_HEDGES.has(source.hedge) && claim.hedge === "exact" && /^\d/.test(rendered);
  return hedged ? withHedge(source, claim.style.lang, rendered) : rendered;
}

/**
 * The supporting source's value for the message: from a source in the other language, a single
 * value is reworded as the draft writes it ("sixth", "12 per cent", not "sixième", "12 %"); a
 * range or a hedged value would lose its bounds that way, so it is quoted as the source writes it.
 */
function supportingValue(support: Candidate, claim: Figure, wholeUnit: Figure, lang: Lang): string {
  const f = support.figure;
  const reworded = support.sentence.lang !== lang && f.kind === claim.kind && f.max === undefined && f.hedge === "exact";
  if (!reworded) return sourceValue(support);
  // A count names its unit in the draft's noun ("600 km", "22 slots"), as conflicts do.
  return f.kind === "count" && wholeUnit.unit ? describeAgainst(f, wholeUnit, lang) : renderFigure(f, claim);
}

export function checkFigure(
  sentence: ClaimSentence,
  figure: Figure,
  index: CorpusReader,
  lang: Lang,
  locale: MessageLocale,
): PendingFinding {
  const items = claimContext(sentence, figure, index);
  const candidates = scoreCandidates(
    items,
    figure,
    sentence.figures.filter((f) => f !== figure),
    index,
    lang,
  );
  const top = candidates.reduce<Candidate | undefined>((m, c) => (!m || c.score > m.score ? c : m), undefined);
  const topScore = top?.score ?? 0;
  // A sentence that leaves out a name the best match states is about something else
  // ("Globex holds 5 % of Nova" is no evidence on Globex's stake in Initech).
  const sameFact = (c: Candidate) => !top || (c.names & top.names) === top.names;
  const eligible = candidates.filter(sameFact);
  const best = eligible[0];
  // The draft's figure with its unit noun whole ("30 new homes"), for the messages and the fix.
  const wholeUnit = withWholeUnit(figure, sentence, lang);
  const claimValue = describeClaim(wholeUnit, lang);
  const base = {
    kind: "figure" as const,
    span: { start: figure.start, end: figure.end },
    sentence: { start: sentence.start, end: sentence.end },
  };

  const floor = best ? Math.max(FIGURE_SUPPORT, topScore * DISAGREE_RELATIVE) : 1;
  const slots = claimSlots(sentence, figure, lang);
  const disagreement = disagreeing(eligible, candidates, floor, figure, slots);
  const sourcesDisagree = disagreement.length > 1;
  const disagreementNote = sourcesDisagree
    ? messages.sourcesDisagree(
        locale,
        disagreement.map((c) => ({ value: sourceValue(c), evidence: evidenceOf(c.sentence) })),
      )
    : "";

  const rareValue = figureValueKeys(figure).some(
    (k) => index.documentFrequency(k) > 0 && index.documentFrequency(k) <= RARE_VALUE_SENTENCES,
  );
  const supports = (c: Candidate) =>
    compatible(figure, c.figure) &&
    ((c.score >= FIGURE_SUPPORT && c.score >= topScore * FIGURE_SUPPORT_RELATIVE) ||
      (rareValue && c === top && c.score >= FIGURE_SUPPORT_RARE_VALUE));
  const supporting = eligible.filter(supports);
  if (supporting.length) {
    const support = supporting[0]!;
    const misaligned = alignmentConflict(sentence, figure, items, support, index, lang, locale);
    if (misaligned) return { ...base, ...misaligned, sourcesDisagree: false };
    const evidence = uniqueEvidence([...supporting, ...disagreement]);
    return {
      ...base,
      verdict: "supported",
      message: messages.figureSupported(locale, supportingValue(support, figure, wholeUnit, lang), evidence[0]) + disagreementNote,
      evidence,
      fixes: [],
      sourcesDisagree,
      confidence: supportConfidence(support.score, FIGURE_SUPPORT_RARE_VALUE),
    };
  }

  const claimNames = items.filter((i) => i.name).length;
  // With little context besides the names, only a plausible misquote of the source's value (a near
  // value, or the same digits at another magnitude) is taken for the same fact.
  const namedMisquote = (c: Candidate) => claimNames > 0 && nameCount(c.names) === claimNames && plausibleMisquote(figure, c.figure);
  if (
    best &&
    (best.score >= FIGURE_CONFLICT || (best.score >= FIGURE_CONFLICT_NAMED && namedMisquote(best))) &&
    sameEvent(figure, items, best) &&
    !otherFact(sentence, figure, items, best, eligible, index, slots)
  ) {
    // Offer every strongly matching value (several when sources disagree), best first.
    const contradicting = sourcesDisagree ? disagreement : [best];
    const evidence = uniqueEvidence(contradicting);
    const fixes: PendingFinding["fixes"] = [];
    for (const c of contradicting) {
      if (fixes.length >= MAX_FIXES) break;
      // A range of days written as one day would change the fact: no fix rather than a wrong one.
      if (c.figure.max !== undefined && figure.max === undefined && isCalendarKind(figure.kind)) continue;
      const rendered = fixValue(c.figure, figure);
      // The draft's unit noun follows the new number ("1 créneau" -> "22 créneaux").
      const unit = rendered ? unitAgreementFix(sentence.text, sentence.start, wholeUnit, c.figure.value, lang) : undefined;
      const newText = unit ? rendered + unit.tail : rendered;
      if (newText && !fixes.some((f) => f.newText === newText)) {
        fixes.push({ title: messages.fixTitle(locale, newText), span: { start: figure.start, end: unit?.end ?? figure.end }, newText });
      }
    }
    return {
      ...base,
      verdict: "conflict",
      // The value named is the cited sentence's, which is the first fix's too: the best match
      // itself may be left out of a disagreement between other documents.
      message:
        messages.figureConflict(locale, claimValue, describeAgainst(contradicting[0]!.figure, wholeUnit, lang), evidence[0]) +
        disagreementNote,
      evidence,
      fixes,
      sourcesDisagree,
      confidence: conflictConfidence(best.score, best.score >= FIGURE_CONFLICT ? FIGURE_CONFLICT : FIGURE_CONFLICT_NAMED),
    };
  }

  const swapped = swappedCurrency(sentence, figure, items, index, lang, slots);
  if (swapped) {
    const evidence = uniqueEvidence([swapped]);
    const newText = fixValue(swapped.figure, figure);
    return {
      ...base,
      verdict: "conflict",
      message: messages.figureConflict(locale, claimValue, describeAgainst(swapped.figure, wholeUnit, lang), evidence[0]),
      evidence,
      fixes: newText ? [{ title: messages.fixTitle(locale, newText), span: { start: figure.start, end: figure.end }, newText }] : [],
      sourcesDisagree: false,
      confidence: conflictConfidence(swapped.score, FIGURE_CONFLICT),
    };
  }

  return {
    ...base,
    verdict: "unsupported",
    message: messages.figureUnsupported(locale, claimValue),
    evidence: [],
    fixes: [],
    sourcesDisagree: false,
    confidence: unsupportedConfidence(topScore),
  };
}

/**
 * The claim's amount in another currency than the source's: "922 000 dollars" where the museum
 * paid 922 000 euros. Amounts in two currencies are never compared as values (another amount
 * may be the writer's conversion), so this asks again with the currency left out: when the
 * sentence that best states the claim's fact gives the same amount in another currency, the
 * currency is the misquote. Only then, and never for a figure of another fact (otherFact).
 */
function swappedCurrency(
  sentence: ClaimSentence,
  figure: Figure,
  items: readonly ContextItem[],
  index: CorpusReader,
  lang: Lang,
  slots: FactSlots,
): Candidate | undefined {
  if (figure.kind !== "money" || !figure.currency) return undefined;
  // The same number, not a near one: "environ 1 million de dollars" may convert 922 000 euros.
  const anyCurrency: Figure = { ...figure, currency: undefined, approximate: false, hedge: "exact" };
  const sameNumber = (f: Figure) => compatible(anyCurrency, { ...f, approximate: false, hedge: "exact" });
  const others = sentence.figures.filter((f) => f !== figure);
  const candidates = scoreCandidates([...items], anyCurrency, others, index, lang);
  const topScore = candidates.reduce((m, c) => Math.max(m, c.score), 0);
  if (topScore < FIGURE_CONFLICT) return undefined;
  const top = candidates.filter((c) => c.score === topScore);
  // Several sentences matching as well with the claim's own currency among them: not a swap.
  if (top.some((c) => c.figure.kind === "money" && c.figure.currency === figure.currency)) return undefined;
  const swapped = top.find(
    (c) => c.figure.kind === "money" && c.figure.currency !== undefined && c.figure.currency !== figure.currency && sameNumber(c.figure),
  );
  if (!swapped || otherFact(sentence, figure, items, swapped, candidates, index, slots)) return undefined;
  return swapped;
}

/**
 * Whether the best-matching figure, though of another value, may be the figure of another fact
 * than the claim's: then the checker is not sure enough to call a conflict, and the claim is
 * unsupported. The evidence states another event, or leaves out a name of the claim that its
 * article never states, or another sentence as close to the claim states the claim's value
 * (the best match then is likely another role: the group's growth beside its subsidiary's).
 */
function otherFact(
  sentence: ClaimSentence,
  figure: Figure,
  items: readonly ContextItem[],
  best: Candidate,
  eligible: readonly Candidate[],
  index: CorpusReader,
  slots: FactSlots,
): boolean {
  // A figure of another role is no evidence against the claim's: its value as a fix would make
  // the draft wrong ("cut its allowances by 10%" is not "41% of the budget").
  if (slotsDiffer(slots, figure, sourceSlots(best), best.figure)) return true;
  const clause = clauseOf(sentence, figure);
  const clauseTokens = sentence.tokens.filter((t) => t.start >= clause.start && t.end <= clause.end);
  if (eventDiffers(clauseTokens, figure, best.sentence, index)) return true;
  if (nameOutsideDocument(items, best.names, best.sentence, index)) return true;
  const exact = eligible.find(
    (c) => c !== best && compatible(figure, c.figure) && c.score >= FIGURE_SUPPORT && nameCount(c.names) >= nameCount(best.names),
  );
  // ...and states the claim's predicates as the claim does ("fell 14 %" against "up 14 %" is no support).
  return !!exact && agrees(predicates(clauseTokens), windowPolarity(exact.sentence, index));
}

/** Share of the claim's words other than its names that a date's evidence must state: the event, not only who. */
const EVENT_WORDS = 0.25;

/**
 * A date or year is the date of an event: "Nival a été vendue en 2005" is not contradicted by
 * "Nival a été fondée en 1996", which names the same company and another event. A calendar
 * conflict needs the window to state some of the claim besides its names.
 */
function sameEvent(figure: Figure, items: readonly ContextItem[], best: Candidate): boolean {
  if (!isCalendarKind(figure.kind)) return true;
  const names = items.filter((i) => i.name);
  const others = items.filter((i) => !i.name);
  if (!others.length || !names.length) return true;
  let total = 0;
  for (const i of items) total += i.weight;
  let statedNames = 0;
  names.forEach((item, bit) => {
    if (bit < 31 && best.names & (1 << bit)) statedNames += item.weight;
  });
  let otherTotal = 0;
  for (const i of others) otherTotal += i.weight;
  return (best.score * total - statedNames) / otherTotal >= EVENT_WORDS;
}

function uniqueEvidence(candidates: Candidate[]): Evidence[] {
  const seen = new Set<number>();
  const out: Evidence[] = [];
  for (const c of candidates) {
    if (seen.has(c.sentence.id)) continue;
    seen.add(c.sentence.id);
    out.push(evidenceOf(c.sentence, sourceValue(c)));
    if (out.length >= 4) break;
  }
  return out;
}

/**
 * "Up" and "down" before the sentence's other figures: "3.1 million passengers, down 9%" says the
 * 9 % fell, not the 3.1 million, so the direction is no predicate of this figure's fact.
 */
function directionsOfOtherFigures(sentence: ClaimSentence, figure: Figure, lang: Lang): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const tokens = sentence.tokens;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.concept || !isDirectionWord(t.norm, lang)) continue;
    const next = tokens[i + 1]!;
    const directs = sentence.figures.find((f) => f.start <= next.start && next.start < f.end);
    if (directs && directs !== figure) spans.push({ start: t.start, end: t.end });
  }
  return spans;
}

/**
 * The evidence states the claim's value, but not the rest of its fact the same way: its
 * predicate the other way round ("fell" / "rose"), or another actor in place of the claim's. A
 * conflict then, with the sourced name as the fix for a swapped actor.
 */
function alignmentConflict(
  sentence: ClaimSentence,
  figure: Figure,
  items: readonly ContextItem[],
  support: Candidate,
  index: CorpusReader,
  lang: Lang,
  locale: MessageLocale,
): Omit<PendingFinding, "kind" | "span" | "sentence" | "sourcesDisagree"> | undefined {
  const clause = clauseOf(sentence, figure);
  const outside = [
    { start: sentence.start, end: clause.start },
    { start: clause.end, end: sentence.end },
    ...sentence.figures.flatMap(valueSpans),
    ...directionsOfOtherFigures(sentence, figure, lang),
  ];
  const opposed = opposedIn(sentence.tokens, outside, sentence.figures, support.sentence, index);
  if (opposed && support.score >= FIGURE_CONFLICT && !statedByOtherParty(sentence.tokens, support.sentence, index)) {
    const e = evidenceOf(support.sentence, sourceValue(support));
    const confidence = conflictConfidence(support.score, FIGURE_CONFLICT);
    if (confidence >= CONFLICT_MIN_CONFIDENCE) {
      return { verdict: "conflict", message: messages.figureOpposite(locale, opposed.text, e), evidence: [e], fixes: [], confidence };
    }
  }
  if (support.score >= FIGURE_CONFLICT && rolesReversed(sentence.tokens, support.sentence, index)) {
    const e = evidenceOf(support.sentence, sourceValue(support));
    return {
      verdict: "conflict",
      message: messages.rolesReversed(locale, e),
      evidence: [e],
      fixes: [],
      confidence: conflictConfidence(support.score, FIGURE_CONFLICT),
    };
  }
  const offset = sentence.start;
  const swap = actorSwap(
    items,
    support.names,
    support.score,
    (a, b) => sentence.text.slice(a - offset, b - offset),
    support.sentence,
    index,
    figure.start,
    support.figure.start,
    sentence.tokens,
    sentence,
  );
  if (swap) {
    const e = evidenceOf(support.sentence, sourceValue(support));
    const confidence = conflictConfidence(swap.topic, ACTOR_SWAP_TOPIC);
    if (confidence >= CONFLICT_MIN_CONFIDENCE) {
      return {
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
        confidence,
      };
    }
  }
  return undefined;
}
