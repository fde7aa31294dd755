import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import type { LogMessageParams, PublishDiagnosticsParams } from "vscode-languageserver-protocol/node";
import type { CorpusStatus } from "../../server/src/shared/protocol";
import { ServerUnderTest, bundledCorpus, repoRoot, tempFolder } from "./harness";

// The esbuild bundle (dist/attest.js, as shipped in the .vsix and run by bin/attest.js) runs on its
// own as `attest lsp`: it finds the bundled corpus and loads fastText's wasm and model copied next
// to it. Skipped before `npm run bundle`.

const bundle = path.join(repoRoot, "dist", "attest.js");

describe("bundled language server (dist/attest.js lsp)", function () {
  this.timeout(60000);
  let server: ServerUnderTest;
  let workspace: string;

  before(async function () {
    if (!fs.existsSync(bundle)) {
      console.warn("    dist/attest.js not found: run `npm run bundle` to test the bundle");
      this.skip();
    }
    workspace = tempFolder("attest-bundle-");
    server = new ServerUnderTest([process.execPath, bundle, "lsp", "--stdio"]);
    await server.initialize(workspace);
  });

  after(async () => {
    await server?.stop();
    if (workspace) fs.rmSync(workspace, { recursive: true, force: true });
  });

  it("indexes the bundled corpus and loads the fastText model from dist/", () => {
    const status = server.messagesOf("attest/corpusStatus").at(-1) as CorpusStatus;
    assert.deepEqual([status.state, status.documents, status.roots], ["ready", 3, [bundledCorpus]]);
    const logs = (server.messagesOf("window/logMessage") as LogMessageParams[]).map((m) => m.message);
    assert.ok(logs.includes("language detection: fastText model loaded"), logs.join("\n"));
  });

  it("flags the wrong figure", async () => {
    assert.deepEqual(await conflictsAndFixes(server, workspace), [["figure-conflict", "49 %"]]);
  });
});

describe("bundled language server started as the extension starts it (attest lsp --node-ipc)", function () {
  this.timeout(60000);

  it("flags the wrong figure, its engine thread running the same bundle", async function () {
    if (!fs.existsSync(bundle)) this.skip();
    const workspace = tempFolder("attest-bundle-ipc-");
    const server = new ServerUnderTest([process.execPath, bundle, "lsp"], "ipc");
    try {
      await server.initialize(workspace);
      assert.deepEqual(await conflictsAndFixes(server, workspace), [["figure-conflict", "49 %"]]);
    } finally {
      await server.stop();
      fs.rmSync(workspace, { recursive: true, force: true });
    }
  });
});

/** Opens a draft with one wrong figure and returns each diagnostic's code and first fix. */
async function conflictsAndFixes(server: ServerUnderTest, workspace: string): Promise<Array<[unknown, string | undefined]>> {
  const uri = pathToFileURL(path.join(workspace, "draft.md")).href;
  const published = server.diagnostics(uri, 1);
  server.open(uri, "Microsoft détient 39 % de la filiale commerciale d'OpenAI.\n");
  const { diagnostics } = (await published) as PublishDiagnosticsParams;
  return diagnostics.map((d) => [d.code, (d.data as { fixes: Array<{ newText: string }> }).fixes[0]?.newText]);
}
