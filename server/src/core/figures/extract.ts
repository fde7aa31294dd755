import type { Lang } from "../types";
import { isSignChar } from "./chars";
import type { ScanContext } from "./scanContext";
import { readPrefixCurrency } from "./currencies";
import { fractionDraft, rankDraft, temporalDraft, type Draft, type Step } from "./figureCandidates";
import { matchFraction, matchRatio, type FractionMatch } from "./fractions";
import { hedgeAfter, hedgeBefore } from "./hedges";
import { monthWord } from "./months";
import { isNumberWord } from "./numberWords";
import { betweenStep, quantityStep } from "./quantitySteps";
import { matchRank, wordMayStartRank } from "./ranks";
import { skipNumber } from "./skip";
import { matchDayMonth, matchIsoDate, matchMonth, matchQuarter, type TemporalMatch } from "./temporal";
import { tokenize } from "./figureTokens";
import type { Figure } from "./types";

// The scanner: walks the tokens once, left to right, trying the matchers at each token that can
// start a figure. Every matcher looks ahead a bounded number of tokens, so the whole pass is linear.

const SYMBOL_STARTS = new Set(["$", "€", "£", "¥", "₹", "₣"]);
const WORD_STARTS = new Set([
  "entre",
  "between",
  "half",
  "q",
  "t",
  "premier",
  "deuxième",
  "deuxieme",
  "second",
  "troisième",
  "troisieme",
  "quatrième",
  "quatrieme",
  "first",
  "third",
  "fourth",
  "la",
  "le",
  "les",
  "demi",
]);

// Whether a word's lower-case form can start a figure depends on it alone: memoised (bounded),
// since the scanner asks for every word of every sentence.
const MEMO_LIMIT = 50_000;
const wordStarts = new Map<string, boolean>();

function wordMayStart(norm: string): boolean {
  let starts = wordStarts.get(norm);
  if (starts === undefined) {
    starts = WORD_STARTS.has(norm) || isNumberWord(norm) || norm === "a" || norm === "an" || !!monthWord(norm);
    if (wordStarts.size >= MEMO_LIMIT) wordStarts.clear();
    wordStarts.set(norm, starts);
  }
  return starts;
}

/** Cheap test before running the matchers: most tokens cannot start a figure. */
function mayStart(ctx: ScanContext, i: number): boolean {
  const t = ctx.toks[i];
  switch (t.kind) {
    case "num":
      return true;
    case "punct":
      return SYMBOL_STARTS.has(t.text) || isSignChar(t.text);
    case "word":
      return wordMayStart(t.norm) || wordMayStartRank(t) || readPrefixCurrency(ctx.toks, i) !== null;
    default:
      return false;
  }
}

// Dispatch -------------------------------------------------------------------------------------

function temporalStep(ctx: ScanContext, m: TemporalMatch | null): Step | null {
  return m ? { drafts: [temporalDraft(ctx, m)], next: m.endTok } : null;
}

function fractionStep(ctx: ScanContext, m: FractionMatch | null): Step | null {
  return m ? { drafts: [fractionDraft(ctx, m)], next: m.endTok } : null;
}

/** Ranks come before the other readings: "world number 45" is no reference, "45e" no glued name. */
function rankStep(ctx: ScanContext, i: number): Step | null {
  const m = matchRank(ctx, i);
  return m ? { drafts: [rankDraft(ctx, m)], next: m.endTok } : null;
}

function numberStep(ctx: ScanContext, i: number): Step | null {
  const iso = temporalStep(ctx, matchIsoDate(ctx, i));
  if (iso) return iso;
  const rank = rankStep(ctx, i);
  if (rank) return rank;
  const skip = skipNumber(ctx, i);
  if (skip >= 0) return { skipTo: skip };
  return (
    temporalStep(ctx, matchQuarter(ctx, i)) ??
    temporalStep(ctx, matchDayMonth(ctx, i)) ??
    fractionStep(ctx, matchRatio(ctx, i)) ??
    quantityStep(ctx, i)
  );
}

function wordStep(ctx: ScanContext, i: number): Step | null {
  const t = ctx.toks[i];
  if (t.norm === "entre" || t.norm === "between") {
    const b = betweenStep(ctx, i);
    if (b) return b;
  }
  return (
    temporalStep(ctx, matchQuarter(ctx, i)) ??
    temporalStep(ctx, matchMonth(ctx, i)) ??
    rankStep(ctx, i) ??
    fractionStep(ctx, matchFraction(ctx, i)) ??
    fractionStep(ctx, matchRatio(ctx, i)) ??
    quantityStep(ctx, i)
  );
}

function punctStep(ctx: ScanContext, i: number): Step | null {
  const { toks } = ctx;
  const t = toks[i];
  if (isSignChar(t.text)) {
    // A sign belongs to the number only when nothing is glued before it ("GPT-4", "10-20").
    const prev = toks[i - 1];
    if (prev && (prev.kind === "word" || prev.kind === "num" || (prev.kind === "punct" && !'([{«"“:;/'.includes(prev.text)))) return null;
    const next = toks[i + 1];
    if (!next || (next.kind !== "num" && !readPrefixCurrency(toks, i + 1))) return null;
    if (t.text === "+" && next.kind === "num") {
      const skip = skipNumber(ctx, i + 1);
      if (skip >= 0) return { skipTo: skip };
    }
    if (next.kind === "num" && skipNumber(ctx, i + 1) >= 0) return null;
  }
  return quantityStep(ctx, i);
}

function step(ctx: ScanContext, i: number): Step | null {
  switch (ctx.toks[i].kind) {
    case "num":
      return numberStep(ctx, i);
    case "word":
      return wordStep(ctx, i);
    case "punct":
      return punctStep(ctx, i);
    default:
      return null;
  }
}

function finish(ctx: ScanContext, d: Draft, minTok: number, allowAfter: boolean): { fig: Figure; next: number } {
  const { toks, text } = ctx;
  const start = toks[d.startTok].start;
  const end = toks[d.endTok - 1].end;
  const fig = { ...d.fig, hedge: d.impliedHedge ?? "exact", start, end, text: text.slice(start, end) } as Figure;
  let next = d.endTok;
  const before = hedgeBefore(ctx, d.startTok, minTok, d.temporal);
  if (before) {
    fig.hedge = before.kind;
    fig.hedgeSpan = { start: before.start, end: before.end };
  } else if (!d.temporal && allowAfter) {
    const after = hedgeAfter(ctx, d.afterTok);
    if (after) {
      fig.hedge = after.kind;
      fig.hedgeSpan = { start: after.start, end: after.end };
      next = after.endTok;
    }
  }
  return { fig, next };
}

/** Every figure of `text`, sorted by start and non-overlapping. `lang` decides what "," and "." mean in numbers. */
export function extractFigures(text: string, lang: Lang): Figure[] {
  const ctx: ScanContext = { text, toks: tokenize(text), lang };
  const out: Figure[] = [];
  const n = ctx.toks.length;
  let minTok = 0;
  let i = 0;
  while (i < n) {
    if (!mayStart(ctx, i)) {
      i++;
      continue;
    }
    const s = step(ctx, i);
    if (!s) {
      i++;
      continue;
    }
    if ("skipTo" in s) {
      i = Math.max(s.skipTo, i + 1);
      continue;
    }
    let next = s.next;
    s.drafts.forEach((d, k) => {
      const r = finish(ctx, d, k === 0 ? minTok : s.drafts[k - 1].endTok, k === s.drafts.length - 1);
      out.push(r.fig);
      if (k === s.drafts.length - 1) next = Math.max(next, r.next);
    });
    minTok = next;
    i = Math.max(next, i + 1);
  }
  return mergeDayRanges(text, out).map((f) => (f.kind === "date" ? withDayRange(text, f) : f));
}

/** "between 1 and 7 June": the range reader took "between 1 and 7" as a count; with the month after it, it is a range of days. */
function mergeDayRanges(text: string, figures: Figure[]): Figure[] {
  const out: Figure[] = [];
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i]!;
    const next = figures[i + 1];
    const days =
      f.kind === "count" &&
      f.max !== undefined &&
      !f.unit &&
      Number.isInteger(f.value) &&
      Number.isInteger(f.max) &&
      f.value >= 1 &&
      f.max <= 31;
    if (days && next?.kind === "month" && /^\s+$/u.test(text.slice(f.end, next.start))) {
      out.push({
        ...next,
        kind: "date",
        value: f.value,
        max: f.max,
        month: next.value,
        start: f.start,
        text: text.slice(f.start, next.end),
        style: { ...next.style, rangeStyle: f.style.rangeStyle, rangeSep: f.style.rangeSep, dateOrder: "dm" },
      });
      i++;
    } else out.push(f);
  }
  return out;
}

/**
 * "entre le 1er et le 5 mars", "du 1er au 5 mars", "between 1 and 5 March", "1-5 March": the first
 * day has no month of its own, so the date reader saw "5 mars" alone; the range is one figure.
 */
const DAY_RANGE_BEFORE = /(?:\b(?:entre\s+le|du|between|from)\s+)?\b(\d{1,2})(?:er|re|st|nd|rd|th)?\s*(?:et\s+le|et|au|and|to|-|–)\s*$/iu;

function withDayRange(text: string, f: Figure): Figure {
  const m = DAY_RANGE_BEFORE.exec(text.slice(Math.max(0, f.start - 40), f.start));
  if (!m) return f;
  const first = Number(m[1]);
  // A bare "5 - 7 mars" needs the dash; "et"/"au"/"to" need their opener ("entre", "du", "from").
  const opened = /^(?:entre|du|between|from)/iu.test(m[0]) || /[-–]\s*$/u.test(m[0]);
  if (!opened || first < 1 || first >= f.value) return f;
  const start = f.start - m[0].length;
  return {
    ...f,
    value: first,
    max: f.value,
    start,
    text: text.slice(start, f.end),
    style: { ...f.style, rangeStyle: /[-–]\s*$/u.test(m[0]) ? "dash" : "between" },
  };
}
