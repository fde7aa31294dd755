// Shared vocabulary of the checking core. Plain data only: no vscode, no LSP imports, so the
// CLI, the language server and the tests all speak it.

/** Zero-based line and UTF-16 character, as in the Language Server Protocol. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** Half-open span of UTF-16 code units in a string. */
export interface Span {
  start: number;
  end: number;
}

export type Lang = "fr" | "en";

export type Verdict = "supported" | "conflict" | "unsupported";

/** Title, author and date a source declares about itself (web pages, PDF, Word): metadata, never evidence. */
export interface SourceMetadata {
  title?: string;
  author?: string;
  /** As the source gives it (ISO 8601 in HTML, W3CDTF in Word, a PDF date read to ISO). */
  published?: string;
}

/** A source sentence quoted as support or contradiction. */
export interface Evidence {
  /** Path of the source file relative to its corpus folder (forward slashes). */
  document: string;
  /** Absolute path of the source file, so editors can open it. */
  uri: string;
  range: Range;
  quote: string;
  /** Page (from 1) of the quote, in paged sources (PDF). */
  page?: number;
  /** What the source says about itself, when it says anything. */
  source?: SourceMetadata;
  /** The figure the source gives for the fact, as written in the source, when the claim is a figure. */
  value?: string;
}

/** A replacement of one span of the draft. */
interface Fix {
  title: string;
  range: Range;
  newText: string;
}

export type FindingKind = "figure" | "text";

export interface Finding {
  verdict: Verdict;
  kind: FindingKind;
  /** What was checked: the figure span for figure claims, the sentence for text claims. */
  range: Range;
  span: Span;
  /** The checked text (the figure, or the whole sentence). */
  claim: string;
  /** The whole sentence the claim belongs to. */
  sentence: Span;
  message: string;
  evidence: Evidence[];
  fixes: Fix[];
  sourcesDisagree: boolean;
  /** How sure the verdict is, from 0 to 1: conflicts are only called when sure; unsupported findings can be hidden below a minimum. */
  confidence: number;
  /** For a claim about names no source mentions: those names, as written (offered for the `names` list). */
  unknownNames?: string[];
}
