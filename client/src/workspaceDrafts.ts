// The drafts of the workspace for "Fact-check Workspace": files of the checked languages, minus the
// usual vendored folders and `attest.exclude`. The server also skips corpus files.
import * as vscode from "vscode";
import type { WorkspaceDraft } from "#shared/protocol";
import type { AttestSettings } from "#shared/settings";

const extensionsByLanguage: Record<string, string[]> = {
  markdown: ["md", "markdown"],
  plaintext: ["txt"],
};

export async function findWorkspaceDrafts(settings: AttestSettings): Promise<WorkspaceDraft[]> {
  const byExtension = new Map<string, string>();
  for (const language of settings.languages) {
    for (const ext of extensionsByLanguage[language] ?? []) byExtension.set(ext, language);
  }
  if (byExtension.size === 0 || !vscode.workspace.workspaceFolders?.length) return [];
  const include = `**/*.{${[...byExtension.keys()].join(",")}}`;
  const exclude = `{**/node_modules/**,**/.git/**${settings.exclude.map((g) => `,${g}`).join("")}}`;
  const files = await vscode.workspace.findFiles(include, exclude);
  return files.map((uri) => ({
    uri: uri.toString(),
    languageId: byExtension.get(uri.path.split(".").pop()?.toLowerCase() ?? "") ?? "plaintext",
  }));
}
