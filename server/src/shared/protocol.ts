// Custom messages between the Attest client and server, defined once and typed; both sides import
// these objects, so a method name or payload shape can only change here.
import { NotificationType, RequestType, RequestType0 } from "vscode-languageserver-protocol";
import type { Range } from "vscode-languageserver-protocol";

export type VerdictName = "supported" | "conflict" | "unsupported";

export interface VerdictCounts {
  conflict: number;
  unsupported: number;
  supported: number;
}

export interface CorpusStatus {
  state: "indexing" | "ready" | "failed";
  documents: number;
  sentences: number;
  /** Absolute paths of the corpus folders (or single files) in use. */
  roots: string[];
  /** Problems met while reading the corpus (skipped files, unreadable paths). */
  warnings: string[];
  /** Set while the archive (attest.corpus.database) cannot be reached: why, password masked. Checks resume when it is back. */
  unavailable?: string;
}

export interface DocumentCounts {
  uri: string;
  counts: VerdictCounts;
}

interface ReportSource {
  document: string;
  /** `file://` URI of the source article. */
  uri: string;
  /** One-based line of the quote in the article. */
  line: number;
  range: Range;
  quote: string;
  value?: string;
}

export interface ReportClaim {
  verdict: VerdictName;
  kind: "figure" | "text";
  claim: string;
  message: string;
  range: Range;
  sentence: string;
  /** Where the claim is in `sentence` (UTF-16 offsets), to highlight it. */
  claimInSentence?: { start: number; end: number };
  sources: ReportSource[];
  sourcesDisagree: boolean;
  /** The sourced replacement, when the core proposes one. */
  correction?: string;
}

export interface DocumentReport {
  uri: string;
  lang: string;
  counts: VerdictCounts;
  claims: ReportClaim[];
  corpus: { documents: number; sentences: number };
}

export interface FactCheckDocumentParams {
  uri: string;
}

export interface WorkspaceDraft {
  uri: string;
  languageId: string;
}

export interface FactCheckWorkspaceParams {
  drafts: WorkspaceDraft[];
}

export interface WorkspaceReport {
  /** Drafts checked (corpus files and excluded files are skipped). */
  checked: number;
  skipped: number;
  counts: VerdictCounts;
  /** Drafts that could not be read or checked, with the reason. */
  failures: { uri: string; reason: string }[];
}

/** Checks one document now (whatever `attest.checkOn` says), publishes its diagnostics, returns every claim. */
export const FactCheckDocumentRequest = new RequestType<FactCheckDocumentParams, DocumentReport | null, void>("attest/factCheckDocument");

/** The report of an open document from the findings the server keeps (no check): the report view follows typing with it. */
export const DocumentReportRequest = new RequestType<FactCheckDocumentParams, DocumentReport | null, void>("attest/documentReport");

/** Checks the given draft files (open or on disk) and publishes their diagnostics. */
export const FactCheckWorkspaceRequest = new RequestType<FactCheckWorkspaceParams, WorkspaceReport, void>("attest/factCheckWorkspace");

/** Re-reads the whole corpus, then re-checks the open documents. */
export const ReloadCorpusRequest = new RequestType0<CorpusStatus, void>("attest/reloadCorpus");

/** Server → client whenever the corpus index changes state or size. */
export const CorpusStatusNotification = new NotificationType<CorpusStatus>("attest/corpusStatus");

/** Server → client while the corpus indexes: files read so far, of how many. */
export const IndexingProgressNotification = new NotificationType<{ done: number; total: number }>("attest/indexingProgress");

/** Client → server: stop the corpus load in progress (what is indexed by then is kept and cached). */
export const CancelIndexingNotification = new NotificationType<void>("attest/cancelIndexing");

/** Server → client after each check of a document: its counts per verdict. */
export const DocumentCountsNotification = new NotificationType<DocumentCounts>("attest/documentCounts");

/** Commands executed by the server (workspace/executeCommand), offered in code actions. */
export const ServerCommands = {
  showSources: "attest.server.showSources",
  ignoreClaimInWorkspace: "attest.server.ignoreClaimInWorkspace",
  addNames: "attest.server.addNames",
} as const;

/** What the VS Code client (or any LSP client) may pass in `initializationOptions`. */
export interface AttestInitializationOptions {
  /** Absolute path of the corpus shipped with the extension. */
  bundledCorpus?: string;
  /** False in an untrusted workspace: only the bundled corpus and the workspace folders are read. */
  trusted?: boolean;
  /** The `attest` settings, for clients that cannot answer workspace/configuration. */
  settings?: unknown;
  /** Folder for the corpus index cache (VS Code: the extension's workspace storage); default `.attest/cache` in the workspace. */
  cacheDir?: string;
  /** Pause after the last edit before a draft is checked again, in ms (default 250); 0 for tools and benchmarks. */
  debounceMs?: number;
  /**
   * The client shows `attest-source:` documents (VS Code does): links to a PDF, web page or Word
   * source then open its extracted text at the quote instead of the file itself.
   */
  sourceDocuments?: boolean;
  /** How often drafts are tried again while the archive cannot be reached (ms; default 5000). */
  archiveRetryMs?: number;
  /** Bound on each statement of the archive (ms; default 15000): over it, the claims are not checked. */
  archiveStatementTimeoutMs?: number;
}

/** Scheme of the read-only documents that show a source's extracted text (see SourceTextRequest). */
export const SOURCE_TEXT_SCHEME = "attest-source";

export interface SourceTextParams {
  /** Absolute path of a corpus file. */
  path: string;
}

export interface SourceText {
  /** The text the index holds, line for line (quotes' ranges apply), PDF page breaks marked. */
  text: string;
}

/** The extracted text of a corpus file; null when the path is not a corpus source or cannot be read. */
export const SourceTextRequest = new RequestType<SourceTextParams, SourceText | null, void>("attest/sourceText");

export function emptyCounts(): VerdictCounts {
  return { conflict: 0, unsupported: 0, supported: 0 };
}
