// Site furniture in scraped articles: which sentences are not part of the article. Three rules:
//  1. lines recognisable on their own (disclaimers, related-article headers, copyright, cookie,
//     newsletter and share lines, bylines, photo credits, price tickers);
//  2. a disclaimer opener ("Avertissement :") takes its whole paragraph with it;
//  3. the trailing block: after the last real paragraph, a run of short link-like lines (mostly
//     without final punctuation: headlines, tickers, "Plus", "Trending") of three or more lines,
//     or any such run that follows a related-articles header.
// A short last sentence with a full stop is prose, so it ends any trailing run.
import { countWords } from "../text/wordCount";
import { furnitureKind, hasTicker, isDisclaimerLead, isRelatedHeader } from "./furniturePatterns";

export interface BoilerplateUnit {
  /** The sentence. */
  text: string;
  /** Its paragraph (disclaimers take whole paragraphs). */
  paragraph: number;
  /** Its line, or paragraph in wrapped text: the unit of link lists. */
  line: number;
}

const MAX_LINK_WORDS = 16;
const MAX_LINK_CHARS = 140;
const MIN_TRAILING_RUN = 3;
const MIN_BODY_WORDS = 8;

/** One flag per unit: true for site furniture. */
export function markBoilerplate(units: BoilerplateUnit[]): boolean[] {
  const flags = units.map((u) => furnitureKind(u.text) !== undefined);
  markDisclaimerParagraphs(units, flags);
  markTrailingBlock(units, flags);
  return flags;
}

function markDisclaimerParagraphs(units: BoilerplateUnit[], flags: boolean[]): void {
  units.forEach((u, i) => {
    const opensParagraph = i === 0 || units[i - 1].paragraph !== u.paragraph;
    if (!opensParagraph || !isDisclaimerLead(u.text)) return;
    for (let j = i; j < units.length && units[j].paragraph === u.paragraph; j++) flags[j] = true;
  });
}

interface LineGroup {
  text: string;
  units: number[];
}

function groupLines(units: BoilerplateUnit[]): LineGroup[] {
  const groups: LineGroup[] = [];
  units.forEach((u, i) => {
    const last = groups[groups.length - 1];
    if (last && units[last.units[0]].line === u.line) {
      last.text += " " + u.text;
      last.units.push(i);
    } else {
      groups.push({ text: u.text, units: [i] });
    }
  });
  return groups;
}

const ENDS_WITH_STOP = /[.…;:]["»”')\]*_]*$/;
const ENDS_WITH_ANY_MARK = /[.…;:!?]["»”')\]*_]*$/;

/** Short, and either unpunctuated (a headline or a link) or a ticker or a known furniture line. */
function isLinkLike(group: LineGroup, flags: boolean[]): boolean {
  const text = group.text.trim();
  if (group.units.every((i) => flags[i])) return true;
  if (countWords(text) > MAX_LINK_WORDS || text.length > MAX_LINK_CHARS) return false;
  return !ENDS_WITH_STOP.test(text) || hasTicker(text);
}

function markTrailingBlock(units: BoilerplateUnit[], flags: boolean[]): void {
  const groups = groupLines(units);
  let first = groups.length;
  while (first > 0 && isLinkLike(groups[first - 1], flags)) first--;
  const run = groups.slice(first);
  const hasBodyBefore = groups.slice(0, first).some((g) => countWords(g.text) >= MIN_BODY_WORDS);
  const unpunctuated = run.filter((g) => !ENDS_WITH_ANY_MARK.test(g.text.trim())).length;
  if (hasBodyBefore && run.length >= MIN_TRAILING_RUN && unpunctuated >= 0.6 * run.length) {
    for (const g of run) for (const i of g.units) flags[i] = true;
  }
  markRelatedLists(groups, flags);
}

/**
 * A related-articles header and the link-like lines under it. "Tendances" or "Plus" may also be
 * a section heading of the article: the header counts only when at least two link-like lines
 * follow it or nothing but link-like lines does.
 */
function markRelatedLists(groups: LineGroup[], flags: boolean[]): void {
  groups.forEach((g, k) => {
    if (!isRelatedHeader(g.text)) return;
    let end = k + 1;
    while (end < groups.length && isLinkLike(groups[end], flags)) end++;
    const isList = end - k - 1 >= 2 || end === groups.length;
    for (let j = k; j < end; j++) for (const i of groups[j].units) flags[i] = isList || (j > k && flags[i]);
  });
}
