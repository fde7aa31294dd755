import type { HedgeKind } from "./types";
import { phraseParts, type ScanContext } from "./scanContext";

// Hedges: the words before (or after) a figure that say how exact it is ("près de", "more than")
// or, for years and dates, which side of the date is meant ("depuis", "until"). A hedge word
// reads differently with quantities and with dates: "dès 10 euros" (at least) vs "dès 2019" (since).

interface HedgeDef {
  parts: string[];
  /** Meaning before an amount, percentage or count. */
  numeric?: HedgeKind;
  /** Meaning before a year, month, date or quarter. */
  temporal?: HedgeKind;
}

function defs(phrases: string[], numeric?: HedgeKind, temporal?: HedgeKind): HedgeDef[] {
  const out: HedgeDef[] = [];
  for (const p of phrases) {
    // French phrases ending in "de" also come elided: "près d'un milliard".
    const variants = p.endsWith(" de") ? [p, `${p.slice(0, -3)} d'`] : [p];
    for (const v of variants) out.push({ parts: phraseParts(v), numeric, temporal });
  }
  return out;
}

const BEFORE: HedgeDef[] = [
  ...defs(
    [
      "près de",
      "environ",
      "quelque",
      "quelques",
      "approximativement",
      "presque",
      "quasiment",
      "à peu près",
      "pas loin de",
      "de l'ordre de",
      "grosso modo",
      "à peine",
      "nearly",
      "almost",
      "roughly",
      "some",
      "close to",
      "an estimated",
      "estimated",
      "approx",
    ],
    "approx",
  ),
  ...defs(["autour de", "aux alentours de", "about", "around", "approximately", "circa", "vers"], "approx", "approx"),
  ...defs(
    [
      "plus de",
      "more than",
      "over",
      "above",
      "upwards of",
      "in excess of",
      "au-delà de",
      "au-dessus de",
      "supérieur à",
      "supérieure à",
      "supérieurs à",
      "supérieures à",
      "greater than",
      "exceeding",
      "dépassant",
      "well over",
      "bien plus de",
    ],
    "moreThan",
  ),
  ...defs(["au moins", "at least", "au minimum", "pas moins de", "no less than", "not less than", "no fewer than", "minimum"], "atLeast"),
  ...defs(
    [
      "moins de",
      "less than",
      "fewer than",
      "under",
      "below",
      "inférieur à",
      "inférieure à",
      "inférieurs à",
      "inférieures à",
      "en dessous de",
      "en deçà de",
      "au-dessous de",
      "just under",
    ],
    "lessThan",
  ),
  ...defs(["au plus", "at most", "au maximum", "tout au plus", "pas plus de", "no more than", "not more than", "maximum"], "atMost"),
  ...defs(
    [
      "up to",
      "as much as",
      "as many as",
      "as high as",
      "allant jusqu'à",
      "pouvant atteindre",
      "pouvant aller jusqu'à",
      "jusqu'à hauteur de",
    ],
    "upTo",
  ),
  ...defs(["jusqu'à"], "upTo", "until"),
  ...defs(["à partir de", "dès"], "atLeast", "since"),
  ...defs(
    ["depuis", "since", "from", "à compter de", "à compter du", "à partir du", "starting in", "beginning in", "starting", "dès le"],
    undefined,
    "since",
  ),
  // "The partnership dates back to 2019", "qui remonte à 2019": the start of something, like "since".
  ...defs(
    [
      "dates back to",
      "dating back to",
      "dated back to",
      "goes back to",
      "going back to",
      "went back to",
      "remonte à",
      "remontent à",
      "remontant à",
      "remonterait à",
    ],
    undefined,
    "since",
  ),
  ...defs(
    ["jusqu'en", "jusqu'au", "until", "till", "through", "by", "d'ici", "d'ici à", "d'ici au", "no later than", "au plus tard en"],
    undefined,
    "until",
  ),
  ...defs(["avant", "before", "prior to", "avant le", "avant la"], undefined, "before"),
  ...defs(["après", "after", "après le", "après la"], undefined, "after"),
];

const AFTER: HedgeDef[] = [
  ...defs(["environ", "or so", "ou à peu près", "approximately"], "approx"),
  ...defs(["ou plus", "or more", "au moins", "at least", "au minimum", "minimum", "et plus"], "atLeast"),
  ...defs(["ou moins", "or less", "or fewer", "au plus", "at most", "au maximum", "maximum", "tout au plus"], "atMost"),
];

const AFTER_FIRST = new Set(AFTER.map((d) => d.parts[0]));

/** Hedges indexed by their last word, so a lookup only tries the few that can end there. */
const BEFORE_BY_LAST = new Map<string, HedgeDef[]>();
for (const def of BEFORE) {
  const last = def.parts[def.parts.length - 1];
  const list = BEFORE_BY_LAST.get(last) ?? [];
  list.push(def);
  BEFORE_BY_LAST.set(last, list);
}

/** The word can end a hedge ("nearly", "de" in "près de"): a word of the sentence, not a name. */
export function endsHedge(word: string): boolean {
  return BEFORE_BY_LAST.has(word);
}

/** Words that may sit between a temporal hedge and its date: "depuis le 3 juin", "d'ici fin 2025". */
const TEMPORAL_FILLERS = new Set([
  "le",
  "la",
  "l",
  "'",
  "the",
  "fin",
  "début",
  "mi",
  "-",
  "early",
  "late",
  "mid",
  "end",
  "of",
  "courant",
  "an",
  "année",
  "year",
]);

export interface FoundHedge {
  kind: HedgeKind;
  start: number;
  end: number;
  /** Token range. */
  startTok: number;
  endTok: number;
}

/** The words (and apostrophes, hyphens) before token i, nearest first, with their token indexes. */
function wordsBefore(ctx: ScanContext, i: number, minTok: number, max: number): { norm: string; tok: number }[] {
  const out: { norm: string; tok: number }[] = [];
  for (let j = i - 1; j >= minTok && out.length < max; j--) {
    const t = ctx.toks[j];
    if (t.kind === "space") {
      if (t.nl) break;
      continue;
    }
    if (t.kind === "word" || (t.kind === "punct" && (t.norm === "'" || t.norm === "-"))) out.push({ norm: t.norm, tok: j });
    else break;
  }
  return out;
}

function matchBackwards(
  words: { norm: string; tok: number }[],
  offset: number,
  temporal: boolean,
): { def: HedgeDef; kind: HedgeKind; len: number } | null {
  let best: { def: HedgeDef; kind: HedgeKind; len: number } | null = null;
  const candidates = offset < words.length ? BEFORE_BY_LAST.get(words[offset].norm) : undefined;
  if (!candidates) return null;
  for (const def of candidates) {
    const kind = temporal ? def.temporal : def.numeric;
    if (!kind) continue;
    const n = def.parts.length;
    if (offset + n > words.length || (best && best.len >= n)) continue;
    let ok = true;
    for (let p = 0; p < n; p++) {
      if (words[offset + p].norm !== def.parts[n - 1 - p]) {
        ok = false;
        break;
      }
    }
    if (ok) best = { def, kind, len: n };
  }
  return best;
}

/** The hedge ending right before token `figTok` (not before `minTok`, the end of the previous figure). */
export function hedgeBefore(ctx: ScanContext, figTok: number, minTok: number, temporal: boolean): FoundHedge | undefined {
  const words = wordsBefore(ctx, figTok, minTok, 8);
  if (!words.length) return undefined;
  let offset = 0;
  let found = matchBackwards(words, 0, temporal);
  // "depuis le 3 juin", "jusqu'à fin 2025": skip a few filler words between hedge and date.
  while (!found && temporal && offset < 4 && offset < words.length && TEMPORAL_FILLERS.has(words[offset].norm)) {
    offset++;
    found = matchBackwards(words, offset, temporal);
  }
  if (!found) return undefined;
  const first = words[offset + found.len - 1].tok;
  const last = words[offset].tok;
  // An apostrophe hedge like "près d'" must be glued to the figure; the words must not be glued to a longer word.
  const before = ctx.toks[first - 1];
  if (before && before.kind === "word") return undefined;
  return { kind: found.kind, start: ctx.toks[first].start, end: ctx.toks[last].end, startTok: first, endTok: last + 1 };
}

/** A hedge right after the figure ("49 % environ", "10 ans ou plus"). */
export function hedgeAfter(ctx: ScanContext, endTok: number): FoundHedge | undefined {
  const toks = ctx.toks;
  const first = toks[endTok + 1];
  if (!first || toks[endTok].kind !== "space" || !AFTER_FIRST.has(first.norm)) return undefined;
  let best: FoundHedge | undefined;
  for (const def of AFTER) {
    let j = endTok;
    let ok = true;
    let first = -1;
    for (let p = 0; p < def.parts.length; p++) {
      const part = def.parts[p];
      if (part !== "'" && part !== "-" && (p === 0 || (def.parts[p - 1] !== "'" && def.parts[p - 1] !== "-"))) {
        const t = toks[j];
        if (!t || t.kind !== "space" || t.nl) {
          ok = false;
          break;
        }
        j++;
      }
      const t = toks[j];
      if (!t || t.norm !== part) {
        ok = false;
        break;
      }
      if (first < 0) first = j;
      j++;
    }
    // The phrase must end the word run: "environ" yes, "ou plusieurs" no (token equality checks that).
    if (!ok) continue;
    const kind = def.numeric!;
    if (!best || j > best.endTok) best = { kind, start: toks[first].start, end: toks[j - 1].end, startTok: first, endTok: j };
  }
  return best;
}
