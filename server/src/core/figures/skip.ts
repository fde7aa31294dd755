import { hasUpper, isDash, isHyphen } from "./chars";
import { atSentenceStart, isPunctTok, prevNonSpace, skipSpace, type ScanContext } from "./scanContext";
import { endsHedge } from "./hedges";
import { FUNCTION_WORDS, REFERENCE_WORDS, YEAR_CONTEXT } from "./neighbourWords";

// Numbers that are not figures: times ("14h30"), phone numbers, list markers, references
// ("p. 12", "article 3"), names with numbers ("GPT-4", "COVID-19", "A320", "Windows 11").
// Each rule returns the token index to resume scanning from, or -1 when it does not apply.

/** Abbreviations that only make a reference with their period ("p. 12", "n° 5", "art. 3"). */
const DOTTED_REFERENCES = new Set(["p", "pp", "n", "no", "nº", "art", "fig", "vol", "v", "num", "chap", "ch", "éd", "ed"]);
const HOUR_WORDS = new Set(["h", "am", "pm"]);

/** The number at i is glued to a name before it: "A320", "G7", "GPT-4", "COVID-19", "v2". */
function attachedToName(ctx: ScanContext, i: number): boolean {
  const { toks } = ctx;
  const prev = toks[i - 1];
  if (!prev) return false;
  if (prev.kind === "word") return true;
  if (prev.kind === "punct" && isHyphen(prev.text)) {
    const w = toks[i - 2];
    return !!w && w.kind === "word" && w.norm !== "mi" && w.norm !== "mid";
  }
  if (prev.kind === "punct" && "/_@\\:".includes(prev.text)) return true;
  // "3.5.2": a digit run after a period glued to digits is part of a version.
  if (prev.kind === "punct" && (prev.text === "." || prev.text === ",") && toks[i - 2]?.kind === "num") return true;
  return false;
}

/** The number continues as a date or fraction with slashes ("12/05/2024", "24/7"), or a time "10:30". */
function slashOrColon(ctx: ScanContext, i: number): number {
  const { toks } = ctx;
  let j = i + 1;
  if (!(isPunctTok(toks[j], "/", ":") && toks[j + 1]?.kind === "num")) return -1;
  while (isPunctTok(toks[j], "/", ":", ".") && toks[j + 1]?.kind === "num") j += 2;
  return j;
}

/** "14h30", "14h", "9 h 30", "3 pm", "10 a.m." */
function time(ctx: ScanContext, i: number): number {
  const { toks } = ctx;
  const t = toks[i];
  if (t.text.length > 2 || Number(t.text) > 24) return -1;
  let j = i + 1;
  const spaced = skipSpace(toks, j);
  const w = toks[j]?.kind === "word" ? toks[j] : toks[spaced]?.kind === "word" ? toks[spaced] : undefined;
  if (!w) return -1;
  const wi = toks[j] === w ? j : spaced;
  if (HOUR_WORDS.has(w.norm)) {
    j = wi + 1;
    if (w.norm === "h") {
      if (toks[j]?.kind === "num" && toks[j].text.length === 2) return j + 1;
      const k = skipSpace(toks, j);
      if (k > j && toks[k]?.kind === "num" && toks[k].text.length === 2) return k + 1;
      const after = toks[j];
      // "à 14 h." / "14h," alone is still a time; "14 h de vol" is a duration, keep it.
      if (!after || after.kind === "punct" || (after.kind === "space" && toks[j + 1]?.kind !== "word")) return j;
      return wi === i + 1 ? j : -1;
    }
    return j;
  }
  if ((w.norm === "a" || w.norm === "p") && isPunctTok(toks[wi + 1], ".") && toks[wi + 2]?.norm === "m") return wi + 3;
  return -1;
}

/** "01 23 45 67 89", "+33 1 23 45 67 89", "555-123-4567". */
function phone(ctx: ScanContext, i: number): number {
  const { toks } = ctx;
  let j = i;
  let groups = 0;
  let digits = 0;
  let allThree = true;
  let dashed = false;
  while (toks[j]?.kind === "num") {
    const len = toks[j].text.length;
    if (len > 4) return -1;
    if (groups > 0 && len !== 3) allThree = false;
    groups++;
    digits += len;
    const sep = toks[j + 1];
    if (
      sep &&
      toks[j + 2]?.kind === "num" &&
      ((sep.kind === "space" && sep.text.length === 1 && !sep.nl) || (sep.kind === "punct" && (sep.text === "." || isDash(sep.text))))
    ) {
      if (sep.kind === "punct" && isDash(sep.text)) dashed = true;
      j += 2;
    } else {
      j++;
      break;
    }
  }
  if (digits < 8 || groups < 3) return -1;
  if (allThree && !dashed) return -1; // thousands groups: "12 345 678"
  if (groups < 4 && !dashed) return -1;
  return j;
}

/** "1. Introduction", "2) Résultats" at the start of a line. */
function listMarker(ctx: ScanContext, i: number): number {
  const { toks } = ctx;
  const t = toks[i];
  if (t.text.length > 2) return -1;
  const prev = toks[i - 1];
  if (prev && !(prev.kind === "space" && (prev.nl || i === 1))) return -1;
  const next = toks[i + 1];
  if (!isPunctTok(next, ".", ")")) return -1;
  const after = toks[i + 2];
  if (after && after.kind !== "space") return -1;
  return i + 2;
}

/** "p. 12", "article 3", "n° 5", "§ 4". */
function reference(ctx: ScanContext, i: number): number {
  const { toks } = ctx;
  const p = prevNonSpace(toks, i);
  if (p < 0) return -1;
  const prev = toks[p];
  if (prev.kind === "punct" && (prev.text === "." || prev.text === "°" || prev.text === "º")) {
    const w = toks[p - 1];
    if (w && w.kind === "word" && (DOTTED_REFERENCES.has(w.norm) || REFERENCE_WORDS.has(w.norm))) return i + 1;
    return -1;
  }
  if (prev.kind === "punct" && (prev.text === "§" || prev.text === "#" || prev.text === "№")) return i + 1;
  if (prev.kind === "word" && REFERENCE_WORDS.has(prev.norm) && !DOTTED_REFERENCES.has(prev.norm)) return i + 1;
  return -1;
}

/** Skip rules for a number at i read at face value. Returns where to resume, or -1. */
export function skipNumber(ctx: ScanContext, i: number): number {
  if (attachedToName(ctx, i)) {
    // Skip the whole digits run and separators so "3.5" in "v3.5" is not read from its middle.
    let j = i + 1;
    while ((isPunctTok(ctx.toks[j], ".", ",", "-") && ctx.toks[j + 1]?.kind === "num") || ctx.toks[j]?.kind === "word")
      j += ctx.toks[j].kind === "word" ? 1 : 2;
    return j;
  }
  for (const rule of [slashOrColon, time, phone, listMarker, reference]) {
    const j = rule(ctx, i);
    if (j >= 0) return j;
  }
  return -1;
}

/**
 * A plain integer right after a capitalised word is a name ("Windows 11", "Boeing 737",
 * "Vision 2030", "CAC 40"), unless that word is a function word or a hedge ("En 2019",
 * "Nearly 300"). With a noun after the number, a capitalised word opening the sentence may be an
 * ordinary word ("Acme 300 salariés" is rare, "Seuls 300 salariés" is not): then it is a name only
 * inside the sentence ("The Boeing 737 landed").
 */
export function productName(ctx: ScanContext, i: number, hasUnit: boolean): boolean {
  const { toks } = ctx;
  const p = prevNonSpace(toks, i);
  if (p < 0 || p !== i - 2) return false;
  const prev = toks[p];
  if (prev.kind !== "word" || !hasUpper(prev.text)) return false;
  if (FUNCTION_WORDS.has(prev.norm) || YEAR_CONTEXT.has(prev.norm) || endsHedge(prev.norm)) return false;
  return !(hasUnit && atSentenceStart(toks, p));
}

/** The word before a four-digit number puts it in year position ("en 2019", "by 2030", "mi-2025"). */
export function inYearPosition(ctx: ScanContext, i: number): boolean {
  const { toks } = ctx;
  const prev = toks[i - 1];
  if (prev && prev.kind === "punct" && isHyphen(prev.text) && (toks[i - 2]?.norm === "mi" || toks[i - 2]?.norm === "mid")) return true;
  const p = prevNonSpace(toks, i);
  if (p < 0) return false;
  const t = toks[p];
  return t.kind === "word" && YEAR_CONTEXT.has(t.norm);
}
