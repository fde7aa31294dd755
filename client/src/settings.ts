// Reads the `attest.*` settings from VS Code and the workspace's project file (.attest/config.json),
// validated with the shared schema: what the writer set in VS Code wins, the project file fills the
// rest. Problems go to the output channel (the server reports them to the user, once).
import * as path from "node:path";
import * as vscode from "vscode";
import { PROJECT_CONFIG_FILE, readProjectConfig, settingsWithProblems, type ProjectConfig } from "#shared/projectConfig";
import { settingKeys, type AttestSettings } from "#shared/settings";
import { locale } from "./i18n";

export function readSettings(output: vscode.LogOutputChannel): AttestSettings {
  const explicit = explicitSettings(vscode.workspace.workspaceFolders?.[0]?.uri);
  // Worded in VS Code's display language, as everything the extension shows.
  const { settings, problems } = settingsWithProblems(workspaceProjectConfig(), explicit, locale);
  for (const problem of problems) output.warn(problem);
  return settings;
}

/**
 * Only the `attest.*` values the writer set (user, workspace or folder settings), not VS Code's
 * defaults: a default must not hide the project file's value. Also what the server is sent when it
 * asks for its settings (attestClient.ts).
 */
export function explicitSettings(scope: vscode.Uri | undefined): Record<string, unknown> {
  // `attest.corpus.paths` is resource-scoped: read it for the first workspace folder (null: any resource).
  const config = vscode.workspace.getConfiguration("attest", scope ?? null);
  const explicit: Record<string, unknown> = {};
  for (const key of settingKeys) {
    const seen = config.inspect(key);
    const value = seen?.workspaceFolderValue ?? seen?.workspaceValue ?? seen?.globalValue;
    if (value !== undefined) explicit[key] = value;
  }
  return explicit;
}

/** The project file of the first workspace folder that has one. */
function workspaceProjectConfig(): ProjectConfig | undefined {
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    if (folder.uri.scheme !== "file") continue;
    const config = readProjectConfig(path.join(folder.uri.fsPath, PROJECT_CONFIG_FILE));
    if (config) return config;
  }
  return undefined;
}
