// The fact-check report webview: one panel, for one document. It follows the draft while the writer
// types (each check's counts notification brings a fresh report from the server's kept findings,
// without checking again), says when the corpus changed under it, and copies or exports itself
// through the shared renderer (the same HTML as `attest check --format html`). Messages from the
// webview carry indexes into the report or a toolbar action only; anything else is ignored.
import { randomBytes } from "node:crypto";
import * as vscode from "vscode";
import { DocumentReportRequest, type DocumentReport } from "#shared/protocol";
import { renderReportHtml, renderReportMarkdown, type ReportDocument } from "#shared/report/reportHtml";
import { reportLabels } from "#shared/report/reportLabels";
import type { AttestClient } from "../attestClient";
import { t } from "../i18n";

export type ExportFormat = "html" | "markdown";

export class ReportPanel {
  static current: ReportPanel | undefined;
  private report: DocumentReport;
  private document: vscode.Uri;
  private stale = false;
  private readonly subscriptions: vscode.Disposable[] = [];

  static show(report: DocumentReport, document: vscode.Uri, attest: AttestClient): ReportPanel {
    if (ReportPanel.current) {
      ReportPanel.current.update(report, document);
      ReportPanel.current.panel.reveal(vscode.ViewColumn.Beside, true);
      return ReportPanel.current;
    }
    const panel = vscode.window.createWebviewPanel(
      "attest.report",
      t("client.reportTitle"),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, localResourceRoots: [] },
    );
    ReportPanel.current = new ReportPanel(panel, report, document, attest);
    return ReportPanel.current;
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    report: DocumentReport,
    document: vscode.Uri,
    private readonly attest: AttestClient,
  ) {
    this.report = report;
    this.document = document;
    panel.onDidDispose(() => {
      if (ReportPanel.current === this) ReportPanel.current = undefined;
      for (const s of this.subscriptions) s.dispose();
    });
    panel.webview.onDidReceiveMessage((message: unknown) => void this.onMessage(message));
    this.subscriptions.push(
      attest.onDocumentCounts(({ uri }) => {
        if (sameUri(uri, this.document)) void this.follow();
      }),
      attest.onCorpusStatus((status) => {
        if (status.state === "indexing" && !this.stale) {
          this.stale = true;
          this.render();
        }
      }),
    );
    this.render();
  }

  /** What the panel shows, for tests and the export command. */
  get shown(): { report: DocumentReport; document: vscode.Uri; stale: boolean } {
    return { report: this.report, document: this.document, stale: this.stale };
  }

  private update(report: DocumentReport, document: vscode.Uri): void {
    this.report = report;
    this.document = document;
    this.stale = false;
    this.render();
  }

  /** A check of the draft just finished: show its findings (the server answers from what it kept). */
  private async follow(): Promise<void> {
    try {
      const report = await this.attest.languageClient.sendRequest(DocumentReportRequest, { uri: this.document.toString() });
      if (report) this.update(report, this.document);
    } catch {
      // The server restarted or the draft closed: the last report stays.
    }
  }

  private documents(): ReportDocument[] {
    return [{ report: this.report, name: this.document.path.split("/").pop() ?? this.document.toString() }];
  }

  private render(): void {
    const [doc] = this.documents();
    this.panel.title = t("client.reportTitleOf", { name: doc!.name });
    this.panel.webview.html = renderReportHtml({
      documents: this.documents(),
      labels: reportLabels(vscode.env.language, [this.report]),
      nonce: nonce(),
      webview: { cspSource: this.panel.webview.cspSource, stale: this.stale },
    });
  }

  /** The report as a file to send (self-contained HTML, no script) or as Markdown. */
  exported(format: ExportFormat): string {
    const labels = reportLabels(vscode.env.language, [this.report]);
    return format === "html"
      ? renderReportHtml({ documents: this.documents(), labels, nonce: nonce() })
      : renderReportMarkdown(this.documents(), labels);
  }

  /** Writes the export to `target` (asked for when absent); resolves to the file written. */
  async export(format: ExportFormat, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const base = this.document.path.replace(/\.[^./]+$/, "");
    const extension = format === "html" ? "html" : "md";
    const uri =
      target ??
      (await vscode.window.showSaveDialog({
        defaultUri: this.document.with({ path: `${base}.attest.${extension}` }),
        filters: format === "html" ? { HTML: ["html"] } : { Markdown: ["md"] },
      }));
    if (!uri) return undefined;
    await vscode.workspace.fs.writeFile(uri, Buffer.from(this.exported(format), "utf8"));
    void vscode.window.showInformationMessage(t("client.reportSaved", { file: vscode.workspace.asRelativePath(uri) }));
    return uri;
  }

  private async onMessage(message: unknown): Promise<void> {
    if (typeof message !== "object" || message === null) return;
    const { type, claim, source } = message as { type?: unknown; claim?: unknown; source?: unknown };
    if (type === "copy") {
      await vscode.env.clipboard.writeText(this.exported("markdown"));
      void vscode.window.showInformationMessage(t("client.reportCopied"));
      return;
    }
    if (type === "exportHtml" || type === "exportMarkdown") {
      await this.export(type === "exportHtml" ? "html" : "markdown");
      return;
    }
    const target = typeof claim === "number" ? this.report.claims[claim] : undefined;
    if (!target) return;
    if (type === "reveal") {
      const editor = await vscode.window.showTextDocument(this.document, { viewColumn: vscode.ViewColumn.One });
      const range = toRange(target.range);
      editor.selection = new vscode.Selection(range.start, range.end);
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    } else if (type === "openSource" && typeof source === "number" && target.sources[source]) {
      const s = target.sources[source];
      await vscode.window.showTextDocument(vscode.Uri.parse(s.uri), { selection: toRange(s.range), preview: true });
    }
  }
}

function nonce(): string {
  return randomBytes(16).toString("base64");
}

function sameUri(uri: string, document: vscode.Uri): boolean {
  try {
    return vscode.Uri.parse(uri).toString() === document.toString();
  } catch {
    return false;
  }
}

function toRange(r: DocumentReport["claims"][number]["range"]): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}
