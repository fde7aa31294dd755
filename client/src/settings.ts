// Reads the `attest.*` settings from VS Code and validates them with the shared schema; problems go
// to the output channel (the server also reports them to the user, once).
import * as vscode from "vscode";
import { formatSettingProblem, parseSettings, settingKeys, type AttestSettings } from "#shared/settings";

export function readSettings(output: vscode.LogOutputChannel): AttestSettings {
  // `attest.corpus.paths` is resource-scoped: read it for the first workspace folder (null: any resource).
  const config = vscode.workspace.getConfiguration("attest", vscode.workspace.workspaceFolders?.[0]?.uri ?? null);
  const raw = Object.fromEntries(settingKeys.map((key) => [key, config.get(key)]));
  const { settings, problems } = parseSettings(raw);
  for (const problem of problems) output.warn(formatSettingProblem(problem));
  return settings;
}
