import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import type { Hover, PublishDiagnosticsParams } from "vscode-languageserver-protocol/node";
import { sourceTextPath, sourceTextUri } from "../../server/src/shared/sourceUri";
import { annualReportPdf, newsPageHtml } from "../fixtures/formats/samples";
import { ServerUnderTest, tempFolder } from "./harness";

// Clients that show `attest-source:` documents (VS Code) get links to a PDF's or a web page's
// extracted text, which the server serves for corpus files only, page breaks marked.

describe("source text documents (attest-source:)", function () {
  this.timeout(30000);
  let server: ServerUnderTest;
  let workspace: string;
  let pdf: string;

  before(async () => {
    workspace = tempFolder("attest-source-text-");
    const sources = path.join(workspace, "sources");
    fs.mkdirSync(sources);
    pdf = path.join(sources, "rapport annuel.pdf");
    fs.writeFileSync(pdf, annualReportPdf());
    fs.writeFileSync(path.join(sources, "chomage.html"), newsPageHtml());
    server = new ServerUnderTest();
    server.settings = { corpus: { paths: [sources] } };
    await server.initialize(workspace, { sourceDocuments: true });
  });

  after(async () => {
    await server?.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  it("maps paths to attest-source: URIs and back, spaces included", () => {
    assert.equal(sourceTextUri("/a b/r.pdf", 3), "attest-source:/a%20b/r.pdf#L3");
    assert.equal(sourceTextPath("attest-source:/a%20b/r.pdf#L3"), path.resolve("/a b/r.pdf"));
    assert.equal(sourceTextPath("file:///a.pdf"), undefined);
  });

  it("links a PDF quote to its extracted text at the quoted line", async () => {
    const uri = pathToFileURL(path.join(workspace, "draft.md")).href;
    const published = server.diagnostics(uri, 1);
    server.open(uri, "Le chiffre d’affaires de Globex a atteint 450 millions d’euros en 2025.\n");
    const { diagnostics } = (await published) as PublishDiagnosticsParams;
    const conflict = diagnostics.find((d) => d.code === "figure-conflict")!;
    const hover = (await server.connection.sendRequest("textDocument/hover", {
      textDocument: { uri },
      position: conflict.range.start,
    })) as Hover;
    const link = /\]\((attest-source:[^)]+)\)/.exec((hover.contents as { value: string }).value)?.[1];
    assert.ok(link, JSON.stringify(hover));
    assert.equal(sourceTextPath(link), pdf);
    const line = Number(/#L(\d+)$/.exec(link)![1]);
    const { text } = (await server.connection.sendRequest("attest/sourceText", { path: pdf })) as { text: string };
    assert.match(text.split("\n")[line - 1]!, /412 millions d’euros en 2025/);
  });

  it("serves the extracted text with each page break as a marker line, line for line", async () => {
    const { text } = (await server.connection.sendRequest("attest/sourceText", { path: pdf })) as { text: string };
    assert.ok(!text.includes("\f"));
    assert.deepEqual(
      text.split("\n").filter((l) => l.includes("────")),
      ["──────── p. 2 ────────", "──────── p. 3 ────────"],
    );
    assert.ok(!text.includes("Rapport annuel 2025"), "running header left out");
  });

  it("serves corpus files only", async () => {
    const outside = path.join(workspace, "secret.html");
    fs.writeFileSync(outside, newsPageHtml());
    assert.equal(await server.connection.sendRequest("attest/sourceText", { path: outside }), null);
    await assert.rejects(server.connection.sendRequest("attest/sourceText", { path: 42 }));
  });
});
