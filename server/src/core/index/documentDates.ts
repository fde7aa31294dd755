import { extractFigures, type Figure } from "../figures";
import type { SourceDocument } from "../corpus/types";
import type { Lang } from "../types";

// The date of an article and its dateline are metadata, not evidence: "LYON, 13 mars (AFP) -" and
// "Published 27 February 2025" say when the article was written, not when its facts happened. The
// article's date resolves its relative days instead ("a adopté jeudi soir", "on Thursday night"):
// the day named is the last such weekday on or before the article's date, as news writes it.

export interface ArticleDate {
  year: number;
  month: number;
  day: number;
}

/** "LYON, 13 mars (AFP) -", "OSLO, Feb 27 (Reuters) -", "RIVERTON -": a place in capitals opening a paragraph, then a dash. */
const DATELINE =
  /^\s*\p{Lu}[\p{Lu}'’. -]{1,40}(?:\s*\([^)]{1,30}\))?(?:,\s*([^-–—()]{2,30}?))?\s*(?:\([^)]{1,30}\))?\s*[-–—]\s+(?=\p{L}|«|")/u;

/** The span of a dateline at the start of a sentence, and the date it gives (month and day, maybe a year). */
export function datelineOf(text: string, lang: Lang): { end: number; date?: Figure } | undefined {
  const m = DATELINE.exec(text);
  if (!m) return undefined;
  const date = m[1] ? extractFigures(m[1], lang).find((f) => f.kind === "date") : undefined;
  return { end: m[0].length, date };
}

/** How many leading sentences may hold the article's byline, publication date or dateline. */
const HEAD_SENTENCES = 12;

/**
 * The article's date: its dateline's day (the day it was written, which "jeudi" counts back
 * from), with the year of the furniture at the top (byline, "Publié le…"); else the first full
 * date of that furniture. Undefined when the article gives none.
 */
export function articleDate(doc: SourceDocument): ArticleDate | undefined {
  let published: Figure | undefined;
  let year: number | undefined;
  let dateline: Figure | undefined;
  for (const s of doc.sentences.slice(0, HEAD_SENTENCES)) {
    const text = doc.text.slice(s.start, s.end);
    if (s.boilerplate || s.heading) {
      for (const f of extractFigures(text, doc.lang)) {
        if (f.kind === "date" && f.year !== undefined && f.month !== undefined) published ??= f;
        if (f.kind === "year") year ??= f.value;
      }
    } else {
      dateline ??= datelineOf(text, doc.lang)?.date;
    }
  }
  const datelineYear = dateline?.year ?? published?.year ?? year;
  if (dateline?.month !== undefined && datelineYear !== undefined)
    return { year: datelineYear, month: dateline.month, day: dateline.value };
  if (published) return { year: published.year!, month: published.month!, day: published.value };
  return undefined;
}

const WEEKDAYS = new Map<string, number>([
  ["dimanche", 0],
  ["lundi", 1],
  ["mardi", 2],
  ["mercredi", 3],
  ["jeudi", 4],
  ["vendredi", 5],
  ["samedi", 6],
  ["sunday", 0],
  ["monday", 1],
  ["tuesday", 2],
  ["wednesday", 3],
  ["thursday", 4],
  ["friday", 5],
  ["saturday", 6],
]);

/** Weekday names of a sentence, as date figures resolved against the article's date (offsets into `text`). */
export function weekdayDates(text: string, lang: Lang, date: ArticleDate): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const weekday = WEEKDAYS.get(m[0].toLowerCase());
    if (weekday === undefined) continue;
    // "lundi 3 mars" already is a date: the weekday only qualifies it.
    if (/^\s+\d/u.test(text.slice(m.index! + m[0].length))) continue;
    const published = new Date(Date.UTC(date.year, date.month - 1, date.day));
    const back = (published.getUTCDay() - weekday + 7) % 7;
    const day = new Date(published.getTime() - back * 86_400_000);
    out.push({
      kind: "date",
      value: day.getUTCDate(),
      month: day.getUTCMonth() + 1,
      year: day.getUTCFullYear(),
      precision: 0,
      hedge: "exact",
      start: m.index!,
      end: m.index! + m[0].length,
      text: m[0],
      style: { lang, words: true, capitalized: m[0] !== m[0].toLowerCase(), dateOrder: lang === "fr" ? "dm" : "md" },
    });
  }
  return out;
}
