import assert from "node:assert/strict";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { main } from "../../server/src/cli/main";
import type { CliIO } from "../../server/src/cli/check";
import { Archive } from "../../server/src/archive/connection";
import { indexIntoArchive } from "../../server/src/archive/indexer";
import { ArchiveCache, ArchiveSession } from "../../server/src/archive/checkArchive";
import { createTestDatabase, useTestDatabase, withTestDatabase } from "./testDatabase";

// The archive through the `attest` command: schema, loading, incremental updates, credentials
// and failures, against a database of the test cluster.

const ROOT = resolve(__dirname, "../../..");
const SOURCES = join(ROOT, "test/fixtures/sources");

function captureIO(env: NodeJS.ProcessEnv = {}): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (s) => out.push(s), stderr: (s) => err.push(s), isTTY: false, env, readStdin: async () => "" };
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "attest-archive-"));
}

function draft(text: string): string {
  const file = join(tempDir(), "draft.md");
  writeFileSync(file, text);
  return file;
}

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = captureIO();
  const code = await main(args, io);
  return { code, out: io.out.join("\n"), err: io.err.join("\n") };
}

/** Runs with process.env changed for the duration (node-postgres and pgpass read process.env). */
function setEnv(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

async function withEnv<T>(changes: Record<string, string | undefined>, work: () => Promise<T>): Promise<T> {
  const saved = new Map(Object.keys(changes).map((k) => [k, process.env[k]]));
  for (const [k, v] of Object.entries(changes)) setEnv(k, v);
  try {
    return await work();
  } finally {
    for (const [k, v] of saved) setEnv(k, v);
  }
}

describe("archive on PostgreSQL: attest db migrate, index and check --db", function () {
  this.timeout(120_000);
  const database = useTestDatabase("cli");

  it("creates the schema once and says so; a second migrate has nothing to do", async () => {
    const first = await run(["db", "migrate", "--db", database.url]);
    assert.equal(first.code, 0, first.err);
    assert.match(first.err, /migrations 1, 2, 3 applied/);
    const second = await run(["db", "migrate", "--db", database.url]);
    assert.equal(second.code, 0, second.err);
    assert.match(second.err, /schema up to date/);
  });

  it("flags a figure the archived sources state differently, like the embedded index", async () => {
    const indexed = await run(["index", "--db", database.url, SOURCES]);
    assert.equal(indexed.code, 0, indexed.err);
    assert.match(indexed.err, /3 files, 3 added/);
    const file = draft("Globex possède 20 % d'Initech.\n");
    const fromArchive = await run(["check", "--db", database.url, "--format", "json", file]);
    const embedded = await run(["check", "--corpus", SOURCES, "--format", "json", file]);
    assert.equal(fromArchive.code, 1, fromArchive.err);
    assert.equal(fromArchive.out, embedded.out);
    assert.match(fromArchive.out, /"verdict": "conflict"/);
  });

  it("indexes only what changed, and applies changes and deletions", async () => {
    const folder = tempDir();
    cpSync(SOURCES, folder, { recursive: true });
    await withTestDatabase("incremental", async (db) => {
      assert.equal((await run(["db", "migrate", "--db", db.url])).code, 0);
      assert.match((await run(["index", "--db", db.url, folder])).err, /3 added/);
      assert.match((await run(["index", "--db", db.url, folder])).err, /0 added, 0 updated, 3 unchanged, 0 removed/);
      const file = draft("Globex possède 20 % d'Initech.\n");
      writeFileSync(join(folder, "globex-initech.txt"), "Globex et Initech\n\nGlobex détient 20 % du capital d'Initech depuis 2021.\n");
      rmSync(join(folder, "globex-initech-bis.txt"));
      assert.match((await run(["index", "--db", db.url, folder])).err, /1 updated, 1 unchanged, 1 removed/);
      const after = await run(["check", "--db", db.url, "--format", "json", file]);
      const embedded = await run(["check", "--corpus", folder, "--format", "json", file]);
      assert.equal(after.out, embedded.out);
      assert.match(after.out, /"verdict": "supported"/);
    });
  });

  it("migrates and indexes the archive in French, with plural counts and no English word", async () => {
    const folder = tempDir();
    cpSync(SOURCES, folder, { recursive: true });
    await withTestDatabase("french", async (db) => {
      const migrated = await run(["db", "migrate", "--db", db.url, "--locale", "fr"]);
      assert.equal(migrated.code, 0, migrated.err);
      assert.match(migrated.err, /^attest : .* : migrations 1, 2, 3 appliquées$/);
      assert.match((await run(["db", "migrate", "--db", db.url, "--locale", "fr"])).err, /^attest : .* : schéma à jour$/);
      const first = await run(["index", "--db", db.url, "--locale", "fr", folder]);
      assert.equal(first.code, 0, first.err);
      const lines = first.err.split("\n");
      assert.match(lines[0]!, /^attest : \d\/3 fichiers$/);
      assert.match(lines.at(-1)!, /^attest : .* : 3 fichiers, 3 ajoutés, 0 mis à jour, 0 inchangé, 0 retiré, 0 ignoré$/);
      rmSync(join(folder, "globex-initech-bis.txt"));
      const second = await run(["index", "--db", db.url, "--locale", "fr", "--quiet", folder]);
      assert.match(second.err, /^attest : .* : 2 fichiers, 0 ajouté, 0 mis à jour, 2 inchangés, 1 retiré, 0 ignoré$/);
      const english = /\b(files?|added|updated|unchanged|removed|skipped|migrations? .* applied|schema|up to date)\b/;
      assert.doesNotMatch([migrated.err, first.err, second.err].join("\n").replace(/postgresql:\S*/g, ""), english);
    });
  });

  it("says in French that an empty archive holds no source article", async () => {
    await withTestDatabase("frenchempty", async (db) => {
      assert.equal((await run(["db", "migrate", "--db", db.url])).code, 0);
      const result = await run(["check", "--db", db.url, "--locale", "fr", draft("Le budget atteint 12 millions d'euros.\n")]);
      assert.equal(result.code, 2);
      assert.match(result.err, /^attest : l'archive .* ne contient aucun article source : attest index --db URL DOSSIER$/);
    });
  });

  it("does not take a draft kept in an archived folder as its own source, like --corpus", async () => {
    const folder = tempDir();
    cpSync(SOURCES, folder, { recursive: true });
    const file = join(folder, "draft.md");
    writeFileSync(file, "Globex possède 20 % d'Initech depuis 2021.\n");
    await withTestDatabase("selfsource", async (db) => {
      assert.equal((await run(["db", "migrate", "--db", db.url])).code, 0);
      assert.match((await run(["index", "--db", db.url, folder])).err, /4 added/);
      const fromArchive = await run(["check", "--db", db.url, "--format", "json", file]);
      const embedded = await run(["check", "--corpus", folder, "--format", "json", file]);
      assert.equal(fromArchive.out, embedded.out);
      assert.match(fromArchive.out, /"verdict": "conflict"/);
    });
  });

  it("resumes an interrupted load where it stopped", async () => {
    await withTestDatabase("resume", async (db) => {
      assert.equal((await run(["db", "migrate", "--db", db.url])).code, 0);
      const archive = new Archive(db.url);
      let files = 0;
      let added: number;
      try {
        // A transaction a file: stopped once the first is committed, the load keeps one file or two
        // (the next one may be under way), whole.
        const stopped = await indexIntoArchive(archive, [SOURCES], {
          batchFiles: 1,
          cancelled: () => files >= 1,
          onProgress: () => files++,
        });
        assert.equal(stopped.cancelled, true);
        assert.ok(stopped.added >= 1 && stopped.added < 3, `${stopped.added} added`);
        added = stopped.added;
      } finally {
        await archive.close();
      }
      assert.match((await run(["index", "--db", db.url, SOURCES])).err, new RegExp(`${3 - added} added, 0 updated, ${added} unchanged`));
    });
  });

  it("keeps the key statistics exact under two concurrent indexers and deletions", async () => {
    const db = await createTestDatabase(process.env.ATTEST_TEST_PG_URL!, "writers");
    const first = tempDir();
    const second = tempDir();
    cpSync(SOURCES, first, { recursive: true });
    for (let i = 0; i < 6; i++)
      writeFileSync(join(second, `wire-${i}.txt`), `Initech a vendu ${i + 2} usines en 2024.\n\nGlobex détient ${10 + i} % de Nova.\n`);
    const archive = new Archive(db.url);
    try {
      assert.equal((await run(["db", "migrate", "--db", db.url])).code, 0);
      await Promise.all([indexIntoArchive(archive, [first]), indexIntoArchive(archive, [second])]);
      rmSync(join(second, "wire-3.txt"));
      writeFileSync(join(first, "nova-energy.md"), "# Nova\n\nNova Energy emploie 300 personnes.\n");
      await Promise.all([indexIntoArchive(archive, [first]), indexIntoArchive(archive, [second])]);
      const client = await archive.connect();
      try {
        const drift = await client.query(
          `SELECT coalesce(ks.key, actual.key) AS key FROM key_stats ks
             FULL JOIN (SELECT k AS key, count(*) AS c FROM sentences, unnest(all_keys) AS k GROUP BY k) AS actual ON actual.key = ks.key
            WHERE coalesce(ks.sentences, 0) <> coalesce(actual.c, 0)`,
        );
        assert.deepEqual(drift.rows, [], "every key's count is the number of sentences holding it");
        const totals = await client.query<{ ok: boolean }>(
          "SELECT (SELECT documents FROM archive_stats) = (SELECT count(*) FROM documents) AND (SELECT sentences FROM archive_stats) = (SELECT count(*) FROM sentences) AS ok",
        );
        assert.equal(totals.rows[0]!.ok, true);
        const docs = await client.query("SELECT count(*)::int AS n FROM documents");
        assert.equal(docs.rows[0]!.n, 3 + 5);
      } finally {
        client.release();
      }
    } finally {
      await archive.close();
      await db.drop();
    }
  });

  it("checks a draft again from its cache while the archive is unchanged, and reads anew after a write", async () => {
    const archive = new Archive(database.url);
    const cache = new ArchiveCache();
    const text = "Globex possède 20 % d'Initech.\n\nNova Energy a annoncé une usine.\n";
    const checkOnce = async () => {
      const session = await ArchiveSession.open(archive, cache);
      try {
        const { findings } = await session.check(text, { locale: "fr" }, "draft");
        return { findings, rounds: session.lastRounds };
      } finally {
        await session.close();
      }
    };
    try {
      const first = await checkOnce();
      assert.ok(first.rounds > 0, "the first check reads the archive");
      const second = await checkOnce();
      assert.equal(second.rounds, 0, "nothing new to read");
      assert.deepStrictEqual(second.findings, first.findings);
      const more = tempDir();
      writeFileSync(join(more, "initech-plants.txt"), "Initech a fermé deux usines en 2023.\n");
      await indexIntoArchive(archive, [more]);
      const third = await checkOnce();
      assert.ok(third.rounds > 0, "a write changes the archive's version: the cache starts afresh");
    } finally {
      await archive.close();
    }
  });

  it("says in one line, with the password masked, that the archive is unreachable", async () => {
    const result = await run(["check", "--db", "postgresql://writer:hunter2@127.0.0.1:1/news", draft("Globex possède 20 % d'Initech.\n")]);
    assert.equal(result.code, 2);
    assert.doesNotMatch(result.err, /hunter2/);
    const lines = result.err.split("\n").filter((l) => !l.includes("warning"));
    assert.deepEqual(lines.length, 1, result.err);
    assert.match(lines[0]!, /^attest: archive postgresql:\/\/writer:\*\*\*@127\.0\.0\.1:1\/news unreachable: .*ECONNREFUSED/);
  });

  it("refuses to check an archive whose schema was never created", async () => {
    await withTestDatabase("empty", async (db) => {
      const result = await run(["check", "--db", db.url, draft("Globex possède 20 % d'Initech.\n")]);
      assert.equal(result.code, 2);
      assert.match(result.err, /schema is at version 0.*attest db migrate/);
    });
  });

  it("takes the password from ~/.pgpass (PGPASSFILE) and the connection from a service file", async () => {
    const password = process.env.PGPASSWORD;
    if (!password) return; // a cluster without a password has nothing to look up
    const parsed = new URL(database.url);
    const dir = tempDir();
    const pgpass = join(dir, "pgpass");
    writeFileSync(pgpass, `${parsed.hostname}:${parsed.port}:*:${parsed.username}:${password}\n`, { mode: 0o600 });
    const services = join(dir, "pg_service.conf");
    writeFileSync(
      services,
      `[attest_test]\nhost=${parsed.hostname}\nport=${parsed.port}\ndbname=${parsed.pathname.slice(1)}\nuser=${parsed.username}\n`,
    );
    const file = draft("Globex possède 20 % d'Initech.\n");
    await withEnv({ PGPASSWORD: undefined, PGPASSFILE: pgpass, PGSERVICEFILE: services }, async () => {
      const viaPgpass = await run(["check", "--db", database.url, file]);
      assert.equal(viaPgpass.code, 1, viaPgpass.err);
      const viaService = await run(["check", "--db", "service=attest_test", file]);
      assert.equal(viaService.code, 1, viaService.err);
      assert.equal(viaService.out, viaPgpass.out);
    });
    await withEnv({ PGPASSWORD: "not-the-password", PGPASSFILE: join(dir, "none") }, async () => {
      const refused = await run(["check", "--db", database.url, file]);
      assert.equal(refused.code, 2);
      assert.match(refused.err, /unreachable: password authentication failed/);
    });
  });

  it("lets a writer role index and a read-only role check, and refuses the reader's writes", async () => {
    const cluster = process.env.ATTEST_TEST_PG_URL!;
    const suffix = randomBytes(4).toString("hex");
    const writer = `attest_writer_${suffix}`;
    const reader = `attest_reader_${suffix}`;
    const name = `attest_roles_${suffix}`;
    const password = randomBytes(12).toString("hex");
    const admin = new Client({ connectionString: cluster });
    await admin.connect();
    const as = (role: string) => {
      const u = new URL(cluster);
      u.username = role;
      u.pathname = `/${name}`;
      return u.toString();
    };
    try {
      // The SQL of the README's roles section.
      await admin.query(`CREATE ROLE ${writer} LOGIN PASSWORD '${password}'`);
      await admin.query(`CREATE ROLE ${reader} LOGIN PASSWORD '${password}'`);
      await admin.query(`CREATE DATABASE ${name} OWNER ${writer}`);
      await withEnv({ PGPASSWORD: password }, async () => {
        assert.equal((await run(["db", "migrate", "--db", as(writer)])).code, 0);
        const grants = new Client({ connectionString: as(writer) });
        await grants.connect();
        try {
          await grants.query(`GRANT USAGE ON SCHEMA public TO ${reader}`);
          await grants.query(`GRANT SELECT ON ALL TABLES IN SCHEMA public TO ${reader}`);
          await grants.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO ${reader}`);
        } finally {
          await grants.end();
        }
        assert.equal((await run(["index", "--db", as(writer), SOURCES])).code, 0);
        const checked = await run(["check", "--db", as(reader), draft("Globex possède 20 % d'Initech.\n")]);
        assert.equal(checked.code, 1, checked.err);
        const refused = await run(["index", "--db", as(reader), SOURCES]);
        assert.equal(refused.code, 0, "nothing changed: the reader only read");
        const changed = tempDir();
        writeFileSync(join(changed, "new.txt"), "Initech a vendu 4 usines en 2024.\n");
        const write = await run(["index", "--db", as(reader), changed]);
        assert.equal(write.code, 2);
        assert.match(write.err, /^attest: archive .*: permission denied for .* \(42501\)$/m);
      });
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.query(`DROP ROLE IF EXISTS ${writer}`);
      await admin.query(`DROP ROLE IF EXISTS ${reader}`);
      await admin.end();
    }
  });

  it("bounds every statement with the timeout", async () => {
    const archive = new Archive(database.url, { statementTimeoutMs: 100 });
    try {
      await assert.rejects(
        archive.transaction((client) => client.query("SELECT pg_sleep(2)")),
        (e: { code?: string }) => e.code === "57014",
      );
    } finally {
      await archive.close();
    }
  });
});
