import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Archive } from "../../server/src/archive/connection";
import { indexIntoArchive } from "../../server/src/archive/indexer";
import { migrate } from "../../server/src/archive/migrations";
import { ArchiveCache, ArchiveSession } from "../../server/src/archive/checkArchive";
import { DraftChecker, indexCorpus } from "../../server/src/core";
import { useTestDatabase } from "./testDatabase";

// A check reads a bounded part of the archive: a key held by more sentences than the walk cap
// comes from SQL as at most that many holders, the ones sharing the claim's rarer keys.

/** Sentences about the same company, many more than the cap used below. */
const FILLER_ARTICLES = 24;
const CAP = 6;

describe("archive on PostgreSQL: reads bounded by the walk cap", function () {
  this.timeout(120_000);
  const database = useTestDatabase("bounded");
  let corpus: string;

  before(async function () {
    if (!database.url) return;
    corpus = join(mkdtempSync(join(tmpdir(), "attest-bounded-")), "corpus");
    mkdirSync(corpus);
    for (let i = 0; i < FILLER_ARTICLES; i++)
      writeFileSync(
        join(corpus, `filler-${String(i).padStart(2, "0")}.txt`),
        `Brevalis a ouvert un bureau à Lyon en ${2001 + i}.\n\nLe bureau de Brevalis emploie ${10 + i} salariés.\n`,
      );
    writeFileSync(join(corpus, "stake.txt"), "Brevalis détient 14 % de Quantorix depuis mars.\n");
    const archive = new Archive(database.url);
    try {
      await migrate(archive);
      await indexIntoArchive(archive, [corpus]);
    } finally {
      await archive.close();
    }
  });

  it("finds the one source of a stake among many sentences naming the company, reading at most the cap a key", async () => {
    const archive = new Archive(database.url);
    const cache = new ArchiveCache(CAP);
    try {
      const session = await ArchiveSession.open(archive, cache);
      let findings;
      try {
        findings = (await session.check("Brevalis détient 41 % de Quantorix.\n", { locale: "fr" })).findings;
      } finally {
        await session.close();
      }
      assert.equal(findings.length, 1);
      assert.equal(findings[0]!.verdict, "conflict");
      assert.match(findings[0]!.evidence[0]!.quote, /14 %/);
      assert.ok(cache.data.capped.size > 0, "some key was held by more sentences than the cap");
      for (const [key, holders] of cache.data.postings) assert.ok(holders.length <= CAP, `${key}: ${holders.length} holders read`);
    } finally {
      await archive.close();
    }
  });

  it("gives the embedded index's findings when the cap is above every key's sentences", async () => {
    const { index } = await indexCorpus([corpus], { threads: 0 });
    const text = "Brevalis détient 41 % de Quantorix.\n\nLe bureau de Brevalis emploie 12 salariés.\n";
    const archive = new Archive(database.url);
    try {
      const session = await ArchiveSession.open(archive, new ArchiveCache(10_000));
      try {
        const archived = (await session.check(text, { locale: "fr" })).findings;
        assert.deepStrictEqual(archived, new DraftChecker(index).check(text, { locale: "fr" }).findings);
      } finally {
        await session.close();
      }
    } finally {
      await archive.close();
    }
  });
});
