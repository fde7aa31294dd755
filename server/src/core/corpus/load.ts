// Reads the corpus: folders walked recursively and single files, each file decoded, checked and
// parsed. Nothing here throws on a bad file; every skipped or odd file becomes one warning.
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
import { fileSkipped, sizePart, warning, type Warning } from "../warnings";

export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;
const CONCURRENCY = 16;

export interface CorpusFile {
  path: string;
  id: string;
}

/** Loads every source file under `paths` (folders or files), sorted by id. */
export async function loadCorpus(paths: string[], options: CorpusLoadOptions = {}): Promise<CorpusLoadResult> {
  const warnings: Warning[] = [];
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
export async function findCorpusFiles(paths: string[], options: CorpusLoadOptions, warn: (warning: Warning) => void): Promise<CorpusFile[]> {
  const candidates = new Map<string, CorpusFile>();
  const accepts = sourceFileFilter(options.extensions);
  for (const given of paths) {
    const root = nodePath.resolve(given);
    let info: Stats;
    try {
      info = await fs.stat(root);
    } catch (e) {
      warn(warning("warning.corpusPathNotFound", { path: given, code: errorCode(e) }));
      continue;
    }
    if (info.isDirectory()) {
      for (const file of await walkFolder(root, warn, accepts)) {
        if (!isExcluded(file.id, options.exclude)) candidates.set(file.path, file);
      }
    } else if (!accepts(root)) {
      warn(warning("warning.notASourceFile", { path: given, extensions: describeExtensions(options.extensions) }));
    } else {
      const id = nodePath.basename(root);
      if (!isExcluded(id, options.exclude)) candidates.set(root, { path: root, id });
    }
  }
  return [...candidates.values()].filter((f) => confined(f, options, warn));
}

/** Whether `file` resolves inside options.confineTo (always true without it); warns when not. */
function confined(file: CorpusFile, options: CorpusLoadOptions, warn: (w: Warning) => void): boolean {
  if (!options.confineTo) return true;
  const real = realPathOf(file.path);
  if (options.confineTo.map(realPathOf).some((root) => isInsideFolder(real, root))) return true;
  warn(warning("warning.outsideWorkspace", { file: file.id, target: real }));
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

async function readDocument(file: CorpusFile, options: CorpusLoadOptions, warn: (w: Warning) => void): Promise<SourceDocument | undefined> {
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
export async function readCorpusFile(file: CorpusFile, options: CorpusLoadOptions, warn: (w: Warning) => void): Promise<{ doc: SourceDocument; hash: string } | undefined> {
  const textLimit = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const format = formatOf(file.path);
  const limit = Math.max(textLimit, format?.maxBytes ?? 0);
  try {
    // Synchronous on purpose: a corpus file is small, and fs.promises costs a thread-pool round
    // trip per call (stat + open + read + close), which dominates reading thousands of articles.
    // Non-blocking and bounded (readBounded.ts), so a FIFO or a device never stalls the thread.
    const read = readRegularFile(file.path, limit);
    if ("skip" in read) {
      warn(
        read.tooLarge !== undefined
          ? warning("warning.tooLarge", { file: file.id, size: sizePart(read.tooLarge), limit: sizePart(limit) })
          : fileSkipped(file.id, read.skip),
      );
      return undefined;
    }
    const { bytes, stat } = read;
    if (!format) {
      warn(warning("warning.notASourceFile", { path: file.id, extensions: describeExtensions() }));
      return undefined;
    }
    const hash = contentHash(bytes);
    const decoded = await format.extract(bytes, { ...DEFAULT_EXTRACTION_LIMITS, maxTextChars: textLimit, ...options.extractionLimits });
    if ("skip" in decoded) {
      warn(fileSkipped(file.id, decoded.skip));
      return undefined;
    }
    for (const note of decoded.notes) warn(warning("warning.fileNote", { file: file.id, note }));
    if (!decoded.text.replace(/^\ufeff/, "").trim()) {
      warn(warning("warning.noText", { file: file.id }));
      return undefined;
    }
    const doc = parseSourceText(file.id, file.path, decoded.text, { size: stat.size, mtimeMs: stat.mtimeMs });
    if (decoded.metadata) doc.metadata = decoded.metadata;
    return { doc, hash };
  } catch (e) {
    warn(warning("warning.cannotRead", { file: file.id, code: errorCode(e) }));
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

export function warner(options: CorpusLoadOptions, warnings: Warning[]): (warning: Warning) => void {
  return (w) => {
    warnings.push(w);
    try {
      options.warn?.(w);
    } catch {
      // A failing logger must not stop the load.
    }
  };
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
