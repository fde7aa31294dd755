import type { Lang } from "../types";
import { startsWithVowel } from "./chars";
import { currencySymbol, currencyWord } from "./currencies";
import { renderFigure } from "./render";
import type { Figure, FigureStyle, HedgeKind } from "./types";

// A short human rendering for messages: "49 %", "$3 billion", "3 milliards de dollars",
// "January 2025", "3 juin 2025", "Q2 2025", "2030", "220 000 employés".

const HEDGE_WORDS: Record<Exclude<HedgeKind, "exact">, [fr: string, en: string]> = {
  approx: ["environ", "about"],
  atLeast: ["au moins", "at least"],
  moreThan: ["plus de", "more than"],
  atMost: ["au plus", "at most"],
  lessThan: ["moins de", "less than"],
  upTo: ["jusqu'à", "up to"],
  since: ["depuis", "since"],
  until: ["jusqu'en", "until"],
  before: ["avant", "before"],
  after: ["après", "after"],
};

/** The hedge in words, before a rendered figure ("plus d'un tiers", "jusqu'au 3 juin"). */
function withHedge(f: Figure, lang: Lang, text: string): string {
  if (f.hedge === "exact") return text;
  let h = HEDGE_WORDS[f.hedge][lang === "fr" ? 0 : 1];
  if (lang === "fr" && f.hedge === "until" && f.kind === "date") h = "jusqu'au";
  if (lang === "fr" && h.endsWith(" de") && startsWithVowel(text)) return `${h.slice(0, -3)} d'${text}`;
  return `${h} ${text}`;
}

/** A figure shaped like `f` with the plain, default style of a language. */
function canonical(f: Figure, lang: Lang): Figure {
  const style: FigureStyle = { lang, words: false };
  const like: Figure = { kind: f.kind, value: f.value, hedge: "exact", start: 0, end: 0, text: "", style };
  if (f.unit === "points") like.unit = "points";
  if (f.max !== undefined) {
    style.rangeStyle = "dash";
    style.rangeSep = "–";
  }
  switch (f.kind) {
    case "percent":
      if (f.style.wordsForm === "fraction" || f.style.wordsForm === "ratio") {
        style.words = true;
        style.wordsForm = "fraction";
        style.article = lang === "fr" ? "un" : "";
      }
      break;
    case "money": {
      like.currency = f.currency;
      style.magnitudeStyle = "word";
      const code = f.currency ?? "USD";
      const symbol = currencySymbol(code);
      if (lang === "en" && symbol && symbol.length <= 2) {
        style.currencyPosition = "prefix";
        style.currencyToken = symbol;
        style.prefixSep = "";
      } else if (lang === "en") {
        style.currencyPosition = "prefix";
        style.currencyToken = code;
        style.prefixSep = " ";
      } else {
        style.currencyPosition = "suffix";
        style.currencyToken = currencyWord(code, "fr", true);
      }
      break;
    }
    case "count":
      style.magnitudeStyle = "word";
      break;
    case "month":
    case "date":
      like.year = f.year;
      style.capitalized = lang === "en";
      style.dateOrder = lang === "fr" ? "dm" : "md";
      style.dayComma = true;
      break;
    case "quarter":
      like.year = f.year;
      style.quarterLetter = lang === "fr" ? "T" : "Q";
      break;
  }
  return like;
}

export interface DescribeOptions {
  /** Write the hedge too ("près de 14 milliards de dollars"). Default false. */
  hedge?: boolean;
}

/** A short rendering of a figure in a language, for messages. */
export function describeFigure(f: Figure, lang: Lang, options: DescribeOptions = {}): string {
  let text: string;
  if (f.kind === "year" && f.decade) {
    text = lang === "fr" ? `années ${f.value}` : `${f.value}s`;
  } else if (f.kind === "year") {
    text = f.max !== undefined ? `${f.value}–${f.max}` : String(f.value);
  } else {
    text = renderFigure(f, canonical(f, lang));
  }
  if (f.kind === "count" && f.unit) {
    const magnitudeWord = /(millions?|milliards?|billions?|trillion|million|billion)$/.test(text);
    if (lang === "fr" && magnitudeWord) text += startsWithVowel(f.unit) ? ` d'${f.unit}` : ` de ${f.unit}`;
    else text += ` ${f.unit}`;
  }
  return options.hedge ? withHedge(f, lang, text) : text;
}
