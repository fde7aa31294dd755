// Choosing the sources folder (walkthrough, first-run offer): written to the project file
// `.attest/config.json` as `corpus.paths`, relative to the workspace folder, so the CLI and every
// editor use it too; to the workspace settings instead when those already set the corpus (they
// would win over the file).
import * as fs from "node:fs/promises";
import * as path from "node:path";
import * as vscode from "vscode";
import { PROJECT_CONFIG_FILE } from "#shared/projectConfig";
import { explicitSettings } from "./settings";
import { t } from "./i18n";

/** Asks for a folder (unless given) and makes it the corpus; resolves to the folder, or undefined when cancelled. */
export async function chooseCorpusFolder(given?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const folder =
    given ??
    (
      await vscode.window.showOpenDialog({
        canSelectFolders: true,
        canSelectFiles: false,
        canSelectMany: false,
        openLabel: t("client.useAsSources"),
        title: t("client.chooseSourcesTitle"),
        defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
      })
    )?.[0];
  if (!folder) return undefined;
  const workspace = vscode.workspace.getWorkspaceFolder(folder) ?? vscode.workspace.workspaceFolders?.[0];
  if (!workspace) {
    await vscode.workspace.getConfiguration("attest").update("corpus.paths", [folder.fsPath], vscode.ConfigurationTarget.Global);
    return folder;
  }
  const relative = path.relative(workspace.uri.fsPath, folder.fsPath).split(path.sep).join("/");
  const value = relative && !relative.startsWith("..") ? relative : folder.fsPath;
  if (explicitSettings(workspace.uri)["corpus.paths"] !== undefined) {
    await vscode.workspace
      .getConfiguration("attest", workspace.uri)
      .update("corpus.paths", [value], vscode.ConfigurationTarget.WorkspaceFolder);
  } else {
    await writeCorpusPaths(path.join(workspace.uri.fsPath, PROJECT_CONFIG_FILE), [value || "."]);
  }
  void vscode.window.showInformationMessage(t("client.checkingAgainst", { sources: value || workspace.name }));
  return folder;
}

async function writeCorpusPaths(file: string, paths: string[]): Promise<void> {
  let current: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(await fs.readFile(file, "utf8"));
    if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)) current = parsed as Record<string, unknown>;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") {
      throw new Error(t("client.invalidProjectFile", { file: PROJECT_CONFIG_FILE }), { cause: error });
    }
  }
  const corpus = typeof current.corpus === "object" && current.corpus !== null ? (current.corpus as Record<string, unknown>) : {};
  const next = { ...current, corpus: { ...corpus, paths } };
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, `${JSON.stringify(next, null, 2)}\n`, "utf8");
}
