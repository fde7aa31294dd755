// What must hold for any input: the checker returns, its result is plain JSON, every range lies
// inside its text and never cuts a surrogate pair in two, and the time spent stays proportional
// to the text's length. Each check returns the list of broken properties (empty when all hold).
import type { CheckResult, Position, Range, Span } from "../../server/src/core";

/** True when `offset` falls between the two halves of a surrogate pair of `text`. */
function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** Line texts the way LSP counts lines: \n, \r\n and a lone \r each end one. */
function lspLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

export function spanProblems(what: string, text: string, span: Span): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(span.start) || !Number.isInteger(span.end) || span.start < 0 || span.end > text.length || span.start > span.end) {
    problems.push(`${what}: span ${span.start}..${span.end} outside a text of ${text.length}`);
  } else {
    if (splitsSurrogatePair(text, span.start)) problems.push(`${what}: span starts inside a surrogate pair at ${span.start}`);
    if (splitsSurrogatePair(text, span.end)) problems.push(`${what}: span ends inside a surrogate pair at ${span.end}`);
  }
  return problems;
}

function positionProblem(lines: string[], p: Position): string | undefined {
  if (!Number.isInteger(p.line) || !Number.isInteger(p.character) || p.line < 0 || p.character < 0)
    return `bad position ${JSON.stringify(p)}`;
  if (p.line >= lines.length) return `line ${p.line} past the last line ${lines.length - 1}`;
  const line = lines[p.line]!;
  if (p.character > line.length) return `character ${p.character} past the end of line ${p.line} (${line.length})`;
  if (splitsSurrogatePair(line, p.character)) return `position ${p.line}:${p.character} inside a surrogate pair`;
  return undefined;
}

export function rangeProblems(what: string, text: string, range: Range, lines = lspLines(text)): string[] {
  const problems: string[] = [];
  for (const p of [range.start, range.end]) {
    const problem = positionProblem(lines, p);
    if (problem) problems.push(`${what}: ${problem}`);
  }
  const ordered =
    range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character);
  if (!ordered) problems.push(`${what}: range ends before it starts ${JSON.stringify(range)}`);
  return problems;
}

/** Plain JSON: survives a round trip unchanged (no undefined, NaN, Infinity, functions or cycles). */
export function jsonProblems(what: string, value: unknown): string[] {
  let text: string;
  try {
    text = JSON.stringify(value);
  } catch (e) {
    return [`${what}: not serialisable (${(e as Error).message})`];
  }
  const problems: string[] = [];
  const walk = (v: unknown, path: string): void => {
    if (typeof v === "number" && !Number.isFinite(v)) problems.push(`${what}: ${path} is ${v}`);
    else if (typeof v === "function" || typeof v === "bigint" || typeof v === "symbol") problems.push(`${what}: ${path} is a ${typeof v}`);
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
  };
  walk(value, "$");
  if (!problems.length) JSON.parse(text);
  return problems;
}

/** The properties of one draft check: `sourceText` resolves an evidence uri to the source it quotes. */
export function checkResultProblems(draft: string, result: CheckResult, sourceText: (uri: string) => string | undefined): string[] {
  const problems = jsonProblems("result", result);
  const lines = lspLines(draft);
  for (const [i, f] of result.findings.entries()) {
    const what = `finding ${i} (${f.verdict} "${f.claim}")`;
    problems.push(...spanProblems(what, draft, f.span), ...spanProblems(`${what} sentence`, draft, f.sentence));
    problems.push(...rangeProblems(what, draft, f.range, lines));
    if (draft.slice(f.span.start, f.span.end) !== f.claim && f.kind === "figure") {
      problems.push(`${what}: claim is not the text of its span ("${draft.slice(f.span.start, f.span.end)}")`);
    }
    for (const [j, fix] of f.fixes.entries()) problems.push(...rangeProblems(`${what} fix ${j}`, draft, fix.range, lines));
    for (const [j, e] of f.evidence.entries()) {
      const source = sourceText(e.uri);
      if (source === undefined) problems.push(`${what} evidence ${j}: unknown source ${e.uri}`);
      else problems.push(...rangeProblems(`${what} evidence ${j}`, source, e.range));
    }
  }
  return problems;
}

/** Time allowed for a text of `chars` UTF-16 units: a fixed start plus a linear share. */
export function timeBudgetMs(chars: number): number {
  return 1500 + chars * 0.5;
}
