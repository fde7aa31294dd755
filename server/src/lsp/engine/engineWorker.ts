// The engine thread of the language server: it owns the corpus index and every draft's checker,
// so indexing a corpus or checking a long draft never holds up the LSP traffic on the main thread.
// Requests are answered one at a time, in the order they came; a load may be cancelled (message
// outside the queue), a check stops when a newer edit of the same draft claims its slot.
import { parentPort, workerData } from "node:worker_threads";
import { CheckCancelled, CorpusIndex, DeltaEncoder, DraftChecker, indexCorpus, languageModelLoaded, readSourceFile } from "../../core";
import { initLanguageDetection } from "../../core/corpus/language";
import { warmLexicon } from "../../core/lexicon/lexicon";
import { internalError, warning } from "../../core/warnings";
import type {
  ApplyChangesRequest,
  CancelLoad,
  CheckAnswer,
  CheckRequest,
  EngineMessage,
  EngineRequest,
  LoadRequest,
  LoadResult,
} from "./protocol";

export const ENGINE_ROLE = "attest-engine";

export function runEngineWorker(): void {
  const port = parentPort!;
  const tickets = new Int32Array(workerData.tickets as SharedArrayBuffer);
  let index = new CorpusIndex();
  const checkers = new Map<string, DraftChecker>();
  /** What was last sent for each draft: answers carry only what changed. */
  const encoders = new Map<string, DeltaEncoder>();
  let cancelLoad = false;
  const send = (message: EngineMessage) => port.postMessage(message);
  // Drafts are checked here, their language told by the same model as the sources'. Loading it
  // (~0.1-1 s) overlaps reading the index; only checks wait for it.
  const model = initLanguageDetection();

  /** Set while attest.corpus.database names an archive: checks read it, not the index. */
  let archive: import("./archiveEngine").ArchiveEngine | undefined;

  const load = async (request: LoadRequest & { id: number }): Promise<LoadResult> => {
    cancelLoad = false;
    const started = performance.now();
    await archive?.close();
    archive = undefined;
    if (request.database) {
      // Loaded on demand: the embedded mode never loads the PostgreSQL client.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { ArchiveEngine }: typeof import("./archiveEngine") = require("./archiveEngine");
      archive = new ArchiveEngine(request.database);
      index = new CorpusIndex();
      checkers.clear();
      const counts = await archive.counts();
      await model;
      if ("failed" in counts)
        return { documents: 0, sentences: 0, warnings: [], languageModel: languageModelLoaded(), failed: counts.failed };
      return {
        ...counts,
        warnings: [],
        languageModel: languageModelLoaded(),
        stats: {
          files: counts.documents,
          fromCache: 0,
          indexed: 0,
          indexedBytes: 0,
          cancelled: false,
          cacheWritten: false,
          ms: performance.now() - started,
        },
      };
    }
    let lastProgress = 0;
    try {
      const result = await indexCorpus(request.paths, {
        maxFileSize: request.maxFileSize,
        exclude: request.exclude,
        extensions: request.extensions,
        confineTo: request.confineTo,
        cacheDir: request.cacheDir,
        cancelled: () => cancelLoad,
        onProgress: (done, total) => {
          const now = performance.now();
          // A message per file would flood the client; a few a second is enough for a progress bar.
          if (now - lastProgress > 100 || done === total) {
            lastProgress = now;
            send({ type: "progress", id: request.id, done, total });
          }
        },
      });
      index = result.index;
      checkers.clear();
      await model;
      return {
        documents: index.documentCount,
        sentences: index.sentenceCount,
        warnings: result.warnings,
        languageModel: languageModelLoaded(),
        stats: { ...result.stats, ms: performance.now() - started },
      };
    } catch (error) {
      index = new CorpusIndex();
      checkers.clear();
      return { documents: 0, sentences: 0, warnings: [], languageModel: languageModelLoaded(), failed: internalError(error) };
    }
  };

  const applyChanges = async (request: ApplyChangesRequest): Promise<{ changed: boolean; documents: number; sentences: number }> => {
    let changed = false;
    for (const change of request.changes) {
      const had = index.has(change.path);
      if (change.deleted) {
        if (had) index.remove(change.path);
        changed ||= had;
        continue;
      }
      try {
        const doc = await readSourceFile(change.path, change.root, {
          maxFileSize: request.maxFileSize,
          exclude: request.exclude,
          extensions: request.extensions,
          confineTo: request.confineTo,
          warn: (w) => send({ type: "warning", warning: w }),
        });
        if (doc) {
          index.upsert(doc);
          changed = true;
        } else if (had) {
          index.remove(change.path);
          changed = true;
        }
      } catch (error) {
        send({ type: "warning", warning: warning("warning.cannotReread", { path: change.path, detail: (error as Error).message }) });
        if (had) {
          index.remove(change.path);
          changed = true;
        }
      }
    }
    return { changed, documents: index.documentCount, sentences: index.sentenceCount };
  };

  const check = async (request: CheckRequest): Promise<CheckAnswer> => {
    if (archive) {
      let encoder = encoders.get(request.uri);
      if (!encoder) encoders.set(request.uri, (encoder = new DeltaEncoder()));
      if (request.full) encoder.reset();
      try {
        const result = await archive.checkIfReachable(
          request.text,
          { locale: request.locale, names: request.names, shouldStop: () => Atomics.load(tickets, request.slot) !== request.ticket },
          request.uri,
        );
        if ("unavailable" in result) return { cancelled: true, unavailable: result.unavailable };
        return { lang: result.lang, delta: encoder.encode(result.findings, result.origins), checked: 0, reused: 0 };
      } catch (error) {
        if (error instanceof CheckCancelled) return { cancelled: true };
        throw error;
      }
    }
    let checker = checkers.get(request.uri);
    if (!checker || request.fresh) checkers.set(request.uri, (checker = new DraftChecker(index)));
    let encoder = encoders.get(request.uri);
    if (!encoder) encoders.set(request.uri, (encoder = new DeltaEncoder()));
    if (request.full) encoder.reset();
    try {
      const result = checker.check(request.text, {
        locale: request.locale,
        names: request.names,
        shouldStop: () => Atomics.load(tickets, request.slot) !== request.ticket,
      });
      const delta = encoder.encode(result.findings, result.origins);
      return { lang: result.lang, delta, checked: checker.lastRun.checked, reused: checker.lastRun.reused };
    } catch (error) {
      if (error instanceof CheckCancelled) return { cancelled: true };
      throw error;
    }
  };

  const handle = async (request: EngineRequest): Promise<unknown> => {
    if (request.type === "check" || request.type === "checkOnce") await model;
    switch (request.type) {
      case "load":
        return load(request);
      case "applyChanges":
        return applyChanges(request);
      case "check":
        return check(request);
      case "checkOnce": {
        const options = { locale: request.locale, names: request.names };
        const { lang, findings } = archive
          ? await archive.check(request.text, options)
          : new DraftChecker(index).check(request.text, options);
        return { lang, findings };
      }
      case "close":
        checkers.delete(request.uri);
        encoders.delete(request.uri);
        return { documents: index.documentCount, sentences: index.sentenceCount };
    }
  };

  // One request at a time: a check never sees a half-loaded index.
  let queue: Promise<void> = Promise.resolve();
  port.on("message", (message: EngineRequest | CancelLoad) => {
    if (message.type === "cancelLoad") {
      cancelLoad = true;
      return;
    }
    queue = queue.then(async () => {
      try {
        send({ type: "answer", id: message.id, value: await handle(message) });
      } catch (error) {
        send({ type: "failure", id: message.id, message: (error as Error).stack ?? String(error) });
      }
    });
    // The lexicon tables (≈ 0.5 s) are built once the corpus is ready rather than on the first
    // check: the editor is told the corpus is ready first, and a draft opened a moment later is
    // checked without the wait.
    if (message.type === "load") queue = queue.then(() => warmLexicon());
  });
}
