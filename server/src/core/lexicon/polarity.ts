// Negation and polarity cues: which tokens of a sentence are under negation, so that a claim
// "Microsoft a approuvé" is not taken as supported by "Microsoft n'a jamais approuvé".
//
// A cue opens a scope that runs to the end of its clause (a punctuation token or a clause
// word such as "mais", "qui", "but", "which"), at most MAX_SCOPE tokens. A token is negated
// when an odd number of scopes cover it, so "n'a pas refusé d'approuver" leaves "approuver"
// positive. Cue tokens themselves are not marked.
//
// French: "ne"/"n'" negates only with a closing particle (pas, plus, jamais, guère, point,
// rien, personne, aucun, nul, ni, nullement, aucunement); the tokens between "ne" and the
// particle (the verb) and after it are in scope. "ne ... que" is restrictive ("only"), and so
// are "ne ... plus que", "ne ... guère que", "ne ... jamais que"; "ne ... pas que" means "not
// only": none of them negates. "ne" without a particle is expletive ("avant qu'il ne parte")
// unless a negative subject precedes it ("aucun accord n'a été signé").
// English: not, n't, never, no, none, nobody, nothing, neither, nor, without, cannot; "not
// only", "no doubt", "no more/less/fewer than", "nothing but", "none other than" do not negate.
// Both: predicates that negate their complement ("refuser de", "renoncer à", "cesser de",
// "refuse to", "decline to", "fail to", "stop ...ing"); the predicate itself stays positive. So do
// phrases whose complement does not happen ("plutôt que de", "au lieu de", "mettre fin à",
// "rather than", "instead of", "put an end to", "sans succès de", "without success to").

import { fold, surface } from "./surfaceForms";
import type { Lang } from "./types";

const MAX_SCOPE = 8;
const MAX_NE_GAP = 6;

const FR_CLOSERS = new Set([
  "pas",
  "plus",
  "jamais",
  "guere",
  "point",
  "rien",
  "personne",
  "aucun",
  "aucune",
  "nul",
  "nulle",
  "ni",
  "nullement",
  "aucunement",
]);
// Negative words that also negate on their own (headlines, spoken French, subjects).
// "personne" (person), "rien", "nul" (a draw) are too ambiguous without "ne".
const FR_STANDALONE = new Set(["pas", "jamais", "aucun", "aucune", "nullement", "aucunement"]);
const FR_NEG_SUBJECTS = new Set(["aucun", "aucune", "personne", "rien", "nul", "nulle", "jamais", "ni"]);
const FR_BOUNDARY = new Set([
  "mais",
  "et",
  "car",
  "or",
  "donc",
  "qui",
  "que",
  "qu",
  "dont",
  "lorsque",
  "lorsqu",
  "quand",
  "puisque",
  "puisqu",
  "tandis",
  "alors",
  "si",
  "comme",
  "parce",
  "cependant",
  "toutefois",
  "pourtant",
  "selon",
  "ou",
]);
const EN_BOUNDARY = new Set([
  "but",
  "and",
  "or",
  "while",
  "whereas",
  "although",
  "though",
  "because",
  "which",
  "who",
  "whom",
  "whose",
  "that",
  "when",
  "where",
  "if",
  "unless",
  "however",
  "yet",
  "so",
  "according",
  "after",
  "before",
]);
const EN_CUES = new Set(["not", "n't", "never", "no", "none", "nobody", "nothing", "neither", "nor", "without", "cannot", "nowhere"]);
const EN_CONTRACTED = new Set([
  "didn",
  "doesn",
  "don",
  "isn",
  "wasn",
  "weren",
  "hasn",
  "haven",
  "hadn",
  "won",
  "can",
  "couldn",
  "wouldn",
  "shouldn",
  "aren",
  "mustn",
  "mightn",
  "needn",
  "ain",
]);

// Predicates negating their complement, as folded forms, with the word that must follow them
// ("" = anything; "ing" = an -ing form).
interface Trigger {
  forms: Set<string>;
  next: Set<string> | "ing" | "inf";
}

function forms(...list: string[]): Set<string> {
  return new Set(list);
}
const DE = new Set(["de", "d"]);
const A = new Set(["a"]);
const TO = new Set(["to"]);
const FROM = new Set(["from"]);
const FR_NOUN_DETERMINERS = new Set(["l", "la", "le", "les", "un", "une", "toute", "tout", "toutes", "tous", "des", "du"]);
const EN_NOUN_DETERMINERS = new Set(["a", "an", "the", "any", "further"]);

const FR_TRIGGERS: Trigger[] = [
  {
    forms: forms(
      "refuser",
      "refuse",
      "refuses",
      "refusent",
      "refusait",
      "refusaient",
      "refusa",
      "refusera",
      "refuseront",
      "refuserait",
      "refusant",
      "refusee",
      "refusees",
      "refuses",
      "refusons",
      "refusez",
    ),
    next: DE,
  },
  {
    forms: forms(
      "renoncer",
      "renonce",
      "renoncent",
      "renoncait",
      "renoncaient",
      "renonca",
      "renoncera",
      "renonceront",
      "renoncerait",
      "renoncant",
      "renonces",
    ),
    next: A,
  },
  {
    forms: forms("cesser", "cesse", "cessent", "cessait", "cessaient", "cessa", "cessera", "cesseront", "cesserait", "cessant", "cesses"),
    next: DE,
  },
  {
    forms: forms(
      "arreter",
      "arrete",
      "arretent",
      "arretait",
      "arretaient",
      "arreta",
      "arretera",
      "arreteront",
      "arreterait",
      "arretant",
      "arretes",
    ),
    next: DE,
  },
  {
    forms: forms(
      "abstenir",
      "abstient",
      "abstiennent",
      "abstenait",
      "abstenaient",
      "abstint",
      "abstiendra",
      "abstiendront",
      "abstiendrait",
      "abstenant",
      "abstenu",
      "abstenue",
      "abstenus",
    ),
    next: DE,
  },
  {
    forms: forms("eviter", "evite", "evitent", "evitait", "evitaient", "evita", "evitera", "eviteront", "eviterait", "evitant", "evites"),
    next: DE,
  },
  {
    forms: forms(
      "echouer",
      "echoue",
      "echouent",
      "echouait",
      "echouaient",
      "echoua",
      "echouera",
      "echoueront",
      "echouerait",
      "echouant",
      "echoues",
    ),
    next: A,
  },
  {
    forms: forms(
      "exclure",
      "exclut",
      "excluent",
      "excluait",
      "excluaient",
      "exclura",
      "excluront",
      "exclurait",
      "excluant",
      "exclu",
      "exclue",
      "exclus",
    ),
    next: DE,
  },
  { forms: forms("nier", "nie", "nient", "niait", "niaient", "nia", "niera", "nieront", "nierait", "niant", "nies"), next: "inf" },
  {
    forms: forms(
      "dementir",
      "dement",
      "dementent",
      "dementait",
      "dementaient",
      "dementit",
      "dementira",
      "dementiront",
      "dementirait",
      "dementant",
      "dementi",
      "dementie",
    ),
    next: "inf",
  },
  { forms: forms("oublier", "oublie", "oublient", "oubliait", "oublia", "oubliera", "oublierait", "oubliant", "oublies"), next: DE },
  // "éviter l'escalade", "empêcher une hausse": what is avoided or prevented does not happen.
  {
    forms: forms("eviter", "evite", "evitent", "evitait", "evitaient", "evita", "evitera", "eviteront", "eviterait", "evitant", "evites"),
    next: FR_NOUN_DETERMINERS,
  },
  {
    forms: forms(
      "empecher",
      "empeche",
      "empechent",
      "empechait",
      "empechaient",
      "empecha",
      "empechera",
      "empecheront",
      "empecherait",
      "empechant",
      "empeches",
    ),
    next: FR_NOUN_DETERMINERS,
  },
];
const EN_TRIGGERS: Trigger[] = [
  { forms: forms("refuse", "refuses", "refused", "refusing"), next: TO },
  { forms: forms("decline", "declines", "declined", "declining"), next: TO },
  { forms: forms("fail", "fails", "failed", "failing"), next: TO },
  { forms: forms("cease", "ceases", "ceased", "ceasing"), next: TO },
  { forms: forms("cease", "ceases", "ceased", "ceasing"), next: "ing" },
  { forms: forms("stop", "stops", "stopped", "stopping"), next: "ing" },
  { forms: forms("quit", "quits", "quitting"), next: "ing" },
  { forms: forms("avoid", "avoids", "avoided", "avoiding"), next: "ing" },
  {
    forms: forms(
      "avoid",
      "avoids",
      "avoided",
      "avoiding",
      "prevent",
      "prevents",
      "prevented",
      "preventing",
      "avert",
      "averts",
      "averted",
      "averting",
    ),
    next: EN_NOUN_DETERMINERS,
  },
  { forms: forms("deny", "denies", "denied", "denying"), next: "ing" },
  { forms: forms("refrain", "refrains", "refrained", "refraining", "abstain", "abstains", "abstained", "abstaining"), next: FROM },
  { forms: forms("neglect", "neglects", "neglected", "neglecting", "forget", "forgets", "forgot", "forgotten"), next: TO },
];

// Infinitives that may follow "nier"/"démentir" ("a nié avoir vendu").
const FR_INF = /(er|ir|re|oir)$/;

interface Scope {
  from: number;
  to: number; // exclusive
}

// The cue form of a word depends on the word alone: memoised (bounded), as most words recur.
const MEMO_LIMIT = 100_000;
const cueForms = new Map<string, string>();

/** The form negation cues are read on: folded surface form, "nt" and "n't" as "n't". */
export function cueForm(w: string): string {
  let s = cueForms.get(w);
  if (s === undefined) {
    s = fold(surface(w));
    if (s === "nt") s = "n't";
    if (cueForms.size >= MEMO_LIMIT) cueForms.clear();
    cueForms.set(w, s);
  }
  return s;
}

function norm(words: readonly string[]): string[] {
  return words.map(cueForm);
}

// Clause punctuation; symbols such as "%" or "$" sit inside a clause.
const PUNCTUATION = /^[.,;:!?…()[\]{}"«»“”—–]+$/u;

function isBoundary(t: string, lang: Lang): boolean {
  if (PUNCTUATION.test(t)) return true;
  return lang === "fr" ? FR_BOUNDARY.has(t) : EN_BOUNDARY.has(t);
}

/** Index after the clause that starts at `from` (bounded by MAX_SCOPE). */
function clauseEnd(t: string[], from: number, lang: Lang): number {
  let j = from;
  while (j < t.length && j < from + MAX_SCOPE && !isBoundary(t[j], lang)) j++;
  return j;
}

/** Form -> the triggers listing it, in list order: one lookup per token instead of one per trigger. */
function triggersByForm(triggers: Trigger[]): Map<string, Trigger[]> {
  const byForm = new Map<string, Trigger[]>();
  for (const tr of triggers) {
    for (const f of tr.forms) {
      const list = byForm.get(f);
      if (list) list.push(tr);
      else byForm.set(f, [tr]);
    }
  }
  return byForm;
}

const FR_TRIGGERS_BY_FORM = triggersByForm(FR_TRIGGERS);
const EN_TRIGGERS_BY_FORM = triggersByForm(EN_TRIGGERS);
const NO_TRIGGERS: Trigger[] = [];

/** Determiners: after one, a trigger's form is a noun ("l'arrêté anti-mendicité de…", "the refuse of…"). */
const FR_DETERMINERS = new Set([
  "l",
  "le",
  "la",
  "les",
  "un",
  "une",
  "ce",
  "cet",
  "cette",
  "ces",
  "du",
  "des",
  "son",
  "sa",
  "ses",
  "leur",
  "leurs",
]);
const EN_DETERMINERS = new Set(["the", "a", "an", "this", "that", "its", "their", "his", "her"]);

/** Words that may stand between a trigger and its complement ("a refusé catégoriquement de", "declined again to"). */
function isAdverbLike(w: string): boolean {
  return (
    /(?:ment|ly)$/.test(w) ||
    ["pas", "plus", "jamais", "deja", "toujours", "encore", "aussi", "alors", "again", "also", "still", "even", "up"].includes(w)
  );
}

function matchTrigger(t: string[], i: number, byForm: Map<string, Trigger[]>, determiners: ReadonlySet<string>): number {
  // Returns the index where the negated complement starts, or -1.
  if (i > 0 && determiners.has(t[i - 1]!)) return -1;
  for (const tr of byForm.get(t[i]) ?? NO_TRIGGERS) {
    // "gave up", "has refused" need no special case; allow one adverb before the complement.
    for (let j = i + 1; j <= i + 2 && j < t.length; j++) {
      const w = t[j];
      if (j === i + 2 && !isAdverbLike(t[i + 1]!)) break;
      if (tr.next === "ing") {
        if (w.endsWith("ing") && w.length > 4) return j;
      } else if (tr.next === "inf") {
        if (FR_INF.test(w) && w.length > 3) return j;
      } else if (tr.next.has(w)) return j + 1;
    }
  }
  // "give up" + -ing.
  if ((t[i] === "give" || t[i] === "gave" || t[i] === "given" || t[i] === "gives" || t[i] === "giving") && t[i + 1] === "up") {
    if (t[i + 2]?.endsWith("ing")) return i + 2;
  }
  return -1;
}

// Phrases whose complement does not happen, of several words: "plutôt que de démolir", "au lieu
// de payer", "mettre fin à la grève" (the strike is over: "la grève continue" opposes it, a peace
// accord does not oppose "mettre fin à la guerre"); "rather than", "instead of", "put an end to".
const FR_PUT = new Set([
  "mettre",
  "met",
  "mets",
  "mettent",
  "mis",
  "mise",
  "mises",
  "mettait",
  "mettaient",
  "mettra",
  "mettront",
  "mettrait",
  "mettant",
  "mit",
]);
const FR_TO = new Set(["a", "au", "aux"]);
const EN_PUT = new Set(["put", "puts", "putting", "bring", "brings", "brought", "bringing"]);

/** Where the negated complement of a French multi-word negative starting or ending at `i` starts, or -1. */
function frenchLexicalNegation(t: string[], i: number): number {
  const w = t[i];
  if (w === "plutot" && (t[i + 1] === "que" || t[i + 1] === "qu")) return i + 2;
  if (w === "lieu" && t[i - 1] === "au" && DE.has(t[i + 1] ?? "")) return i + 2;
  // "mettre fin à", "a mis un terme aux".
  if (w === "fin" && FR_PUT.has(t[i - 1] ?? "") && FR_TO.has(t[i + 1] ?? "")) return i + 2;
  if (w === "terme" && t[i - 1] === "un" && FR_PUT.has(t[i - 2] ?? "") && FR_TO.has(t[i + 1] ?? "")) return i + 2;
  return -1;
}

/** Where the negated complement of an English multi-word negative at `i` starts, or -1. */
function englishLexicalNegation(t: string[], i: number): number {
  const w = t[i];
  if (w === "rather" && t[i + 1] === "than") return i + 2;
  if (w === "instead" && t[i + 1] === "of") return i + 2;
  if (w === "end" && t[i - 1] === "an" && EN_PUT.has(t[i - 2] ?? "") && t[i + 1] === "to") return i + 2;
  return -1;
}

function frenchScopes(t: string[]): { scopes: Scope[]; cues: number[] } {
  const scopes: Scope[] = [];
  const cues: number[] = [];
  const consumed = new Set<number>();
  const inside = (i: number) => scopes.some((s) => i >= s.from && i < s.to);
  for (let i = 0; i < t.length; i++) {
    const w = t[i];
    if (consumed.has(i)) continue;
    if (w === "ne" || w === "n") {
      let closer = -1;
      for (let j = i + 1; j < t.length && j <= i + MAX_NE_GAP && !isBoundary(t[j], "fr"); j++) {
        if (FR_CLOSERS.has(t[j])) {
          closer = j;
          break;
        }
      }
      if (closer >= 0) {
        consumed.add(closer);
        const after = t[closer + 1];
        // ne ... que / ne ... plus que / ne ... pas que: restriction, not negation.
        if (after === "que" || after === "qu") continue;
        if (inside(i)) continue;
        cues.push(i);
        const end = clauseEnd(t, closer + 1, "fr");
        scopes.push({ from: i + 1, to: end });
        for (let j = closer + 1; j < end; j++) if (FR_CLOSERS.has(t[j])) consumed.add(j);
        continue;
      }
      // No particle: negated only after a negative subject ("aucun accord n'a été signé").
      let subject = -1;
      for (let j = i - 1; j >= 0 && j >= i - MAX_SCOPE && !isBoundary(t[j], "fr"); j--) {
        if (FR_NEG_SUBJECTS.has(t[j])) {
          subject = j;
          break;
        }
      }
      if (subject >= 0 && !consumed.has(subject)) {
        consumed.add(subject);
        cues.push(subject);
        scopes.push({ from: subject + 1, to: clauseEnd(t, i + 1, "fr") });
      }
      continue;
    }
    if (w === "sans") {
      const next = t[i + 1];
      // sans doute (probably), sans cesse (constantly), sans précédent (unprecedented).
      if (next === "doute" || next === "cesse" || next === "precedent" || next === "precedents") continue;
      cues.push(i);
      // "a tenté sans succès de racheter": what was tried did not happen; "succès" is part of the cue.
      const from = next === "succes" ? i + 2 : i + 1;
      scopes.push({ from, to: clauseEnd(t, from, "fr") });
      continue;
    }
    const complement = frenchLexicalNegation(t, i);
    if (complement >= 0) {
      if (inside(i)) continue;
      cues.push(i);
      scopes.push({ from: complement, to: clauseEnd(t, complement, "fr") });
      continue;
    }
    if (w === "non") {
      const next = t[i + 1];
      if (!next || next === "seulement" || next === "plus" || isBoundary(next, "fr") || t[i - 1] === "ou") continue;
      if (inside(i)) continue;
      cues.push(i);
      // "et non pas sur des enfants": "non pas" negates the rest of its clause; "non" alone its next word.
      if (next === "pas") {
        consumed.add(i + 1);
        scopes.push({ from: i + 2, to: clauseEnd(t, i + 2, "fr") });
      } else scopes.push({ from: i + 1, to: i + 2 });
      continue;
    }
    if (FR_STANDALONE.has(w) || w === "ni") {
      if (inside(i)) continue;
      // A subject waiting for its "ne" is handled there ("aucun accord n'a été signé").
      let ne = -1;
      for (let j = i + 1; j < t.length && j <= i + MAX_SCOPE && !isBoundary(t[j], "fr"); j++) {
        if (t[j] === "ne" || t[j] === "n") {
          ne = j;
          break;
        }
      }
      if (ne >= 0 && FR_NEG_SUBJECTS.has(w)) continue;
      // "pas moins de" (no fewer than) is a quantity; "un pas" is a step; "plus que jamais" (more
      // than ever), "si jamais" (if ever), "à jamais" (forever) are not negations.
      if (w === "pas" && (t[i + 1] === "moins" || ["un", "le", "ce", "premier", "grand", "nouveau"].includes(t[i - 1]))) continue;
      if (w === "jamais" && ["que", "qu", "si", "a"].includes(t[i - 1])) continue;
      cues.push(i);
      scopes.push({ from: i + 1, to: clauseEnd(t, i + 1, "fr") });
      continue;
    }
    // "ne cesse de croître", "n'a cessé d'augmenter" (literary, without "pas"): a negated cessation
    // goes on, it negates nothing. With "pas" the two negations cancel as scopes already.
    const bareNe = (t[i - 1] === "ne" || t[i - 1] === "n" || t[i - 2] === "n" || t[i - 2] === "ne") && !inside(i);
    if (bareNe && FR_TRIGGERS_BY_FORM.has(t[i]!)) continue;
    const start = matchTrigger(t, i, FR_TRIGGERS_BY_FORM, FR_DETERMINERS);
    if (start >= 0) {
      cues.push(i);
      scopes.push({ from: start, to: clauseEnd(t, start, "fr") });
    }
  }
  return { scopes, cues };
}

function englishScopes(t: string[]): { scopes: Scope[]; cues: number[] } {
  const scopes: Scope[] = [];
  const cues: number[] = [];
  const inside = (i: number) => scopes.some((s) => i >= s.from && i < s.to);
  for (let i = 0; i < t.length; i++) {
    const w = t[i];
    const prev = t[i - 1] ?? "";
    const next = t[i + 1] ?? "";
    let cue =
      EN_CUES.has(w) ||
      (w.endsWith("n't") && w.length > 3) ||
      (w === "t" && (prev === "n" || EN_CONTRACTED.has(prev))) ||
      // Apostrophe dropped by the caller: "didnt", "dont", "wont".
      (w.length > 3 && w.endsWith("nt") && EN_CONTRACTED.has(w.slice(0, -1)));
    if (cue) {
      // not only / not just / not least / no doubt / no more (less, fewer) than / nothing but / none other than.
      if (w === "not" || w === "n't") {
        if (next === "only" || next === "just" || next === "least" || next === "merely" || next === "until") cue = false;
        if ((next === "to" || next === "so") && t[i + 2] === "mention") cue = false;
      }
      if (
        w === "no" &&
        (next === "doubt" ||
          ((next === "more" || next === "less" || next === "fewer" || next === "later" || next === "sooner") &&
            (t[i + 2] === "than" || next === "later" || next === "sooner")))
      )
        cue = false;
      if (w === "nothing" && next === "but") cue = false;
      if (w === "none" && next === "other") cue = false;
      if (w === "nor" || w === "neither") {
        if (inside(i)) cue = false;
      }
    }
    if (cue) {
      if (inside(i) && w !== "without") continue;
      cues.push(i);
      // "tried without success to buy": what was tried did not happen; "success" is part of the cue.
      const from = w === "without" && next === "success" ? i + 2 : i + 1;
      scopes.push({ from, to: clauseEnd(t, from, "en") });
      continue;
    }
    const complement = englishLexicalNegation(t, i);
    if (complement >= 0) {
      if (inside(i)) continue;
      cues.push(i);
      scopes.push({ from: complement, to: clauseEnd(t, complement, "en") });
      continue;
    }
    const start = matchTrigger(t, i, EN_TRIGGERS_BY_FORM, EN_DETERMINERS);
    if (start >= 0) {
      cues.push(i);
      scopes.push({ from: start, to: clauseEnd(t, start, "en") });
    }
  }
  return { scopes, cues };
}

function scopesOf(words: readonly string[], lang: Lang): { scopes: Scope[]; cues: number[] } {
  const t = norm(words);
  return lang === "fr" ? frenchScopes(t) : englishScopes(t);
}

/**
 * For each token, whether it is under negation (an odd number of negation scopes cover it).
 * Tokens as for `conceptsIn`: lower-case words, elisions split ("n'"/"n"), punctuation allowed.
 */
export function negationScope(words: readonly string[], lang: Lang): boolean[] {
  return negationScopeOfCues(norm(words), lang);
}

/** `negationScope` of words already in their cue form (`cueForm`). */
export function negationScopeOfCues(t: string[], lang: Lang): boolean[] {
  const { scopes } = lang === "fr" ? frenchScopes(t) : englishScopes(t);
  const depth = new Array<number>(t.length).fill(0);
  for (const s of scopes) for (let i = s.from; i < s.to; i++) depth[i]++;
  // Particles are cues, not predicates: "pas", "jamais", "n't" stay unmarked.
  const particles = lang === "fr" ? FR_CLOSERS : EN_CUES;
  return depth.map((d, i) => d % 2 === 1 && !particles.has(t[i]) && t[i] !== "ne" && t[i] !== "n" && t[i] !== "t" && !t[i].endsWith("n't"));
}

/** Indices of the tokens that open a negation scope (particles, "sans", "refused", ...). */
export function negationCues(words: readonly string[], lang: Lang): number[] {
  return scopesOf(words, lang).cues;
}

/** Whether token `index` is under negation. */
export function isNegated(words: readonly string[], index: number, lang: Lang): boolean {
  return negationScope(words, lang)[index] ?? false;
}
