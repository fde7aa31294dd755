import { extractFigures, type Figure } from "../figures";
import { analyzeTokens, type AnalyzedToken } from "../analysis/analyze";
import { tokenize } from "../analysis/wordTokens";
import type { Lang, Span } from "../types";

// A sentence of the draft as the verdicts read it: its words analysed into keys and its figures,
// with offsets into the whole draft.

/** A sentence of the draft, ready to be checked. Offsets are into the whole draft. */
export interface ClaimSentence extends Span {
  text: string;
  tokens: AnalyzedToken[];
  figures: Figure[];
  /** A Markdown heading ("# Title"): often in Title Case, checked for its figures only. */
  heading: boolean;
}

/** Reads one sentence of the masked draft: its tokens and figures, offsets absolute. */
export function readClaimSentence(masked: string, span: Span, lang: Lang, heading: boolean): ClaimSentence {
  const text = masked.slice(span.start, span.end);
  const tokens = analyzeTokens(tokenize(masked, span.start, span.end), lang, masked);
  const figures = extractFigures(text, lang).map((f) => ({
    ...f,
    start: f.start + span.start,
    end: f.end + span.start,
    hedgeSpan: f.hedgeSpan ? { start: f.hedgeSpan.start + span.start, end: f.hedgeSpan.end + span.start } : undefined,
  }));
  return { start: span.start, end: span.end, text, tokens, figures, heading };
}
