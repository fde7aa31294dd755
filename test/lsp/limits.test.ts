import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { execFileSync } from "node:child_process";
import { DiagnosticSeverity } from "vscode-languageserver-protocol";
import type { WorkspaceReport } from "../../server/src/shared/protocol";
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

  it("fact-checking the workspace reads closed drafts with the corpus's bounded reader", async () => {
    const large = path.join(workspace, "large.md");
    fs.writeFileSync(large, "Le pont de Givet a coûté 12 millions d'euros.\n\n".repeat(200));
    const pipe = path.join(workspace, "pipe.md");
    execFileSync("mkfifo", [pipe]);
    const wide = path.join(workspace, "wide.md");
    const claim = "Microsoft détient 39 % de la filiale commerciale d'OpenAI.\n";
    fs.writeFileSync(wide, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(claim, "utf16le")]));
    const binary = path.join(workspace, "binary.md");
    fs.writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0]));
    const uri = (file: string) => pathToFileURL(file).href;
    const report = (await server.connection.sendRequest("attest/factCheckWorkspace", {
      drafts: [large, pipe, binary, wide].map((file) => ({ uri: uri(file), languageId: "markdown" })),
    })) as WorkspaceReport;
    const reason = (file: string) => report.failures.find((f) => f.uri === uri(file))?.reason ?? "";
    assert.match(reason(large), /^the file is \d+ KiB, over attest\.maxFileSize \(4 KiB\): skipped$/);
    assert.equal(reason(pipe), "not a regular file (a named pipe (FIFO)): skipped");
    assert.match(reason(binary), /^binary file .*: skipped$/);
    assert.equal(report.checked, 1, JSON.stringify(report));
    assert.equal(report.counts.conflict, 1, "the UTF-16 draft is decoded and checked");
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
