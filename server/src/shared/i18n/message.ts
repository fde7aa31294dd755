// The shape of a catalogue entry. A message is a template with named placeholders ("{value}"), or
// one template per plural category of Intl.PluralRules, chosen by the `count` parameter.

type PluralCategory = "zero" | "one" | "two" | "few" | "many" | "other";

/** `other` is required: every language falls back on it for the categories it does not list. */
export type PluralForms = { readonly other: string } & { readonly [C in Exclude<PluralCategory, "other">]?: string };

export type Message = string | PluralForms;

export type Locale = "en" | "fr";

export const LOCALES: readonly Locale[] = ["en", "fr"];

/** French for any French tag (fr, fr-CA, fr_FR.UTF-8); English otherwise. */
export function localeOf(tag: string | undefined): Locale {
  return tag?.toLowerCase().startsWith("fr") ? "fr" : "en";
}
