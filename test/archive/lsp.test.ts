import assert from "node:assert/strict";
import * as fs from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Diagnostic, LogMessageParams, PublishDiagnosticsParams } from "vscode-languageserver-protocol/node";
import { Client } from "pg";
import { NOT_CHECKED_CODE } from "../../server/src/lsp/adapter";
import { main } from "../../server/src/cli/main";
import type { CorpusStatus } from "../../server/src/shared/protocol";
import { repoRoot, ServerUnderTest, tempFolder } from "../lsp/harness";
import { createTestDatabase, onCluster, useTestDatabase } from "./testDatabase";
const dropDatabase = (cluster: string, name: string) => onCluster(cluster, `DROP DATABASE ${name} WITH (FORCE)`);
/** Loads the sources into a database of another name, then gives it this name: it appears whole. */
async function recreateDatabase(cluster: string, name: string): Promise<void> {
  const staging = await createTestDatabase(cluster, "staging");
  await loadArchive(staging.url);
  await onCluster(cluster, `ALTER DATABASE ${staging.name} RENAME TO ${name}`);
}

// The language server with attest.corpus.database: it checks drafts against the archive, and
// only in a trusted workspace; an unreachable archive is a failed corpus with one masked line.

const SOURCES = join(repoRoot, "test/fixtures/sources");
const quiet = { stdout: () => undefined, stderr: () => undefined, isTTY: false, env: {}, readStdin: async () => "" };

async function loadArchive(url: string): Promise<void> {
  assert.equal(await main(["db", "migrate", "--db", url], quiet), 0);
  assert.equal(await main(["index", "--db", url, SOURCES], quiet), 0);
}

function codesOf(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => String(d.code));
}

/** The verdict each diagnostic gives ("figure-conflict" is a conflict), or its code when it gives none. */
function verdictsOf(diagnostics: Diagnostic[]): string[] {
  return codesOf(diagnostics).map((code) => /(conflict|unsupported|supported)$/.exec(code)?.[1] ?? code);
}

const isNotChecked = (p: PublishDiagnosticsParams) => p.diagnostics.length > 0 && p.diagnostics.every((d) => d.code === NOT_CHECKED_CODE);
const hasVerdicts = (p: PublishDiagnosticsParams) => p.diagnostics.length > 0 && p.diagnostics.every((d) => d.code !== NOT_CHECKED_CODE);

/** Between the last verdicts before an outage and the first after it, only "not checked" marks were published. */
function assertNoVerdictDuringOutage(server: ServerUnderTest, uri: string): void {
  const published = (server.messagesOf("textDocument/publishDiagnostics") as PublishDiagnosticsParams[]).filter((p) => p.uri === uri);
  const firstMark = published.findIndex(isNotChecked);
  let lastMark = -1;
  published.forEach((p, i) => {
    if (isNotChecked(p)) lastMark = i;
  });
  for (const p of published.slice(firstMark, lastMark + 1))
    assert.ok(
      p.diagnostics.every((d) => d.code === NOT_CHECKED_CODE),
      `published during the outage: ${codesOf(p.diagnostics).join(", ")}`,
    );
}

describe("archive on PostgreSQL: the language server's attest.corpus.database", function () {
  this.timeout(120_000);
  const database = useTestDatabase("lsp");
  let workspace: string;

  before(async () => {
    workspace = tempFolder("attest-archive-ws-");
    if (!database.url) return;
    await loadArchive(database.url);
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

  it("marks the claims not checked during an outage, says the archive is unreachable, and resumes by itself", async () => {
    const cluster = process.env.ATTEST_TEST_PG_URL!;
    const db = await createTestDatabase(cluster, "outage");
    const server = new ServerUnderTest();
    try {
      await loadArchive(db.url);
      server.settings = { corpus: { database: db.url } };
      await server.initialize(workspace, { debounceMs: 0, archiveRetryMs: 300 });
      const uri = pathToFileURL(join(workspace, "outage.md")).href;
      const first = server.diagnostics(uri);
      server.open(uri, "Globex possède 20 % d'Initech.\n\nNova Energy a annoncé une usine.\n");
      assert.deepEqual(verdictsOf((await first).diagnostics), ["conflict", "unsupported"]);

      // The archive goes away: the next check says so, and marks the claims instead of judging them.
      await dropDatabase(cluster, db.name);
      const down = server.waitFor<CorpusStatus>("attest/corpusStatus", (s) => s.unavailable !== undefined);
      const marked = server.waitFor<PublishDiagnosticsParams>("textDocument/publishDiagnostics", (p) => p.uri === uri && isNotChecked(p));
      server.edit(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: "En bref. " }]);
      const status = await down;
      assert.match(status.unavailable!, /unreachable/);
      assert.equal((await marked).diagnostics.length, 2, "both claims marked");
      assertNoVerdictDuringOutage(server, uri);

      // Back (same name, loaded again): the server notices by itself and checks the draft.
      const up = server.waitFor<CorpusStatus>("attest/corpusStatus", (s) => s.unavailable === undefined);
      const again = server.waitFor<PublishDiagnosticsParams>("textDocument/publishDiagnostics", (p) => p.uri === uri && hasVerdicts(p));
      await recreateDatabase(cluster, db.name);
      await up;
      assert.deepEqual(verdictsOf((await again).diagnostics), ["conflict", "unsupported"]);
    } finally {
      await server.stop();
      await db.drop();
    }
  });

  it("marks the claims not checked when the archive is missing at start, and checks them once it exists", async () => {
    const cluster = process.env.ATTEST_TEST_PG_URL!;
    const db = await createTestDatabase(cluster, "late");
    await db.drop();
    const server = new ServerUnderTest();
    try {
      server.settings = { corpus: { database: db.url } };
      await server.initialize(workspace, { debounceMs: 0, archiveRetryMs: 300 });
      const status = server.messagesOf("attest/corpusStatus").at(-1) as CorpusStatus;
      assert.equal(status.state, "ready");
      assert.match(status.unavailable ?? "", /unreachable/);
      const uri = pathToFileURL(join(workspace, "late.md")).href;
      const marked = server.waitFor<PublishDiagnosticsParams>("textDocument/publishDiagnostics", (p) => p.uri === uri && isNotChecked(p));
      server.open(uri, "Globex possède 20 % d'Initech.\n");
      assert.equal((await marked).diagnostics.length, 1);
      assertNoVerdictDuringOutage(server, uri);

      const up = server.waitFor<CorpusStatus>("attest/corpusStatus", (s) => s.state === "ready" && s.documents === 3);
      const checked = server.waitFor<PublishDiagnosticsParams>("textDocument/publishDiagnostics", (p) => p.uri === uri && hasVerdicts(p));
      await recreateDatabase(cluster, db.name);
      assert.equal((await up).unavailable, undefined);
      assert.deepEqual(verdictsOf((await checked).diagnostics), ["conflict"]);
    } finally {
      await server.stop();
      await onCluster(cluster, `DROP DATABASE IF EXISTS ${db.name} WITH (FORCE)`);
    }
  });

  it("keeps checking after its connections to the archive are terminated", async () => {
    const cluster = process.env.ATTEST_TEST_PG_URL!;
    const server = new ServerUnderTest();
    try {
      server.settings = { corpus: { database: database.url } };
      await server.initialize(workspace, { debounceMs: 0, archiveRetryMs: 300 });
      const uri = pathToFileURL(join(workspace, "terminated.md")).href;
      const first = server.diagnostics(uri);
      server.open(uri, "Globex possède 20 % d'Initech.\n");
      assert.deepEqual(verdictsOf((await first).diagnostics), ["conflict"]);

      const name = new URL(database.url).pathname.slice(1);
      await onCluster(
        cluster,
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}' AND application_name = 'attest lsp'`,
      );
      const next = server.waitFor<PublishDiagnosticsParams>("textDocument/publishDiagnostics", (p) => p.uri === uri && hasVerdicts(p));
      server.edit(uri, [{ range: { start: { line: 0, character: 15 }, end: { line: 0, character: 17 } }, newText: "25" }]);
      assert.deepEqual(verdictsOf((await next).diagnostics), ["conflict"]);
      assertNoVerdictDuringOutage(server, uri);
    } finally {
      await server.stop();
    }
  });

  it("marks the claims not checked while a statement runs over its timeout, and checks them once the archive is quick again", async () => {
    const cluster = process.env.ATTEST_TEST_PG_URL!;
    const server = new ServerUnderTest();
    const blocker = new Client({ connectionString: database.url });
    await blocker.connect();
    try {
      server.settings = { corpus: { database: database.url } };
      await server.initialize(workspace, { debounceMs: 0, archiveRetryMs: 300, archiveStatementTimeoutMs: 400 });
      assert.ok(cluster);
      // A writer holding the statistics table: every check's first read waits past its timeout.
      await blocker.query("BEGIN");
      await blocker.query("LOCK TABLE archive_stats IN ACCESS EXCLUSIVE MODE");
      const uri = pathToFileURL(join(workspace, "slow.md")).href;
      const marked = server.waitFor<PublishDiagnosticsParams>("textDocument/publishDiagnostics", (p) => p.uri === uri && isNotChecked(p));
      server.open(uri, "Globex possède 20 % d'Initech.\n");
      assert.equal((await marked).diagnostics.length, 1);
      const status = server.messagesOf("attest/corpusStatus").at(-1) as CorpusStatus;
      assert.match(status.unavailable ?? "", /statement timeout/);

      const checked = server.waitFor<PublishDiagnosticsParams>("textDocument/publishDiagnostics", (p) => p.uri === uri && hasVerdicts(p));
      await blocker.query("ROLLBACK");
      assert.deepEqual(verdictsOf((await checked).diagnostics), ["conflict"]);
      assertNoVerdictDuringOutage(server, uri);
    } finally {
      await blocker.end();
      await server.stop();
    }
  });

  it("reports an unreachable archive as unreachable, password masked", async () => {
    const server = new ServerUnderTest();
    try {
      server.settings = { corpus: { database: "postgresql://writer:hunter2@127.0.0.1:1/news" } };
      await server.initialize(workspace, { archiveRetryMs: 60_000 });
      const status = server.messagesOf("attest/corpusStatus").at(-1) as CorpusStatus;
      assert.equal(status.state, "ready");
      assert.match(status.unavailable ?? "", /archive postgresql:\/\/writer:\*\*\*@127\.0\.0\.1:1\/news unreachable/);
      assert.doesNotMatch(JSON.stringify(server.received), /hunter2/);
    } finally {
      await server.stop();
    }
  });
});
