import { fold } from "../text/normalize";

// Units of measure written several ways in the two languages: "600 km" and "600 kilomètres" count
// the same thing, which stems and lexicon concepts do not see ("km" has no stem in common with
// "kilometres"). Each spelling maps to one unit id.

const SPELLINGS: readonly (readonly [unit: string, spellings: string])[] = [
  ["km", "km kms kilometre kilometres kilometer kilometers"],
  ["m", "m metre metres meter meters"],
  ["cm", "cm centimetre centimetres centimeter centimeters"],
  ["km2", "km2 km² kilometres-carres"],
  ["ha", "ha hectare hectares"],
  ["kg", "kg kgs kilo kilos kilogramme kilogrammes kilogram kilograms"],
  ["t", "tonne tonnes ton tons"],
  ["l", "litre litres liter liters"],
  ["mw", "mw megawatt megawatts"],
  ["gw", "gw gigawatt gigawatts"],
  ["kwh", "kwh kilowattheure kilowattheures kilowatt-heure kilowatt-heures"],
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

/** The unit id of a unit noun as written ("kilomètres" -> "km"), or undefined for other nouns. */
export function unitOfMeasure(noun: string): string | undefined {
  return UNIT_OF.get(fold(noun));
}
