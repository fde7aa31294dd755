// Messages between the language server's main thread (LSP traffic) and its engine thread (the
// corpus index and the checks). Requests carry an id; the engine answers each once. Loads and
// watched-file changes are answered in order; checks in the order of their priority (checkQueue.ts).
import type { CheckResult, FindingDelta, Range } from "../../core";
import type { Warning } from "../../core/warnings";

export interface LoadRequest {
  type: "load";
  paths: string[];
  maxFileSize: number;
  exclude: string[];
  /** Extensions of the files read (attest.corpus.extensions); all supported ones when absent. */
  extensions?: string[];
  cacheDir?: string;
  /** Check against this PostgreSQL archive instead of indexing `paths`. */
  database?: string;
  /** Bound on each of the archive's statements (ms; connection.ts's default when absent). */
  statementTimeoutMs?: number;
  /** Untrusted workspace: files are read only when their real path lies in one of these. */
  confineTo?: string[];
}

export interface ApplyChangesRequest {
  type: "applyChanges";
  changes: { path: string; root: string; deleted: boolean }[];
  maxFileSize: number;
  exclude: string[];
  extensions?: string[];
  confineTo?: string[];
}

/** What a check needs besides the text: the messages' language and the names declared known. */
export interface EngineCheckOptions {
  locale: "en" | "fr";
  names: string[];
}

export interface CheckRequest extends EngineCheckOptions {
  type: "check";
  uri: string;
  text: string;
  /** Start from a fresh checker (no paragraph results kept). */
  fresh?: boolean;
  /** Send every finding in full (the receiver lost track of the last list). */
  full?: boolean;
  /** Shared slot and ticket: the check stops once the slot holds another ticket (a newer edit). */
  slot: number;
  ticket: number;
  /** Lower is checked first: 0 for an edit or an opened draft, more for re-checks (see DraftChecks). */
  priority: number;
}

interface CheckOnceRequest extends EngineCheckOptions {
  type: "checkOnce";
  text: string;
}

/** Posted when a draft will not be checked at this version after all (now over attest.maxFileSize). */
export interface CancelCheck {
  type: "cancelCheck";
  uri: string;
}

interface CloseRequest {
  type: "close";
  uri: string;
}

export type EngineRequest = (LoadRequest | ApplyChangesRequest | CheckRequest | CheckOnceRequest | CloseRequest) & { id: number };

export interface IndexCounts {
  documents: number;
  sentences: number;
}

export interface LoadResult extends IndexCounts {
  /** Data, worded on the main thread in the client's language. */
  warnings: Warning[];
  /** The fastText language model loaded in the engine (else function-word counts decide). */
  languageModel: boolean;
  failed?: Warning;
  /** The archive could not be reached at load (why, password masked): checks try it again. */
  unavailable?: Warning;
  stats?: {
    files: number;
    fromCache: number;
    indexed: number;
    indexedBytes: number;
    cancelled: boolean;
    cacheWritten: boolean;
    cacheFile?: string;
    ms: number;
  };
}

/** A check's findings as a delta against the last list sent for the draft (findingDelta.ts). */
export type CheckAnswer =
  | { cancelled?: false; lang: CheckResult["lang"]; delta: FindingDelta; checked: number; reused: number }
  /**
   * `unavailable`: the archive could not be reached (why, password masked); the draft was not
   * checked, and `unchecked` holds where its claims are.
   */
  | { cancelled: true; unavailable?: Warning; unchecked?: UncheckedClaim[] };

/** A claim of a draft that was not checked: where it is. */
export interface UncheckedClaim {
  range: Range;
  claim: string;
}

export type EngineMessage =
  | { type: "answer"; id: number; value: unknown }
  | { type: "failure"; id: number; message: string }
  | { type: "progress"; id: number; done: number; total: number }
  /** A corpus warning outside a load (a watched file that cannot be read again). */
  | { type: "warning"; warning: Warning };

/** Posted outside the request queue: stops the running load (keeping what is indexed). */
export interface CancelLoad {
  type: "cancelLoad";
}
