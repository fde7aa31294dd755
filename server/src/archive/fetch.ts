// Reads from the archive what a view missed. A key's postings come as (document, sentence)
// pairs with the links of each holder and of the sentence after it (retrieval scores a sentence
// by its previous one too); whole sentences only when checking reads them.
import type { PoolClient } from "pg";
import type { Figure } from "../core/figures";
import type { Lang } from "../core/types";
import { sentenceCode, sentenceOf, type ArchiveData, type SentenceCode, type ViewMisses } from "./view";

/** Keys or sentences fetched at most per statement. */
const BATCH = 500;
const LINK_BATCH = 20_000;
/** Context keys sent with a capped key's query at most (the rarest ones): bounds the statement. */
const CONTEXT_KEYS = 400;

interface SentenceRow {
  doc: string;
  n: number;
  ordinal: number;
  start_offset: number;
  end_offset: number;
  prev: number;
  kind_bits: number;
  keys: string[];
  polar: string[];
  figures: Figure[];
  all_keys: string[];
}

function chunks<T>(items: T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Leaves documents out of what the view sees, as the embedded index removes a draft kept in a
 * corpus folder: their sentences leave the totals and the key frequencies.
 */
export async function excludeDocuments(client: PoolClient, data: ArchiveData, paths: string[]): Promise<void> {
  if (!paths.length) return;
  const found = await client.query<{ seq: string; sentence_count: number }>(
    "SELECT seq, sentence_count FROM documents WHERE path = ANY($1::text[])",
    [paths],
  );
  const rows = found.rows.filter((r) => !data.excluded.has(Number(r.seq)));
  if (!rows.length) return;
  const seqs = rows.map((r) => Number(r.seq));
  for (const r of rows) data.sentenceTotal -= r.sentence_count;
  for (const seq of seqs) data.excluded.add(seq);
  const counts = await client.query<{ key: string; c: string }>(
    "SELECT k AS key, count(*) AS c FROM sentences, unnest(all_keys) AS k WHERE doc = ANY($1::bigint[]) GROUP BY k",
    [seqs],
  );
  for (const r of counts.rows) data.excludedKeys.set(r.key, (data.excludedKeys.get(r.key) ?? 0) + Number(r.c));
}

/** The archive's totals, read once a snapshot. */
export async function fetchTotals(client: PoolClient): Promise<{ sentences: number; documents: number; version: string }> {
  const { rows } = await client.query<{ sentences: string; documents: string; version: string }>(
    "SELECT sentences, documents, version FROM archive_stats",
  );
  return { sentences: Number(rows[0]?.sentences ?? 0), documents: Number(rows[0]?.documents ?? 0), version: rows[0]?.version ?? "0" };
}

async function fetchDocuments(client: PoolClient, data: ArchiveData, seqs: number[], withText: boolean): Promise<void> {
  const wanted = withText ? seqs : seqs.filter((s) => !data.documents.has(s));
  for (const batch of chunks(wanted, LINK_BATCH)) {
    const { rows } = await client.query<{
      seq: string;
      path: string;
      id: string;
      lang: Lang;
      metadata: { size?: number; mtimeMs?: number };
      sentence_count: number;
      text?: string;
    }>(`SELECT seq, path, id, lang, metadata, sentence_count${withText ? ", text" : ""} FROM documents WHERE seq = ANY($1::bigint[])`, [
      batch,
    ]);
    for (const r of rows) {
      const seq = Number(r.seq);
      const known = data.documents.get(seq);
      if (known && withText) known.text = r.text;
      else if (!known)
        data.documents.set(seq, {
          seq,
          path: r.path,
          id: r.id,
          lang: r.lang,
          size: r.metadata.size ?? 0,
          mtimeMs: r.metadata.mtimeMs ?? 0,
          sentenceCount: r.sentence_count,
          text: r.text,
        });
    }
  }
}

/** A holder of a key with its link and the link of the sentence after it (null at a document's end). */
interface HolderRow {
  doc: string;
  n: number;
  prev: number;
  kind_bits: number;
  next_prev: number | null;
  next_kind_bits: number | null;
}

/** The columns of a HolderRow, for a query over `sentences s`: the next sentence comes by its primary key. */
const HOLDER_COLUMNS = `s.doc, s.n, s.prev, s.kind_bits, nx.prev AS next_prev, nx.kind_bits AS next_kind_bits`;
const NEXT_JOIN = `LEFT JOIN sentences nx ON nx.doc = s.doc AND nx.n = s.n + 1`;

/** Records the holders of a key, and the links of each holder and of the sentence after it. */
function addHolders(data: ArchiveData, key: string, rows: HolderRow[], docs: Set<number>): void {
  const codes: number[] = [];
  for (const r of rows) {
    const doc = Number(r.doc);
    if (data.excluded.has(doc)) continue;
    codes.push(sentenceCode(doc, r.n));
    docs.add(doc);
    data.setLink(doc, r.n, r.prev, r.kind_bits);
    if (r.next_prev !== null) data.setLink(doc, r.n + 1, r.next_prev, r.next_kind_bits ?? 0);
  }
  // Postings are in id order (CorpusReader.postingsOf): codes in (document, position) order.
  const holders = Float64Array.from(codes).sort();
  data.postingCount += holders.length - (data.postings.get(key)?.length ?? 0);
  data.postings.set(key, holders);
}

/**
 * Holders of keys held by more than walkCap sentences: at most walkCap of them a key, chosen in
 * SQL (GIN on all_keys, LIMIT) as those sharing most of the context's keys, then by position.
 */
async function fetchCappedPostings(
  client: PoolClient,
  data: ArchiveData,
  keys: string[],
  asked: ReadonlySet<string>,
  docs: Set<number>,
): Promise<void> {
  // The context: every walkable key asked about (kept, so that the view knows what it covers);
  // the statement gets the rarest of them, which are the ones that pick sentences out.
  const context = new Set<string>();
  for (const k of asked) {
    const df = data.frequencies.get(k);
    if (df !== undefined && df > 0 && df <= data.walkCap) context.add(k);
  }
  for (const key of keys) for (const k of data.capped.get(key) ?? []) context.add(k);
  const sent = [...context].sort((a, b) => data.frequencies.get(a)! - data.frequencies.get(b)! || (a < b ? -1 : 1)).slice(0, CONTEXT_KEYS);
  const excluded = [...data.excluded];
  for (const key of keys) {
    const chosen = sent.length
      ? `SELECT doc, n FROM sentences
          WHERE all_keys @> ARRAY[$1::text] AND all_keys && $2::text[] AND doc <> ALL($4::bigint[])
          ORDER BY cardinality(ARRAY(SELECT unnest(all_keys) INTERSECT SELECT unnest($2::text[]))) DESC, doc, n
          LIMIT $3`
      : `SELECT doc, n FROM sentences WHERE all_keys @> ARRAY[$1::text] AND doc <> ALL($4::bigint[]) AND $2::text[] IS NOT NULL
          ORDER BY doc, n LIMIT $3`;
    const { rows } = await client.query<HolderRow>(
      `SELECT ${HOLDER_COLUMNS} FROM (${chosen}) AS c JOIN sentences s USING (doc, n) ${NEXT_JOIN}`,
      [key, sent, data.walkCap, excluded],
    );
    addHolders(data, key, rows, docs);
    data.capped.set(key, new Set(context));
  }
}

/** Holders of the keys (every one, or capped), and the links of each holder and of the sentence after it. */
async function fetchPostings(
  client: PoolClient,
  data: ArchiveData,
  keys: string[],
  asked: ReadonlySet<string>,
  docs: Set<number>,
): Promise<void> {
  const whole = keys.filter((k) => (data.frequencies.get(k) ?? 0) <= data.walkCap);
  const capped = keys.filter((k) => (data.frequencies.get(k) ?? 0) > data.walkCap);
  for (const batch of chunks(whole)) {
    const { rows } = await client.query<HolderRow & { key: string }>(
      `SELECT k AS key, ${HOLDER_COLUMNS} FROM sentences s CROSS JOIN LATERAL unnest(s.all_keys) AS k ${NEXT_JOIN}
        WHERE s.all_keys && $1::text[] AND k = ANY($1::text[])`,
      [batch],
    );
    const byKey = new Map<string, HolderRow[]>(batch.map((k) => [k, []]));
    for (const r of rows) byKey.get(r.key)!.push(r);
    for (const [key, holders] of byKey) addHolders(data, key, holders, docs);
  }
  if (capped.length) await fetchCappedPostings(client, data, capped, asked, docs);
}

async function fetchSentences(client: PoolClient, data: ArchiveData, wanted: SentenceCode[], docs: Set<number>): Promise<void> {
  for (const batch of chunks(wanted, LINK_BATCH)) {
    const pairs = batch.map(sentenceOf);
    const { rows } = await client.query<SentenceRow>(
      `SELECT s.doc, s.n, s.ordinal, s.start_offset, s.end_offset, s.prev, s.kind_bits, s.keys, s.polar, s.figures, s.all_keys
         FROM sentences s JOIN unnest($1::bigint[], $2::int[]) AS w(doc, n) USING (doc, n)`,
      [pairs.map((p) => p.doc), pairs.map((p) => p.n)],
    );
    for (const r of rows) {
      const doc = Number(r.doc);
      docs.add(doc);
      data.setLink(doc, r.n, r.prev, r.kind_bits);
      data.sentences.set(sentenceCode(doc, r.n), {
        doc,
        n: r.n,
        ordinal: r.ordinal,
        start: r.start_offset,
        end: r.end_offset,
        prev: r.prev,
        kindBits: r.kind_bits,
        keys: r.keys,
        polar: r.polar,
        figures: r.figures,
        allKeys: r.all_keys,
      });
    }
  }
}

/**
 * Frequencies of keys, the holders (and their documents) of those at or under `whole` sentences,
 * and which name spellings the archive writes: one statement, so that a re-check typing new
 * words costs one round trip. Prepared once a connection: a keystroke skips the planning.
 */
const KEYS_STATEMENT = `
  WITH f AS (SELECT key, sentences FROM key_stats WHERE key = ANY($1::text[])),
  w AS (SELECT coalesce(array_agg(key), '{}') AS keys FROM f WHERE sentences > 0 AND sentences <= $2),
  h AS (SELECT k AS key, ${HOLDER_COLUMNS}
          FROM w CROSS JOIN sentences s CROSS JOIN LATERAL unnest(s.all_keys) AS k ${NEXT_JOIN}
         WHERE s.all_keys && w.keys AND k = ANY(w.keys))
  SELECT (SELECT json_agg(json_build_array(key, sentences)) FROM f) AS frequencies,
         (SELECT json_agg(json_build_array(key, doc, n, prev, kind_bits, next_prev, next_kind_bits)) FROM h) AS holders,
         (SELECT json_agg(json_build_array(seq, path, id, lang, metadata, sentence_count))
            FROM documents WHERE seq IN (SELECT doc FROM h)) AS documents,
         (SELECT json_agg(DISTINCT spelling) FROM name_stats WHERE spelling = ANY($3::text[])) AS spellings`;

type DocumentTuple = [number, string, string, Lang, { size?: number; mtimeMs?: number }, number];

/** Runs KEYS_STATEMENT on a batch of keys; `whole`: holders fetched with their frequency at most (<= walkCap). */
async function fetchKeys(
  client: PoolClient,
  data: ArchiveData,
  keys: string[],
  spellings: string[],
  whole: number,
  docs: Set<number>,
): Promise<void> {
  const { rows } = await client.query<{
    frequencies: [string, string | number][] | null;
    holders: [string, number, number, number, number, number | null, number | null][] | null;
    documents: DocumentTuple[] | null;
    spellings: string[] | null;
  }>({ name: "attest-fetch-keys", text: KEYS_STATEMENT, values: [keys, whole, spellings] });
  const row = rows[0]!;
  for (const k of keys) data.frequencies.set(k, 0);
  for (const [key, sentences] of row.frequencies ?? [])
    data.frequencies.set(key, Math.max(0, Number(sentences) - (data.excludedKeys.get(key) ?? 0)));
  for (const key of spellings) data.spellings.set(key, false);
  for (const spelling of row.spellings ?? []) data.spellings.set(spelling, true);
  const byKey = new Map<string, HolderRow[]>();
  for (const [key, raw] of row.frequencies ?? []) if (Number(raw) > 0 && Number(raw) <= whole) byKey.set(key, []);
  for (const [key, doc, n, prev, kind_bits, next_prev, next_kind_bits] of row.holders ?? [])
    byKey.get(key)?.push({ doc: String(doc), n, prev, kind_bits, next_prev, next_kind_bits });
  for (const [key, holders] of byKey) addHolders(data, key, holders, docs);
  for (const [seq, path, id, lang, metadata, sentenceCount] of row.documents ?? [])
    if (!data.documents.has(seq) && !data.excluded.has(seq))
      data.documents.set(seq, { seq, path, id, lang, size: metadata.size ?? 0, mtimeMs: metadata.mtimeMs ?? 0, sentenceCount });
}

/**
 * Fetches what the view missed. Keys whose frequency arrives at or under `postingsAlongside`
 * have their postings fetched in the same round (in the same statement, mostly): retrieval walks
 * such keys next.
 */
export async function fetchMisses(
  client: PoolClient,
  data: ArchiveData,
  misses: ViewMisses,
  postingsAlongside: number,
  asked: ReadonlySet<string> = new Set(),
): Promise<void> {
  const postings = new Set(misses.postings);
  const docs = new Set<number>();
  const keys = [...misses.frequencies];
  const spellings = [...misses.spellings];
  // Frequencies are whole numbers: the bound (a share of the archive) rounds down.
  const whole = Math.floor(Math.min(postingsAlongside, data.walkCap));
  for (let i = 0; i < Math.max(keys.length, spellings.length); i += BATCH)
    await fetchKeys(client, data, keys.slice(i, i + BATCH), spellings.slice(i, i + BATCH), whole, docs);
  // Keys under the bound only once the documents left out are subtracted come in a statement of their own.
  for (const k of keys) {
    const df = data.frequencies.get(k)!;
    if (df > 0 && df <= postingsAlongside && !data.postings.has(k)) postings.add(k);
  }
  if (postings.size) await fetchPostings(client, data, [...postings], asked, docs);
  if (misses.sentences.size) await fetchSentences(client, data, [...misses.sentences], docs);
  if (docs.size) await fetchDocuments(client, data, [...docs], false);
  if (misses.texts.size) await fetchDocuments(client, data, [...misses.texts], true);
}
