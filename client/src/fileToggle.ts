// "Attest: Disable for This File" / "Enable for This File": writes or removes `attest: false` in
// the draft's front matter, an ordinary edit the writer can undo and that the CLI reads as well.
import * as vscode from "vscode";
import { attestFrontMatterEdit } from "#shared/frontMatterEdit";
import { t } from "./i18n";

export async function setAttestForFile(disable: boolean): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(t("client.openDraft"));
    return false;
  }
  const doc = editor.document;
  const change = attestFrontMatterEdit(doc.getText(), disable);
  if (!change) return false;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(doc.positionAt(change.start), doc.positionAt(change.end)), change.newText);
  return vscode.workspace.applyEdit(edit);
}
