// Attest for VS Code: starts the language server and owns the commands, the status bar item and
// the report view. Checking itself happens in the server.
import * as vscode from "vscode";
import type { AttestSettings } from "#shared/settings";
import { AttestClient } from "./attestClient";
import { registerCommands } from "./commands";
import { setAttestForFile } from "./fileToggle";
import { IgnoredClaimsView, type IgnoredClaim } from "./ignoredClaims";
import { chooseCorpusFolder } from "./corpusFolder";
import { openSampleDraft } from "./sampleDraft";
import { SourcesOffer } from "./sourcesOffer";
import { readSettings } from "./settings";
import { registerSourceDocuments } from "./sourceDocuments";
import { AttestStatusBar } from "./statusBar";
import { errorReport } from "#shared/errorText";
import { locale, t } from "./i18n";

let attest: AttestClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel("Attest", { log: true });
  let settings: AttestSettings = readSettings(output);
  attest = new AttestClient(context, output);
  const statusBar = new AttestStatusBar();
  context.subscriptions.push(output, attest, statusBar);
  context.subscriptions.push(
    attest.onCorpusStatus((status) => statusBar.setCorpus(status)),
    attest.onDocumentCounts((counts) => statusBar.setCounts(counts)),
  );
  registerCommands(context, attest, () => settings);
  registerSourceDocuments(context, attest);
  const ignored = new IgnoredClaimsView(
    () => settings,
    () => attest?.lastCorpusStatus?.roots ?? [],
  );
  const ignoredView = vscode.window.createTreeView("attest.ignoredClaims", { treeDataProvider: ignored });
  context.subscriptions.push(
    ignored,
    ignoredView,
    // File watchers can be late or miss an event (remote and loaded machines): a re-check of a draft,
    // which follows every ignore the server writes, and showing the view both refresh the list too.
    attest.onDocumentCounts(() => {
      if (ignoredView.visible) ignored.refreshSoon();
    }),
    ignoredView.onDidChangeVisibility((e) => {
      if (e.visible) ignored.refreshSoon();
    }),
    vscode.commands.registerCommand("attest.refreshIgnoredClaims", () => ignored.refresh()),
    vscode.commands.registerCommand("attest.ignored.goTo", (claim: IgnoredClaim) => ignored.goTo(claim)),
    vscode.commands.registerCommand("attest.ignored.stopIgnoring", (claim: IgnoredClaim) => ignored.stopIgnoring(claim)),
    vscode.commands.registerCommand("attest.disableForFile", () => setAttestForFile(true)),
    vscode.commands.registerCommand("attest.enableForFile", () => setAttestForFile(false)),
  );
  void ignored.refresh();
  const offer = new SourcesOffer(context, attest, () => settings);
  context.subscriptions.push(
    vscode.commands.registerCommand("attest.chooseCorpusFolder", (folder?: unknown) =>
      chooseCorpusFolder(folder instanceof vscode.Uri ? folder : undefined),
    ),
    vscode.commands.registerCommand("attest.openSampleDraft", () => openSampleDraft()),
    attest.onDocumentCounts((counts) => void offer.onCounts(counts)),
  );

  const restart = async (why: string) => {
    output.info(t("client.restarting", { reason: why }));
    try {
      await attest?.restart(settings);
    } catch (error) {
      void vscode.window.showErrorMessage(t("client.error", { message: (error as Error).message }));
    }
  };
  const reread = () => {
    const previous = settings.languages.join(",");
    settings = readSettings(output);
    // The document selector is fixed when the client starts: a new language list needs a restart.
    if (settings.languages.join(",") !== previous) void restart(t("client.languagesChanged"));
  };
  // The server watches the project file itself; the client needs it for languages and drafts.
  const projectFiles = vscode.workspace.createFileSystemWatcher("**/.attest/config.json");
  context.subscriptions.push(
    projectFiles,
    projectFiles.onDidChange(reread),
    projectFiles.onDidCreate(reread),
    projectFiles.onDidDelete(reread),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration("attest")) reread();
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void restart(t("client.workspaceTrusted"))),
  );

  setTimeout(() => void offer.checkWorkspace(), 3000);
  try {
    await attest.start(settings);
  } catch (error) {
    output.error(t("client.cannotStart", { detail: errorReport(error, locale) }));
    void vscode.window.showErrorMessage(t("client.error", { message: (error as Error).message }));
  }
}

export async function deactivate(): Promise<void> {
  await attest?.stop();
}
