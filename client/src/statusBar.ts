// The status bar item: corpus size, and the active document's conflicts / unsupported claims.
import * as vscode from "vscode";
import type { CorpusStatus, DocumentCounts, VerdictCounts } from "#shared/protocol";
import { t } from "./i18n";

export class AttestStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem("attest.status", vscode.StatusBarAlignment.Right, 100);
  private corpus: CorpusStatus | undefined;
  private readonly counts = new Map<string, VerdictCounts>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor() {
    this.item.name = t("client.statusName");
    this.item.command = "attest.factCheckDocument";
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
      vscode.workspace.onDidCloseTextDocument((doc) => this.counts.delete(doc.uri.toString())),
    );
    this.render();
    this.item.show();
  }

  setCorpus(status: CorpusStatus): void {
    this.corpus = status;
    this.render();
  }

  setCounts({ uri, counts }: DocumentCounts): void {
    this.counts.set(normalizeUri(uri), counts);
    this.render();
  }

  private render(): void {
    const corpus = this.corpus;
    if (!corpus || corpus.state === "indexing") {
      this.item.text = `$(sync~spin) ${t("client.statusIndexing")}`;
      this.item.tooltip = t("client.statusIndexingTooltip");
      return;
    }
    if (corpus.unavailable) {
      // The drafts' claims are marked "not checked" meanwhile; the server tries again by itself.
      this.item.text = `$(error) ${t("client.archiveUnreachable")}`;
      this.item.tooltip = `${corpus.unavailable}\n${t("client.archiveRetry")}`;
      return;
    }
    const size = t("count.sources", { count: corpus.documents });
    const active = vscode.window.activeTextEditor?.document.uri.toString();
    const counts = active ? this.counts.get(active) : undefined;
    const icon = corpus.state === "failed" || corpus.documents === 0 ? "$(error)" : "$(book)";
    this.item.text = counts ? `${icon} ${size}  $(warning) ${counts.conflict}  $(question) ${counts.unsupported}` : `${icon} ${size}`;
    const lines = [
      t("client.corpusTooltip", {
        documents: t("count.documents", { count: corpus.documents }),
        sentences: t("count.sentences", { count: corpus.sentences }),
      }),
      ...corpus.roots,
    ];
    if (counts) {
      lines.push(
        t("client.documentTooltip", {
          conflicts: t("count.conflicts", { count: counts.conflict }),
          unsupported: t("count.unsupported", { count: counts.unsupported }),
          supported: t("count.supported", { count: counts.supported }),
        }),
      );
    }
    lines.push(t("client.clickToCheck"));
    this.item.tooltip = lines.join("\n");
  }

  dispose(): void {
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}

/** The server echoes URIs as the client sent them; VS Code's own toString() is the canonical form. */
function normalizeUri(uri: string): string {
  try {
    return vscode.Uri.parse(uri).toString();
  } catch {
    return uri;
  }
}
