import type { Lang } from "../types";
import { currencySymbol, currencyWord } from "./currencies";
import type { Figure, FigureStyle } from "./types";

// The plain, default way each language writes a figure: what messages use, and what a fix falls
// back to when the draft's own figure gives no style to copy.

/** A figure shaped like `f` with the plain, default style of a language. */
export function canonicalFigure(f: Figure, lang: Lang): Figure {
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
    case "rank":
      like.unit = f.unit;
      style.rankForm = "digits";
      style.feminine = f.style.feminine;
      break;
    case "year":
      break; // digits alone, in either language
  }
  return like;
}
