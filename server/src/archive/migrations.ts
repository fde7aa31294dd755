// The archive's schema, as ordered migrations. Each runs once, in its own transaction, and is
// recorded in schema_migrations; concurrent `attest db migrate` runs wait on one advisory lock.
import type { PoolClient } from "pg";
import { spellingKey } from "../core/analysis/nameForms";
import type { Archive } from "./connection";
import { warning, WarningError } from "../core/warnings";

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** Work SQL cannot do (values computed by the core's JavaScript), in the same transaction. */
  after?: (client: PoolClient) => Promise<void>;
}

/** Any fixed number: the lock that serialises migrations (and, in indexer.ts, writers). */
export const MIGRATION_LOCK = 0x417474_01;

const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "documents, sentences and key statistics",
    sql: `
CREATE EXTENSION IF NOT EXISTS unaccent;

-- One row a source file. seq orders documents the way the embedded index numbers them.
CREATE TABLE documents (
  seq bigserial PRIMARY KEY,
  path text NOT NULL UNIQUE,
  id text NOT NULL,
  root text NOT NULL,
  hash text NOT NULL,
  lang text NOT NULL CHECK (lang IN ('fr', 'en')),
  metadata jsonb NOT NULL DEFAULT '{}'::jsonb,
  text text NOT NULL,
  sentence_count integer NOT NULL,
  indexed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX documents_root ON documents (root);

-- Evidence sentences. n numbers a document's evidence sentences from 0; prev is n - 1 or -1.
CREATE TABLE sentences (
  doc bigint NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
  n integer NOT NULL,
  ordinal integer NOT NULL,
  start_offset integer NOT NULL,
  end_offset integer NOT NULL,
  prev integer NOT NULL,
  -- figureKinds.ts bits of the sentence's figures: retrieval filters candidates on them.
  kind_bits integer NOT NULL,
  keys text[] NOT NULL,
  polar text[] NOT NULL,
  figures jsonb NOT NULL,
  -- keys plus the figures' value keys: what the sentence is found by.
  all_keys text[] NOT NULL,
  search tsvector NOT NULL,
  PRIMARY KEY (doc, n)
);
CREATE INDEX sentences_keys ON sentences USING gin (all_keys);
CREATE INDEX sentences_search ON sentences USING gin (search);

-- Sentences holding each key, for IDF; kept by the indexer in the same transaction as the rows.
CREATE TABLE key_stats (
  key text PRIMARY KEY,
  sentences bigint NOT NULL
);

-- Capitalised words and how often the archive writes them on their own (glued-name splitting).
CREATE TABLE name_stats (
  norm text PRIMARY KEY,
  count bigint NOT NULL
);

CREATE TABLE archive_stats (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  documents bigint NOT NULL,
  sentences bigint NOT NULL
);
INSERT INTO archive_stats (documents, sentences) VALUES (0, 0);
`,
  },
  {
    version: 2,
    name: "archive version for readers' caches",
    sql: `
-- Raised by every writer transaction: a reader whose cache was filled at the same version can
-- keep it (nothing it holds has changed), one at another version starts afresh.
ALTER TABLE archive_stats ADD COLUMN version bigint NOT NULL DEFAULT 0;
`,
  },
  {
    version: 3,
    name: "spelling keys of names",
    sql: `
-- The spelling key (analysis/nameForms.ts) of each name of four characters or more: a draft's
-- "Kokochine" is known when the archive writes "Kokoshin".
ALTER TABLE name_stats ADD COLUMN spelling text;
CREATE INDEX name_stats_spelling ON name_stats (spelling);
`,
    after: async (client) => {
      const { rows } = await client.query<{ norm: string }>("SELECT norm FROM name_stats WHERE spelling IS NULL");
      const named = rows.map((r) => r.norm).filter((norm) => nameSpelling(norm) !== null);
      if (named.length) {
        await client.query(
          "UPDATE name_stats AS n SET spelling = s.spelling FROM unnest($1::text[], $2::text[]) AS s(norm, spelling) WHERE n.norm = s.norm",
          [named, named.map((norm) => nameSpelling(norm)!)],
        );
      }
    },
  },
];

/** What name_stats.spelling holds for a name: its spelling key, or null for a name too short to compare (CorpusIndex.hasNameSpeltLike). */
export function nameSpelling(norm: string): string | null {
  return norm.length >= 4 ? spellingKey(norm) : null;
}

/** The text-search configuration of a language (PostgreSQL's own French and English ones). */
export function searchConfig(lang: string): "french" | "english" {
  return lang === "fr" ? "french" : "english";
}

async function appliedVersions(client: PoolClient): Promise<Set<number>> {
  await client.query(
    `CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
  );
  const { rows } = await client.query<{ version: number }>("SELECT version FROM schema_migrations");
  return new Set(rows.map((r) => r.version));
}

/** Applies the migrations not applied yet, in order, each in its own transaction; returns the versions applied now. */
export async function migrate(archive: Archive, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  const ordered = [...migrations].sort((a, b) => a.version - b.version);
  const applied: number[] = [];
  for (const m of ordered) {
    const ran = await archive.transaction(async (client) => {
      await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
      // Read under the lock: another run may have applied it while this one waited.
      if ((await appliedVersions(client)).has(m.version)) return false;
      try {
        await client.query(m.sql);
        await m.after?.(client);
      } catch (e) {
        // PostgreSQL's reason is its own datum (in the server's lc_messages); the rest is worded by the catalogue.
        const reason = (e as Error).message.split("\n")[0]!;
        throw new WarningError(warning("warning.migrationFailed", { version: m.version, name: m.name, reason }), { cause: e });
      }
      await client.query("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", [m.version, m.name]);
      return true;
    });
    if (ran) applied.push(m.version);
  }
  return applied;
}

/** The archive's schema version (0 before any migration); checks refuse an archive behind the code. */
export async function schemaVersion(client: PoolClient): Promise<number> {
  const { rows } = await client.query<{ t: string | null }>("SELECT to_regclass('schema_migrations')::text AS t");
  if (!rows[0]?.t) return 0;
  const max = await client.query<{ v: number | null }>("SELECT max(version) AS v FROM schema_migrations");
  return max.rows[0]?.v ?? 0;
}

export const LATEST_VERSION = Math.max(...MIGRATIONS.map((m) => m.version));
