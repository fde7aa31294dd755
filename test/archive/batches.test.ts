import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Client } from "pg";
import { Archive } from "../../server/src/archive/connection";
import { indexIntoArchive } from "../../server/src/archive/indexer";
import { migrate } from "../../server/src/archive/migrations";
import { corpusGenerator } from "./generatedCorpus";
import { createTestDatabase } from "./testDatabase";

// The indexer writes many documents a transaction: the archive it leaves is the one a
// transaction a document leaves, a reader never sees part of a
// batch, and a load killed inside a batch leaves a consistent archive the next run completes.

const ROOT = resolve(__dirname, "../../..");
const BIN = join(ROOT, "bin/attest.js");
const ARTICLES = 450;
const SEED = 31;
/**
 * Two wires after the generated articles, in one batch: the second glues a name to the next word
 * ("ZorvexLa"), which is split only if the name counts the first wire's two "Zorvex", not committed yet.
 */
const GLUED = [
  ["zz-wire-a.md", "Zorvex a ouvert une usine à Lyon en 2023. Zorvex y emploie 300 personnes.\n"],
  ["zz-wire-b.md", "ZorvexLa filiale vend des turbines depuis 2024.\n"],
];
const FILES = ARTICLES + GLUED.length;

let corpusFolder: string | undefined;
/** The generated corpus the tests share (written once). */
function corpus(): string {
  if (!corpusFolder) {
    const { vocabulary, writeCorpus } = corpusGenerator();
    corpusFolder = writeCorpus(join(mkdtempSync(join(tmpdir(), "attest-batches-")), "corpus"), ARTICLES, SEED, vocabulary(SEED)).folder;
    for (const [name, text] of GLUED) writeFileSync(join(corpusFolder, name!), text!);
  }
  return corpusFolder;
}

/** Everything the archive holds, in a form two archives can be compared by (seq as the documents' order). */
async function contents(url: string): Promise<Record<string, unknown[]>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const q = async (sql: string) => (await client.query(sql)).rows;
    return {
      documents: await q("SELECT path, id, root, hash, lang, metadata, text, sentence_count FROM documents ORDER BY seq"),
      sentences: await q(
        `SELECT d.path, s.n, s.ordinal, s.start_offset, s.end_offset, s.prev, s.kind_bits, s.keys, s.polar, s.figures, s.all_keys, s.search::text AS search
           FROM sentences s JOIN documents d ON d.seq = s.doc ORDER BY d.seq, s.n`,
      ),
      keys: await q("SELECT key, sentences FROM key_stats WHERE sentences > 0 ORDER BY key"),
      names: await q("SELECT norm, count, spelling FROM name_stats ORDER BY norm"),
      totals: await q("SELECT documents, sentences FROM archive_stats"),
    };
  } finally {
    await client.end();
  }
}

/** What must hold of the archive at any commit: statistics equal to the rows, every document with all its sentences. */
async function inconsistencies(client: Client): Promise<string[]> {
  const { rows } = await client.query<{ problem: string }>(
    `SELECT 'key ' || coalesce(ks.key, actual.key) AS problem FROM key_stats ks
       FULL JOIN (SELECT k AS key, count(*) AS c FROM sentences, unnest(all_keys) AS k GROUP BY k) AS actual ON actual.key = ks.key
      WHERE coalesce(ks.sentences, 0) <> coalesce(actual.c, 0)
     UNION ALL
     SELECT 'document ' || d.path FROM documents d WHERE d.sentence_count <> (SELECT count(*) FROM sentences s WHERE s.doc = d.seq)
     UNION ALL
     SELECT 'totals' FROM archive_stats
      WHERE documents <> (SELECT count(*) FROM documents) OR sentences <> (SELECT count(*) FROM sentences)`,
  );
  return rows.map((r) => r.problem);
}

async function withArchive<T>(label: string, work: (archive: Archive, url: string) => Promise<T>): Promise<T> {
  const db = await createTestDatabase(process.env.ATTEST_TEST_PG_URL!, label);
  const archive = new Archive(db.url, { statementTimeoutMs: 120_000 });
  try {
    await migrate(archive);
    return await work(archive, db.url);
  } finally {
    await archive.close();
    await db.drop();
  }
}

describe("archive on PostgreSQL: loading in batches", function () {
  this.timeout(600_000);
  before(function () {
    if (!process.env.ATTEST_TEST_PG_URL) this.skip();
  });

  it("leaves the same archive in batches as one document a transaction", async () => {
    const folder = corpus();
    const one = await withArchive("onebyone", async (archive, url) => {
      await indexIntoArchive(archive, [folder], { batchFiles: 1 });
      return contents(url);
    });
    const batched = await withArchive("batched", async (archive, url) => {
      const stats = await indexIntoArchive(archive, [folder], { batchFiles: 100 });
      assert.equal(stats.added, FILES);
      return contents(url);
    });
    assert.equal(batched.documents!.length, FILES);
    for (const table of Object.keys(one)) assert.deepStrictEqual(batched[table], one[table], table);
  });

  it("never shows a reader part of a batch while a load runs", async () => {
    await withArchive("reader", async (archive, url) => {
      const batchFiles = 50;
      const loading = indexIntoArchive(archive, [corpus()], { batchFiles });
      let loaded = false;
      void loading.finally(() => (loaded = true)).catch(() => undefined);
      const reader = new Client({ connectionString: url });
      await reader.connect();
      const seen = new Set<number>();
      try {
        while (!loaded) {
          // One snapshot for all the reader's questions, as a check's statements would see.
          await reader.query("BEGIN ISOLATION LEVEL REPEATABLE READ");
          const { rows } = await reader.query<{ n: number }>("SELECT count(*)::int AS n FROM documents");
          assert.deepEqual(await inconsistencies(reader), [], `consistent with ${rows[0]!.n} documents`);
          await reader.query("COMMIT");
          seen.add(rows[0]!.n);
        }
      } finally {
        await reader.end();
      }
      await loading;
      const midway = [...seen].filter((n) => n > 0 && n < FILES);
      assert.ok(midway.length > 0, `the reader looked during the load (saw ${[...seen].join(", ")})`);
      for (const n of midway) assert.equal(n % batchFiles, 0, `whole batches only (saw ${n})`);
    });
  });

  it("keeps a consistent archive when killed inside a batch, and the next run loads the rest", async () => {
    const folder = corpus();
    const fresh = await withArchive("whole", async (archive, url) => {
      await indexIntoArchive(archive, [folder]);
      return contents(url);
    });
    await withArchive("killed", async (archive, url) => {
      const indexer = spawn(process.execPath, [BIN, "index", "--db", url, folder], { stdio: ["ignore", "ignore", "pipe"] });
      const exited = new Promise<void>((done) => indexer.on("exit", () => done()));
      // The first progress line comes once the first batch is committed.
      await new Promise<void>((done) => indexer.stderr.once("data", () => done()));
      const watcher = new Client({ connectionString: url });
      await watcher.connect();
      try {
        // Killed once it has written inside an open transaction (a transaction id is taken at the first write).
        for (;;) {
          const { rows } = await watcher.query<{ writing: boolean }>(
            "SELECT count(*) > 0 AS writing FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'attest index' AND backend_xid IS NOT NULL",
          );
          if (rows[0]!.writing || indexer.exitCode !== null) break;
        }
        assert.equal(indexer.exitCode, null, "the indexer was still loading");
        indexer.kill("SIGKILL");
        await exited;
        // The server rolls the killed session's transaction back once it sees the connection gone.
        for (;;) {
          const { rows } = await watcher.query<{ open: number }>(
            "SELECT count(*)::int AS open FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'attest index'",
          );
          if (rows[0]!.open === 0) break;
        }
        assert.deepEqual(await inconsistencies(watcher), []);
        const { rows } = await watcher.query<{ n: number }>("SELECT count(*)::int AS n FROM documents");
        const kept = rows[0]!.n;
        assert.ok(kept > 0 && kept < FILES, `part of the load was kept (${kept})`);
        const resumed = await indexIntoArchive(archive, [folder]);
        assert.equal(resumed.unchanged, kept);
        assert.equal(resumed.added, FILES - kept);
      } finally {
        await watcher.end();
      }
      const after = await contents(url);
      for (const table of Object.keys(fresh)) assert.deepStrictEqual(after[table], fresh[table], table);
    });
  });
});
