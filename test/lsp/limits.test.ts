import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { DiagnosticSeverity } from "vscode-languageserver-protocol";
import { ServerUnderTest, tempFolder } from "./harness";

// Limits that keep one huge draft from costing minutes and a flood of diagnostics: a draft over
// attest.maxFileSize is not checked (one message says so), and a draft with more findings than
// the cap shows the first ones and one "N more" note.

describe("language server limits", function () {
  this.timeout(60000);
  let server: ServerUnderTest;
  let workspace: string;

  before(async () => {
    workspace = tempFolder("attest-limits-");
    server = new ServerUnderTest();
    server.settings = { maxFileSize: 4000 };
    await server.initialize(workspace);
  });

  after(async () => {
    await server?.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  it("does not check a draft over attest.maxFileSize and says so once", async () => {
    const uri = pathToFileURL(path.join(workspace, "huge.md")).href;
    const published = server.diagnostics(uri, 1);
    server.open(uri, "Tesla a livré 2 millions de voitures en 2023.\n\n".repeat(200));
    const { diagnostics } = await published;
    assert.equal(diagnostics.length, 1, `${diagnostics.length} diagnostics`);
    assert.equal(diagnostics[0]!.severity, DiagnosticSeverity.Information);
    assert.match(String(diagnostics[0]!.message), /attest\.maxFileSize/);
  });

  it("shows at most 1,000 diagnostics and one note for the rest", async () => {
    const uri = pathToFileURL(path.join(workspace, "many.md")).href;
    server.settings = { maxFileSize: 5 * 1024 * 1024 };
    // The huge draft is checked again under the new limit: the settings have arrived.
    const hugeUri = pathToFileURL(path.join(workspace, "huge.md")).href;
    const applied = server.waitFor<{ uri: string; diagnostics: unknown[] }>(
      "textDocument/publishDiagnostics",
      (p) => p.uri === hugeUri && p.diagnostics.length > 1,
    );
    await server.connection.sendNotification("workspace/didChangeConfiguration", { settings: null });
    await applied;
    const published = server.diagnostics(uri, 1);
    server.open(
      uri,
      Array.from({ length: 1100 }, (_, i) => `Tesla a livré ${i + 2} millions de voitures en ${1000 + i}.`).join("\n\n") + "\n",
    );
    const { diagnostics } = await published;
    assert.equal(diagnostics.length, 1001);
    assert.match(String(diagnostics[1000]!.message), /\b1,?\d{3} more\b/);
    assert.equal(diagnostics[1000]!.severity, DiagnosticSeverity.Information);
  });
});
