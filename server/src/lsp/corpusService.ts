// The corpus on the main thread: full (re)load with progress and cancellation, incremental updates
// from watched-file events, and which files count as corpus. The index is built and kept by the
// engine thread. A corpus that cannot be read leaves an empty index and a message, never a dead server.
import * as os from "node:os";
import * as path from "node:path";
import { EngineClient } from "./engine/engineClient";
import type { LoadResult } from "./engine/protocol";
import { translator, type Translate } from "../shared/i18n";
import type { CorpusStatus } from "../shared/protocol";
import type { AttestSettings } from "../shared/settings";
import { sourceFileFilter } from "../core/corpus/formats";
import { isInsideFolder, realPathOf } from "../core/fs/paths";
import { describeWarning } from "../core/warnings";
import type { Locale } from "../shared/i18n";
import { errorText } from "../shared/errorText";

export interface CorpusLocations {
  /** The corpus shipped with the extension or package, used when `attest.corpus.paths` is empty. */
  bundled?: string;
  workspaceFolders: string[];
  /** In an untrusted workspace only the bundled corpus and the workspace folders may be read. */
  trusted: boolean;
}

export interface ResolvedCorpusPaths {
  paths: string[];
  warnings: string[];
  /** The PostgreSQL archive to check against instead of the paths (attest.corpus.database, trusted workspaces only). */
  database?: string;
  /** In an untrusted workspace: the folders files may be read from, by real path (links inside lead nowhere else). */
  confineTo?: string[];
}

/** Absolute corpus paths from the setting: `~` and workspace-relative paths resolved, untrusted ones dropped. */
export function resolveCorpusPaths(settings: AttestSettings, where: CorpusLocations, t: Translate = translator("en")): ResolvedCorpusPaths {
  const warnings: string[] = [];
  if (settings.corpus.database) {
    // A workspace's settings could point the server at any database: only a trusted one may.
    if (where.trusted) return { paths: [], warnings, database: settings.corpus.database };
    warnings.push(t("warning.databaseUntrusted"));
  }
  const base = where.workspaceFolders[0] ?? process.cwd();
  const configured = settings.corpus.paths.map((p) =>
    path.resolve(base, p.startsWith("~/") || p === "~" ? path.join(os.homedir(), p.slice(1)) : p),
  );
  const wanted = configured.length > 0 ? configured : where.bundled ? [where.bundled] : [];
  const allowedRoots = [...(where.bundled ? [where.bundled] : []), ...where.workspaceFolders];
  const allowed = wanted.filter((p) => {
    // Real paths: a link inside the workspace may point anywhere.
    if (where.trusted || allowedRoots.some((root) => isInside(realPathOf(p), realPathOf(root)))) return true;
    warnings.push(t("corpus.untrustedPathSkipped", { path: p }));
    return false;
  });
  // With every configured path refused, the bundled corpus keeps the checks meaningful.
  const paths = allowed.length === 0 && wanted.length > 0 && where.bundled ? [where.bundled] : allowed;
  return { paths: [...new Set(paths)], warnings, confineTo: where.trusted ? undefined : allowedRoots };
}

export interface LoadProgress {
  report(done: number, total: number): void;
  /** Resolves when the user cancels the load. */
  onCancel?(listener: () => void): void;
}

/**
 * The corpus as the main thread sees it: where it is, whether it is ready, how big. The index
 * itself lives on the engine thread (engine/), which also runs the checks.
 */
export class CorpusService {
  private paths: string[] = [];
  private options: { maxFileSize: number; exclude: string[]; extensions?: string[]; confineTo?: string[] } = {
    maxFileSize: 5 * 1024 * 1024,
    exclude: [],
  };
  private accepts = sourceFileFilter();
  private state: CorpusStatus["state"] = "indexing";
  private warnings: string[] = [];
  private counts = { documents: 0, sentences: 0 };
  private languageModel = false;
  private unavailable?: string;
  /** What the last load did (files from the cache, files indexed, time), for the log. */
  lastLoad?: LoadResult["stats"];

  constructor(
    private readonly log: (message: string) => void,
    readonly engine: EngineClient = new EngineClient(log),
    /** Folder of the index cache; none when undefined. */
    private cacheDir?: string,
  ) {}

  /** The language of the warnings this service adds (the client's locale, known at initialize). */
  private t: Translate = translator("en");
  private locale: Locale = "en";

  setLocale(locale: Locale): void {
    this.locale = locale;
    this.t = translator(locale);
    this.engine.locale = locale;
  }

  setCacheDir(dir: string | undefined): void {
    this.cacheDir = dir;
  }

  status(): CorpusStatus {
    return {
      state: this.state,
      documents: this.counts.documents,
      sentences: this.counts.sentences,
      roots: [...this.paths],
      warnings: [...this.warnings],
      ...(this.unavailable ? { unavailable: this.unavailable } : {}),
    };
  }

  /** Why the archive cannot be reached, or undefined; returns whether that changed. */
  setUnavailable(reason: string | undefined): boolean {
    if (reason === this.unavailable) return false;
    this.unavailable = reason;
    return true;
  }

  get isUnavailable(): boolean {
    return this.unavailable !== undefined;
  }

  /** Whether the engine's language detection uses the fastText model. */
  get languageModelLoaded(): boolean {
    return this.languageModel;
  }

  /** Reads every corpus file again (from the cache when unchanged) and replaces the index; the old one serves until then. */
  async load(
    paths: string[],
    settings: AttestSettings,
    extraWarnings: string[] = [],
    progress?: LoadProgress,
    where: { database?: string; confineTo?: string[]; statementTimeoutMs?: number } = {},
  ): Promise<CorpusStatus> {
    this.paths = paths;
    const { database, confineTo, statementTimeoutMs } = where;
    this.options = { maxFileSize: settings.maxFileSize, exclude: settings.exclude, extensions: settings.corpus.extensions, confineTo };
    this.accepts = sourceFileFilter(settings.corpus.extensions);
    this.state = "indexing";
    this.unavailable = undefined;
    const warnings = [...extraWarnings];
    progress?.onCancel?.(() => this.engine.cancelLoad());
    try {
      // Skipped files come back in result.warnings; the caller logs and shows them.
      const result = await this.engine.load(
        { paths, ...this.options, cacheDir: this.cacheDir, database, statementTimeoutMs },
        (done, total) => progress?.report(done, total),
      );
      warnings.push(...result.warnings.map((w) => describeWarning(w, this.locale)));
      this.languageModel = result.languageModel;
      this.counts = { documents: result.documents, sentences: result.sentences };
      this.lastLoad = result.stats;
      if (result.failed) {
        warnings.push(this.t("corpus.unreadable", { reason: describeWarning(result.failed, this.locale) }));
        this.state = "failed";
      } else if (result.unavailable) {
        // Not a failure: the archive may come back; meanwhile the claims are marked not checked.
        this.unavailable = describeWarning(result.unavailable, this.locale);
        this.state = "ready";
      } else {
        if (result.stats?.cancelled)
          warnings.push(this.t("corpus.indexingCancelled", { indexed: result.documents, count: result.stats.files }));
        this.state = "ready";
      }
    } catch (error) {
      warnings.push(this.t("corpus.unreadable", { reason: errorText(error, this.locale) }));
      this.counts = { documents: 0, sentences: 0 };
      this.state = "failed";
    }
    this.warnings = warnings;
    return this.status();
  }

  /** The configured corpus folder (or file) that holds this path, if any. */
  rootOf(file: string): string | undefined {
    return this.paths.find((root) => isInside(file, root));
  }

  /** A file of a corpus folder with one of the read extensions (a folder's other files are not sources). */
  isCorpusFile(file: string): boolean {
    const root = this.rootOf(file);
    return root !== undefined && (root === file || this.accepts(file));
  }

  /**
   * Re-reads changed corpus files and drops deleted ones; returns whether the index changed.
   * A file that can no longer be read (or is now excluded, or too large) leaves the index.
   */
  async applyChanges(changes: { path: string; deleted: boolean }[]): Promise<boolean> {
    const relevant = changes.flatMap((change) => {
      const root = this.rootOf(change.path);
      if (!root) return [];
      return [{ ...change, root: root === change.path ? path.dirname(root) : root }];
    });
    if (!relevant.length) return false;
    try {
      const result = await this.engine.applyChanges({ changes: relevant, ...this.options });
      this.counts = { documents: result.documents, sentences: result.sentences };
      return result.changed;
    } catch (error) {
      this.log(this.t("server.corpusChangesFailed", { reason: errorText(error, this.locale) }));
      return false;
    }
  }
}

export const isInside = isInsideFolder;
