// The engine thread of the language server: it owns the corpus index and every draft's checker,
// so indexing a corpus or checking a long draft never holds up the LSP traffic on the main thread.
// Loads and watched-file changes run alone, in the order they came; a load may be cancelled
// (message outside the queue). Checks go through the per-document CheckQueue: they run in slices,
// most urgent first, and a newer check of a draft supersedes the one waiting or running.
import { parentPort, workerData } from "node:worker_threads";
import {
  CheckCancelled,
  type CheckResult,
  CorpusIndex,
  DeltaEncoder,
  DraftChecker,
  indexCorpus,
  languageModelLoaded,
  readSourceFile,
} from "../../core";
import { initLanguageDetection } from "../../core/corpus/language";
import { warmLexicon } from "../../core/lexicon/lexicon";
import { warning, warningOf } from "../../core/warnings";
import { CheckQueue, type Steps } from "./checkQueue";
import type {
  ApplyChangesRequest,
  CancelCheck,
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
  let modelReady = false;
  const ready = () => (modelReady = true);
  void model.then(ready, ready);

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
      archive = new ArchiveEngine(request.database, request.statementTimeoutMs);
      index = new CorpusIndex();
      checkers.clear();
      const counts = await archive.counts();
      await model;
      if ("failed" in counts)
        return { documents: 0, sentences: 0, warnings: [], languageModel: languageModelLoaded(), failed: counts.failed };
      if ("unavailable" in counts)
        return { documents: 0, sentences: 0, warnings: [], languageModel: languageModelLoaded(), unavailable: counts.unavailable };
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
      return { documents: 0, sentences: 0, warnings: [], languageModel: languageModelLoaded(), failed: warningOf(error) };
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

  const shouldStop = (request: CheckRequest) => () => Atomics.load(tickets, request.slot) !== request.ticket;

  /** An open draft's check, in steps (CheckQueue runs other drafts' steps in between). */
  function* check(request: CheckRequest): Steps<CheckAnswer> {
    if (!modelReady) yield model;
    let encoder = encoders.get(request.uri);
    if (!encoder) encoders.set(request.uri, (encoder = new DeltaEncoder()));
    if (request.full) encoder.reset();
    try {
      if (archive) {
        const reached = archive.checkIfReachable(
          request.text,
          { locale: request.locale, names: request.names, shouldStop: shouldStop(request) },
          request.uri,
        );
        const result = (yield reached) as Awaited<typeof reached>;
        if ("unavailable" in result) return { cancelled: true, unavailable: result.unavailable, unchecked: result.unchecked };
        return { lang: result.lang, delta: encoder.encode(result.findings, result.origins), checked: 0, reused: 0 };
      }
      let checker = checkers.get(request.uri);
      if (!checker) checkers.set(request.uri, (checker = new DraftChecker(index)));
      const result = yield* checker.checkInSteps(request.text, {
        locale: request.locale,
        names: request.names,
        shouldStop: shouldStop(request),
      });
      const delta = encoder.encode(result.findings, result.origins);
      return { lang: result.lang, delta, checked: checker.lastRun.checked, reused: checker.lastRun.reused };
    } catch (error) {
      if (error instanceof CheckCancelled) return { cancelled: true };
      throw error;
    }
  }

  /** A closed draft's one-shot check (Fact-check Workspace), after every open draft's. */
  function* checkOnce(request: Extract<EngineRequest, { type: "checkOnce" }>): Steps<Omit<CheckResult, "origins">> {
    if (!modelReady) yield model;
    const options = { locale: request.locale, names: request.names };
    if (archive) {
      const checked = archive.check(request.text, options);
      const { lang, findings } = (yield checked) as Awaited<typeof checked>;
      return { lang, findings };
    }
    const { lang, findings } = yield* new DraftChecker(index).checkInSteps(request.text, options);
    return { lang, findings };
  }

  const answer = (id: number, work: Promise<unknown>) =>
    work.then(
      (value) => send({ type: "answer", id, value }),
      (error: unknown) => send({ type: "failure", id, message: (error as Error).stack ?? String(error) }),
    );

  const queue = new CheckQueue();
  port.on("message", (message: EngineRequest | CancelLoad | CancelCheck) => {
    switch (message.type) {
      case "cancelLoad":
        cancelLoad = true;
        return;
      case "cancelCheck":
        queue.cancel(message.uri);
        return;
      case "check":
        // Before the job is queued: a superseded fresh check must still drop the old checker.
        queue.cancel(message.uri);
        if (message.fresh) checkers.delete(message.uri);
        void answer(
          message.id,
          queue
            .submit({ key: message.uri, priority: message.priority, size: message.text.length, start: () => check(message) })
            .then((outcome): CheckAnswer => (outcome.superseded ? { cancelled: true } : outcome.value)),
        );
        return;
      case "checkOnce":
        void answer(
          message.id,
          queue
            .submit({
              key: `\u0000once ${message.id}`,
              priority: Number.MAX_SAFE_INTEGER,
              size: message.text.length,
              start: () => checkOnce(message),
            })
            // Never superseded (each one-shot check has a key of its own): a developer's guard, not a message.
            .then((outcome) => (outcome.superseded ? Promise.reject(new Error("check cancelled")) : outcome.value)),
        );
        return;
      case "close":
        queue.cancel(message.uri);
        checkers.delete(message.uri);
        encoders.delete(message.uri);
        void answer(message.id, Promise.resolve({ documents: index.documentCount, sentences: index.sentenceCount }));
        return;
      case "load":
      case "applyChanges": {
        // Alone: a check never sees a half-loaded index; checks it interrupted start again on the new one.
        const done = queue.runAlone(async () => {
          const result = message.type === "load" ? await load(message) : await applyChanges(message);
          queue.restartStarted();
          return result;
        });
        void answer(message.id, done);
        // The lexicon tables (≈ 0.5 s) are built once the corpus is ready rather than on the first
        // check: the editor is told the corpus is ready first, and a draft opened a moment later is
        // checked without the wait.
        if (message.type === "load") void queue.runAlone(() => warmLexicon());
        return;
      }
    }
  });
}
