// `attest index --db`: loads folders into the archive with the embedded index's own analysis.
// Files go in by batches, one transaction a batch: a reader sees a batch whole or not at all (so
// never half a document), an interrupted run keeps the batches it committed, and the next run
// skips every file whose content hash is unchanged. Each batch is a handful of statements, whatever
// its size (rows passed as arrays), and the next batch is read while this one is written. Writers
// take one advisory lock a transaction, so two indexers never interleave their statistics; readers
// are never blocked (MVCC).
import { readFileSync } from "node:fs";
import * as nodePath from "node:path";
import type { PoolClient } from "pg";
import { analyzeDocument, documentNames, documentTokens, gluedNameProbes, type DocumentIndexData } from "../core/index/documentAnalysis";
import { isKnownName } from "../core/index/corpusIndex";
import { figureValueKeys } from "../core/index/figureValueKeys";
import { kindBits } from "../core/index/figureKinds";
import { initLanguageDetection } from "../core/corpus/language";
import { compareCorpusFiles, contentHash, findCorpusFiles, readCorpusFile, warner, type CorpusFile } from "../core/corpus/load";
import type { Token } from "../core/analysis/wordTokens";
import type { CorpusLoadOptions, SourceDocument } from "../core/corpus/types";
import type { Warning } from "../core/warnings";
import type { Archive } from "./connection";
import { MIGRATION_LOCK, nameSpelling, searchConfig } from "./migrations";

type Outcome = "added" | "updated" | "unchanged" | "skipped";

export interface ArchiveIndexOptions extends CorpusLoadOptions {
  /** Called after each file, once its batch is committed: files done, files in all, what happened to this one. */
  onProgress?: (done: number, total: number, file: CorpusFile, outcome: Outcome) => void;
  /** Polled between files: true stops, committing the batch gathered so far and nothing after it. */
  cancelled?: () => boolean;
  /** Most files a transaction (default BATCH_FILES). */
  batchFiles?: number;
}

export interface ArchiveIndexStats {
  files: number;
  added: number;
  updated: number;
  unchanged: number;
  skipped: number;
  removed: number;
  cancelled: boolean;
}

/**
 * A batch is committed when it holds this many files or BATCH_BYTES of text. Larger batches
 * amortise the statements and merge the statistics' updates of common keys (measured in
 * bench/README.md); smaller ones hold the writers' lock for less time.
 */
const BATCH_FILES = 200;
const BATCH_BYTES = 2_000_000;

/** A file read and tokenised, waiting for its batch's name counts to be analysed. */
interface ReadFile {
  file: CorpusFile;
  hash: string;
  names: [string, number][];
  probes: string[];
  doc: SourceDocument;
  tokens: Token[][];
}

/** The words a sentence is found by: its keys, then its figures' value keys (CorpusIndex.insert's order). */
function sentenceKeys(keys: readonly string[], figures: DocumentIndexData["sentences"][number]["figures"]): string[] {
  return [...new Set([...keys, ...figures.flatMap(figureValueKeys)])];
}

async function lockWriters(client: PoolClient): Promise<void> {
  await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
}

/** Takes documents' sentences out of the statistics, then the documents (their sentences cascade). */
async function deleteDocuments(client: PoolClient, seqs: readonly string[]): Promise<void> {
  if (!seqs.length) return;
  await client.query(
    `UPDATE key_stats AS ks SET sentences = ks.sentences - d.c
       FROM (SELECT k, count(*) AS c FROM sentences, unnest(all_keys) AS k WHERE doc = ANY($1::bigint[]) GROUP BY k ORDER BY k) AS d
      WHERE ks.key = d.k`,
    [seqs],
  );
  await client.query(
    `UPDATE archive_stats SET documents = documents - $2, sentences = sentences - (SELECT count(*) FROM sentences WHERE doc = ANY($1::bigint[])), version = version + 1`,
    [seqs, seqs.length],
  );
  await client.query("DELETE FROM documents WHERE seq = ANY($1::bigint[])", [seqs]);
  // Name counts only grow, as in the embedded index: a removed file's names were seen.
}

/**
 * Which of each file's glued-name questions are names, as one document a transaction would see
 * them: the archive's counts, plus the batch's names counted in up to the file's own.
 */
async function answerNames(client: PoolClient, files: readonly ReadFile[]): Promise<string[][]> {
  const probed = new Set(files.flatMap((r) => r.probes));
  const counts = new Map<string, number>();
  if (probed.size) {
    const { rows } = await client.query<{ norm: string; count: string }>(
      "SELECT norm, count FROM name_stats WHERE norm = ANY($1::text[])",
      [[...probed]],
    );
    for (const r of rows) counts.set(r.norm, Number(r.count));
  }
  return files.map((r) => {
    for (const [norm, n] of r.names) if (probed.has(norm)) counts.set(norm, (counts.get(norm) ?? 0) + n);
    return r.probes.filter((p) => isKnownName(counts, p));
  });
}

/** Counts the batch's names into the archive. */
async function countNames(client: PoolClient, files: readonly ReadFile[]): Promise<void> {
  const batchNames = new Map<string, number>();
  for (const r of files) for (const [norm, n] of r.names) batchNames.set(norm, (batchNames.get(norm) ?? 0) + n);
  if (!batchNames.size) return;
  // Sorted: the same row order in every writer (they are serialised anyway, this keeps it cheap).
  const norms = [...batchNames.keys()].sort();
  await client.query(
    `INSERT INTO name_stats (norm, count, spelling) SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[])
     ON CONFLICT (norm) DO UPDATE SET count = name_stats.count + excluded.count`,
    [norms, norms.map((n) => batchNames.get(n)!), norms.map((n) => nameSpelling(n))],
  );
}

/** Inserts a batch's documents (in file order: seq numbers them as the embedded index does), their sentences and statistics. */
async function insertDocuments(
  client: PoolClient,
  batch: readonly ReadFile[],
  analysed: readonly DocumentIndexData[],
  roots: readonly string[],
  meanwhile: () => void,
): Promise<void> {
  // One sequence value a document, taken in order (the rows of one INSERT get theirs in no promised order).
  const { rows } = await client.query<{ seq: string }>(
    "SELECT nextval(pg_get_serial_sequence('documents', 'seq'))::text AS seq FROM generate_series(1, $1::int)",
    [batch.length],
  );
  const seqs = rows
    .map((r) => BigInt(r.seq))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map(String);
  const docs = analysed.map((a) => a.doc);
  await client.query(
    `INSERT INTO documents (seq, path, id, root, hash, lang, metadata, text, sentence_count)
     SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::jsonb[], $8::text[], $9::int[])`,
    [
      seqs,
      docs.map((d) => d.path),
      docs.map((d) => d.id),
      batch.map((r) => rootOf(r.file, roots)),
      batch.map((r) => r.hash),
      docs.map((d) => d.lang),
      docs.map((d) => JSON.stringify({ size: d.size, mtimeMs: d.mtimeMs })),
      docs.map((d) => d.text),
      analysed.map((a) => a.sentences.length),
    ],
  );
  const keyCounts = new Map<string, number>();
  const sentenceRows: object[] = [];
  let sentenceCount = 0;
  analysed.forEach(({ doc, sentences }, d) => {
    sentences.forEach((s, n) => {
      const all = sentenceKeys(s.keys, s.figures);
      for (const k of all) keyCounts.set(k, (keyCounts.get(k) ?? 0) + 1);
      sentenceRows.push({
        doc: seqs[d],
        n,
        ordinal: s.ordinal,
        start_offset: s.start,
        end_offset: s.end,
        prev: s.prev,
        kind_bits: kindBits(s.figures),
        keys: s.keys,
        polar: s.polar,
        figures: s.figures,
        all_keys: all,
        config: searchConfig(doc.lang),
        body: doc.text.slice(s.start, s.end),
      });
    });
    sentenceCount += sentences.length;
  });
  if (sentenceRows.length) {
    const inserting = client.query(
      `INSERT INTO sentences (doc, n, ordinal, start_offset, end_offset, prev, kind_bits, keys, polar, figures, all_keys, search)
       SELECT s.doc, s.n, s.ordinal, s.start_offset, s.end_offset, s.prev, s.kind_bits,
              ARRAY(SELECT jsonb_array_elements_text(s.keys)), ARRAY(SELECT jsonb_array_elements_text(s.polar)), s.figures,
              ARRAY(SELECT jsonb_array_elements_text(s.all_keys)), to_tsvector(s.config::regconfig, unaccent(s.body))
         FROM jsonb_to_recordset($1::jsonb) AS s(doc bigint, n int, ordinal int, start_offset int, end_offset int, prev int, kind_bits int, keys jsonb, polar jsonb, figures jsonb, all_keys jsonb, config text, body text)`,
      [JSON.stringify(sentenceRows)],
    );
    // The longest statement by far: the server runs it while this thread does other work.
    meanwhile();
    await inserting;
  } else meanwhile();
  // Sorted: the same row order in every writer (they are serialised anyway, this keeps it cheap).
  const keys = [...keyCounts.keys()].sort();
  if (keys.length) {
    await client.query(
      `INSERT INTO key_stats (key, sentences) SELECT * FROM unnest($1::text[], $2::bigint[])
       ON CONFLICT (key) DO UPDATE SET sentences = key_stats.sentences + excluded.sentences`,
      [keys, keys.map((k) => keyCounts.get(k)!)],
    );
  }
  await client.query("UPDATE archive_stats SET documents = documents + $1, sentences = sentences + $2, version = version + 1", [
    batch.length,
    sentenceCount,
  ]);
}

function analyse(batch: readonly ReadFile[], known: readonly string[][]): DocumentIndexData[] {
  return batch.map((r, i) => {
    const yes = new Set(known[i]);
    return analyzeDocument(r.doc, r.tokens, (norm) => yes.has(norm), r.names);
  });
}

function sameAnswers(a: readonly string[][], b: readonly string[][]): boolean {
  return a.length === b.length && a.every((known, i) => known.length === b[i]!.length && known.every((p, j) => p === b[i]![j]));
}

/** A batch analysed while the one before it was written, with the answers it was given then. */
interface Ahead {
  known: string[][];
  analysed: DocumentIndexData[];
}

/**
 * Writes one batch in one transaction: the documents it replaces out, its documents in. While the
 * server inserts its sentences, the next batch (when read) is analysed with the names as they
 * will be once this one commits; its own transaction asks again under the lock (another writer
 * may have counted names meanwhile) and analyses it anew if the answers changed.
 */
async function writeBatch(
  archive: Archive,
  batch: readonly ReadFile[],
  ahead: Ahead | undefined,
  next: () => readonly ReadFile[] | undefined,
  roots: readonly string[],
): Promise<Ahead | undefined> {
  return archive.transaction(async (client) => {
    await lockWriters(client);
    // Read under the lock: another indexer may have replaced or removed them meanwhile.
    const { rows } = await client.query<{ seq: string }>("SELECT seq::text AS seq FROM documents WHERE path = ANY($1::text[])", [
      batch.map((r) => r.file.path),
    ]);
    await deleteDocuments(
      client,
      rows.map((r) => r.seq),
    );
    const known = await answerNames(client, batch);
    const analysed = ahead && sameAnswers(ahead.known, known) ? ahead.analysed : analyse(batch, known);
    await countNames(client, batch);
    const following = next();
    const nextKnown = following?.length ? await answerNames(client, following) : undefined;
    let nextAhead: Ahead | undefined;
    await insertDocuments(client, batch, analysed, roots, () => {
      if (following && nextKnown) nextAhead = { known: nextKnown, analysed: analyse(following, nextKnown) };
    });
    return nextAhead;
  });
}

/** Reads and tokenises a batch's files; the unreadable ones (warned about) are left out. */
async function readBatch(files: readonly CorpusFile[], options: CorpusLoadOptions, warn: (w: Warning) => void): Promise<ReadFile[]> {
  const read: ReadFile[] = [];
  for (const file of files) {
    const r = await readCorpusFile(file, options, warn);
    if (!r) continue;
    const tokens = documentTokens(r.doc);
    read.push({ file, hash: r.hash, names: documentNames(tokens), probes: gluedNameProbes(r.doc, tokens), doc: r.doc, tokens });
  }
  return read;
}

/** The folder (or file) a corpus file was found under: deletions are applied per root. */
function rootOf(file: CorpusFile, roots: readonly string[]): string {
  return (
    roots.find((r) => file.path === r || file.path.startsWith(r.endsWith(nodePath.sep) ? r : r + nodePath.sep)) ??
    nodePath.dirname(file.path)
  );
}

export async function indexIntoArchive(archive: Archive, paths: string[], options: ArchiveIndexOptions = {}): Promise<ArchiveIndexStats> {
  const warn = warner(options, []);
  const roots = paths.map((p) => nodePath.resolve(p));
  const files = (await findCorpusFiles(paths, options, warn)).sort(compareCorpusFiles);
  const stats: ArchiveIndexStats = { files: files.length, added: 0, updated: 0, unchanged: 0, skipped: 0, removed: 0, cancelled: false };
  const known = new Map<string, string>();
  {
    const client = await archive.connect();
    try {
      const { rows } = await client.query<{ path: string; hash: string }>("SELECT path, hash FROM documents");
      for (const r of rows) known.set(r.path, r.hash);
    } finally {
      client.release();
    }
  }
  await initLanguageDetection();
  const batchFiles = Math.max(1, options.batchFiles ?? BATCH_FILES);

  /** What became of each file, in file order (a file to read is settled once read); told once its batch is committed. */
  const outcomes: { file: CorpusFile; outcome: Outcome | "read" }[] = [];
  let told = 0;
  const tell = (upTo: number) => {
    for (; told < upTo; told++) {
      const { file, outcome } = outcomes[told]!;
      const settled = outcome === "read" ? "skipped" : outcome;
      stats[settled]++;
      options.onProgress?.(told + 1, files.length, file, settled);
    }
  };
  /** Files that cannot be used (too large, binary, empty): like the embedded index, the archive leaves them out. */
  const skipped = new Set<string>();

  /** Batches read or being read, not written yet; each is written once the one before it is. */
  const pending: Promise<void>[] = [];
  /** The same batches' files, once read: a batch's write analyses the next one ahead. */
  const reads: { ready?: ReadFile[] }[] = [];
  let ahead: Ahead | undefined;
  let lastWritten: Promise<void> = Promise.resolve();
  let toRead: CorpusFile[] = [];
  let toReadBytes = 0;
  /** Where the batch being gathered starts in `outcomes`. */
  let batchStart = 0;
  const enqueue = () => {
    if (!toRead.length && told === outcomes.length) return;
    const batchFilesNow = toRead;
    const from = batchStart;
    const upTo = outcomes.length;
    batchStart = upTo;
    toRead = [];
    toReadBytes = 0;
    // Read now, on this thread, while the batch before is written.
    const read = readBatch(batchFilesNow, options, warn);
    const state: { ready?: ReadFile[] } = {};
    reads.push(state);
    read.then(
      (r) => {
        state.ready = r;
        const readable = new Set(r.map((f) => f.file.path));
        for (const o of outcomes.slice(from, upTo)) {
          if (o.outcome !== "read") continue;
          if (readable.has(o.file.path)) o.outcome = known.has(o.file.path) ? "updated" : "added";
          else skipped.add(o.file.path);
        }
      },
      () => undefined,
    );
    const written = lastWritten.then(async () => {
      const batch = await read;
      reads.shift();
      ahead = batch.length ? await writeBatch(archive, batch, ahead, () => reads[0]?.ready, roots) : undefined;
      void pending.shift(); // this one, written (its outcome is `written` itself)
      tell(upTo);
    });
    pending.push(written);
    lastWritten = written;
    lastWritten.catch(() => undefined); // awaited below
  };
  try {
    for (const file of files) {
      if (options.cancelled?.()) {
        stats.cancelled = true;
        break;
      }
      const before = known.get(file.path);
      let bytes: Buffer | undefined;
      try {
        bytes = readFileSync(file.path);
      } catch {
        bytes = undefined; // readCorpusFile says why
      }
      if (before && bytes && contentHash(bytes) === before) {
        outcomes.push({ file, outcome: "unchanged" });
        if (!toRead.length && pending.length === 0) tell(outcomes.length);
        continue;
      }
      outcomes.push({ file, outcome: "read" });
      toRead.push(file);
      toReadBytes += bytes?.length ?? 0;
      if (toRead.length >= batchFiles || toReadBytes >= BATCH_BYTES) {
        enqueue();
        // One batch read ahead of the one being written, no more: memory stays bounded.
        if (pending.length > 1) await pending[0];
      }
    }
    enqueue();
    await lastWritten;
  } finally {
    await lastWritten.catch(() => undefined);
  }
  if (stats.cancelled) return stats;
  // Files gone from the folders indexed now leave the archive; other folders' documents stay.
  const present = new Set(files.map((f) => f.path));
  for (const path of skipped) present.delete(path);
  await archive.transaction(async (tx) => {
    await lockWriters(tx);
    const gone = (
      await tx.query<{ seq: string; path: string }>("SELECT seq::text AS seq, path FROM documents WHERE root = ANY($1::text[])", [roots])
    ).rows.filter((r) => !present.has(r.path));
    await deleteDocuments(
      tx,
      gone.map((r) => r.seq),
    );
    stats.removed = gone.length;
  });
  return stats;
}
