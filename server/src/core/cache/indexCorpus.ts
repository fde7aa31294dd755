// Builds the corpus index the fast way: unchanged files come from the on-disk cache, changed and
// new files are read and analysed on parse threads, and the result is the same index, document
// for document and id for id, as reading every file in order on one thread (CorpusIndex.build
// over loadCorpus). Reports progress and stops early when asked.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { CorpusIndex } from "../index/corpusIndex";
import { analyzeDocument, documentNames, documentTokens, type DocumentIndexData } from "../index/documentAnalysis";
import { initLanguageDetection } from "../corpus/language";
import { DEFAULT_MAX_FILE_SIZE, compareCorpusFiles, contentHash, findCorpusFiles, readCorpusFile, warner } from "../corpus/load";
import type { CorpusLoadOptions } from "../corpus/types";
import { readRegularFile } from "../corpus/readBounded";
import { ParsePool } from "./parsePool";
import { warning, WarningError, type Warning } from "../warnings";
import { cacheFileFor, readCache, writeCache, type CachedDocument } from "./store";

export interface IndexCorpusOptions extends CorpusLoadOptions {
  /** Folder of the index cache; no cache when absent. */
  cacheDir?: string;
  /** Parse threads; default: one per core (at most 4), none for a handful of files. */
  threads?: number;
  /** Called after each file, with files done and files in all. */
  onProgress?: (done: number, total: number) => void;
  /** Polled between files: true stops indexing, keeping (and caching) what is done. */
  cancelled?: () => boolean;
}

export interface IndexCorpusStats {
  files: number;
  /** Documents taken from the cache without reading their file. */
  fromCache: number;
  /** Documents read and analysed. */
  indexed: number;
  /** Bytes of the indexed documents' files. */
  indexedBytes: number;
  threads: number;
  cancelled: boolean;
  cacheFile?: string;
  cacheWritten: boolean;
  /** Time spent writing the cache (part of the total). */
  cacheWriteMs: number;
}

export interface IndexCorpusResult {
  index: CorpusIndex;
  warnings: Warning[];
  stats: IndexCorpusStats;
}

/** Fewer files than this to read are read on this thread: a parse thread costs its start-up (~1 s). */
const MIN_FILES_FOR_THREADS = 64;

export async function indexCorpus(paths: string[], options: IndexCorpusOptions = {}): Promise<IndexCorpusResult> {
  const warnings: Warning[] = [];
  const warn = warner(options, warnings);
  const files = (await findCorpusFiles(paths, options, warn)).sort(compareCorpusFiles);
  // The same corpus configuration, however it is spelled, shares one cache file.
  const key = {
    paths: paths.map((p) => path.resolve(p)),
    maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    exclude: options.exclude ?? [],
  };
  const cache = options.cacheDir ? cacheFileFor(options.cacheDir, key) : undefined;
  const contents = cache ? readCache(cache.file, cache.key) : { documents: new Map<string, CachedDocument>() };
  const cached = contents.documents;

  // Which files the cache still describes: same size and time, or same bytes.
  let refreshed = 0;
  // Synchronous stats: ~10 µs each, where fs.promises costs a thread-pool round trip.
  const reuse = files.map((f) => {
    const hit = cached.get(f.path);
    if (!hit) return undefined;
    try {
      const stat = fs.statSync(f.path);
      if (stat.size !== hit.data.doc.size) return undefined;
      if (stat.mtimeMs === hit.data.doc.mtimeMs) return hit;
      const read = readRegularFile(f.path, stat.size);
      if ("skip" in read || contentHash(read.bytes) !== hit.hash) return undefined;
      refreshed++;
      // In place: a decoded document reads its text lazily, which a copy would lose.
      hit.data.doc.mtimeMs = stat.mtimeMs;
      return hit;
    } catch {
      return undefined;
    }
  });
  const toRead = files.filter((_, i) => !reuse[i]);
  const threads = options.threads ?? (toRead.length >= MIN_FILES_FOR_THREADS ? Math.min(4, os.availableParallelism()) : 0);

  const index = new CorpusIndex();
  /** Content hash of every indexed document, for the cache. */
  const hashes = new Map<string, string>();
  let inserted = 0;
  const stats: IndexCorpusStats = {
    files: files.length,
    fromCache: 0,
    indexed: 0,
    indexedBytes: 0,
    threads,
    cancelled: false,
    cacheWritten: false,
    cacheWriteMs: 0,
    cacheFile: cache?.file,
  };
  const progress = (done: number) => options.onProgress?.(done, files.length);
  const stop = () => options.cancelled?.() === true;

  const insert = (data: DocumentIndexData, hash: string, fromCache: boolean) => {
    index.insert(data, false);
    hashes.set(data.doc.path, hash);
    inserted++;
    if (fromCache) stats.fromCache++;
    else {
      stats.indexed++;
      stats.indexedBytes += data.doc.size;
    }
  };

  const cachedPaths = [...cached.keys()];
  const unchanged = toRead.length === 0 && files.length === cachedPaths.length && files.every((f, i) => f.path === cachedPaths[i]);
  if (unchanged && contents.postings && !stop()) {
    // A restart with nothing changed: adopt the cached inverted index as it is.
    const documents = reuse.map((r) => r!);
    index.adopt(
      documents.map((d) => d.data),
      contents.postings,
    );
    for (const d of documents) hashes.set(d.data.doc.path, d.hash);
    inserted = documents.length;
    stats.fromCache = documents.length;
    progress(files.length);
  } else if (threads > 0 && toRead.length > 0) {
    const pool = new ParsePool(threads, options.maxFileSize, options.extractionLimits);
    try {
      await pool.run(files, reuse, {
        // Name counts go in in file order, ahead of insertion: each file's glued-name questions are
        // answered with the names of the files before it and its own, as on one thread.
        countNames: (names) => index.addNames(names),
        isKnownName: (norm) => index.isKnownName(norm),
        insert: (data, hash, fromCache) => {
          insert(data, hash, fromCache);
          progress(inserted);
        },
        warn,
        cancelled: stop,
      });
    } finally {
      await pool.close();
    }
    stats.cancelled = stop();
  } else {
    // The language model is needed only to read files: a start from the cache skips it.
    if (toRead.length) await initLanguageDetection();
    for (let i = 0; i < files.length; i++) {
      if (stop()) {
        stats.cancelled = true;
        break;
      }
      const hit = reuse[i];
      if (hit) {
        index.addNames(hit.data.names);
        insert(hit.data, hit.hash, true);
      } else {
        const read = await readCorpusFile(files[i]!, options, warn);
        if (read) {
          const tokens = documentTokens(read.doc);
          const names = documentNames(tokens);
          index.addNames(names);
          insert(
            analyzeDocument(read.doc, tokens, (norm) => index.isKnownName(norm), names),
            read.hash,
            false,
          );
        }
      }
      progress(i + 1);
    }
  }

  // Rewritten when a file was read, dropped, or only touched (so its new time is not hashed again).
  const changed = stats.indexed > 0 || refreshed > 0 || inserted !== cached.size;
  if (cache && changed) {
    const started = performance.now();
    try {
      // From the index, not from the data read: adopted sentences were completed in place.
      writeCache(
        cache.file,
        cache.key,
        index.documentData().map((data) => ({ data, hash: hashes.get(data.doc.path) ?? "" })),
      );
      stats.cacheWritten = true;
      stats.cacheWriteMs = performance.now() - started;
    } catch (error) {
      // A refused or failed write says which file and why itself (core/fs/safeWrite.ts).
      warn(
        error instanceof WarningError
          ? error.warning
          : warning("warning.cacheNotWritten", { file: cache.file, detail: (error as Error).message }),
      );
    }
  }
  return { index, warnings, stats };
}
