import type { Lang } from "../types";
import { isApostrophe, isHyphen, startsUpper } from "./chars";
import { numberInWords } from "./format";
import type { Token } from "./figureTokens";
import { monthWord } from "./months";
import { fromRoman, mayStartOrdinalWord, ordinalSuffixLang, readOrdinalWord } from "./ordinals";
import type { ScanContext } from "./scanContext";
import type { FigureStyle } from "./types";

// Ranks and positions: "45e mondiale", "classé 45e", "world number 45", "finished fifth",
// "fifth-largest", "au troisième rang", "2nd", "1er", "IIIe". An ordinal is a rank only in a
// rank context (a ranking word before or after it): "for the first time", "le 21e siècle" and
// "2e tour" are not ranks. The context also gives the rank's role, so a finishing position is
// never compared with a place in a world ranking or a size ranking.

export interface RankMatch {
  value: number;
  /** "world", "finish", "sup:largest"...; undefined for a plain rank ("au troisième rang"). */
  role?: string;
  startTok: number;
  endTok: number;
  style: Partial<FigureStyle>;
}

/** Words that may sit between a finishing or ranking verb and the ordinal ("finished in fifth place", "à la sixième place"). */
const FILLERS = new Set(["in", "en", "at", "à", "au", "la", "the", "a", "s'est", "est"]);

const FINISH_VERBS = new Set(
  (
    "finished finish finishes finishing came come comes coming placed ended ends " +
    "terminé terminée terminés terminées termine terminent terminait termina finit fini finie finis finissent " +
    "arrivé arrivée arrivés arrivées arrive arrivent arrivait"
  ).split(" "),
);

const RANK_VERBS = new Set("ranked ranks rank ranking rated classé classée classés classées classe classent hissé hissée".split(" "));

/** Nouns after an ordinal that make it a rank ("troisième rang", "fifth place", "3e position"). */
const RANK_NOUNS = new Set("rang place places position positions rank spot".split(" "));

/** Nouns after "au"/"du"/"in the" that make the ordinal before them a rank ("3e au classement"). */
const RANKING_NOUNS = new Set("classement classements ranking rankings".split(" "));

/** "seconde guerre mondiale" written without capitals is still the war, not a rank. */
const WAR_WORDS = new Set(["guerre", "guerres", "war", "wars"]);

const WORLD_WORDS = new Set(["mondial", "mondiale", "mondiaux", "mondiales", "worldwide"]);

/** English superlatives after an ordinal ("fifth-largest", "third busiest"): each is a role of its own. */
const SUPERLATIVES = new Map(
  "largest:largest biggest:largest smallest:smallest richest:richest busiest:busiest oldest:oldest highest:highest lowest:lowest poorest:poorest best:best worst:worst strongest:strongest longest:longest fastest:fastest"
    .split(" ")
    .map((p) => p.split(":") as [string, string]),
);

/** French adjectives after "plus" ("deuxième plus grande", "troisième plus gros"), by role. */
const FR_SUPERLATIVES = new Map(
  "grand:largest grande:largest grands:largest grandes:largest gros:largest grosse:largest important:largest importante:largest petit:smallest petite:smallest riche:richest riches:richest ancien:oldest ancienne:oldest"
    .split(" ")
    .map((p) => p.split(":") as [string, string]),
);

/** Words before a number in "world number 45", "world No. 1", "numéro 1 mondial". */
const NUMBER_WORDS = new Set(["number", "numéro", "no", "n"]);

interface Neighbour {
  norm: string;
  /** Joined to the previous token by a hyphen ("fifth-largest"). */
  hyphen: boolean;
  /** Written with a capital ("Guerre" in "Seconde Guerre mondiale"). */
  upper: boolean;
}

/** Up to three words before token i, nearest first, stopping at punctuation (apostrophes are part of "s'est"). */
function wordsBefore(toks: Token[], i: number): string[] {
  const out: string[] = [];
  let j = i - 1;
  while (j >= 0 && out.length < 3) {
    const t = toks[j]!;
    if (t.kind === "space") {
      if (t.nl) break;
      j--;
      continue;
    }
    if (t.kind !== "word") break;
    // "s'est" is three tokens; read it as one word.
    if (isApostrophe(toks[j - 1]?.text ?? "") && toks[j - 2]?.kind === "word") {
      out.push(`${toks[j - 2]!.norm}'${t.norm}`);
      j -= 3;
      continue;
    }
    out.push(t.norm);
    j--;
  }
  return out;
}

/** Up to three words after token i, stopping at punctuation other than a hyphen. */
function wordsAfter(toks: Token[], i: number): Neighbour[] {
  const out: Neighbour[] = [];
  let j = i;
  let hyphen = false;
  while (j < toks.length && out.length < 3) {
    const t = toks[j]!;
    if (t.kind === "space") {
      if (t.nl) break;
      j++;
      continue;
    }
    if (t.kind === "punct" && isHyphen(t.text) && out.length === 0 && j === i) {
      hyphen = true;
      j++;
      continue;
    }
    if (t.kind !== "word") break;
    out.push({ norm: t.norm, hyphen, upper: startsUpper(t.text) });
    hyphen = false;
    j++;
  }
  return out;
}

function firstNonFiller(words: readonly string[]): string | undefined {
  return words.find((w) => !FILLERS.has(w));
}

/** The role of an ordinal from its neighbours, `null` when they make it no rank. */
function rankRole(before: readonly string[], after: readonly Neighbour[], value: number): string | undefined | null {
  const a0 = after[0]?.norm;
  const a1 = after[1]?.norm;
  const a2 = after[2]?.norm;
  // "Seconde Guerre mondiale", "Second Empire", "Premier League": an ordinal before a capitalised word is part of a name.
  if (after[0]?.upper || WAR_WORDS.has(a0 ?? "")) return null;
  if (a0 !== undefined) {
    const sup = SUPERLATIVES.get(a0);
    if (sup) return `sup:${sup}`;
    if (a0 === "plus" && a1 !== undefined && FR_SUPERLATIVES.has(a1)) return `sup:${FR_SUPERLATIVES.get(a1)!}`;
    if (a0 === "most" && a1 !== undefined) return `sup:most ${a1}`;
  }
  const inTheWorld = (k: number) => after[k]?.norm === "in" && after[k + 1]?.norm === "the" && after[k + 2]?.norm === "world";
  const auMonde = (k: number) => (after[k]?.norm === "au" || after[k]?.norm === "du") && after[k + 1]?.norm === "monde";
  if ((a0 !== undefined && WORLD_WORDS.has(a0)) || (a1 !== undefined && WORLD_WORDS.has(a1) && a1 !== "worldwide")) return "world";
  if (inTheWorld(0) || inTheWorld(1) || auMonde(0) || auMonde(1) || before[0] === "world") return "world";
  // "in the first place" is a way of speaking, not a rank.
  if (value === 1 && a0 === "place" && before[0] === "the" && before[1] === "in") return null;
  const verb = firstNonFiller(before);
  if (verb !== undefined && FINISH_VERBS.has(verb)) return "finish";
  if (verb !== undefined && RANK_VERBS.has(verb)) return undefined;
  if (a0 !== undefined && RANK_NOUNS.has(a0)) return undefined;
  const ranking = a0 === "au" || a0 === "du" || a0 === "in" ? (a1 === "the" ? a2 : a1) : undefined;
  if (ranking !== undefined && RANKING_NOUNS.has(ranking)) return undefined;
  return null;
}

/** What follows an ordinal that makes it a date, a quarter or a century, never a rank. */
function calendarAfter(after: readonly Neighbour[]): boolean {
  const a0 = after[0]?.norm;
  return a0 !== undefined && (!!monthWord(a0) || /^(trimestre|semestre|quarter|half|siècle|siecle|century|millénaire)$/u.test(a0));
}

function finishMatch(ctx: ScanContext, value: number, startTok: number, endTok: number, style: Partial<FigureStyle>): RankMatch | null {
  const after = wordsAfter(ctx.toks, endTok);
  if (calendarAfter(after)) return null;
  const role = rankRole(wordsBefore(ctx.toks, startTok), after, value);
  if (role === null) return null;
  const m: RankMatch = { value, startTok, endTok, style };
  if (role !== undefined) m.role = role;
  return m;
}

const CARDINAL_WORDS = new Map<string, { value: number; lang: Lang }>();
for (let n = 1; n <= 20; n++) {
  CARDINAL_WORDS.set(numberInWords(n, "en")!, { value: n, lang: "en" });
  CARDINAL_WORDS.set(numberInWords(n, "fr")!, { value: n, lang: "fr" });
}

/** "world number 45", "world No. 1", "numéro 1 mondial", "world number one": the number after the word. */
function numberForm(ctx: ScanContext, i: number): RankMatch | null {
  const { toks } = ctx;
  const t = toks[i]!;
  let j = i - 1;
  if (toks[j]?.kind === "space" && !toks[j]!.nl) j--;
  if (toks[j]?.kind === "punct" && (toks[j]!.text === "." || toks[j]!.text === "°" || toks[j]!.text === "º")) j--;
  const numberWord = toks[j];
  if (!numberWord || numberWord.kind !== "word" || !NUMBER_WORDS.has(numberWord.norm)) return null;
  if ((numberWord.norm === "no" || numberWord.norm === "n") && j === i - 1) return null;
  let value: number;
  let lang: Lang;
  let words = false;
  if (t.kind === "num") {
    if (t.text.length > 3) return null;
    value = Number(t.text);
    lang = numberWord.norm === "numéro" || numberWord.norm === "n" ? "fr" : "en";
  } else {
    const w = CARDINAL_WORDS.get(t.norm);
    if (!w) return null;
    ({ value, lang } = w);
    words = true;
  }
  if (value < 1) return null;
  const before = wordsBefore(toks, j);
  const after = wordsAfter(toks, i + 1);
  const world = before[0] === "world" || (after[0] !== undefined && WORLD_WORDS.has(after[0].norm)) || after[0]?.norm === "in";
  if (!world || (after[0]?.norm === "in" && (after[1]?.norm !== "the" || after[2]?.norm !== "world"))) return null;
  return { value, role: "world", startTok: i, endTok: i + 1, style: { lang, words, rankForm: "number" } };
}

/** "45e", "1er", "2nd", "5th" (digits glued to an ordinal suffix). */
function digitsForm(ctx: ScanContext, i: number): RankMatch | null {
  const { toks } = ctx;
  const t = toks[i]!;
  const suffix = toks[i + 1];
  if (t.kind !== "num" || t.text.length > 3 || !suffix || suffix.kind !== "word") return null;
  const lang = ordinalSuffixLang(suffix.norm);
  if (!lang || toks[i + 2]?.kind === "num") return null;
  const value = Number(t.text);
  if (value < 1) return null;
  return finishMatch(ctx, value, i, i + 2, {
    lang,
    words: false,
    rankForm: "digits",
    ordinalSuffix: suffix.text,
  });
}

/** "fifth", "quarante-sixième", "vingt et unième", "première". */
function wordsForm(ctx: ScanContext, i: number): RankMatch | null {
  const { toks } = ctx;
  if (!mayStartOrdinalWord(toks[i]!.norm)) return null;
  let phrase = toks[i]!.norm;
  let best: { entry: NonNullable<ReturnType<typeof readOrdinalWord>>; endTok: number } | undefined;
  const first = readOrdinalWord(phrase);
  if (first) best = { entry: first, endTok: i + 1 };
  let j = i + 1;
  for (let words = 1; words < 4; words++) {
    const sep = toks[j];
    const next = toks[j + 1];
    if (!sep || !next || next.kind !== "word") break;
    const joiner = sep.kind === "punct" && isHyphen(sep.text) ? "-" : sep.kind === "space" && !sep.nl && sep.text === " " ? " " : undefined;
    if (!joiner) break;
    phrase += joiner + next.norm;
    j += 2;
    const entry = readOrdinalWord(phrase);
    if (entry) best = { entry, endTok: j };
  }
  if (!best) return null;
  const { entry, endTok } = best;
  // "second" is both languages; a French word around it says French.
  const lang: Lang = phrase === "second" || toks[i]!.norm === "second" ? ctx.lang : entry.lang;
  return finishMatch(ctx, entry.value, i, endTok, {
    lang,
    words: true,
    rankForm: "words",
    feminine: entry.feminine || undefined,
    capitalized: startsUpper(toks[i]!.text) || undefined,
  });
}

/** "IIIe", "XXIe": a Roman ordinal (read as a rank only in a rank context, which centuries lack). */
function romanForm(ctx: ScanContext, i: number): RankMatch | null {
  const t = ctx.toks[i]!;
  const m = /^([IVXL]+)(e|er|ème)$/u.exec(t.text);
  if (!m) return null;
  const value = fromRoman(m[1]!);
  if (value === undefined) return null;
  return finishMatch(ctx, value, i, i + 1, { lang: "fr", words: false, rankForm: "roman", ordinalSuffix: m[2] });
}

/** A rank starting at token i, or null. */
export function matchRank(ctx: ScanContext, i: number): RankMatch | null {
  const t = ctx.toks[i]!;
  if (t.kind === "num") return numberForm(ctx, i) ?? digitsForm(ctx, i);
  if (t.kind !== "word") return null;
  return numberForm(ctx, i) ?? wordsForm(ctx, i) ?? romanForm(ctx, i);
}

/** The word at i may start a rank (an ordinal word, a Roman ordinal, a number word after "number"). */
export function wordMayStartRank(t: Token): boolean {
  return mayStartOrdinalWord(t.norm) || CARDINAL_WORDS.has(t.norm) || /^[IVXL]+(e|er|ème)$/u.test(t.text);
}
