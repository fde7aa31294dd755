// Line iteration that keeps exact offsets. Line terminators are \r\n, \n and \r, the same three
// that LineMap (and the LSP) count, so line numbers agree everywhere.

export interface LineSpan {
  /** Offset of the first character of the line. */
  start: number;
  /** Offset just past the last character, before the terminator. */
  end: number;
  /** Offset of the next line (after the terminator); equals `end` on the last line. */
  next: number;
}

/** Lines that intersect text[from..to], clipped to that range. */
export function splitLines(text: string, from = 0, to = text.length): LineSpan[] {
  const lines: LineSpan[] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (ch !== 10 && ch !== 13) continue;
    const next = ch === 13 && text.charCodeAt(i + 1) === 10 && i + 1 < to ? i + 2 : i + 1;
    lines.push({ start, end: i, next });
    start = next;
    i = next - 1;
  }
  lines.push({ start, end: to, next: to });
  return lines;
}

/** True for the whitespace that trimming removes (JS \s, plus zero-width space). */
function isSpaceCode(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  if (code < 128) return false;
  return code === 0x200b || /\s/.test(String.fromCharCode(code));
}

export function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/** Narrows [start, end) past leading and trailing whitespace; empty spans come back with start === end. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return { start, end };
}
