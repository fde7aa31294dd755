import assert from "node:assert/strict";
import * as vscode from "vscode";

// A writer's false alarms and report in a real extension host: turning Attest off for one draft,
// adding an unknown name to the project file, ignoring a claim in the workspace and taking the
// ignore back from the Ignored Claims view, and exporting the report. Runs after extension.test.js
// (the server is up, the bundled corpus indexed). Waits are on diagnostics events, with a deadline.

const DEADLINE_MS = 45000;
const CONFLICT_LINE = "Microsoft détient 39 % de la filiale commerciale d'OpenAI.";

function attestDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === "attest");
}

function diagnosticsWhere(what: string, uri: vscode.Uri, predicate: (ds: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const current = attestDiagnostics(uri);
      if (!predicate(current)) return false;
      subscription.dispose();
      clearTimeout(timer);
      resolve(current);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics(check);
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(
        new Error(
          `timed out waiting for ${what}; last seen: ${JSON.stringify(attestDiagnostics(uri).map((d) => `${d.code} ${d.message}`))}`,
        ),
      );
    }, DEADLINE_MS);
    check();
  });
}

const hasConflict = (ds: vscode.Diagnostic[]) => ds.some((d) => d.code === "figure-conflict");

async function quickFixes(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  return vscode.commands.executeCommand<vscode.CodeAction[]>(
    "vscode.executeCodeActionProvider",
    uri,
    range,
    vscode.CodeActionKind.QuickFix.value,
  );
}

async function runAction(action: vscode.CodeAction | undefined): Promise<void> {
  assert.ok(action?.command, "the code action runs a command");
  await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

suite("A writer's day: false alarms and the report", () => {
  let root: vscode.Uri;
  let folder: vscode.Uri;
  const text = new TextEncoder();

  const openDraft = async (name: string, content: string) => {
    const uri = vscode.Uri.joinPath(folder, name);
    await vscode.workspace.fs.writeFile(uri, text.encode(content));
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    return doc;
  };

  suiteSetup(() => {
    const workspace = vscode.workspace.workspaceFolders?.[0];
    assert.ok(workspace, "the tests need a workspace folder");
    root = workspace.uri;
    folder = vscode.Uri.joinPath(root, "writers-day");
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand("workbench.action.closeAllEditors");
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false }).then(undefined, () => undefined);
    await vscode.workspace.fs
      .delete(vscode.Uri.joinPath(root, ".attest"), { recursive: true, useTrash: false })
      .then(undefined, () => undefined);
  });

  test('"Disable for This File" silences a draft, "Enable for This File" brings it back', async () => {
    const doc = await openDraft("disable.md", `# Brouillon\n\n${CONFLICT_LINE}\n`);
    await diagnosticsWhere("the conflict", doc.uri, hasConflict);
    const silent = diagnosticsWhere("no diagnostics once disabled", doc.uri, (ds) => ds.length === 0);
    assert.ok(await vscode.commands.executeCommand("attest.disableForFile"));
    assert.match(doc.getText(), /^---\nattest: false\n---\n/);
    await silent;
    const back = diagnosticsWhere("the conflict again", doc.uri, hasConflict);
    assert.ok(await vscode.commands.executeCommand("attest.enableForFile"));
    assert.ok(doc.getText().startsWith("# Brouillon"));
    await back;
  });

  test('"Add to names" writes the name to .attest/config.json and the name is no longer flagged', async () => {
    const doc = await openDraft("names.md", "# Note\n\nZorblax a racheté Microsoft en 2024.\n");
    const [unknown] = await diagnosticsWhere("the unknown name", doc.uri, (ds) => ds.some((d) => /Zorblax/.test(d.message)));
    const actions = await quickFixes(doc.uri, unknown!.range);
    await runAction(actions.find((a) => /Zorblax/.test(a.title) && /names|noms/.test(a.title)));
    await diagnosticsWhere("Zorblax no longer unknown", doc.uri, (ds) => !ds.some((d) => /Zorblax/.test(d.message)));
    const config = JSON.parse(
      new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(root, ".attest", "config.json"))),
    );
    assert.deepEqual(config.names, ["Zorblax"]);
  });

  test("an ignore in the workspace shows in the Ignored Claims view, and Stop ignoring undoes it", async () => {
    const doc = await openDraft("ignore.md", `# Brouillon\n\n${CONFLICT_LINE}\n`);
    const [conflict] = await diagnosticsWhere("the conflict", doc.uri, hasConflict);
    const actions = await quickFixes(doc.uri, conflict!.range);
    const gone = diagnosticsWhere("the conflict ignored", doc.uri, (ds) => !hasConflict(ds));
    await runAction(actions.find((a) => /workspace|espace de travail/.test(a.title)));
    await gone;
    type Listed = { kind: string; entry?: { claim: string; file?: string } };
    const listed = await vscode.commands.executeCommand<Listed[]>("attest.refreshIgnoredClaims");
    const item = listed.find((c) => c.kind === "workspace" && c.entry?.claim === "39 %" && c.entry.file === "writers-day/ignore.md");
    assert.ok(item, JSON.stringify(listed));
    const back = diagnosticsWhere("the conflict back after Stop ignoring", doc.uri, hasConflict);
    await vscode.commands.executeCommand("attest.ignored.stopIgnoring", item);
    await back;
    const after = await vscode.commands.executeCommand<Listed[]>("attest.refreshIgnoredClaims");
    assert.ok(!after.some((c) => c.entry?.file === "writers-day/ignore.md"), JSON.stringify(after));
  });

  test("the report exports as a self-contained HTML page and as Markdown", async () => {
    const doc = await openDraft("report.md", `# Brouillon\n\n${CONFLICT_LINE}\n`);
    await diagnosticsWhere("the conflict", doc.uri, hasConflict);
    await vscode.commands.executeCommand("attest.factCheckDocument");
    const htmlFile = vscode.Uri.joinPath(folder, "report.html");
    const written = await vscode.commands.executeCommand<vscode.Uri>("attest.exportReport", "html", htmlFile);
    assert.equal(written?.toString(), htmlFile.toString());
    const html = new TextDecoder().decode(await vscode.workspace.fs.readFile(htmlFile));
    assert.ok(!/<script\b/.test(html), "no script in the exported page");
    assert.match(html, /<mark>39 %<\/mark>/);
    assert.match(html, /id="show-conflict" checked/);
    const mdFile = vscode.Uri.joinPath(folder, "report.attest.md");
    await vscode.commands.executeCommand("attest.exportReport", "markdown", mdFile);
    const md = new TextDecoder().decode(await vscode.workspace.fs.readFile(mdFile));
    assert.match(md, /\*\*39 %\*\*/);
  });

  test("the walkthrough's sources step writes corpus.paths to the project file, and the server uses it", async () => {
    const extension = vscode.extensions.getExtension("attest.attest");
    const steps = (extension?.packageJSON.contributes.walkthroughs[0].steps as Array<{ id: string }>).map((s) => s.id);
    assert.deepEqual(steps, ["sources", "conflict", "fix", "report"]);
    const sources = vscode.Uri.joinPath(folder, "sources");
    await vscode.workspace.fs.writeFile(
      vscode.Uri.joinPath(sources, "acme.txt"),
      text.encode(
        "Bilan annuel du fabricant Acme\n\nLe fabricant lyonnais Acme a vendu 12 000 vélos électriques en 2024, selon son rapport annuel.\n",
      ),
    );
    const doc = await openDraft("acme.md", "# Acme\n\nAcme a vendu 15 000 vélos électriques en 2024.\n");
    await diagnosticsWhere("Acme checked against the bundled corpus", doc.uri, (ds) => ds.length > 0 && !hasConflict(ds));
    const flagged = diagnosticsWhere("a conflict from the chosen sources", doc.uri, hasConflict);
    await vscode.commands.executeCommand("attest.chooseCorpusFolder", sources);
    const config = JSON.parse(
      new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(root, ".attest", "config.json"))),
    );
    assert.deepEqual(config.corpus, { paths: ["writers-day/sources"] });
    assert.deepEqual(config.names, ["Zorblax"], "the rest of the project file stays");
    const [conflict] = (await flagged).filter((d) => d.code === "figure-conflict");
    assert.match(conflict!.message, /12 000/);

    // The workspace check is told about drafts only: the source article is never sent (the server would skip it).
    const report = await vscode.commands.executeCommand<{ checked: number; skipped: number }>("attest.factCheckWorkspace");
    assert.equal(report?.skipped, 0, JSON.stringify(report));
    assert.ok((report?.checked ?? 0) >= 1, JSON.stringify(report));
  });
});
