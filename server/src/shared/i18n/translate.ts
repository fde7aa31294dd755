// Turns a message id and its named parameters into text in one locale. Plural messages pick their
// form with Intl.PluralRules on the `count` parameter (French: 0 and 1 are singular).
import { en, type MessageId } from "./en";
import { fr } from "./fr";
import type { Locale, Message, PluralForms } from "./message";

type Catalogue = Readonly<Record<MessageId, Message>>;

export const catalogues: Readonly<Record<Locale, Catalogue>> = { en, fr };

/** The names between braces in a template, e.g. "value" | "place". */
type PlaceholdersOf<S> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | PlaceholdersOf<Rest> : never;
type TextsOf<M> = M extends string ? M : M[keyof M];
/** A plural message always takes `count`, even where a form does not print it. */
export type ParamsOf<Id extends MessageId> = PlaceholdersOf<TextsOf<(typeof en)[Id]>> | ((typeof en)[Id] extends string ? never : "count");

type MessageParams<Id extends MessageId> = Record<ParamsOf<Id>, string | number>;

export type Translate = <Id extends MessageId>(id: Id, ...params: [ParamsOf<Id>] extends [never] ? [] : [MessageParams<Id>]) => string;

/**
 * Text to be worded later, where a person reads it and in their locale: an error raised before the
 * reader's language is known (or on another layer) carries one, e.g. `(t) => t("params.notAString", { field })`.
 */
export type Wording = (t: Translate) => string;

export function translator(locale: Locale): Translate {
  const catalogue = catalogues[locale];
  const plurals = new Intl.PluralRules(locale);
  return ((id: MessageId, params: Record<string, string | number> = {}) => {
    const message = catalogue[id];
    const template = typeof message === "string" ? message : pluralForm(message, plurals.select(Number(params.count)));
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
  }) as Translate;
}

function pluralForm(forms: PluralForms, category: Intl.LDMLPluralRule): string {
  return (category === "other" ? undefined : forms[category]) ?? forms.other;
}
