// Reads the corpus: folders walked recursively and single files, each file decoded, checked and
// parsed. Nothing here throws on a bad file; every skipped or odd file becomes one warning line.
import { createHash } from "node:crypto";
import { existsSync, promises as fs, type Stats } from "node:fs";
import * as nodePath from "node:path";
import { minimatch } from "minimatch";
import { DEFAULT_EXTRACTION_LIMITS, describeExtensions, formatOf, sourceFileFilter } from "./formats";
import { insideSavedPageAssets } from "./formats/savedPage";
import { isInsideFolder, realPathOf } from "../fs/paths";
import { initLanguageDetection } from "./language";
import { parseSourceText } from "./parse";
import { readRegularFile } from "./readBounded";
import type { CorpusLoadOptions, CorpusLoadResult, SourceDocument } from "./types";
import { errorCode, toId, walkFolder } from "./walk";

export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;
const CONCURRENCY = 16;

export interface CorpusFile {
  path: string;
  id: string;
}

/** Loads every source file under `paths` (folders or files), sorted by id. */
export async function loadCorpus(paths: string[], options: CorpusLoadOptions = {}): Promise<CorpusLoadResult> {
  const warnings: string[] = [];
  const warn = warner(options, warnings);
  await initLanguageDetection();
  const candidates = await findCorpusFiles(paths, options, warn);
  const documents = (await mapLimited(candidates, CONCURRENCY, (c) => readDocument(c, options, warn))).filter(
    (d): d is SourceDocument => d !== undefined,
  );
  documents.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { documents, warnings };
}

/** Orders corpus files the way loadCorpus orders their documents: by id, then path. */
export function compareCorpusFiles(a: CorpusFile, b: CorpusFile): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** The source files under `paths` that are not excluded (one entry per absolute path), unordered. */
export async function findCorpusFiles(paths: string[], options: CorpusLoadOptions, warn: (message: string) => void): Promise<CorpusFile[]> {
  const candidates = new Map<string, CorpusFile>();
  const accepts = sourceFileFilter(options.extensions);
  for (const given of paths) {
    const root = nodePath.resolve(given);
    let info: Stats;
    try {
      info = await fs.stat(root);
    } catch (e) {
      warn(`${given}: corpus path not found (${errorCode(e)}), skipped`);
      continue;
    }
    if (info.isDirectory()) {
      for (const file of await walkFolder(root, warn, accepts)) {
        if (!isExcluded(file.id, options.exclude)) candidates.set(file.path, file);
      }
    } else if (!accepts(root)) {
      warn(`${given}: not a ${describeExtensions(options.extensions)} file, skipped`);
    } else {
      const id = nodePath.basename(root);
      if (!isExcluded(id, options.exclude)) candidates.set(root, { path: root, id });
    }
  }
  return [...candidates.values()].filter((f) => confined(f, options, warn));
}

/** Whether `file` resolves inside options.confineTo (always true without it); warns when not. */
function confined(file: CorpusFile, options: CorpusLoadOptions, warn: (m: string) => void): boolean {
  if (!options.confineTo) return true;
  const real = realPathOf(file.path);
  if (options.confineTo.map(realPathOf).some((root) => isInsideFolder(real, root))) return true;
  warn(`${file.id}: outside the workspace (a link to ${real}), not read in an untrusted workspace`);
  return false;
}

/**
 * Reads one file again (after a change). `root` is the corpus folder it belongs to, for its id
 * (or the file itself). Undefined when the file is not a source file, is excluded, or cannot
 * be used (the reason goes to options.warn).
 */
export async function readSourceFile(path: string, root: string, options: CorpusLoadOptions = {}): Promise<SourceDocument | undefined> {
  const file = nodePath.resolve(path);
  const relative = nodePath.relative(nodePath.resolve(root), file);
  const inside = relative !== "" && !relative.startsWith("..") && !nodePath.isAbsolute(relative);
  const id = inside ? toId(relative) : nodePath.basename(file);
  if (!sourceFileFilter(options.extensions)(file) || isExcluded(id, options.exclude)) return undefined;
  if (inside && insideSavedPageAssets(nodePath.resolve(root), file, existsSync)) return undefined;
  const warn = warner(options, []);
  if (!confined({ path: file, id }, options, warn)) return undefined;
  await initLanguageDetection();
  return readDocument({ path: file, id }, options, warn);
}

async function readDocument(file: CorpusFile, options: CorpusLoadOptions, warn: (m: string) => void): Promise<SourceDocument | undefined> {
  return (await readCorpusFile(file, options, warn))?.doc;
}

/** The content hash the index cache compares when a file's size or time changed. */
export function contentHash(bytes: Uint8Array): string {
  return createHash("sha1").update(bytes).digest("base64");
}

/**
 * Reads and parses one corpus file, with the hash of its bytes; undefined (and a warning) when
 * it cannot be used. The language model must be initialised (initLanguageDetection) first.
 */
export async function readCorpusFile(file: CorpusFile, options: CorpusLoadOptions, warn: (m: string) => void): Promise<{ doc: SourceDocument; hash: string } | undefined> {
  const textLimit = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const format = formatOf(file.path);
  const limit = Math.max(textLimit, format?.maxBytes ?? 0);
  try {
    // Synchronous on purpose: a corpus file is small, and fs.promises costs a thread-pool round
    // trip per call (stat + open + read + close), which dominates reading thousands of articles.
    // Non-blocking and bounded (readBounded.ts), so a FIFO or a device never stalls the thread.
    const read = readRegularFile(file.path, limit);
    if ("skip" in read) {
      warn(read.tooLarge !== undefined ? `${file.id}: ${formatSize(read.tooLarge)} is over the ${formatSize(limit)} limit, skipped` : `${file.id}: ${read.skip}, skipped`);
      return undefined;
    }
    const { bytes, stat } = read;
    if (!format) {
      warn(`${file.id}: not a ${describeExtensions()} file, skipped`);
      return undefined;
    }
    const hash = contentHash(bytes);
    const decoded = await format.extract(bytes, { ...DEFAULT_EXTRACTION_LIMITS, maxTextChars: textLimit, ...options.extractionLimits });
    if ("skip" in decoded) {
      warn(`${file.id}: ${decoded.skip}, skipped`);
      return undefined;
    }
    for (const note of decoded.notes) warn(`${file.id}: ${note}`);
    if (!decoded.text.replace(/^\ufeff/, "").trim()) {
      warn(`${file.id}: no text, skipped`);
      return undefined;
    }
    const doc = parseSourceText(file.id, file.path, decoded.text, { size: stat.size, mtimeMs: stat.mtimeMs });
    if (decoded.metadata) doc.metadata = decoded.metadata;
    return { doc, hash };
  } catch (e) {
    warn(`${file.id}: cannot read (${errorCode(e)}), skipped`);
    return undefined;
  }
}

/** Exclude globs match the id (path relative to its root); a pattern without a slash matches a base name, a folder its contents. */
function isExcluded(id: string, patterns: string[] | undefined): boolean {
  if (!patterns?.length) return false;
  return patterns.some((p) => {
    const pattern = p.replace(/^\.\//, "");
    return minimatch(id, pattern, { dot: true, matchBase: true }) || minimatch(id, `${pattern.replace(/\/+$/, "")}/**`, { dot: true });
  });
}

export function warner(options: CorpusLoadOptions, warnings: string[]): (message: string) => void {
  return (message) => {
    warnings.push(message);
    try {
      options.warn?.(message);
    } catch {
      // A failing logger must not stop the load.
    }
  };
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}

async function mapLimited<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
