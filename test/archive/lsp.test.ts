import assert from "node:assert/strict";
import * as fs from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { LogMessageParams } from "vscode-languageserver-protocol/node";
import { main } from "../../server/src/cli/main";
import type { CorpusStatus } from "../../server/src/shared/protocol";
import { repoRoot, ServerUnderTest, tempFolder } from "../lsp/harness";
import { createTestDatabase, onCluster, useTestDatabase } from "./testDatabase";
const dropDatabase = (cluster: string, name: string) => onCluster(cluster, `DROP DATABASE ${name} WITH (FORCE)`);
const recreateDatabase = (cluster: string, name: string) => onCluster(cluster, `CREATE DATABASE ${name}`);

// The language server with attest.corpus.database: it checks drafts against the archive, and
// only in a trusted workspace; an unreachable archive is a failed corpus with one masked line.

const SOURCES = join(repoRoot, "test/fixtures/sources");
const quiet = { stdout: () => undefined, stderr: () => undefined, isTTY: false, env: {}, readStdin: async () => "" };

describe("archive on PostgreSQL: the language server's attest.corpus.database", function () {
  this.timeout(120_000);
  const database = useTestDatabase("lsp");
  let workspace: string;

  before(async () => {
    workspace = tempFolder("attest-archive-ws-");
    if (!database.url) return;
    assert.equal(await main(["db", "migrate", "--db", database.url], quiet), 0);
    assert.equal(await main(["index", "--db", database.url, SOURCES], quiet), 0);
  });
  after(() => fs.rmSync(workspace, { recursive: true, force: true }));

  it("flags a figure the archived sources state differently", async () => {
    const server = new ServerUnderTest();
    try {
      server.settings = { corpus: { database: database.url } };
      await server.initialize(workspace);
      const status = server.messagesOf("attest/corpusStatus").at(-1) as CorpusStatus;
      assert.equal(status.state, "ready");
      assert.equal(status.documents, 3);
      const logs = (server.messagesOf("window/logMessage") as LogMessageParams[]).map((m) => m.message);
      assert.ok(
        logs.some((l) => l.startsWith("corpus: 3 documents") && l.includes("from the archive postgresql://")),
        logs.join("\n"),
      );
      const uri = pathToFileURL(join(workspace, "draft.md")).href;
      const published = server.diagnostics(uri);
      server.open(uri, "Globex possède 20 % d'Initech.\n");
      const { diagnostics } = await published;
      assert.equal(diagnostics.length, 1);
      const message = diagnostics[0]!.message;
      assert.match(typeof message === "string" ? message : message.value, /12 %/);
    } finally {
      await server.stop();
    }
  });

  it("ignores the archive setting in an untrusted workspace", async () => {
    const server = new ServerUnderTest();
    try {
      server.settings = { corpus: { database: database.url } };
      await server.initialize(workspace, { trusted: false });
      const status = server.messagesOf("attest/corpusStatus").at(-1) as CorpusStatus;
      assert.ok(
        status.warnings.some((w) => /attest\.corpus\.database is not used in an untrusted workspace/.test(w)),
        status.warnings.join("\n"),
      );
      assert.deepEqual(status.roots, [join(repoRoot, "corpus")], "the bundled corpus instead");
    } finally {
      await server.stop();
    }
  });

  it("says the archive is unreachable during an outage, keeps the findings, and resumes by itself", async () => {
    const cluster = process.env.ATTEST_TEST_PG_URL!;
    const db = await createTestDatabase(cluster, "outage");
    const server = new ServerUnderTest();
    try {
      assert.equal(await main(["db", "migrate", "--db", db.url], quiet), 0);
      assert.equal(await main(["index", "--db", db.url, SOURCES], quiet), 0);
      server.settings = { corpus: { database: db.url } };
      await server.initialize(workspace, { debounceMs: 0, archiveRetryMs: 300 });
      const uri = pathToFileURL(join(workspace, "outage.md")).href;
      const first = server.diagnostics(uri);
      server.open(uri, "Globex possède 20 % d'Initech.\n");
      assert.equal((await first).diagnostics.length, 1);

      // The archive goes away: the next check says so, and publishes nothing in its place.
      await dropDatabase(cluster, db.name);
      const down = server.waitFor<CorpusStatus>("attest/corpusStatus", (s) => s.unavailable !== undefined);
      server.edit(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: "En bref. " }]);
      const status = await down;
      assert.match(status.unavailable!, /unreachable/);
      const publishedDuringOutage = (
        server.messagesOf("textDocument/publishDiagnostics") as { uri: string; diagnostics: unknown[] }[]
      ).filter((p) => p.uri === uri);
      assert.equal(publishedDuringOutage.at(-1)!.diagnostics.length, 1, "the last findings stay up");

      // Back (same name, loaded again): the server notices by itself and checks the draft.
      const up = server.waitFor<CorpusStatus>("attest/corpusStatus", (s) => s.unavailable === undefined);
      const again = server.waitFor<{ uri: string; diagnostics: unknown[] }>(
        "textDocument/publishDiagnostics",
        (p) => p.uri === uri && p.diagnostics.length === 1,
      );
      await recreateDatabase(cluster, db.name);
      assert.equal(await main(["db", "migrate", "--db", db.url], quiet), 0);
      assert.equal(await main(["index", "--db", db.url, SOURCES], quiet), 0);
      await up;
      await again;
    } finally {
      await server.stop();
      await db.drop();
    }
  });

  it("reports an unreachable archive as a failed corpus, password masked", async () => {
    const server = new ServerUnderTest();
    try {
      server.settings = { corpus: { database: "postgresql://writer:hunter2@127.0.0.1:1/news" } };
      await server.initialize(workspace);
      const status = server.messagesOf("attest/corpusStatus").at(-1) as CorpusStatus;
      assert.equal(status.state, "failed");
      assert.match(status.warnings.join("\n"), /archive postgresql:\/\/writer:\*\*\*@127\.0\.0\.1:1\/news unreachable/);
      assert.doesNotMatch(JSON.stringify(server.received), /hunter2/);
    } finally {
      await server.stop();
    }
  });
});
