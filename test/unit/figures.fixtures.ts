import assert from "node:assert/strict";
import { extractFigures, type Figure, type FigureKind, type HedgeKind, type Lang } from "../../server/src/core/figures";

// Shared helpers of the figure extractor tests: a compact way to write expected figures and to
// compare them with what extractFigures finds, with readable failure messages.

export interface Expected {
  kind: FigureKind;
  value: number;
  /** Exact text of the figure span. */
  span: string;
  max?: number;
  currency?: string;
  unit?: string;
  year?: number;
  month?: number;
  hedge?: HedgeKind;
  /** Exact text of the hedge span. */
  hedgeText?: string;
}

export function fig(kind: FigureKind, value: number, span: string, extra: Partial<Expected> = {}): Expected {
  return { kind, value, span, ...extra };
}

export interface Row {
  text: string;
  lang: Lang;
  /** Every figure expected in the text, in order (none missing, none extra). */
  figures: Expected[];
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
}

function show(f: Figure): string {
  return `${f.kind} ${f.value}${f.max !== undefined ? `..${f.max}` : ""} "${f.text}" ${f.currency ?? ""}${f.unit ?? ""} ${f.hedge}`;
}

/** Asserts that the figures of row.text are exactly row.figures. */
export function checkRow(row: Row): Figure[] {
  const got = extractFigures(row.text, row.lang);
  const where = `in ${JSON.stringify(row.text)} (${row.lang}): got [${got.map(show).join("; ")}]`;
  assert.equal(got.length, row.figures.length, `figure count ${where}`);
  row.figures.forEach((e, k) => {
    const f = got[k];
    assert.equal(f.text, e.span, `span ${where}`);
    assert.equal(row.text.slice(f.start, f.end), e.span, `offsets ${where}`);
    assert.equal(f.kind, e.kind, `kind of "${e.span}" ${where}`);
    assert.ok(close(f.value, e.value), `value of "${e.span}": ${f.value} != ${e.value} ${where}`);
    if (e.max !== undefined) assert.ok(f.max !== undefined && close(f.max, e.max), `max of "${e.span}": ${f.max} ${where}`);
    else if (f.kind !== "year") assert.equal(f.max, undefined, `unexpected max of "${e.span}" ${where}`);
    assert.equal(f.currency, e.currency, `currency of "${e.span}" ${where}`);
    assert.equal(f.unit, e.unit, `unit of "${e.span}" ${where}`);
    if (e.year !== undefined || f.kind === "month" || f.kind === "date" || f.kind === "quarter")
      assert.equal(f.year, e.year, `year of "${e.span}" ${where}`);
    if (e.month !== undefined || f.kind === "date") assert.equal(f.month, e.month, `month of "${e.span}" ${where}`);
    assert.equal(f.hedge, e.hedge ?? "exact", `hedge of "${e.span}" ${where}`);
    if (e.hedgeText !== undefined) {
      assert.ok(f.hedgeSpan, `hedge span of "${e.span}" ${where}`);
      assert.equal(row.text.slice(f.hedgeSpan.start, f.hedgeSpan.end), e.hedgeText, `hedge text of "${e.span}" ${where}`);
    } else {
      assert.equal(f.hedgeSpan, undefined, `unexpected hedge span of "${e.span}" ${where}`);
    }
  });
  return got;
}

/** The figure of `text` whose span is `span`. */
export function pick(text: string, lang: Lang, span: string): Figure {
  const f = extractFigures(text, lang).find((x) => x.text === span);
  assert.ok(f, `no figure "${span}" in ${JSON.stringify(text)}`);
  return f;
}
