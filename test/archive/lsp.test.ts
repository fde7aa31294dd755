import assert from "node:assert/strict";
import * as fs from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { LogMessageParams } from "vscode-languageserver-protocol/node";
import { main } from "../../server/src/cli/main";
import type { CorpusStatus } from "../../server/src/shared/protocol";
import { repoRoot, ServerUnderTest, tempFolder } from "../lsp/harness";
import { useTestDatabase } from "./testDatabase";

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
      assert.ok(logs.some((l) => l.startsWith("corpus: 3 documents") && l.includes("from the archive postgresql://")), logs.join("\n"));
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
      assert.ok(status.warnings.some((w) => /attest\.corpus\.database is not used in an untrusted workspace/.test(w)), status.warnings.join("\n"));
      assert.deepEqual(status.roots, [join(repoRoot, "corpus")], "the bundled corpus instead");
    } finally {
      await server.stop();
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
