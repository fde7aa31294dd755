// The drafts of the workspace for "Fact-check Workspace" and the Ignored Claims view: files of the
// checked languages that match `attest.drafts` (when set), minus the usual vendored folders,
// `attest.exclude` and every file under a corpus root (sources are not drafts), so the count the
// writer is told is the count that gets checked. The server skips the same files again.
import * as path from "node:path";
import * as vscode from "vscode";
import { isDraftPath } from "#shared/draftGlobs";
import type { WorkspaceDraft } from "#shared/protocol";
import type { AttestSettings } from "#shared/settings";

const extensionsByLanguage = new Map<string, string[]>([
  ["markdown", ["md", "markdown"]],
  ["plaintext", ["txt"]],
]);

export async function findWorkspaceDrafts(settings: AttestSettings, corpusRoots: readonly string[] = []): Promise<WorkspaceDraft[]> {
  const byExtension = new Map<string, string>();
  for (const language of settings.languages) {
    for (const ext of extensionsByLanguage.get(language) ?? []) byExtension.set(ext, language);
  }
  if (byExtension.size === 0 || !vscode.workspace.workspaceFolders?.length) return [];
  const include = `**/*.{${[...byExtension.keys()].join(",")}}`;
  const exclude = `{**/node_modules/**,**/.git/**,**/.attest/**${settings.exclude.map((g) => `,${g}`).join("")}}`;
  const files = await vscode.workspace.findFiles(include, exclude);
  return files
    .filter((uri) => !corpusRoots.some((root) => isInside(uri.fsPath, root)))
    .filter((uri) => {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      const relative = folder ? path.relative(folder.uri.fsPath, uri.fsPath).split(path.sep).join("/") : undefined;
      return isDraftPath(relative, settings.drafts);
    })
    .map((uri) => ({
      uri: uri.toString(),
      languageId: byExtension.get(uri.path.split(".").pop()?.toLowerCase() ?? "") ?? "plaintext",
    }));
}

function isInside(file: string, root: string): boolean {
  const relative = path.relative(root, file);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}
