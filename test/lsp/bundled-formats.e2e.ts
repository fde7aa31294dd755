import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import type { Hover, PublishDiagnosticsParams } from "vscode-languageserver-protocol/node";
import type { CorpusStatus } from "../../server/src/shared/protocol";
import { annualReportPdf, newsPageHtml, staffNoteDocx } from "../fixtures/formats/samples";
import { ServerUnderTest, repoRoot, tempFolder } from "./harness";

// The shipped bundle reads web pages, PDF and Word sources on its own: pdfjs (and its worker
// code, run in-process), Readability, linkedom and mammoth are all inside dist/attest.js.

const bundle = path.join(repoRoot, "dist", "attest.js");

describe("bundled language server with web, PDF and Word sources", function () {
  this.timeout(60000);
  let server: ServerUnderTest;
  let workspace: string;

  before(async function () {
    if (!fs.existsSync(bundle)) {
      console.warn("    dist/attest.js not found: run `npm run bundle` to test the bundle");
      this.skip();
    }
    workspace = tempFolder("attest-bundle-formats-");
    const sources = path.join(workspace, "sources");
    fs.mkdirSync(sources);
    fs.writeFileSync(path.join(sources, "chomage.html"), newsPageHtml());
    fs.writeFileSync(path.join(sources, "rapport-annuel.pdf"), annualReportPdf());
    fs.writeFileSync(path.join(sources, "bilan-social.docx"), staffNoteDocx());
    server = new ServerUnderTest([process.execPath, bundle, "lsp", "--stdio"]);
    server.settings = { corpus: { paths: [sources] } };
    await server.initialize(workspace);
  });

  after(async () => {
    await server?.stop();
    if (workspace) fs.rmSync(workspace, { recursive: true, force: true });
  });

  it("indexes the three files without a warning", () => {
    const status = server.messagesOf("attest/corpusStatus").at(-1) as CorpusStatus;
    assert.deepEqual([status.state, status.documents, status.warnings], ["ready", 3, []]);
  });

  it("flags a figure the PDF states differently and hovers its page", async () => {
    const uri = pathToFileURL(path.join(workspace, "draft.md")).href;
    const published = server.diagnostics(uri, 1);
    server.open(uri, "Le chiffre d’affaires de Globex a atteint 450 millions d’euros en 2025.\n");
    const { diagnostics } = (await published) as PublishDiagnosticsParams;
    const conflict = diagnostics.find((d) => d.code === "figure-conflict");
    assert.ok(conflict, JSON.stringify(diagnostics));
    assert.match(String(conflict.message), /rapport-annuel\.pdf, p\. 2/);
    const hover = (await server.connection.sendRequest("textDocument/hover", {
      textDocument: { uri },
      position: conflict.range.start,
    })) as Hover;
    const text = (hover.contents as { value: string }).value;
    assert.match(
      text,
      /rapport-annuel\.pdf, p\. 2\]\(file:\/\/[^)]*rapport-annuel\.pdf#page=2\) — \*Rapport annuel 2025\* · Direction financière · 2025-03-14/,
    );
  });
});
