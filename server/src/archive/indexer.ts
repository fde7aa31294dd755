// `attest index --db`: loads folders into the archive with the embedded index's own analysis.
// One transaction a document: an interrupted run keeps what it committed, and the next run skips
// every file whose content hash is unchanged. Writers take one advisory lock a transaction, so
// two indexers never interleave their statistics; readers are never blocked (MVCC).
import { readFileSync } from "node:fs";
import * as nodePath from "node:path";
import type { PoolClient } from "pg";
import { analyzeDocument, documentNames, documentTokens, gluedNameProbes, type DocumentIndexData } from "../core/index/documentAnalysis";
import { isKnownName } from "../core/index/corpusIndex";
import { figureValueKeys } from "../core/index/figureValueKeys";
import { kindBits } from "../core/index/figureKinds";
import { initLanguageDetection } from "../core/corpus/language";
import { compareCorpusFiles, contentHash, findCorpusFiles, readCorpusFile, warner, type CorpusFile } from "../core/corpus/load";
import type { CorpusLoadOptions, SourceDocument } from "../core/corpus/types";
import type { Archive } from "./connection";
import { MIGRATION_LOCK, nameSpelling, searchConfig } from "./migrations";

export interface ArchiveIndexOptions extends CorpusLoadOptions {
  /** Called after each file with files done, files in all and what happened to this one. */
  onProgress?: (done: number, total: number, file: CorpusFile, outcome: "added" | "updated" | "unchanged" | "skipped") => void;
  /** Polled between files: true stops, keeping every document committed so far. */
  cancelled?: () => boolean;
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

/** The words a sentence is found by: its keys, then its figures' value keys (CorpusIndex.insert's order). */
function sentenceKeys(keys: readonly string[], figures: DocumentIndexData["sentences"][number]["figures"]): string[] {
  return [...new Set([...keys, ...figures.flatMap(figureValueKeys)])];
}

async function lockWriters(client: PoolClient): Promise<void> {
  await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
}

/** Takes a document's sentences out of the statistics, then the document (its sentences cascade). */
async function deleteDocument(client: PoolClient, seq: string): Promise<void> {
  // Under the writers' lock: a document another indexer removed meanwhile is not counted out twice.
  const still = await client.query("SELECT 1 FROM documents WHERE seq = $1", [seq]);
  if (!still.rowCount) return;
  await client.query(
    `UPDATE key_stats AS ks SET sentences = ks.sentences - d.c
       FROM (SELECT k, count(*) AS c FROM sentences, unnest(all_keys) AS k WHERE doc = $1 GROUP BY k) AS d
      WHERE ks.key = d.k`,
    [seq],
  );
  await client.query(
    `UPDATE archive_stats SET documents = documents - 1, sentences = sentences - (SELECT count(*) FROM sentences WHERE doc = $1), version = version + 1`,
    [seq],
  );
  await client.query("DELETE FROM documents WHERE seq = $1", [seq]);
  // Name counts only grow, as in the embedded index: a removed file's names were seen.
}

/** Counts the document's names in, then analyses it with the archive's names (its own included). */
async function analyzeWithArchiveNames(client: PoolClient, doc: SourceDocument): Promise<DocumentIndexData> {
  const tokens = documentTokens(doc);
  const names = documentNames(tokens);
  if (names.length) {
    await client.query(
      `INSERT INTO name_stats (norm, count, spelling) SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[])
       ON CONFLICT (norm) DO UPDATE SET count = name_stats.count + excluded.count`,
      [names.map((n) => n[0]), names.map((n) => n[1]), names.map((n) => nameSpelling(n[0]))],
    );
  }
  const probes = gluedNameProbes(doc, tokens);
  const counts = new Map<string, number>();
  if (probes.length) {
    const { rows } = await client.query<{ norm: string; count: string }>(
      "SELECT norm, count FROM name_stats WHERE norm = ANY($1::text[])",
      [probes],
    );
    for (const r of rows) counts.set(r.norm, Number(r.count));
  }
  return analyzeDocument(doc, tokens, (norm) => isKnownName(counts, norm), names);
}

async function insertDocument(client: PoolClient, data: DocumentIndexData, root: string, hash: string): Promise<void> {
  const { doc, sentences } = data;
  const { rows } = await client.query<{ seq: string }>(
    `INSERT INTO documents (path, id, root, hash, lang, metadata, text, sentence_count) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING seq`,
    [doc.path, doc.id, root, hash, doc.lang, JSON.stringify({ size: doc.size, mtimeMs: doc.mtimeMs }), doc.text, sentences.length],
  );
  const seq = rows[0]!.seq;
  const keyCounts = new Map<string, number>();
  const all = sentences.map((s) => sentenceKeys(s.keys, s.figures));
  for (const keys of all) for (const k of keys) keyCounts.set(k, (keyCounts.get(k) ?? 0) + 1);
  if (sentences.length) {
    await client.query(
      `INSERT INTO sentences (doc, n, ordinal, start_offset, end_offset, prev, kind_bits, keys, polar, figures, all_keys, search)
       SELECT $1, s.n, s.ordinal, s.start_offset, s.end_offset, s.prev, s.kind_bits,
              ARRAY(SELECT jsonb_array_elements_text(s.keys)), ARRAY(SELECT jsonb_array_elements_text(s.polar)), s.figures,
              ARRAY(SELECT jsonb_array_elements_text(s.all_keys)), to_tsvector($3::regconfig, unaccent(s.body))
         FROM jsonb_to_recordset($2::jsonb) AS s(n int, ordinal int, start_offset int, end_offset int, prev int, kind_bits int, keys jsonb, polar jsonb, figures jsonb, all_keys jsonb, body text)`,
      [
        seq,
        JSON.stringify(
          sentences.map((s, n) => ({
            n,
            ordinal: s.ordinal,
            start_offset: s.start,
            end_offset: s.end,
            prev: s.prev,
            kind_bits: kindBits(s.figures),
            keys: s.keys,
            polar: s.polar,
            figures: s.figures,
            all_keys: all[n],
            body: doc.text.slice(s.start, s.end),
          })),
        ),
        searchConfig(doc.lang),
      ],
    );
  }
  // Sorted: the same row order in every writer (they are serialised anyway, this keeps it cheap).
  const keys = [...keyCounts.keys()].sort();
  if (keys.length) {
    await client.query(
      `INSERT INTO key_stats (key, sentences) SELECT * FROM unnest($1::text[], $2::bigint[])
       ON CONFLICT (key) DO UPDATE SET sentences = key_stats.sentences + excluded.sentences`,
      [keys, keys.map((k) => keyCounts.get(k)!)],
    );
  }
  await client.query("UPDATE archive_stats SET documents = documents + 1, sentences = sentences + $1, version = version + 1", [
    sentences.length,
  ]);
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
  const known = new Map<string, { seq: string; hash: string }>();
  {
    const client = await archive.connect();
    try {
      const { rows } = await client.query<{ seq: string; path: string; hash: string }>("SELECT seq, path, hash FROM documents");
      for (const r of rows) known.set(r.path, { seq: r.seq, hash: r.hash });
    } finally {
      client.release();
    }
  }
  await initLanguageDetection();
  /** Files that cannot be used (too large, binary, empty): like the embedded index, the archive leaves them out. */
  const skipped = new Set<string>();
  for (let i = 0; i < files.length; i++) {
    if (options.cancelled?.()) {
      stats.cancelled = true;
      return stats;
    }
    const file = files[i]!;
    const before = known.get(file.path);
    let outcome: "added" | "updated" | "unchanged" | "skipped";
    let bytes: Buffer | undefined;
    try {
      bytes = readFileSync(file.path);
    } catch {
      bytes = undefined; // readCorpusFile says why
    }
    if (before && bytes && contentHash(bytes) === before.hash) outcome = "unchanged";
    else {
      const read = await readCorpusFile(file, options, warn);
      if (!read) {
        outcome = "skipped";
        skipped.add(file.path);
      } else {
        await archive.transaction(async (client) => {
          await lockWriters(client);
          // Read again under the lock: another indexer may have replaced it meanwhile.
          const { rows } = await client.query<{ seq: string }>("SELECT seq FROM documents WHERE path = $1", [file.path]);
          if (rows[0]) await deleteDocument(client, rows[0].seq);
          const data = await analyzeWithArchiveNames(client, read.doc);
          await insertDocument(client, data, rootOf(file, roots), read.hash);
        });
        outcome = before ? "updated" : "added";
      }
    }
    stats[outcome]++;
    options.onProgress?.(i + 1, files.length, file, outcome);
  }
  // Files gone from the folders indexed now leave the archive; other folders' documents stay.
  const present = new Set(files.map((f) => f.path));
  for (const path of skipped) present.delete(path);
  const client = await archive.connect();
  let gone: { seq: string; path: string }[];
  try {
    gone = (
      await client.query<{ seq: string; path: string }>("SELECT seq, path FROM documents WHERE root = ANY($1::text[])", [roots])
    ).rows.filter((r) => !present.has(r.path));
  } finally {
    client.release();
  }
  for (const doc of gone) {
    await archive.transaction(async (tx) => {
      await lockWriters(tx);
      await deleteDocument(tx, doc.seq);
    });
    stats.removed++;
  }
  return stats;
}
