// The "Attest: Ignored Claims" view: every claim the writer chose to ignore, from the workspace
// list (.attest/ignore.json) and from inline markers in the drafts, with "Go to" and "Stop ignoring".
import * as path from "node:path";
import * as vscode from "vscode";
import { IGNORE_FILE, listInlineIgnores, readIgnoreFile, removeIgnoreEntry, type IgnoreEntry } from "#shared/ignoreList";
import type { AttestSettings } from "#shared/settings";
import { findWorkspaceDrafts } from "./workspaceDrafts";
import { errorText } from "#shared/errorText";
import { locale, t } from "./i18n";

export type IgnoredClaim =
  | { kind: "workspace"; folder: vscode.Uri; entry: IgnoreEntry }
  | { kind: "inline"; draft: vscode.Uri; range: vscode.Range; removal: vscode.Range; sentence: string };

/** Cheap test before parsing: both marker forms hold the keyword. */
const MAY_HOLD_MARKER = /attest-ignore/i;

export class IgnoredClaimsView implements vscode.TreeDataProvider<IgnoredClaim>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private claims: IgnoredClaim[] = [];
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly settings: () => AttestSettings,
    private readonly corpusRoots: () => readonly string[],
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher("**/.attest/ignore.json");
    this.subscriptions.push(
      watcher,
      watcher.onDidChange(() => this.refreshSoon()),
      watcher.onDidCreate(() => this.refreshSoon()),
      watcher.onDidDelete(() => this.refreshSoon()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (MAY_HOLD_MARKER.test(e.document.getText()) || this.hasInline(e.document.uri)) this.refreshSoon();
      }),
    );
  }

  /** Re-reads every ignore; resolves to the list shown (tests use it through attest.refreshIgnoredClaims). */
  async refresh(): Promise<IgnoredClaim[]> {
    const claims: IgnoredClaim[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      if (folder.uri.scheme !== "file") continue;
      const content = await readIgnoreFile(path.join(folder.uri.fsPath, IGNORE_FILE));
      for (const entry of content.entries) claims.push({ kind: "workspace", folder: folder.uri, entry });
    }
    for (const draft of await findWorkspaceDrafts(this.settings(), this.corpusRoots())) {
      const uri = vscode.Uri.parse(draft.uri);
      // Read, not opened: opening every draft would have the server check them all.
      const text = await draftText(uri);
      if (!text || !MAY_HOLD_MARKER.test(text)) continue;
      const lines = lineStarts(text);
      const range = (span: { start: number; end: number }) => new vscode.Range(positionAt(lines, span.start), positionAt(lines, span.end));
      for (const inline of listInlineIgnores(text)) {
        const sentence = inline.claim ? `${inline.claim} · ${inline.about}` : inline.about;
        claims.push({ kind: "inline", draft: uri, range: range(inline.marker), removal: range(inline.removal), sentence });
      }
    }
    this.claims = claims;
    this.changed.fire();
    return claims;
  }

  getChildren(element?: IgnoredClaim): IgnoredClaim[] {
    return element ? [] : this.claims;
  }

  getTreeItem(claim: IgnoredClaim): vscode.TreeItem {
    const label = claim.kind === "workspace" ? claim.entry.claim : claim.sentence;
    const item = new vscode.TreeItem(shorten(label, 80));
    item.contextValue = `attest.ignored.${claim.kind}`;
    if (claim.kind === "workspace") {
      item.description = claim.entry.file ?? t("client.everyDraft");
      item.tooltip = `${t("client.ignoredInWorkspace")}\n${claim.entry.sentence ?? claim.entry.claim}`;
      item.iconPath = new vscode.ThemeIcon("json");
    } else {
      item.description = `${vscode.workspace.asRelativePath(claim.draft)}:${claim.range.start.line + 1}`;
      item.tooltip = `${t("client.ignoredInline")}\n${claim.sentence}`;
      item.iconPath = new vscode.ThemeIcon("comment");
    }
    item.command = { command: "attest.ignored.goTo", title: t("client.goTo"), arguments: [claim] };
    return item;
  }

  async goTo(claim: IgnoredClaim): Promise<void> {
    if (claim.kind === "inline") {
      await vscode.window.showTextDocument(claim.draft, { selection: claim.range });
      return;
    }
    if (!claim.entry.file) return;
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(claim.folder, claim.entry.file));
    const at = doc.getText().indexOf(claim.entry.sentence ?? claim.entry.claim);
    const start = doc.positionAt(Math.max(0, at));
    await vscode.window.showTextDocument(doc, { selection: new vscode.Range(start, start) });
  }

  async stopIgnoring(claim: IgnoredClaim): Promise<void> {
    if (claim.kind === "workspace") {
      try {
        await removeIgnoreEntry(path.join(claim.folder.fsPath, IGNORE_FILE), claim.entry);
      } catch (error) {
        // A list that cannot be edited (not JSON, a link) says why, in the writer's language.
        void vscode.window.showErrorMessage(t("client.error", { message: errorText(error, locale) }));
        return;
      }
    } else {
      const doc = await vscode.workspace.openTextDocument(claim.draft);
      const wasDirty = doc.isDirty;
      const edit = new vscode.WorkspaceEdit();
      edit.delete(claim.draft, claim.removal);
      // Saved like the ignore list is, unless the writer had unsaved changes of their own there.
      if ((await vscode.workspace.applyEdit(edit)) && !wasDirty) await doc.save();
    }
    await this.refresh();
  }

  private hasInline(uri: vscode.Uri): boolean {
    return this.claims.some((c) => c.kind === "inline" && c.draft.toString() === uri.toString());
  }

  /** Re-reads the ignores after a short pause (bursts of changes cost one read). */
  refreshSoon(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), 300);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.changed.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}

async function draftText(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  try {
    return Buffer.from(await vscode.workspace.fs.readFile(uri)).toString("utf8");
  } catch {
    return undefined;
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

function positionAt(starts: number[], offset: number): vscode.Position {
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1]! <= offset) line++;
  return new vscode.Position(line, offset - starts[line]!);
}

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
