// Block-level Markdown masking: front matter, code blocks, HTML comments and raw HTML blocks,
// and the markers at line starts (headings, quotes, list bullets, table pipes, rules).
import { isBlank, splitLines, type LineSpan } from "./lines";
import type { Masker } from "./mask";

const FRONT_MATTER = /^(?:---|\+\+\+)[ \t]*\r?\n/;

/** YAML (---) or TOML (+++) front matter at the very start of the file. */
export function maskFrontMatter(m: Masker, text: string): void {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const open = FRONT_MATTER.exec(text.slice(bom));
  if (!open) return;
  const fence = open[0].trim();
  const closers = fence === "---" ? ["---", "..."] : ["+++"];
  for (const line of splitLines(text, bom + open[0].length)) {
    if (closers.includes(text.slice(line.start, line.end).trim())) {
      m.blank(bom, line.end);
      return;
    }
  }
  // Unclosed: not front matter, just a rule at the top.
}

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const INDENTED = /^(?: {4}|\t| {0,3}\t)/;
const LIST_ITEM = /^[ \t]*(?:>[ \t]?)*[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;

/** Fenced code blocks (``` and ~~~) and indented code blocks, whole lines blanked. */
export function maskCodeBlocks(m: Masker, text: string): void {
  let fence: { char: string; size: number } | undefined;
  let indentedCode = false;
  let previousBlank = true;
  let inList = false;
  for (const line of splitLines(text)) {
    const body = text.slice(line.start, line.end);
    if (fence) {
      m.blank(line.start, line.end);
      const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(body);
      if (close && close[1][0] === fence.char && close[1].length >= fence.size) fence = undefined;
      continue;
    }
    const open = FENCE.exec(body);
    if (open && !(open[1][0] === "`" && open[2].includes("`"))) {
      fence = { char: open[1][0], size: open[1].length };
      m.blank(line.start, line.end);
      indentedCode = false;
      previousBlank = false;
      continue;
    }
    if (isBlank(text, line.start, line.end)) {
      previousBlank = true;
      continue;
    }
    const indented = INDENTED.test(body);
    if (indented && (indentedCode || (previousBlank && !inList))) {
      indentedCode = true;
      m.blank(line.start, line.end);
      previousBlank = false;
      continue;
    }
    indentedCode = false;
    if (LIST_ITEM.test(body)) inList = true;
    else if (previousBlank && !indented) inList = false;
    previousBlank = false;
  }
}

/** HTML comments (possibly multi-line) and raw blocks whose content is not prose. */
export function maskHtmlBlocks(m: Masker): void {
  const text = m.text();
  for (const c of text.matchAll(/<(script|style|pre|textarea|svg)\b[\s\S]*?<\/\1\s*>/gi)) m.blank(c.index!, c.index! + c[0].length);
  const current = m.text();
  let from = 0;
  for (;;) {
    const open = current.indexOf("<!--", from);
    if (open < 0) return;
    const close = current.indexOf("-->", open + 4);
    // An unclosed comment hides the rest of its paragraph (the writer is probably still typing it).
    const end = close >= 0 ? close + 3 : paragraphEnd(current, open);
    m.blank(open, end);
    from = end;
  }
}

function paragraphEnd(text: string, from: number): number {
  const blank = /\r?\n[ \t]*\r?\n/g;
  blank.lastIndex = from;
  const hit = blank.exec(text);
  return hit ? hit.index : text.length;
}

const QUOTE_MARK = /^ {0,3}>[ \t]?/;
const HEADING_OPEN = /^ {0,3}#{1,6}(?=[ \t]|$)/;
const HEADING_CLOSE = /[ \t]+#+[ \t]*$/;
const BULLET = /^[ \t]*(?:[-*+•]|\d{1,9}[.)])(?=[ \t]|$)/;
const TASK_BOX = /^[ \t]*\[[ xX]\](?=[ \t])/;
const RULE_OR_UNDERLINE = /^ {0,3}(?:(?:[-*_][ \t]*){3,}|=+|-+)[ \t]*$/;
// One run of blanks before the optional leading pipe, another only after it: two adjacent
// "[ \t]*" backtracked quadratically on deeply indented lines.
const TABLE_DELIMITER = /^[ \t]*(?:\|[ \t]*)?:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$/;
const REFERENCE_DEFINITION = /^ {0,3}\[(?!\^)[^\]\n]+\]:[ \t]*\S.*$/;
const FOOTNOTE_LABEL = /^ {0,3}\[\^[^\]\n]+\]:/;

/**
 * Markers at line starts. Returns the lowercased labels of reference definitions, which the
 * inline pass needs to recognise "[text]" shortcut links.
 */
export function maskLineMarkers(m: Masker): Set<string> {
  const text = m.text();
  const labels = new Set<string>();
  const lines = splitLines(text);
  const tableLines = findTableLines(text, lines);
  // Whether the previous line is plain paragraph text: an ordered marker other than "1." cannot
  // interrupt a paragraph, so "…depuis\n2019. Il…" keeps its year.
  let block: "none" | "paragraph" | "item" = "none";
  lines.forEach((line, i) => {
    let pos = line.start;
    let body = text.slice(pos, line.end);
    const wasParagraph = block === "paragraph";
    if (!body.trim()) {
      block = "none";
      return;
    }
    const ref = REFERENCE_DEFINITION.exec(body);
    if (ref) {
      labels.add(/\[([^\]]+)\]/.exec(body)![1].trim().toLowerCase());
      m.blank(line.start, line.end);
      return;
    }
    if (RULE_OR_UNDERLINE.test(body) || (body.includes("|") && TABLE_DELIMITER.test(body))) {
      m.blank(line.start, line.end);
      block = "none";
      return;
    }
    if (block === "none") block = "paragraph";
    const cut = (re: RegExp): boolean => {
      const hit = re.exec(body);
      if (!hit) return false;
      m.blank(pos, pos + hit[0].length);
      pos += hit[0].length;
      body = body.slice(hit[0].length);
      return true;
    };
    while (cut(QUOTE_MARK));
    cut(FOOTNOTE_LABEL);
    if (cut(HEADING_OPEN)) {
      const close = HEADING_CLOSE.exec(body);
      if (close) m.blank(pos + close.index, line.end);
      block = "none";
    } else {
      const ordinal = /^[ \t]*(\d+)[.)]/.exec(body);
      const interrupts = !wasParagraph || !ordinal || Number(ordinal[1]) === 1;
      if (interrupts && cut(BULLET)) {
        cut(TASK_BOX);
        block = "item";
      }
    }
    if (tableLines.has(i) || /^[ \t]*\|/.test(body)) maskPipes(m, text, pos, line.end);
  });
  return labels;
}

/** Lines of pipe tables: a delimiter row, the header above it and the rows below. */
function findTableLines(text: string, lines: LineSpan[]): Set<number> {
  const found = new Set<number>();
  lines.forEach((line, i) => {
    if (!TABLE_DELIMITER.test(text.slice(line.start, line.end)) || !text.slice(line.start, line.end).includes("|")) return;
    if (i > 0) found.add(i - 1);
    for (let j = i + 1; j < lines.length && !isBlank(text, lines[j].start, lines[j].end); j++) found.add(j);
  });
  return found;
}

function maskPipes(m: Masker, text: string, start: number, end: number): void {
  for (let i = start; i < end; i++) {
    if (text[i] === "|" && text[i - 1] !== "\\") m.blank(i, i + 1);
  }
}
