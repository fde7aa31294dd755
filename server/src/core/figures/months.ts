import type { Lang } from "../types";

// Month names and abbreviations, French and English.

export interface MonthWord {
  month: number;
  lang: Lang;
  /** An abbreviation ("janv", "Sept"): needs a period or a following number. */
  abbr: boolean;
}

const FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
const EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const TABLE = new Map<string, MonthWord>();
FR.forEach((m, k) => TABLE.set(m, { month: k + 1, lang: "fr", abbr: false }));
EN.forEach((m, k) => TABLE.set(m.toLowerCase(), { month: k + 1, lang: "en", abbr: false }));
for (const [w, m] of [
  ["fevrier", 2],
  ["aout", 8],
  ["decembre", 12],
] as const)
  TABLE.set(w, { month: m, lang: "fr", abbr: false });
for (const [w, m] of [
  ["janv", 1],
  ["févr", 2],
  ["fév", 2],
  ["fevr", 2],
  ["fev", 2],
  ["avr", 4],
  ["juil", 7],
  ["déc", 12],
] as const) {
  TABLE.set(w, { month: m, lang: "fr", abbr: true });
}
for (const [w, m] of [
  ["jan", 1],
  ["feb", 2],
  ["mar", 3],
  ["apr", 4],
  ["jun", 6],
  ["jul", 7],
  ["aug", 8],
  ["sep", 9],
  ["sept", 9],
  ["oct", 10],
  ["nov", 11],
  ["dec", 12],
] as const) {
  TABLE.set(w, { month: m, lang: "en", abbr: true });
}

export function monthWord(lower: string): MonthWord | undefined {
  return TABLE.get(lower);
}

export function monthName(month: number, lang: Lang): string {
  return lang === "fr" ? FR[month - 1] : EN[month - 1];
}
