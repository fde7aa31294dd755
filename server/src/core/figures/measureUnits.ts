import { fold } from "../text/normalize";

// Units of measure written several ways in the two languages: "600 km" and "600 kilomètres" count
// the same thing, which stems and lexicon concepts do not see ("km" has no stem in common with
// "kilometres"). Each spelling maps to one unit id. A speed is one unit in several words ("miles
// per hour", "kilomètres par heure"), read whole after its noun (units.ts).

const SPELLINGS: readonly (readonly [unit: string, spellings: string])[] = [
  ["km", "km kms kilometre kilometres kilometer kilometers"],
  ["m", "m metre metres meter meters"],
  ["cm", "cm centimetre centimetres centimeter centimeters"],
  ["mm", "mm millimetre millimetres millimeter millimeters"],
  ["mile", "mile miles"],
  ["km2", "km2 km² kilometres-carres"],
  ["ha", "ha hectare hectares"],
  ["kg", "kg kgs kilo kilos kilogramme kilogrammes kilogram kilograms"],
  ["t", "tonne tonnes ton tons"],
  ["l", "litre litres liter liters"],
  ["kw", "kw kilowatt kilowatts"],
  ["mw", "mw megawatt megawatts"],
  ["gw", "gw gigawatt gigawatts"],
  ["kwh", "kwh kilowattheure kilowattheures kilowatt-heure kilowatt-heures"],
  ["km/h", "km/h kmh kilometres-heure kilometres/heure"],
  ["mph", "mph"],
  ["h", "heure heures hour hours hr hrs"],
  ["min", "minute minutes mn"],
  ["day", "jour jours day days"],
  ["week", "semaine semaines week weeks"],
  ["month", "mois month months"],
  ["year", "an ans annee annees year years year-old years-old"],
  ["person", "personne personnes person persons people gens"],
];

const UNIT_OF = new Map<string, string>();
for (const [unit, spellings] of SPELLINGS) for (const s of spellings.split(" ")) UNIT_OF.set(fold(s), unit);

/** A distance noun and its rate per hour, folded: "miles per hour", "kilometres a l'heure", "km/h". */
const PER_HOUR = /^(\S+)(?:\s+(?:per|an|a|par)\s+(?:hour|heure)|\s+a\s+l'heure|\/h)$/u;

/** The unit id of a unit noun as written ("kilomètres" -> "km", "miles per hour" -> "mph"), or undefined for other nouns. */
export function unitOfMeasure(noun: string): string | undefined {
  const folded = fold(noun).replace(/[’‘]/gu, "'");
  const unit = UNIT_OF.get(folded);
  if (unit !== undefined) return unit;
  const rate = PER_HOUR.exec(folded);
  return rate ? SPEED_OF.get(UNIT_OF.get(rate[1]!) ?? "") : undefined;
}

/**
 * Abbreviations written glued to their number ("142mm", "81mph", "5km"). Single letters are left
 * out: "5G", "3D", "3.5m" (metres or millions) are no measures to read.
 */
const GLUED = new Set(["mm", "cm", "km", "kg", "kw", "mw", "gw", "kwh", "kmh", "mph", "ha", "min"]);

/** Whether a word glued to digits is a unit of measure's abbreviation. */
export function gluedMeasure(word: string): boolean {
  return GLUED.has(word.toLowerCase());
}

/** Distance nouns that a rate per hour turns into a speed: "81 miles per hour", "90 kilomètres à l'heure". */
const SPEED_OF: ReadonlyMap<string, string> = new Map([
  ["km", "km/h"],
  ["mile", "mph"],
]);

/** Whether a unit noun is a distance that "per hour" makes a speed of ("miles", "kilomètres"). */
export function distanceUnit(noun: string): boolean {
  const unit = UNIT_OF.get(fold(noun));
  return unit !== undefined && SPEED_OF.has(unit);
}
