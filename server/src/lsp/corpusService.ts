// Owns the corpus index: full (re)load with progress, incremental updates from watched-file events,
// and which files count as corpus. A corpus that cannot be read leaves an empty index and a message,
// never a dead server.
import * as os from "node:os";
import * as path from "node:path";
import { CorpusIndex, loadCorpus, readSourceFile } from "../core";
import type { CorpusStatus } from "../shared/protocol";
import type { AttestSettings } from "../shared/settings";

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
}

/** Absolute corpus paths from the setting: `~` and workspace-relative paths resolved, untrusted ones dropped. */
export function resolveCorpusPaths(settings: AttestSettings, where: CorpusLocations): ResolvedCorpusPaths {
  const warnings: string[] = [];
  const base = where.workspaceFolders[0] ?? process.cwd();
  const configured = settings.corpus.paths.map((p) =>
    path.resolve(base, p.startsWith("~/") || p === "~" ? path.join(os.homedir(), p.slice(1)) : p),
  );
  const wanted = configured.length > 0 ? configured : where.bundled ? [where.bundled] : [];
  const allowedRoots = [...(where.bundled ? [where.bundled] : []), ...where.workspaceFolders];
  const allowed = wanted.filter((p) => {
    if (where.trusted || allowedRoots.some((root) => isInside(p, root))) return true;
    warnings.push(`corpus path ${p} is outside the workspace and the bundled corpus: not read in an untrusted workspace`);
    return false;
  });
  // With every configured path refused, the bundled corpus keeps the checks meaningful.
  const paths = allowed.length === 0 && wanted.length > 0 && where.bundled ? [where.bundled] : allowed;
  return { paths: [...new Set(paths)], warnings };
}

export class CorpusService {
  private current = new CorpusIndex();
  private paths: string[] = [];
  private options: { maxFileSize: number; exclude: string[] } = { maxFileSize: 5 * 1024 * 1024, exclude: [] };
  private state: CorpusStatus["state"] = "indexing";
  private warnings: string[] = [];

  constructor(private readonly log: (message: string) => void) {}

  get index(): CorpusIndex {
    return this.current;
  }

  status(): CorpusStatus {
    return {
      state: this.state,
      documents: this.current.documentCount,
      sentences: this.current.sentenceCount,
      roots: [...this.paths],
      warnings: [...this.warnings],
    };
  }

  /** Reads every corpus file again and replaces the index (the old one stays usable until then). */
  async load(paths: string[], settings: AttestSettings, extraWarnings: string[] = []): Promise<CorpusStatus> {
    this.paths = paths;
    this.options = { maxFileSize: settings.maxFileSize, exclude: settings.exclude };
    this.state = "indexing";
    const warnings = [...extraWarnings];
    try {
      // Skipped files come back in result.warnings; the caller logs and shows them.
      const result = await loadCorpus(paths, this.options);
      warnings.push(...result.warnings);
      this.current = CorpusIndex.build(result.documents);
      this.state = "ready";
    } catch (error) {
      warnings.push(`the corpus could not be read: ${(error as Error).message}`);
      this.current = new CorpusIndex();
      this.state = "failed";
    }
    this.warnings = warnings;
    return this.status();
  }

  /** The configured corpus folder (or file) that holds this path, if any. */
  rootOf(file: string): string | undefined {
    return this.paths.find((root) => isInside(file, root));
  }

  isCorpusFile(file: string): boolean {
    return this.rootOf(file) !== undefined;
  }

  /**
   * Re-reads changed corpus files and drops deleted ones; returns whether the index changed.
   * A file that can no longer be read (or is now excluded, or too large) leaves the index.
   */
  async applyChanges(changes: { path: string; deleted: boolean }[]): Promise<boolean> {
    let changed = false;
    for (const change of changes) {
      const root = this.rootOf(change.path);
      if (!root) continue;
      const folder = root === change.path ? path.dirname(root) : root;
      const had = this.current.documents().some((d) => d.path === change.path);
      if (change.deleted) {
        if (had) this.current.remove(change.path);
        changed ||= had;
        continue;
      }
      try {
        const doc = await readSourceFile(change.path, folder, { ...this.options, warn: (m: string) => this.log(m) });
        if (doc) {
          this.current.upsert(doc);
          changed = true;
        } else if (had) {
          this.current.remove(change.path);
          changed = true;
        }
      } catch (error) {
        this.log(`cannot re-read corpus file ${change.path}: ${(error as Error).message}`);
        if (had) {
          this.current.remove(change.path);
          changed = true;
        }
      }
    }
    return changed;
  }
}

export function isInside(file: string, root: string): boolean {
  const relative = path.relative(root, file);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}
