import type { Lang, Span } from "../types";
import type { LineMap } from "../text/lineMap";
import type { DocumentMetadata, ExtractionLimits } from "./formats/types";
import type { Warning } from "../warnings";

/** One sentence of a source article, with its exact place in the file. */
export interface SourceSentence extends Span {
  text: string;
  /** Index of the paragraph (block of text between blank lines, or line in one-line-per-paragraph files). */
  paragraph: number;
  /** Site furniture (link lists, disclaimers, tickers, share buttons): never used as evidence. */
  boilerplate: boolean;
  /** A heading or title line (short, no final punctuation): context, not a statement. */
  heading: boolean;
}

/** A corpus file, read and segmented. */
export interface SourceDocument {
  /** Path relative to the corpus folder it was found in, with forward slashes. */
  id: string;
  /** Absolute file path. */
  path: string;
  /** Text with any BOM removed; otherwise exactly the file's characters (CRLF kept), so offsets map back. */
  text: string;
  lang: Lang;
  lines: LineMap;
  sentences: SourceSentence[];
  /** File size in bytes and modification time (ms), for caches. */
  size: number;
  mtimeMs: number;
  /** Title, author and date the file declares (web pages, PDF and Word files): never evidence. */
  metadata?: DocumentMetadata;
}

export interface CorpusLoadOptions {
  /** Files larger than this many bytes are skipped with a warning. Default 5 MiB. */
  maxFileSize?: number;
  /** Glob patterns (relative to each corpus folder) of files to leave out. */
  exclude?: string[];
  /** Extensions (without the dot) of the files read; default: every supported one. */
  extensions?: string[];
  /** Bounds on reading PDF, Word and web-page files (pages, time, unpacked bytes). */
  extractionLimits?: Partial<ExtractionLimits>;
  /**
   * Folders every file read must lie in by its real path (an untrusted workspace: a committed link
   * must not reach outside); a file that resolves elsewhere is skipped with a warning. Unset: anywhere.
   */
  confineTo?: string[];
  /** Called with one warning per skipped or odd file (worded where it is shown). */
  warn?: (warning: Warning) => void;
}

export interface CorpusLoadResult {
  documents: SourceDocument[];
  warnings: Warning[];
}
