import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { repoRoot, tempFolder } from "./harness";

// `npm run bench -- --quick` end to end, so the benchmark does not rot: every measure present.
// Speed is not asserted here; the figures are for people.

describe("benchmark, quick mode", function () {
  this.timeout(180000);
  let data: string;

  before(() => (data = tempFolder("attest-bench-")));
  after(() => fs.rmSync(data, { recursive: true, force: true }));

  it("prints the table and writes every measure to the results file", () => {
    const run = path.resolve(__dirname, "../../bench/run.js");
    const table = execFileSync(process.execPath, [run, "--quick", "--data", data], {
      cwd: repoRoot,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
    assert.match(table, /\| indexing, cold \(MB\/s\) \|/);
    assert.match(table, /\| re-check after a 1-char edit/);
    const results = JSON.parse(fs.readFileSync(path.join(data, "results.json"), "utf8"));
    const [corpus] = results.corpora;
    assert.equal(corpus.indexing.cold.stats.indexed, corpus.articles);
    assert.equal(corpus.indexing.cached.stats.fromCache, corpus.articles);
    assert.equal(corpus.indexing.cached.stats.indexed, 0);
    assert.ok(results.lsp.fromCache, "the server restarted from the cache");
    assert.ok(results.lsp.edits > 0 && Number.isFinite(results.lsp.p95));
    assert.ok(results.cspell.warmMs > 0);
    assert.equal(results.targets.length, 5);
  });
});
