import assert from "node:assert/strict";
import * as vscode from "vscode";
import { annualReportPdf } from "../../fixtures/formats/samples";

// A PDF source in a real extension host: the hover links its quote to the attest-source:
// document, which shows the extracted text at the quote, page breaks marked.

const DRAFT = "# Rapport\n\nLe chiffre d’affaires de Globex a atteint 450 millions d’euros en 2025.\n";

suite("Attest source documents", () => {
  let folder: vscode.Uri;

  suiteSetup(async () => {
    const root = vscode.workspace.workspaceFolders?.[0];
    assert.ok(root, "the tests need a workspace folder");
    folder = vscode.Uri.joinPath(root.uri, "attest-source-test");
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, "sources", "rapport.pdf"), annualReportPdf());
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand("workbench.action.closeAllEditors");
    await vscode.workspace.getConfiguration("attest").update("corpus.paths", undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
  });

  test("a PDF quote opens as its extracted text at the quoted line, page breaks marked", async () => {
    await vscode.workspace
      .getConfiguration("attest")
      .update("corpus.paths", ["attest-source-test/sources"], vscode.ConfigurationTarget.Workspace);
    const draftUri = vscode.Uri.joinPath(folder, "rapport.md");
    await vscode.workspace.fs.writeFile(draftUri, new TextEncoder().encode(DRAFT));
    const doc = await vscode.workspace.openTextDocument(draftUri);
    await vscode.window.showTextDocument(doc);
    const conflict = await new Promise<vscode.Diagnostic>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no PDF conflict: ${JSON.stringify(vscode.languages.getDiagnostics(draftUri).map((d) => d.message))}`)),
        45000,
      );
      const probe = () => {
        const found = vscode.languages
          .getDiagnostics(draftUri)
          .find((d) => d.code === "figure-conflict" && /rapport\.pdf, p\. 2/.test(d.message));
        if (!found) return;
        clearTimeout(timer);
        subscription.dispose();
        resolve(found);
      };
      const subscription = vscode.languages.onDidChangeDiagnostics(probe);
      probe();
    });
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>("vscode.executeHoverProvider", draftUri, conflict.range.start);
    const hover = hovers.flatMap((h) => h.contents.map((c) => (typeof c === "string" ? c : c.value))).join("\n");
    const link = /\]\((attest-source:[^)]+)\)/.exec(hover)?.[1];
    assert.ok(link, hover);
    const source = await vscode.workspace.openTextDocument(vscode.Uri.parse(link));
    const line = Number(/#L(\d+)$/.exec(link)![1]);
    assert.match(source.lineAt(line - 1).text, /412 millions d’euros en 2025/);
    assert.match(source.getText(), /──── p\. 2 ────/);
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes("attest.openOriginalSource"));
  });
});
