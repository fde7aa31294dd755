import type { Evidence, FindingKind, Span, Verdict } from "../types";

/** A finding before its offsets are turned into LSP ranges (that needs the whole draft). */
export interface PendingFinding {
  verdict: Verdict;
  kind: FindingKind;
  span: Span;
  sentence: Span;
  message: string;
  evidence: Evidence[];
  fixes: { title: string; span: Span; newText: string }[];
  sourcesDisagree: boolean;
  /** How sure the verdict is, 0..1 (confidence.ts). */
  confidence: number;
  /** For a claim about names no source mentions: those names, as written (offered for the `names` list). */
  unknownNames?: string[];
}
