// The palette commands. Each returns its result (report, summary, status) so tests and other
// extensions can use them through vscode.commands.executeCommand.
import * as path from "node:path";
import * as vscode from "vscode";
import {
  FactCheckDocumentRequest,
  FactCheckWorkspaceRequest,
  ReloadCorpusRequest,
  type CorpusStatus,
  type DocumentReport,
  type WorkspaceReport,
} from "#shared/protocol";
import type { AttestSettings } from "#shared/settings";
import type { AttestClient } from "./attestClient";
import { ReportPanel, type ExportFormat } from "./report/reportPanel";
import { findWorkspaceDrafts } from "./workspaceDrafts";
import { t } from "./i18n";

export function registerCommands(context: vscode.ExtensionContext, attest: AttestClient, settings: () => AttestSettings): void {
  const register = (id: string, run: () => Promise<unknown>) =>
    context.subscriptions.push(
      vscode.commands.registerCommand(id, async () => {
        try {
          return await run();
        } catch (error) {
          void vscode.window.showErrorMessage(t("client.error", { message: (error as Error).message }));
          return undefined;
        }
      }),
    );

  register("attest.factCheckDocument", async (): Promise<DocumentReport | undefined> => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      void vscode.window.showInformationMessage(t("client.openDraft"));
      return undefined;
    }
    const report = await attest.languageClient.sendRequest(FactCheckDocumentRequest, {
      uri: editor.document.uri.toString(),
    });
    if (!report) {
      void vscode.window.showInformationMessage(t("client.cannotCheck"));
      return undefined;
    }
    ReportPanel.show(report, editor.document.uri, attest);
    return report;
  });

  register("attest.factCheckWorkspace", async (): Promise<WorkspaceReport | undefined> => {
    const drafts = await findWorkspaceDrafts(settings(), attest.lastCorpusStatus?.roots ?? []);
    if (drafts.length === 0) {
      void vscode.window.showInformationMessage(t("client.noDraft"));
      return undefined;
    }
    // One notification while it runs; it closes when the check is done and the summary replaces it.
    const report = await vscode.window.withProgress(
      {
        location: vscode.ProgressLocation.Notification,
        title: t("client.checkingDrafts", { drafts: t("count.drafts", { count: drafts.length }) }),
      },
      () => attest.languageClient.sendRequest(FactCheckWorkspaceRequest, { drafts }),
    );
    void vscode.commands.executeCommand("workbench.actions.view.problems");
    void vscode.window.showInformationMessage(
      t("client.workspaceChecked", {
        drafts: t("count.draftsChecked", { count: report.checked }),
        conflicts: t("count.conflicts", { count: report.counts.conflict }),
        unsupported: t("count.unsupported", { count: report.counts.unsupported }),
        supported: t("count.supported", { count: report.counts.supported }),
      }),
    );
    for (const failure of report.failures) {
      void vscode.window.showWarningMessage(t("client.couldNotCheck", { uri: failure.uri, reason: failure.reason }));
    }
    return report;
  });

  context.subscriptions.push(
    vscode.commands.registerCommand("attest.exportReport", async (format?: unknown, target?: unknown) => {
      const panel = ReportPanel.current;
      if (!panel) {
        void vscode.window.showInformationMessage(t("client.checkBeforeExport"));
        return undefined;
      }
      const chosen: ExportFormat | undefined =
        format === "html" || format === "markdown"
          ? format
          : (
              await vscode.window.showQuickPick(
                [
                  { label: "HTML", format: "html" as const },
                  { label: "Markdown", format: "markdown" as const },
                ],
                { placeHolder: t("client.exportAs") },
              )
            )?.format;
      if (!chosen) return undefined;
      return panel.export(chosen, target instanceof vscode.Uri ? target : undefined);
    }),
  );

  register("attest.reloadCorpus", async (): Promise<CorpusStatus> => {
    const status = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: t("client.reloadingCorpus") }, () =>
      attest.languageClient.sendRequest(ReloadCorpusRequest),
    );
    void vscode.window.showInformationMessage(
      t("client.corpusReloaded", {
        documents: t("count.documents", { count: status.documents }),
        sentences: t("count.sentences", { count: status.sentences }),
      }),
    );
    return status;
  });

  register("attest.openCorpusFolder", async (): Promise<vscode.Uri | undefined> => {
    const roots = attest.lastCorpusStatus?.roots ?? [];
    const root = roots.length > 1 ? await vscode.window.showQuickPick(roots, { placeHolder: t("client.whichCorpusFolder") }) : roots[0];
    if (!root) {
      if (roots.length === 0) void vscode.window.showInformationMessage(t("client.noCorpusFolder"));
      return undefined;
    }
    const uri = vscode.Uri.file(root);
    if (vscode.workspace.getWorkspaceFolder(uri)) {
      await vscode.commands.executeCommand("revealInExplorer", uri);
    } else {
      // Outside the workspace (e.g. the bundled corpus): open it in its own window.
      const folder = path.extname(root) ? vscode.Uri.file(path.dirname(root)) : uri;
      await vscode.commands.executeCommand("vscode.openFolder", folder, { forceNewWindow: true });
    }
    return uri;
  });
}
