// Headings and title lines of source articles: context for the sentences under them, never
// statements to check against.

import { countWords } from "../text/wordCount";

export interface HeadingClues {
  /** The sentence text. */
  text: string;
  /** The sentence fills its whole line (or block, in wrapped text). */
  alone: boolean;
  /** It is the first sentence of the file. */
  first: boolean;
  /** A Markdown heading (# or underlined). */
  markdown: boolean;
  /** It was cut off the front of a sentence as a glued title. */
  gluedTitle: boolean;
  /** It starts its line and the next sentence on the line is a list item ("1. …", "- **…**"). */
  beforeList: boolean;
  /** Word count of the line (or block) after it; 0 at the end of the file. */
  nextWords: number;
}

const FINAL_MARK = /[.!?…;:,]$/;
const MAX_WORDS = 20;
const MAX_TITLE_WORDS = 30;
const MAX_LEAD_WORDS = 10;

function stripClosers(text: string): string {
  return text.trim().replace(/["»”’')\]*_\s]+$/, "");
}

export function isHeading(c: HeadingClues): boolean {
  if (c.markdown || c.gluedTitle) return true;
  // Every rule below needs a sentence alone on its line or leading a list: most are neither.
  if (!c.alone && !c.beforeList) return false;
  const body = stripClosers(c.text);
  const n = countWords(body);
  if (n === 0) return false;
  const unpunctuated = !FINAL_MARK.test(body);
  if (c.alone && unpunctuated && n <= (c.first ? MAX_TITLE_WORDS : MAX_WORDS)) return true;
  if (c.beforeList && unpunctuated && n <= MAX_LEAD_WORDS) return true;
  // "Un accord est-il toujours sur la table ?" alone above a paragraph: a section title.
  return c.alone && body.endsWith("?") && n <= MAX_LEAD_WORDS && c.nextWords > 2 * n;
}
