import { isHyphen, isApostrophe } from "./chars";
import { skipSpace } from "./scanContext";
import { isMagnitudeWord } from "./magnitudes";
import { monthWord } from "./months";
import { isNumberWord } from "./numberWords";
import { FUNCTION_WORDS } from "./neighbourWords";
import type { Token } from "./figureTokens";
import { distanceUnit, gluedMeasure } from "./measureUnits";

// The noun counted by a count: "220 000 employés" -> "employés", "4 millions de processeurs" ->
// "processeurs", "1.8 million cars" -> "cars".

const NOT_UNITS = new Set([
  "pour",
  "cent",
  "percent",
  "per",
  "pourcent",
  "points",
  "point",
  "dollars",
  "euros",
  "dollar",
  "euro",
  "h",
  "am",
  "pm",
  "heures",
]);

/** A lower-case content word at i that can be a unit noun. */
export function unitNounAt(toks: Token[], i: number): { unit: string; endTok: number } | null {
  const t = toks[i];
  if (!t || t.kind !== "word" || t.text.length < 2) return null;
  const first = t.text.charAt(0);
  if (first !== first.toLowerCase()) return null;
  const w = t.norm;
  if (FUNCTION_WORDS.has(w) || NOT_UNITS.has(w) || isMagnitudeWord(w) || isNumberWord(w) || monthWord(w)) return null;
  // Compound nouns: "sous-marins", "start-up".
  let end = i + 1;
  let unit = w;
  while (toks[end] && toks[end].kind === "punct" && isHyphen(toks[end].text) && toks[end + 1]?.kind === "word") {
    unit += "-" + toks[end + 1].norm;
    end += 2;
  }
  // A word glued to an apostrophe is an elided article, not a noun ("l'", "qu'").
  if (toks[end] && toks[end].kind === "punct" && isApostrophe(toks[end].text)) return null;
  return { unit, endTok: end };
}

/**
 * The unit noun after a count ending at token `end`. `linker`: French "de"/"d'" (and English "of")
 * may come first, as after magnitudes ("4 millions de processeurs").
 */
export function readUnit(toks: Token[], end: number, linker: boolean): { unit: string; endTok: number } | null {
  let j = skipSpace(toks, end);
  // After an elided linker inside the span ("une vingtaine d'entreprises") the noun is glued, as
  // a measure's abbreviation may be ("142mm").
  const glued = toks[end]?.kind === "word" && gluedMeasure(toks[end].norm);
  if (j === end && !glued && !(toks[end - 1]?.kind === "punct" && isApostrophe(toks[end - 1].text))) return null;
  const t = toks[j];
  if (linker && t && t.kind === "word") {
    if (t.norm === "de" || t.norm === "of") {
      const k = skipSpace(toks, j + 1);
      if (k > j + 1) j = k;
    } else if (t.norm === "d" && toks[j + 1]?.kind === "punct" && isApostrophe(toks[j + 1].text)) {
      j += 2;
    }
  }
  const noun = unitNounAt(toks, j);
  return noun ? withRate(toks, noun) : unitAfterNames(toks, j);
}

/** Words that make a distance a speed: "per hour", "an hour", "par heure", "à l'heure", "/h". */
const PER = new Set(["per", "an", "a", "par"]);
const HOUR = new Set(["hour", "heure"]);

/** A distance unit read on to its rate per hour: "81 miles per hour", "90 km/h", "130 kilomètres à l'heure". */
function withRate(toks: Token[], noun: { unit: string; endTok: number }): { unit: string; endTok: number } {
  if (!distanceUnit(noun.unit)) return noun;
  const e = noun.endTok;
  const word = (k: number, set: ReadonlySet<string>) => toks[k]?.kind === "word" && set.has(toks[k].norm);
  if (toks[e]?.kind === "punct" && toks[e].text === "/" && toks[e + 1]?.kind === "word" && toks[e + 1].norm === "h") {
    return { unit: `${noun.unit}/h`, endTok: e + 2 };
  }
  const a = skipSpace(toks, e);
  if (a === e) return noun;
  const b = skipSpace(toks, a + 1);
  if (b === a + 1) return noun;
  if (word(a, PER) && word(b, HOUR)) return { unit: `${noun.unit} ${toks[a].norm} ${toks[b].norm}`, endTok: b + 1 };
  // "à l'heure": the article is elided onto "heure".
  if (
    toks[a]?.norm === "à" &&
    toks[b]?.norm === "l" &&
    toks[b + 1]?.kind === "punct" &&
    isApostrophe(toks[b + 1].text) &&
    word(b + 2, HOUR)
  ) {
    return { unit: `${noun.unit} à l'heure`, endTok: b + 3 };
  }
  return noun;
}

/** "five Champions League titles", "12 Premier League players": a name may modify the counted noun. */
function unitAfterNames(toks: Token[], i: number): { unit: string; endTok: number } | null {
  let j = i;
  for (let names = 0; names < 3; names++) {
    const t = toks[j];
    if (!t || t.kind !== "word" || t.text.charAt(0) === t.text.charAt(0).toLowerCase()) return null;
    j = skipSpace(toks, j + 1);
    const noun = unitNounAt(toks, j);
    if (noun) return noun;
  }
  return null;
}
