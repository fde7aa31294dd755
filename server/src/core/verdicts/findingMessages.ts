import { translator, type Locale, type Translate } from "../../shared/i18n";
import type { Evidence } from "../types";
import { placeOf } from "./evidence";

// Every finding says briefly why, in the user's locale; the wording lives in the shared catalogue
// (shared/i18n), these functions only assemble it. Messages stay one short line (Problems panel,
// compiler-style CLI output); the quotes travel as evidence, shown by the hover, the report and the CLI.

export type MessageLocale = Locale;

const translators: Record<Locale, Translate> = { en: translator("en"), fr: translator("fr") };

export const messages = {
  figureSupported(locale: MessageLocale, value: string, e: Evidence): string {
    const t = translators[locale];
    return t("finding.figureSupported", { value, place: placeOf(e, t) });
  },
  figureConflict(locale: MessageLocale, claimValue: string, sourceValue: string, e: Evidence): string {
    const t = translators[locale];
    return t("finding.figureConflict", { sourceValue, claimValue, place: placeOf(e, t) });
  },
  figureUnsupported(locale: MessageLocale, claimValue: string): string {
    return translators[locale]("finding.figureUnsupported", { claimValue });
  },
  figureOpposite(locale: MessageLocale, word: string, e: Evidence): string {
    const t = translators[locale];
    return t("finding.figureOpposite", { word, place: placeOf(e, t) });
  },
  actorSwap(locale: MessageLocale, claimName: string, sourceName: string, e: Evidence): string {
    const t = translators[locale];
    return t("finding.actorSwap", { sourceName, claimName, place: placeOf(e, t) });
  },
  rolesReversed(locale: MessageLocale, e: Evidence): string {
    const t = translators[locale];
    return t("finding.rolesReversed", { place: placeOf(e, t) });
  },
  textSupported(locale: MessageLocale, e: Evidence): string {
    const t = translators[locale];
    return t("finding.textSupported", { place: placeOf(e, t) });
  },
  textConflict(locale: MessageLocale, e: Evidence): string {
    const t = translators[locale];
    return t("finding.textConflict", { place: placeOf(e, t) });
  },
  textUnsupported(locale: MessageLocale): string {
    return translators[locale]("finding.textUnsupported");
  },
  unknownNames(locale: MessageLocale, names: string[]): string {
    return translators[locale]("finding.unknownNames", { names: names.join(", ") });
  },
  /** The disagreeing values, best-matching first: the first few by name, then how many more (with a leading space: it follows a message). */
  sourcesDisagree(locale: MessageLocale, values: { value: string; evidence: Evidence }[]): string {
    const t = translators[locale];
    const shown = values.slice(0, MAX_VALUES_SHOWN);
    const named = shown.map((v) => `${v.value} (${placeOf(v.evidence, t)})`).join(t("finding.valueSeparator"));
    const more = values.length - shown.length;
    return " " + t("finding.sourcesDisagree", { values: more > 0 ? t("finding.moreValues", { values: named, count: more }) : named });
  },
  fixTitle(locale: MessageLocale, newText: string): string {
    return translators[locale]("finding.fixTitle", { value: newText });
  },
};

/** Values of disagreeing sources named in a message; a newsroom archive can have dozens. */
const MAX_VALUES_SHOWN = 4;
