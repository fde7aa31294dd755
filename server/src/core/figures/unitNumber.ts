import type { Lang } from "../types";
import { unitOfMeasure } from "./measureUnits";

// The unit noun of a count agreeing with its number, so a message reads like the draft: a draft
// that writes "30 slots" is told "Sources give 1 slot", and "1 créneau" is told "22 créneaux".
// English takes the plural from 2 and for 0 ("0 slots"); French from 2 only ("0 créneau",
// "1,5 million"). Nouns are the draft's, so a word these rules cannot read is kept as written.

const EN_IRREGULAR: ReadonlyArray<readonly [singular: string, plural: string]> = [
  ["person", "people"],
  ["child", "children"],
  ["man", "men"],
  ["woman", "women"],
  ["foot", "feet"],
  ["tooth", "teeth"],
  ["mouse", "mice"],
];
/** English nouns ending in s that are singular, or the same in both numbers. */
const EN_SAME = /(?:ss|us|is|ics|series|species|news|sheep|deer|fish|aircraft|staff)$/;
/** French nouns the same in both numbers (ending in s, x or z in the singular), and invariable units. */
const FR_SAME = /(?:s|x|z)$/;

/** Whether a count of `value` takes the plural in `lang`. */
function takesPlural(value: number, lang: Lang): boolean {
  return lang === "fr" ? Math.abs(value) >= 2 : Math.abs(value) !== 1;
}

function englishForms(word: string): { singular: string; plural: string } {
  for (const [s, p] of EN_IRREGULAR) {
    if (word === s || word === p) return { singular: s, plural: p };
  }
  if (EN_SAME.test(word)) return { singular: word, plural: word };
  if (word.endsWith("ies") && word.length > 4) return { singular: `${word.slice(0, -3)}y`, plural: word };
  if (/(?:ch|sh|x|z|ss)es$/.test(word)) return { singular: word.slice(0, -2), plural: word };
  if (word.endsWith("s")) return { singular: word.slice(0, -1), plural: word };
  if (/[^aeiou]y$/.test(word)) return { singular: word, plural: `${word.slice(0, -1)}ies` };
  if (/(?:ch|sh|x|z)$/.test(word)) return { singular: word, plural: `${word}es` };
  return { singular: word, plural: `${word}s` };
}

function frenchForms(word: string): { singular: string; plural: string } {
  if (word.endsWith("eaux") || word.endsWith("eux")) return { singular: word.slice(0, -1), plural: word };
  if (/[^s]s$/.test(word) && word.length > 3 && !/(?:ois|ays|rix|aux|ours|oids|emps|orps)$/.test(word)) {
    return { singular: word.slice(0, -1), plural: word };
  }
  if (FR_SAME.test(word)) return { singular: word, plural: word };
  if (/(?:eau|eu)$/.test(word)) return { singular: word, plural: `${word}x` };
  if (word.endsWith("al") && word.length > 3) return { singular: word, plural: `${word.slice(0, -2)}aux` };
  return { singular: word, plural: `${word}s` };
}

/** Words that are no noun to inflect: adjectives and participles a count's noun phrase may end on. */
const NOT_A_NOUN = /(?:ly|ing|ed|new|old|more|other|further|extra|additional)$/;

/**
 * The unit noun `unit` (as the draft writes it, in `lang`) in the number a count of `value` takes.
 * A noun phrase ("new homes", "nouveaux logements") agrees on each word in French, on its last in
 * English; an English word that is no noun is left as written.
 */
export function unitForCount(unit: string, value: number, lang: Lang): string {
  const words = unit.split(" ");
  if (lang === "fr") return words.map((w) => inflect(w, value, lang)).join(" ");
  const last = words.pop()!;
  return [...words, NOT_A_NOUN.test(last) ? last : inflect(last, value, lang)].join(" ");
}

/**
 * Unit symbols are the same in both numbers ("600 km", "3 kWh", "5 min"): a word without a vowel
 * is one (no noun of either language is written so), and a few short symbols that have a vowel.
 */
const UNIT_SYMBOL = /^(?:[^aeiouyàâäéèêëîïôöûüù]+|min|ha|mi|oz)$/i;

/**
 * Whether a unit word could be the plural noun a count of a thousand or more takes ("2006
 * salariés", "1500 people", "2000 km"): a year-shaped number followed by any other word ("2006
 * signifie", "1995 marked") is a year, not a count of that word.
 */
export function pluralCountNoun(word: string): boolean {
  const last = word.split(/[ -]/).pop()!;
  if (UNIT_SYMBOL.test(last) || /[sxz]$/.test(last) || EN_SAME.test(last)) return true;
  return EN_IRREGULAR.some(([, plural]) => plural === last) || last === "personnel";
}

function inflect(word: string, value: number, lang: Lang): string {
  if (UNIT_SYMBOL.test(word)) return word;
  const forms = lang === "fr" ? frenchForms(word) : englishForms(word);
  return takesPlural(value, lang) ? forms.plural : forms.singular;
}

/**
 * When a fix changes a count's number, the unit noun written right after it in the draft
 * (`text` starts at offset `textStart`) in the new number, so "1 créneau" becomes "22 créneaux",
 * not "22 créneau": the end of the noun and what to write from the figure's end to there.
 * Undefined when the noun needs no change or is not where the draft's unit is.
 */
export function unitAgreementFix(
  text: string,
  textStart: number,
  claim: { kind: string; end: number; unit?: string },
  value: number,
  lang: Lang,
): { end: number; tail: string } | undefined {
  const unit = claim.unit;
  if (claim.kind !== "count" || !unit || unit === "points") return undefined;
  const rest = text.slice(claim.end - textStart);
  const gaps = [/^\s+(?:de|d'|d’|of)\s*/u.exec(rest)?.[0], /^\s+/u.exec(rest)?.[0]];
  const gap = gaps.find(
    (g) =>
      g !== undefined &&
      rest.slice(g.length, g.length + unit.length).toLowerCase() === unit &&
      !/[\p{L}-]/u.test(rest.charAt(g.length + unit.length)),
  );
  if (gap === undefined) return undefined;
  // A rate agrees in its first word only: "1 mile per hour", "81 miles per hour".
  const rate = unitOfMeasure(unit) !== undefined ? unit.search(/[\s/]/u) : -1;
  const agreeing = rate > 0 ? unitForCount(unit.slice(0, rate), value, lang) + unit.slice(rate) : unitForCount(unit, value, lang);
  if (agreeing === unit) return undefined;
  const written = rest.slice(gap.length, gap.length + unit.length);
  const cased = written.charAt(0) !== written.charAt(0).toLowerCase() ? agreeing.charAt(0).toUpperCase() + agreeing.slice(1) : agreeing;
  return { end: claim.end + gap.length + unit.length, tail: `${gap}${cased}` };
}
