import type { Evidence } from "../types";
import { placeOf } from "./evidence";

// Every finding says briefly why. Messages are English or French, following the user's locale.

export type MessageLocale = "en" | "fr";

const quoteMarks = (locale: MessageLocale, q: string) => (locale === "fr" ? `« ${q} »` : `"${q}"`);

function shortQuote(q: string): string {
  return q.length > 160 ? q.slice(0, 157).trimEnd() + "…" : q;
}

export const messages = {
  figureSupported(locale: MessageLocale, value: string, e: Evidence): string {
    return locale === "fr"
      ? `Les sources donnent ${value} (${placeOf(e)}) : ${quoteMarks(locale, shortQuote(e.quote))}`
      : `Sources give ${value} (${placeOf(e)}): ${quoteMarks(locale, shortQuote(e.quote))}`;
  },
  figureConflict(locale: MessageLocale, claimValue: string, sourceValue: string, e: Evidence): string {
    return locale === "fr"
      ? `Les sources donnent ${sourceValue}, pas ${claimValue} (${placeOf(e)}) : ${quoteMarks(locale, shortQuote(e.quote))}`
      : `Sources give ${sourceValue}, not ${claimValue} (${placeOf(e)}): ${quoteMarks(locale, shortQuote(e.quote))}`;
  },
  figureUnsupported(locale: MessageLocale, claimValue: string): string {
    return locale === "fr"
      ? `Aucune source ne donne ce chiffre (${claimValue}) pour ce fait.`
      : `No source gives this figure (${claimValue}) for this fact.`;
  },
  textSupported(locale: MessageLocale, e: Evidence): string {
    return locale === "fr"
      ? `Confirmé par ${placeOf(e)} : ${quoteMarks(locale, shortQuote(e.quote))}`
      : `Supported by ${placeOf(e)}: ${quoteMarks(locale, shortQuote(e.quote))}`;
  },
  textConflict(locale: MessageLocale, e: Evidence): string {
    return locale === "fr"
      ? `Les sources disent le contraire (${placeOf(e)}) : ${quoteMarks(locale, shortQuote(e.quote))}`
      : `Sources say the opposite (${placeOf(e)}): ${quoteMarks(locale, shortQuote(e.quote))}`;
  },
  textUnsupported(locale: MessageLocale): string {
    return locale === "fr" ? "Aucune source n'affirme cela." : "No source states this.";
  },
  unknownNames(locale: MessageLocale, names: string[]): string {
    const list = names.join(", ");
    return locale === "fr" ? `Aucune source ne mentionne ${list}.` : `No source mentions ${list}.`;
  },
  sourcesDisagree(locale: MessageLocale, values: { value: string; evidence: Evidence }[]): string {
    const parts = values.map((v) => `${v.value} (${placeOf(v.evidence)})`).join(locale === "fr" ? " ; " : "; ");
    return locale === "fr" ? ` Les sources divergent : ${parts}.` : ` Sources disagree: ${parts}.`;
  },
  fixTitle(locale: MessageLocale, newText: string): string {
    return locale === "fr" ? `Remplacer par ${newText}` : `Replace with ${newText}`;
  },
};
