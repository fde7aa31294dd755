import type { Evidence } from "../types";
import { placeOf } from "./evidence";

// Every finding says briefly why. Messages are English or French, following the user's locale.

export type MessageLocale = "en" | "fr";

// Messages stay one short line (Problems panel, compiler-style CLI output); the quotes travel as
// evidence, shown by the hover, the report and the CLI.

export const messages = {
  figureSupported(locale: MessageLocale, value: string, e: Evidence): string {
    return locale === "fr"
      ? `Les sources donnent ${value} (${placeOf(e)}).`
      : `Sources give ${value} (${placeOf(e)}).`;
  },
  figureConflict(locale: MessageLocale, claimValue: string, sourceValue: string, e: Evidence): string {
    return locale === "fr"
      ? `Les sources donnent ${sourceValue}, pas ${claimValue} (${placeOf(e)}).`
      : `Sources give ${sourceValue}, not ${claimValue} (${placeOf(e)}).`;
  },
  figureUnsupported(locale: MessageLocale, claimValue: string): string {
    return locale === "fr"
      ? `Aucune source ne donne ce chiffre (${claimValue}) pour ce fait.`
      : `No source gives this figure (${claimValue}) for this fact.`;
  },
  figureOpposite(locale: MessageLocale, word: string, e: Evidence): string {
    return locale === "fr"
      ? `Les sources disent le contraire de « ${word} » (${placeOf(e)}).`
      : `Sources say the opposite of "${word}" (${placeOf(e)}).`;
  },
  actorSwap(locale: MessageLocale, claimName: string, sourceName: string, e: Evidence): string {
    return locale === "fr"
      ? `Les sources attribuent ce fait à ${sourceName}, pas à ${claimName} (${placeOf(e)}).`
      : `Sources give this to ${sourceName}, not ${claimName} (${placeOf(e)}).`;
  },
  rolesReversed(locale: MessageLocale, e: Evidence): string {
    return locale === "fr"
      ? `Les sources disent l'inverse : les rôles sont intervertis (${placeOf(e)}).`
      : `Sources say it the other way round: the roles are swapped (${placeOf(e)}).`;
  },
  textSupported(locale: MessageLocale, e: Evidence): string {
    return locale === "fr"
      ? `Confirmé par ${placeOf(e)}.`
      : `Supported by ${placeOf(e)}.`;
  },
  textConflict(locale: MessageLocale, e: Evidence): string {
    return locale === "fr"
      ? `Les sources disent le contraire (${placeOf(e)}).`
      : `Sources say the opposite (${placeOf(e)}).`;
  },
  textUnsupported(locale: MessageLocale): string {
    return locale === "fr" ? "Aucune source n'affirme cela." : "No source states this.";
  },
  unknownNames(locale: MessageLocale, names: string[]): string {
    const list = names.join(", ");
    return locale === "fr" ? `Aucune source ne mentionne ${list}.` : `No source mentions ${list}.`;
  },
  /** The disagreeing values, best-matching first: the first few by name, then how many more. */
  sourcesDisagree(locale: MessageLocale, values: { value: string; evidence: Evidence }[]): string {
    const shown = values.slice(0, MAX_VALUES_SHOWN);
    let parts = shown.map((v) => `${v.value} (${placeOf(v.evidence)})`).join(locale === "fr" ? " ; " : "; ");
    const more = values.length - shown.length;
    if (more > 0) parts += locale === "fr" ? ` et ${more} autre${more > 1 ? "s" : ""}` : ` and ${more} more`;
    return locale === "fr" ? ` Les sources divergent : ${parts}.` : ` Sources disagree: ${parts}.`;
  },
  fixTitle(locale: MessageLocale, newText: string): string {
    return locale === "fr" ? `Remplacer par ${newText}` : `Replace with ${newText}`;
  },
};

/** Values of disagreeing sources named in a message; a newsroom archive can have dozens. */
const MAX_VALUES_SHOWN = 4;
