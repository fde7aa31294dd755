import type { AnalyzedToken } from "../analysis/analyze";
import { isPrefixKey } from "../analysis/indexKeys";
import type { CorpusReader, IndexedSentence } from "../index/corpusIndex";
import { writtenAsName } from "../retrieval/windowMatch";
import { evidenceTokens } from "./factAlignment";

// Who did what to whom, read from the order of a claim's two names around its predicate and
// compared with the source's. The order alone is not the roles: a passive ("was bought by"), a
// converse predicate ("Y bought it from X" for "X sold it to Y", "Y lost to X" for "X beat Y") or
// a verb of receiving ("X received loans from Y" for "Y lent to X") states the same roles with
// the names the other way round.

/**
 * Predicates that state one fact from either party: the first party of one is the second of the
 * other. Concept ids of the lexicon.
 */
const CONVERSE_PAIRS: readonly (readonly [string, string])[] = [
  ["sell", "acquire"],
  ["win", "lose"],
  ["loan", "borrow"],
  ["give", "receive"],
  ["export", "import"],
];

const CONVERSE = new Map<string, string>();
for (const [a, b] of CONVERSE_PAIRS) {
  CONVERSE.set(a, b);
  CONVERSE.set(b, a);
}

/** Whether two concepts are converse predicates (one fact, parties traded). */
function converseConcepts(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && CONVERSE.get(a) === b;
}

/** Words after a verb that mark the passive ("beaten by", "battu par"): its subject and object trade places. */
const PASSIVE_MARKERS = new Set(["by", "par"]);

/** Tokens after the predicate where a passive's agent marker may stand ("was bought last year by"). */
const PASSIVE_REACH = 3;

/** Tokens before a predicate where a verb of receiving may govern it ("ont reçu des prêts", "got a loan"). */
const RECEIVE_REACH = 3;

/** Words that mark the giver after a verb of receiving ("loans from Yunus", "des prêts de Yunus"). */
const FROM_MARKERS = new Set(["from", "de", "d'", "du", "aupres"]);

/** How a predicate orders its parties: turned over or not, and whether by a verb of receiving. */
interface Turn {
  flips: 0 | 1;
  /** Turned by a verb of receiving, which only some sentences mark with the giver. */
  byReceiving: boolean;
}

/**
 * How the predicate at `at` orders its parties: turned over by a passive with its agent named
 * ("was bought by Zeta"), or by a verb of receiving with its giver ("received loans from Yunus").
 * Undefined when a passive marker stands there without a name after it (the order says nothing).
 */
function turned(tokens: readonly AnalyzedToken[], at: number): Turn | undefined {
  let flips = 0;
  let byReceiving = false;
  for (let i = at + 1; i <= at + PASSIVE_REACH && i < tokens.length; i++) {
    if (!PASSIVE_MARKERS.has(tokens[i]!.norm)) continue;
    const agent = tokens.slice(i + 1, i + 4).some((t) => t.capitalized);
    if (!agent) return undefined;
    flips++;
    break;
  }
  const head = tokens[at]!;
  const giver = tokens.slice(at + 1, at + 1 + PASSIVE_REACH).some((t, k, after) => FROM_MARKERS.has(t.norm) && after[k + 1]?.capitalized);
  if (giver && head.concept !== "receive") {
    for (let i = Math.max(0, at - RECEIVE_REACH); i < at; i++)
      if (tokens[i]!.concept === "receive") {
        flips++;
        byReceiving = true;
        break;
      }
  }
  return { flips: (flips % 2) as 0 | 1, byReceiving };
}

/** How a source states the claim's two parties: the same roles or swapped, and whether by the converse predicate. */
interface RoleReading {
  roles: "same" | "swapped";
  /** The source states the claim's predicate by its converse ("lost to" for "beat"). */
  converse: boolean;
}

/**
 * Two names of the claim stand on either side of its predicate: how does the source sentence
 * give them their roles? "Ashdown beat Glenbrook" against "Glenbrook beat Ashdown" is swapped;
 * against "Glenbrook lost to Ashdown" or "Glenbrook was beaten by Ashdown" it is the same. The
 * predicate is the first word of the claim between the names, not a name, that the source states
 * (or states by its converse). Undefined when the source does not place the names around it, or a
 * passive without its agent leaves the order meaningless.
 */
function roleReading(claim: readonly AnalyzedToken[], evidence: IndexedSentence, index: CorpusReader): RoleReading | undefined {
  const source = evidenceTokens(evidence);
  const strong = (t: AnalyzedToken) => t.keys.filter((k) => !isPrefixKey(k));
  const same = (a: AnalyzedToken, b: AnalyzedToken) => strong(a).some((k) => b.keys.includes(k));
  // A sentence's first word is a name when the corpus only writes it capitalised ("Kestrel sold…").
  const isName = (t: AnalyzedToken) => t.name || (t === claim[0] && writtenAsName(t, index));
  const firstName = claim.findIndex(isName);
  let lastName = -1;
  claim.forEach((t, i) => {
    if (isName(t)) lastName = i;
  });
  // The predicate sits between the names ("Ashdown *beat* Glenbrook").
  let claimAnchor = -1;
  let sourceAnchor = -1;
  let converse = false;
  for (let i = firstName + 1; firstName >= 0 && i < lastName && claimAnchor < 0; i++) {
    const t = claim[i]!;
    if (isName(t) || !strong(t).length) continue;
    const plain = (s: AnalyzedToken) => !s.name && !s.capitalized;
    let j = source.findIndex((s) => plain(s) && same(t, s));
    if (j < 0) j = source.findIndex((s) => plain(s) && converseConcepts(t.concept, s.concept));
    if (j >= 0) {
      claimAnchor = i;
      sourceAnchor = j;
      converse = !same(t, source[j]!);
    }
  }
  if (claimAnchor < 0) return undefined;
  const claimTurn = turned(claim, claimAnchor);
  const sourceTurn = turned(source, sourceAnchor);
  if (claimTurn === undefined || sourceTurn === undefined) return undefined;
  const sideInSource = (name: AnalyzedToken): "before" | "after" | "both" | "none" => {
    const places = source.map((s, j) => (same(name, s) ? j : -1)).filter((j) => j >= 0);
    if (!places.length) return "none";
    const before = places.some((j) => j < sourceAnchor);
    const after = places.some((j) => j > sourceAnchor);
    return before && after ? "both" : before ? "before" : "after";
  };
  const names = claim.map((t, i) => ({ t, i })).filter(({ t }) => isName(t));
  const subjects = names.filter(({ i }) => i < claimAnchor).map(({ t }) => sideInSource(t));
  const objects = names.filter(({ i }) => i > claimAnchor).map(({ t }) => sideInSource(t));
  const moved = subjects.some((p) => p === "after") && objects.some((p) => p === "before");
  const kept = subjects.some((p) => p === "before") && objects.some((p) => p === "after") && !moved;
  if (!moved && !kept) return undefined;
  const turnedOver = (claimTurn.flips + sourceTurn.flips + (converse ? 1 : 0)) % 2 === 1;
  // Names in place under a verb of receiving are read as the same roles, never as swapped: the
  // giver is not always marked ("received the prize" names no giver).
  if (kept && turnedOver && (claimTurn.byReceiving || sourceTurn.byReceiving)) return undefined;
  return { roles: moved !== turnedOver ? "swapped" : "same", converse };
}

/** The source states the claim's two names in swapped roles ("Glenbrook beat Ashdown" for "Ashdown beat Glenbrook"). */
export function rolesReversed(claim: readonly AnalyzedToken[], evidence: IndexedSentence, index: CorpusReader): boolean {
  return roleReading(claim, evidence, index)?.roles === "swapped";
}

/**
 * The source states the claim's fact from its other party: the converse predicate with the
 * names swapped ("Glenbrook lost to Ashdown" for "Ashdown beat Glenbrook"). Its predicate is no
 * opposite of the claim's, though the lexicon lists the two as antonyms.
 */
export function statedByOtherParty(claim: readonly AnalyzedToken[], evidence: IndexedSentence, index: CorpusReader): boolean {
  const reading = roleReading(claim, evidence, index);
  return reading !== undefined && reading.converse && reading.roles === "same";
}
