import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as vscode from "vscode";

// The extension in a real extension host, through the vscode API only: activation on a Markdown
// draft, diagnostics, hover, quick fix, report, corpus settings and corpus files edited on disk.
// Run by `npm run test:vscode` (desktop VS Code, @vscode/test-electron) and by tier 1 of
// `npm run test:e2e` (the VS Code server bundled in code-server). Either opens an empty workspace
// folder; the suite writes its drafts and its second corpus there. Waits are on events
// (onDidChangeDiagnostics, onDidChangeTabs), each with a deadline that fails with what it saw.

const EXTENSION_ID = "attest.attest";
const SOURCE_DOC = "002_2279de170b058ca1.txt";
const FR_DRAFT = [
  "# Brouillon",
  "",
  "Microsoft détient 39 % de la filiale commerciale d'OpenAI.",
  "",
  "Microsoft détient 49 % de la filiale commerciale d'OpenAI.",
  "",
  "Tesla a livré 2 millions de voitures en 2023.",
  "",
].join("\n");
const EN_DRAFT = "# Draft\n\nOpenAI proposes cutting Microsoft's stake to 20%.\n";
const ACME_DRAFT = "# Acme\n\nAcme a vendu 15 000 vélos électriques en 2024.\n";
const ACME_SOURCE = (sold: string) =>
  `Bilan annuel du fabricant Acme\n\nLe fabricant lyonnais Acme a vendu ${sold} vélos électriques en 2024, selon son rapport annuel.\n`;
const LINE = { wrong: 2, right: 4, tesla: 6 };
const DEADLINE_MS = 45000;

/** Resolves with `probe()`'s first defined value, probing now and on each `event`; rejects at the deadline. */
function when<T>(what: string, event: vscode.Event<unknown>, probe: () => T | undefined, seen: () => unknown): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const finish = (settle: () => void) => {
      subscription.dispose();
      clearTimeout(timer);
      settle();
    };
    const timer = setTimeout(
      () => finish(() => reject(new Error(`timed out waiting for ${what}; last seen: ${JSON.stringify(seen())}`))),
      DEADLINE_MS,
    );
    const check = () => {
      try {
        const value = probe();
        if (value !== undefined) finish(() => resolve(value));
      } catch (error) {
        finish(() => reject(error));
      }
    };
    const subscription = event(check);
    check();
  });
}

function attestDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === "attest");
}

function describe(uri: vscode.Uri) {
  return () => attestDiagnostics(uri).map((d) => `${d.range.start.line}:${d.range.start.character} ${d.code} ${d.message}`);
}

/** The document's Attest diagnostics, once they satisfy `predicate` (VS Code publishes them per document, whole). */
function diagnosticsWhere(what: string, uri: vscode.Uri, predicate: (ds: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  return when(
    what,
    vscode.languages.onDidChangeDiagnostics,
    () => {
      const current = attestDiagnostics(uri);
      return predicate(current) ? current : undefined;
    },
    describe(uri),
  );
}

const figureConflict = (doc: vscode.TextDocument, figure: string) => (ds: vscode.Diagnostic[]) =>
  ds.find((d) => d.code === "figure-conflict" && doc.getText(d.range) === figure);

async function hoverText(doc: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>("vscode.executeHoverProvider", doc.uri, position);
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === "string" ? c : c.value))).join("\n");
}

async function quickFixes(doc: vscode.TextDocument, range: vscode.Range): Promise<vscode.CodeAction[]> {
  return vscode.commands.executeCommand<vscode.CodeAction[]>(
    "vscode.executeCodeActionProvider",
    doc.uri,
    range,
    vscode.CodeActionKind.QuickFix.value,
  );
}

function isReportTab(tab: vscode.Tab): boolean {
  return tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith("attest.report");
}

suite("Attest extension", () => {
  let folder: vscode.Uri;
  let frUri: vscode.Uri;
  let frDoc: vscode.TextDocument;
  let conflict: vscode.Diagnostic;
  const text = new TextEncoder();

  suiteSetup(async () => {
    const root = vscode.workspace.workspaceFolders?.[0];
    assert.ok(root, "the tests need a workspace folder (both runners open one)");
    folder = vscode.Uri.joinPath(root.uri, "attest-test");
    frUri = vscode.Uri.joinPath(folder, "brouillon.md");
    await vscode.workspace.fs.writeFile(frUri, text.encode(FR_DRAFT));
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, "draft.md"), text.encode(EN_DRAFT));
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand("workbench.action.closeAllEditors");
    await vscode.workspace.getConfiguration("attest").update("corpus.paths", undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
  });

  test("activates on a Markdown draft and flags it", async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    frDoc = await vscode.workspace.openTextDocument(frUri);
    assert.equal(frDoc.languageId, "markdown");
    await vscode.window.showTextDocument(frDoc);
    // Diagnostics only come from a started language server: the activation event did its job.
    await diagnosticsWhere("the first Attest diagnostics", frUri, (ds) => ds.length > 0);
    assert.ok(extension.isActive, "activated by onLanguage:markdown");
  });

  test("contributes its commands", async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ["attest.factCheckDocument", "attest.factCheckWorkspace", "attest.reloadCorpus", "attest.openCorpusFolder"]) {
      assert.ok(commands.includes(id), id);
    }
  });

  test("a wrong figure is a warning pointing at the source", async () => {
    const ds = await diagnosticsWhere('a conflict on "39 %"', frUri, (d) => figureConflict(frDoc, "39 %")(d) !== undefined);
    conflict = figureConflict(frDoc, "39 %")(ds)!;
    assert.equal(conflict.range.start.line, LINE.wrong);
    assert.equal(conflict.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(conflict.message, /49 %/);
    assert.ok(
      conflict.relatedInformation?.some((r) => r.location.uri.path.endsWith(`/${SOURCE_DOC}`)),
      "related information: the source",
    );
  });

  test("an unsupported claim is information, a supported one has no diagnostic", () => {
    const ds = attestDiagnostics(frUri);
    const tesla = ds.filter((d) => d.range.start.line === LINE.tesla);
    assert.ok(tesla.length > 0, "the Tesla claim is reported");
    for (const d of tesla) {
      assert.equal(d.severity, vscode.DiagnosticSeverity.Information);
      assert.match(String(d.code), /-unsupported$/);
      // Named either way: the unknown name, or the figure no source gives for this fact.
      assert.match(d.message, /Tesla|2 millions|2023/);
    }
    assert.deepEqual(
      ds.filter((d) => d.range.start.line === LINE.right).map((d) => d.message),
      [],
      "nothing on the supported line",
    );
  });

  test("the hover quotes the source and links to its line", async () => {
    const hover = await hoverText(frDoc, conflict.range.start);
    assert.match(hover, /Microsoft détient déjà 49 %/, "the quote");
    assert.match(hover, new RegExp(`${SOURCE_DOC.replace(/\./g, "\\.")}#L\\d+\\)`), "a link to the source line");
    // Supported claims have no diagnostic, but their hover says so, with the quote.
    const supported = await hoverText(frDoc, new vscode.Position(LINE.right, frDoc.lineAt(LINE.right).text.indexOf("49 %") + 1));
    assert.match(supported, /Supported by the sources|Confirmé par les sources/);
    assert.match(supported, /Microsoft détient déjà 49 %/);
  });

  test("the preferred quick fix corrects the figure and the diagnostic goes", async () => {
    const actions = await quickFixes(frDoc, conflict.range);
    const fix = actions.find((a) => a.isPreferred);
    assert.ok(fix?.edit, JSON.stringify(actions.map((a) => a.title)));
    assert.match(fix.title, /49 %/);
    assert.ok(actions.some((a) => /Show sources|Afficher les sources/.test(a.title)));
    const gone = diagnosticsWhere("no conflict on line 3 after the fix", frUri, (ds) => !ds.some((d) => d.code === "figure-conflict"));
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(frDoc.lineAt(LINE.wrong).text, "Microsoft détient 49 % de la filiale commerciale d'OpenAI.");
    await gone;
    assert.ok(await frDoc.save());
  });

  test('"Attest: Fact-check Document" opens the report', async () => {
    await vscode.window.showTextDocument(frDoc);
    const opened = when(
      "the report tab",
      vscode.window.tabGroups.onDidChangeTabs,
      () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find(isReportTab),
      () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => t.label),
    );
    const report = await vscode.commands.executeCommand<{ counts: Record<string, number>; claims: unknown[] }>("attest.factCheckDocument");
    assert.ok(report, "the command returns the report");
    assert.equal(report.counts.conflict, 0);
    assert.ok(report.counts.supported >= 2, JSON.stringify(report.counts));
    assert.ok(report.counts.unsupported >= 1, JSON.stringify(report.counts));
    const tab = await opened;
    assert.match(tab.label, /brouillon\.md/);
  });

  test("an English draft: conflict on the figure, fix with the sourced one", async () => {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, "draft.md"));
    await vscode.window.showTextDocument(doc);
    const ds = await diagnosticsWhere('a conflict on "20%"', doc.uri, (d) => figureConflict(doc, "20%")(d) !== undefined);
    const wrong = figureConflict(doc, "20%")(ds)!;
    assert.equal(wrong.severity, vscode.DiagnosticSeverity.Warning);
    const fix = (await quickFixes(doc, wrong.range)).find((a) => a.isPreferred);
    assert.match(fix?.title ?? "(no preferred fix)", /33%/);
  });

  test("changing attest.corpus.paths re-indexes", async () => {
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, "sources", "acme.txt"), text.encode(ACME_SOURCE("12 000")));
    const acmeUri = vscode.Uri.joinPath(folder, "acme.md");
    await vscode.workspace.fs.writeFile(acmeUri, text.encode(ACME_DRAFT));
    const acme = await vscode.workspace.openTextDocument(acmeUri);
    await vscode.window.showTextDocument(acme);
    await diagnosticsWhere("Acme unsupported by the bundled corpus", acmeUri, (ds) =>
      ds.some((d) => d.code === "figure-unsupported" || d.code === "text-unsupported"),
    );

    const flagged = diagnosticsWhere(
      'a conflict on "15 000" from the new corpus',
      acmeUri,
      (ds) => figureConflict(acme, "15 000")(ds) !== undefined,
    );
    const bundledGone = diagnosticsWhere("the Microsoft claim unsupported without the bundled corpus", frUri, (ds) =>
      ds.some((d) => d.range.start.line === LINE.right && /-unsupported$/.test(String(d.code))),
    );
    await vscode.workspace.getConfiguration("attest").update("corpus.paths", ["attest-test/sources"], vscode.ConfigurationTarget.Workspace);
    const [ds] = await Promise.all([flagged, bundledGone]);
    assert.match(figureConflict(acme, "15 000")(ds)!.message, /12 000/);
  });

  test("a corpus file edited on disk is picked up", async () => {
    const acmeUri = vscode.Uri.joinPath(folder, "acme.md");
    const acme = await vscode.workspace.openTextDocument(acmeUri);
    const resolved = diagnosticsWhere(
      "no conflict once the source says 15 000",
      acmeUri,
      (ds) => figureConflict(acme, "15 000")(ds) === undefined,
    );
    // Written behind VS Code's back, as another program would: only the file watcher can tell the server.
    fs.writeFileSync(vscode.Uri.joinPath(folder, "sources", "acme.txt").fsPath, ACME_SOURCE("15 000"));
    await resolved;
    const hover = await hoverText(acme, new vscode.Position(2, acme.lineAt(2).text.indexOf("15 000") + 1));
    assert.match(hover, /Supported by the sources|Confirmé par les sources/);
    assert.match(hover, /vendu 15 000 vélos/);
  });

  test("Reload Corpus re-indexes the bundled corpus once the setting is cleared", async () => {
    const back = diagnosticsWhere("the Microsoft claim supported again", frUri, (ds) => !ds.some((d) => d.range.start.line === LINE.right));
    await vscode.workspace.getConfiguration("attest").update("corpus.paths", undefined, vscode.ConfigurationTarget.Workspace);
    await back;
    const status = await vscode.commands.executeCommand<{ documents: number; state: string; roots: string[] }>("attest.reloadCorpus");
    assert.equal(status?.state, "ready");
    assert.equal(status?.documents, 3);
    assert.ok(
      status.roots.every((r) => r.endsWith("corpus")),
      JSON.stringify(status.roots),
    );
  });

  test("Fact-check Workspace checks the drafts of the workspace folder", async () => {
    const uri = vscode.Uri.joinPath(folder, "closed.md");
    await vscode.workspace.fs.writeFile(uri, text.encode(`${FR_DRAFT.split("\n")[LINE.wrong]}\n`));
    const flagged = diagnosticsWhere("the closed draft flagged", uri, (ds) => ds.some((d) => d.code === "figure-conflict"));
    const report = await vscode.commands.executeCommand<{ checked: number; counts: Record<string, number> }>("attest.factCheckWorkspace");
    assert.ok((report?.checked ?? 0) >= 4, JSON.stringify(report));
    assert.ok((report?.counts.conflict ?? 0) >= 1, JSON.stringify(report));
    await flagged;
  });
});
