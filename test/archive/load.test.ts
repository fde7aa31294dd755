import assert from "node:assert/strict";
import { execFile, spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { corpusGenerator } from "./generatedCorpus";
import { useTestDatabase } from "./testDatabase";

// Twenty writers check against one archive while an indexer loads more articles into it: every
// check ends with the same findings (no error, no half-loaded document seen), and the latency is
// printed (not asserted: speed goes in the bench).

const ROOT = resolve(__dirname, "../../..");
const BIN = join(ROOT, "bin/attest.js");
const CHILD = join(__dirname, "checkersChild.js");
const SOURCES = join(ROOT, "test/fixtures/sources");
/** Concurrent checkers, spread over a few processes (2 cores here: twenty Node processes would measure their start-up). */
const CHECKERS = 20;
const PROCESSES = 4;
const ROUNDS = 3;
const LOADED_ARTICLES = 200;

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, args, { maxBuffer: 1 << 26, env: process.env }, (error, stdout, stderr) => {
      const code = error ? ((error as { code?: number }).code ?? 2) : 0;
      done({ code: typeof code === "number" ? code : 2, stdout, stderr });
    });
  });
}

function quantile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

describe("archive on PostgreSQL: writers check while an indexer loads", function () {
  this.timeout(600_000);
  const database = useTestDatabase("load");

  it("answers 20 concurrent checkers while an indexer loads, and the loaded articles change nothing of a fact only the first sources state", async () => {
    const db = database;
    assert.equal((await run([BIN, "db", "migrate", "--db", db.url])).code, 0);
    assert.equal((await run([BIN, "index", "--db", db.url, SOURCES])).code, 0);
    const dir = mkdtempSync(join(tmpdir(), "attest-load-"));
    const draft = join(dir, "draft.md");
    writeFileSync(draft, "Globex possède 20 % d'Initech.\n\nNova Energy a annoncé une usine.\n");
    const { vocabulary, writeCorpus } = corpusGenerator();
    const generated = writeCorpus(join(dir, "corpus"), LOADED_ARTICLES, 7, vocabulary(7));

    const indexer = spawn(process.execPath, [BIN, "index", "--db", db.url, "--quiet", generated.folder], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    let indexerErr = "";
    indexer.stderr.on("data", (c: Buffer) => (indexerErr += c.toString()));
    const indexed = new Promise<number>((done) => indexer.on("exit", (code) => done(code ?? 2)));
    const children = await Promise.all(
      Array.from({ length: PROCESSES }, () => run([CHILD, db.url, draft, String(CHECKERS / PROCESSES), String(ROUNDS)])),
    );
    const indexerRanThrough = indexer.exitCode === null;
    assert.equal(await indexed, 0, indexerErr);
    const times: number[] = [];
    for (const child of children) {
      assert.equal(child.code, 0, `checkers failed: ${child.stderr}`);
      assert.equal(child.stderr, "", "no error or warning");
      const runs = JSON.parse(child.stdout) as { ms: number; verdicts: string[] }[];
      assert.equal(runs.length, (CHECKERS / PROCESSES) * ROUNDS);
      for (const r of runs) {
        // No generated article names Globex: its stake stays in conflict whatever is loaded yet.
        assert.equal(r.verdicts.length, 2);
        assert.equal(r.verdicts[0], "conflict");
        times.push(r.ms);
      }
    }
    console.log(
      `      ${times.length} checks by ${CHECKERS} concurrent checkers in ${PROCESSES} processes, indexing ${LOADED_ARTICLES} articles meanwhile${indexerRanThrough ? " (throughout)" : ""}: p50 ${quantile(times, 0.5).toFixed(0)} ms, p95 ${quantile(times, 0.95).toFixed(0)} ms a check`,
    );
  });
});
