// Parse threads for the indexer, and the bookkeeping that keeps their results in file order:
// a names cursor (counts each file's names, then answers its glued-name questions) and an
// insert cursor (adds each file's analysis to the index), both walking the files in order.
import * as fs from "node:fs";
import * as path from "node:path";
import { Worker } from "node:worker_threads";
import type { DocumentIndexData } from "../index/documentAnalysis";
import type { CorpusFile } from "../corpus/load";
import type { CorpusLoadOptions } from "../corpus/types";
import type { ParseWorkerMessage, ReadFileResult } from "./parseWorker";
import { decodeSnapshot } from "./snapshot";
import type { CachedDocument } from "./store";
import { receivedWarning, type Warning } from "../warnings";

export const PARSE_ROLE = "attest-parse";
const BATCH = 16;
const IN_FLIGHT_PER_THREAD = 3;

export interface PoolHooks {
  countNames(names: readonly [string, number][]): void;
  isKnownName(norm: string): boolean;
  insert(data: DocumentIndexData, hash: string, fromCache: boolean): void;
  warn(warning: Warning): void;
  cancelled(): boolean;
}

interface Batch {
  id: number;
  files: number[];
  thread: number;
  read?: ReadFileResult[];
  known: string[][];
  analysed?: DocumentIndexData[];
}

/** The script a parse thread runs: the compiled entry file, or this very file inside the bundle. */
function parseWorkerScript(): string {
  const entry = path.join(__dirname, "parseWorkerMain.js");
  return fs.existsSync(entry) ? entry : __filename;
}

export class ParsePool {
  private readonly threads: Worker[];
  private readonly inFlight: number[];

  constructor(
    count: number,
    private readonly maxFileSize?: number,
    private readonly extractionLimits?: CorpusLoadOptions["extractionLimits"],
  ) {
    const script = parseWorkerScript();
    this.threads = Array.from({ length: count }, () => new Worker(script, { workerData: { role: PARSE_ROLE } }));
    this.inFlight = this.threads.map(() => 0);
  }

  /** Reads every file that `reuse` has no cached document for, inserting all in file order. */
  run(files: CorpusFile[], reuse: (CachedDocument | undefined)[], hooks: PoolHooks): Promise<void> {
    const batches: Batch[] = [];
    const batchOf = new Int32Array(files.length).fill(-1);
    let current: number[] = [];
    const flush = () => {
      if (current.length) batches.push({ id: batches.length, files: current, thread: -1, known: [] });
      current = [];
    };
    files.forEach((_, i) => {
      if (reuse[i]) return;
      batchOf[i] = batches.length;
      current.push(i);
      if (current.length === BATCH) flush();
    });
    flush();

    return new Promise<void>((resolve, reject) => {
      let nextBatch = 0;
      let namesAt = 0;
      let insertAt = 0;
      let done = false;
      const finish = (error?: Error) => {
        if (done) return;
        done = true;
        for (const t of this.threads) t.removeAllListeners("message").removeAllListeners("error");
        if (error) reject(error);
        else resolve();
      };
      const dispatch = () => {
        for (let t = 0; t < this.threads.length; t++) {
          while (nextBatch < batches.length && this.inFlight[t]! < IN_FLIGHT_PER_THREAD && !hooks.cancelled()) {
            const batch = batches[nextBatch++]!;
            batch.thread = t;
            this.inFlight[t]!++;
            this.threads[t]!.postMessage({
              type: "read",
              batch: batch.id,
              files: batch.files.map((i) => files[i]),
              maxFileSize: this.maxFileSize,
              extractionLimits: this.extractionLimits,
            });
          }
        }
      };
      const advanceNames = () => {
        while (namesAt < files.length) {
          const hit = reuse[namesAt];
          if (hit) {
            hooks.countNames(hit.data.names);
            namesAt++;
            continue;
          }
          const batch = batches[batchOf[namesAt]!]!;
          if (!batch.read) return;
          const k = batch.files.indexOf(namesAt);
          const result = batch.read[k]!;
          // From another thread: each warning is checked against the catalogue before it goes on.
          for (const w of result.warnings) hooks.warn(receivedWarning(w));
          if (result.names) hooks.countNames(result.names);
          batch.known[k] = (result.probes ?? []).filter((p) => hooks.isKnownName(p));
          namesAt++;
          if (k === batch.files.length - 1)
            this.threads[batch.thread]!.postMessage({ type: "analyse", batch: batch.id, known: batch.known });
        }
      };
      const advanceInserts = () => {
        while (insertAt < files.length) {
          if (hooks.cancelled()) return finish();
          const hit = reuse[insertAt];
          if (hit) {
            hooks.insert(hit.data, hit.hash, true);
            insertAt++;
            continue;
          }
          const batch = batches[batchOf[insertAt]!]!;
          if (!batch.analysed) return;
          // The snapshot holds the batch's readable files only, in order.
          const k = batch.files.indexOf(insertAt);
          const result = batch.read![k]!;
          if (result.names) {
            const position = batch.read!.slice(0, k).filter((r) => r.names).length;
            hooks.insert(batch.analysed[position]!, result.hash ?? "", false);
          }
          insertAt++;
          if (k === batch.files.length - 1) batch.analysed = [];
        }
        finish();
      };
      this.threads.forEach((thread, t) => {
        thread.on("message", (message: ParseWorkerMessage) => {
          try {
            const batch = batches[message.batch]!;
            if (message.type === "read") {
              batch.read = message.files;
              advanceNames();
            } else if (message.type === "analysed") {
              batch.analysed = decodeSnapshot(message.snapshot);
              this.inFlight[t]!--;
              dispatch();
              advanceInserts();
            } else {
              finish(new Error(`parse thread failed: ${message.message}`));
            }
          } catch (error) {
            finish(error as Error);
          }
        });
        thread.on("error", (error) => finish(error));
      });
      dispatch();
      advanceNames();
      advanceInserts();
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.threads.map((t) => t.terminate()));
  }
}
