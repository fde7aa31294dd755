import assert from "node:assert/strict";
import * as vscode from "vscode";

// The extension in a real extension host, through the vscode API only: activation, commands,
// diagnostics, hover, quick fix, report. Waits on events (onDidChangeDiagnostics), no sleeps.

const WRONG = "Microsoft détient 39 % de la filiale commerciale d'OpenAI.";
const DRAFT = `# Brouillon\n\n${WRONG}\n\nTesla a livré 2 millions de voitures en 2023.\n`;

function attestDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === "attest");
}

/** Resolves with the document's Attest diagnostics once they satisfy `predicate`. */
function diagnosticsWhere(uri: vscode.Uri, predicate: (ds: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve) => {
    const check = () => {
      const current = attestDiagnostics(uri);
      if (!predicate(current)) return false;
      subscription.dispose();
      resolve(current);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    check();
  });
}

const conflictIn = (doc: vscode.TextDocument) => (ds: vscode.Diagnostic[]) =>
  ds.find((d) => d.code === "figure-conflict" && doc.getText(d.range) === "39 %");

suite("Attest extension", () => {
  let doc: vscode.TextDocument;
  let conflict: vscode.Diagnostic;

  suiteSetup(async () => {
    doc = await vscode.workspace.openTextDocument({ language: "markdown", content: DRAFT });
    await vscode.window.showTextDocument(doc);
  });

  test("activates on a Markdown document", async () => {
    const extension = vscode.extensions.getExtension("attest.attest");
    assert.ok(extension, "the extension is installed");
    await extension.activate();
    assert.ok(extension.isActive);
  });

  test("contributes its commands", async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ["attest.factCheckDocument", "attest.factCheckWorkspace", "attest.reloadCorpus", "attest.openCorpusFolder"]) {
      assert.ok(commands.includes(id), id);
    }
  });

  test("flags the wrong figure with a warning pointing at the source", async () => {
    const diagnostics = await diagnosticsWhere(doc.uri, (ds) => conflictIn(doc)(ds) !== undefined);
    conflict = conflictIn(doc)(diagnostics)!;
    assert.equal(conflict.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(conflict.message, /49 %/);
    assert.ok(conflict.relatedInformation?.some((r) => r.location.uri.path.endsWith("/002_2279de170b058ca1.txt")));
    assert.ok(diagnostics.some((d) => d.severity === vscode.DiagnosticSeverity.Information), "the unsourced claim is reported");
  });

  test("hovers the claim with the quote and a link to the source line", async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>("vscode.executeHoverProvider", doc.uri, conflict.range.start);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === "string" ? c : c.value))).join("\n");
    assert.match(text, /002_2279de170b058ca1\.txt/);
    assert.match(text, /#L\d+\)/);
  });

  test("fixes the figure with the preferred quick fix", async () => {
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      "vscode.executeCodeActionProvider",
      doc.uri,
      conflict.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const fix = actions.find((a) => a.isPreferred);
    assert.ok(fix?.edit, JSON.stringify(actions.map((a) => a.title)));
    assert.ok(actions.some((a) => /Show sources|Afficher les sources/.test(a.title)));
    const gone = diagnosticsWhere(doc.uri, (ds) => conflictIn(doc)(ds) === undefined);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.ok(doc.getText().includes("Microsoft détient 49 %"));
    await gone;
  });

  test("Fact-check Document returns the report (and shows it)", async () => {
    const report = await vscode.commands.executeCommand<{ counts: { conflict: number; supported: number } }>(
      "attest.factCheckDocument",
    );
    assert.ok(report);
    assert.equal(report.counts.conflict, 0);
    assert.ok(report.counts.supported >= 1);
  });

  test("Reload Corpus re-indexes the bundled corpus", async () => {
    const status = await vscode.commands.executeCommand<{ documents: number; state: string }>("attest.reloadCorpus");
    assert.equal(status?.state, "ready");
    assert.equal(status?.documents, 3);
  });

  test("Fact-check Workspace checks the drafts of the workspace folder", async function () {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) this.skip();
    const uri = vscode.Uri.joinPath(folder!.uri, "attest-workspace-check.md");
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`${WRONG}\n`));
    try {
      const flagged = diagnosticsWhere(uri, (ds) => ds.some((d) => d.code === "figure-conflict"));
      const report = await vscode.commands.executeCommand<{ checked: number }>("attest.factCheckWorkspace");
      assert.ok((report?.checked ?? 0) >= 1);
      await flagged;
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
  });
});
