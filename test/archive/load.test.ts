import assert from "node:assert/strict";
import { execFile, spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { corpusGenerator } from "./generatedCorpus";
import { useTestDatabase } from "./testDatabase";

// Several writers check against one archive while an indexer loads more articles into it: every
// check ends with a report (no error, no half-loaded document seen), and the latency is printed.

const ROOT = resolve(__dirname, "../../..");
const BIN = join(ROOT, "bin/attest.js");
const SOURCES = join(ROOT, "test/fixtures/sources");
/** Concurrent `attest check` processes, and checks each runs one after the other (2 cores here). */
const CHECKERS = 4;
const ROUNDS = 2;
const LOADED_ARTICLES = 300;

function attest(args: string[]): Promise<{ code: number; stdout: string; stderr: string; ms: number }> {
  const started = performance.now();
  return new Promise((resolvePromise) => {
    execFile(process.execPath, [BIN, ...args], { maxBuffer: 1 << 26, env: process.env }, (error, stdout, stderr) => {
      const code = error ? ((error as { code?: number }).code ?? 2) : 0;
      resolvePromise({ code: typeof code === "number" ? code : 2, stdout, stderr, ms: performance.now() - started });
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

  it("answers every concurrent check, and the loaded articles change nothing of a fact only the first sources state", async () => {
    const db = database;
    {
      assert.equal((await attest(["db", "migrate", "--db", db.url])).code, 0);
      assert.equal((await attest(["index", "--db", db.url, SOURCES])).code, 0);
      const dir = mkdtempSync(join(tmpdir(), "attest-load-"));
      const draft = join(dir, "draft.md");
      writeFileSync(draft, "Globex possède 20 % d'Initech.\n\nNova Energy a annoncé une usine.\n");
      const before = await attest(["check", "--db", db.url, "--format", "json", draft]);
      assert.equal(before.code, 1, before.stderr);
      const { vocabulary, writeCorpus } = corpusGenerator();
      const generated = writeCorpus(join(dir, "corpus"), LOADED_ARTICLES, 7, vocabulary(7));

      const indexer = spawn(process.execPath, [BIN, "index", "--db", db.url, "--quiet", generated.folder], {
        stdio: ["ignore", "ignore", "pipe"],
      });
      let indexerErr = "";
      indexer.stderr.on("data", (c: Buffer) => (indexerErr += c.toString()));
      const indexed = new Promise<number>((done) => indexer.on("exit", (code) => done(code ?? 2)));
      const times: number[] = [];
      await Promise.all(
        Array.from({ length: CHECKERS }, async () => {
          for (let round = 0; round < ROUNDS; round++) {
            const run = await attest(["check", "--db", db.url, "--format", "json", draft]);
            assert.ok(run.code === 0 || run.code === 1, `check failed: ${run.stderr}`);
            const report = JSON.parse(run.stdout) as { files: { findings: { verdict: string }[] }[] };
            assert.equal(report.files[0]!.findings.length, 2);
            // No generated article names Globex: its stake stays in conflict whatever is loaded yet.
            assert.equal(report.files[0]!.findings[0]!.verdict, "conflict");
            times.push(run.ms);
          }
        }),
      );
      assert.equal(await indexed, 0, indexerErr);
      console.log(
        `      ${times.length} checks by ${CHECKERS} concurrent processes while indexing ${LOADED_ARTICLES} articles: p50 ${quantile(times, 0.5).toFixed(0)} ms, p95 ${quantile(times, 0.95).toFixed(0)} ms (whole CLI runs)`,
      );
    }
  });
});
