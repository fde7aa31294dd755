// Figures written the way French and English news write them: money with magnitudes and
// currencies, percentages, head counts, dates, months, quarters, with and without hedges.
import type { Random } from "./random";

export type Lang = "fr" | "en";

const MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const QUARTERS_FR = ["premier", "deuxième", "troisième", "quatrième"];
const QUARTERS_EN = ["first", "second", "third", "fourth"];

/** "1,3" / "1.3": a decimal in the language's notation. */
function decimal(value: number, lang: Lang): string {
  const s = Number.isInteger(value) ? String(value) : value.toFixed(1);
  return lang === "fr" ? s.replace(".", ",") : s;
}

/** "220 000" / "220,000". */
function grouped(value: number, lang: Lang): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, lang === "fr" ? "\u202f" : ",");
}

/** Money in millions (value) as "1,3 milliard de dollars", "$1.3bn", "450 millions d'euros", "€450 million". */
export function money(millions: number, lang: Lang, random: Random): string {
  const euro = random.chance(0.5);
  const billions = millions >= 1000;
  const amount = decimal(billions ? Math.round(millions / 100) / 10 : millions, lang);
  if (lang === "fr") {
    const unit = billions ? (amount === "1" || amount.startsWith("1,") ? "milliard" : "milliards") : "millions";
    return `${amount} ${unit} ${euro ? "d'euros" : "de dollars"}`;
  }
  const symbol = euro ? "€" : "$";
  if (billions && random.chance(0.5)) return `${symbol}${amount}bn`;
  return `${symbol}${amount} ${billions ? "billion" : "million"}`;
}

export function percent(value: number, lang: Lang, random: Random): string {
  const v = decimal(value, lang);
  if (lang === "fr") return random.chance(0.8) ? `${v}\u00a0%` : `${v} %`;
  return random.chance(0.7) ? `${v}%` : `${v} percent`;
}

export function count(value: number, lang: Lang): string {
  return grouped(value, lang);
}

export function date(day: number, month: number, year: number, lang: Lang): string {
  if (lang === "fr") return `${day === 1 ? "1er" : day} ${MONTHS_FR[month - 1]} ${year}`;
  return `${MONTHS_EN[month - 1]} ${day}, ${year}`;
}

export function monthYear(month: number, year: number, lang: Lang): string {
  return lang === "fr" ? `${MONTHS_FR[month - 1]} ${year}` : `${MONTHS_EN[month - 1]} ${year}`;
}

export function quarter(q: number, year: number, lang: Lang): string {
  return lang === "fr" ? `${QUARTERS_FR[q - 1]} trimestre ${year}` : `${QUARTERS_EN[q - 1]} quarter of ${year}`;
}

/** A hedge before a figure, or nothing (most figures are stated exactly). */
export function hedge(lang: Lang, random: Random): string {
  if (!random.chance(0.25)) return "";
  return random.pick(lang === "fr" ? ["près de ", "plus de ", "environ ", "moins de ", "au moins "] : ["nearly ", "more than ", "about ", "less than ", "at least "]);
}
