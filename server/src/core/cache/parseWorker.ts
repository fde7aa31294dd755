// A parse thread of the parallel indexer (parallelIndex.ts). Per batch of files, two steps:
//  "read": read and parse each file, tokenise it, and send back its name counts and the
//          glued-name questions the analysis will ask (documentAnalysis.gluedNameProbes);
//  "analyse": with the owner's answers (which of those words are names so far, in corpus
//          order), analyse each document and send the batch back as a snapshot, moved, not copied.
// The owner answers in file order, so the result is the same as one thread indexing in order.
import { parentPort } from "node:worker_threads";
import { analyzeDocument, documentNames, documentTokens, gluedNameProbes } from "../index/documentAnalysis";
import type { Token } from "../analysis/wordTokens";
import { initLanguageDetection } from "../corpus/language";
import { readCorpusFile, type CorpusFile } from "../corpus/load";
import type { CorpusLoadOptions, SourceDocument } from "../corpus/types";
import { encodeSnapshot } from "./snapshot";
import type { Warning } from "../warnings";

interface ReadRequest {
  type: "read";
  batch: number;
  files: CorpusFile[];
  maxFileSize?: number;
  extractionLimits?: CorpusLoadOptions["extractionLimits"];
}

interface AnalyseRequest {
  type: "analyse";
  batch: number;
  /** Per file of the batch: the probes that are known names. */
  known: string[][];
}

export interface ReadFileResult {
  /** Undefined when the file was skipped (see warnings). */
  names?: [string, number][];
  probes?: string[];
  hash?: string;
  /** Data, not text: the owner validates and words them. */
  warnings: Warning[];
}

export type ParseWorkerMessage =
  | { type: "read"; batch: number; files: ReadFileResult[] }
  | { type: "analysed"; batch: number; snapshot: Uint8Array }
  | { type: "error"; batch: number; message: string };

interface Pending {
  docs: ({ doc: SourceDocument; tokens: Token[][]; names: [string, number][] } | undefined)[];
}

export function runParseWorker(): void {
  const port = parentPort!;
  const pending = new Map<number, Pending>();
  const ready = initLanguageDetection();
  // One message at a time, reads first: the owner waits on reads to answer name questions (which
  // unblocks analyses here and on the other threads), while an analysis only feeds the index.
  const queue: (ReadRequest | AnalyseRequest)[] = [];
  let busy = false;
  const pump = async () => {
    if (busy) return;
    busy = true;
    while (queue.length) {
      const at = queue.findIndex((m) => m.type === "read");
      const [message] = queue.splice(at >= 0 ? at : 0, 1);
      await handle(message!);
    }
    busy = false;
  };
  port.on("message", (message: ReadRequest | AnalyseRequest) => {
    queue.push(message);
    void pump();
  });
  const handle = async (message: ReadRequest | AnalyseRequest) => {
    try {
      if (message.type === "read") {
        await ready;
        const results: ReadFileResult[] = [];
        const docs: Pending["docs"] = [];
        for (const file of message.files) {
          const warnings: Warning[] = [];
          const read = await readCorpusFile(file, { maxFileSize: message.maxFileSize, extractionLimits: message.extractionLimits }, (w) =>
            warnings.push(w),
          );
          if (!read) {
            docs.push(undefined);
            results.push({ warnings });
            continue;
          }
          const tokens = documentTokens(read.doc);
          const names = documentNames(tokens);
          docs.push({ doc: read.doc, tokens, names });
          results.push({ names, probes: gluedNameProbes(read.doc, tokens), hash: read.hash, warnings });
        }
        pending.set(message.batch, { docs });
        port.postMessage({ type: "read", batch: message.batch, files: results } satisfies ParseWorkerMessage);
      } else {
        const batch = pending.get(message.batch)!;
        pending.delete(message.batch);
        const analysed = batch.docs.flatMap((d, i) => {
          if (!d) return [];
          const known = new Set(message.known[i]);
          return [analyzeDocument(d.doc, d.tokens, (norm) => known.has(norm), d.names)];
        });
        const snapshot = encodeSnapshot(analysed);
        port.postMessage({ type: "analysed", batch: message.batch, snapshot } satisfies ParseWorkerMessage, [
          snapshot.buffer as ArrayBuffer,
        ]);
      }
    } catch (error) {
      port.postMessage({
        type: "error",
        batch: message.batch,
        message: (error as Error).stack ?? String(error),
      } satisfies ParseWorkerMessage);
    }
  };
}
