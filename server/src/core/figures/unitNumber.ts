import type { Lang } from "../types";

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

/** The unit noun `unit` (as the draft writes it, in `lang`) in the number a count of `value` takes. */
export function unitForCount(unit: string, value: number, lang: Lang): string {
  // Compounds agree on their last part ("start-up" -> "start-ups"); a multi-word unit is left alone.
  if (/\s/.test(unit)) return unit;
  const forms = lang === "fr" ? frenchForms(unit) : englishForms(unit);
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
  if (claim.kind !== "count" || !claim.unit || claim.unit === "points") return undefined;
  const after = /^(\s+(?:(?:de|d'|d’|of)\s*)?)(\p{L}[\p{L}-]*)/u.exec(text.slice(claim.end - textStart));
  if (!after || after[2]!.toLowerCase() !== claim.unit) return undefined;
  const agreeing = unitForCount(claim.unit, value, lang);
  if (agreeing === claim.unit) return undefined;
  const written = after[2]!;
  const cased = written.charAt(0) !== written.charAt(0).toLowerCase() ? agreeing.charAt(0).toUpperCase() + agreeing.slice(1) : agreeing;
  return { end: claim.end + after[0].length, tail: `${after[1]}${cased}` };
}
