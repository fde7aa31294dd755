import assert from "node:assert/strict";
import { join } from "node:path";
import type { PoolClient } from "pg";
import { Archive } from "../../server/src/archive/connection";
import { ArchiveCache, ArchiveSession } from "../../server/src/archive/checkArchive";
import { indexIntoArchive } from "../../server/src/archive/indexer";
import { migrate } from "../../server/src/archive/migrations";
import { initLanguageDetection } from "../../server/src/core/corpus/language";
import { repoRoot } from "../lsp/harness";
import { useTestDatabase } from "./testDatabase";

// A keystroke's re-check reads the archive as little as it can: the words it types anew come in
// one statement (their frequencies, holders and spellings together), and the sentences it left
// alone are not checked again after that fetch.

const SOURCES = join(repoRoot, "test/fixtures/sources");

/** Counts the statements sent on the archive's connections. */
function countStatements(archive: Archive): { count: number } {
  const counter = { count: 0 };
  const wrapped = new WeakSet<PoolClient>();
  archive.pool.on("acquire", (client: PoolClient) => {
    if (wrapped.has(client)) return;
    wrapped.add(client);
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      counter.count++;
      return query(...args);
    };
  });
  return counter;
}

describe("archive on PostgreSQL: a keystroke's re-check", function () {
  this.timeout(120_000);
  const database = useTestDatabase("keystroke");

  before(async () => {
    if (!database.url) return;
    await initLanguageDetection();
    const archive = new Archive(database.url);
    try {
      await migrate(archive);
      await indexIntoArchive(archive, [SOURCES]);
    } finally {
      await archive.close();
    }
  });

  /** Checks `text` as the draft "draft" in a session of its own: findings, fetch rounds and statements sent during the check. */
  async function checkCounted(archive: Archive, counter: { count: number }, cache: ArchiveCache, text: string) {
    const session = await ArchiveSession.open(archive, cache);
    try {
      const before = counter.count;
      const { findings } = await session.check(text, { locale: "fr" }, "draft");
      return { findings, rounds: session.lastRounds, statements: counter.count - before };
    } finally {
      await session.close();
    }
  }

  it("reads the frequencies and spellings of several words typed anew in one statement", async () => {
    const archive = new Archive(database.url);
    const counter = countStatements(archive);
    const cache = new ArchiveCache();
    const draft = "Globex détient 12 % du capital d'Initech depuis 2021.\n\nNova Energy a annoncé une usine.\n";
    const edited = draft.replace("depuis 2021", "depuis 2021 selon Zorvaquet et Plimbardine");
    try {
      await checkCounted(archive, counter, cache, draft);
      const retyped = await checkCounted(archive, counter, cache, edited);
      assert.equal(retyped.rounds, 1, "one fetch round");
      assert.equal(retyped.statements, 1, "one statement for both new names");
      const fresh = await checkCounted(archive, counter, new ArchiveCache(), edited);
      assert.deepStrictEqual(retyped.findings, fresh.findings, "the same findings as a check from an empty cache");
    } finally {
      await archive.close();
    }
  });

  it("checks again, after a fetch, only the sentence that read missing data", async () => {
    const archive = new Archive(database.url);
    const cache = new ArchiveCache();
    const draft = "Globex détient 12 % du capital d'Initech depuis 2021.\n\nNova Energy a annoncé une usine.\n";
    const edited = draft.replace("une usine", "une usine à Vénissieux");
    try {
      const counter = countStatements(archive);
      await checkCounted(archive, counter, cache, draft);
      const session = await ArchiveSession.open(archive, cache);
      try {
        const { findings } = await session.check(edited, { locale: "fr" }, "draft");
        assert.ok(session.lastRounds >= 1, "the new word was fetched");
        const checker = cache.checkers.get("draft")!.checker;
        assert.deepEqual(checker.lastRun, { checked: 1, reused: 1 }, "the untouched paragraph is reused after the fetch");
        const fresh = await checkCounted(archive, counter, new ArchiveCache(), edited);
        assert.deepStrictEqual(findings, fresh.findings, "the same findings as a check from an empty cache");
      } finally {
        await session.close();
      }
    } finally {
      await archive.close();
    }
  });
});
