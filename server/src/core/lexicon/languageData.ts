import verbs from "./data/french-verbs.json";

// Language data generated from well-kept resources by scripts/build-language-data.mjs: French
// conjugations from the Lefff. Built into a Map on first use (lookups by arbitrary word never go
// through plain objects).

let frenchForms: Map<string, readonly string[]> | undefined;

/** The forms of a French verb the lexicon conjugates, from the Lefff; undefined when the Lefff lacks it. */
export function lefffVerbForms(infinitive: string): readonly string[] | undefined {
  frenchForms ??= new Map(Object.entries(verbs.verbs));
  return frenchForms.get(infinitive);
}
