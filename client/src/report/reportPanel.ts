// The fact-check report webview: one panel, refreshed on each "Fact-check Document". Messages from
// the webview carry indexes into the report only; anything else is ignored.
import { randomBytes } from "node:crypto";
import * as vscode from "vscode";
import type { DocumentReport } from "#shared/protocol";
import { renderReportHtml, type ReportLabels } from "./reportHtml";

export class ReportPanel {
  private static current: ReportPanel | undefined;
  private report: DocumentReport;
  private document: vscode.Uri;

  static show(report: DocumentReport, document: vscode.Uri): ReportPanel {
    if (ReportPanel.current) {
      ReportPanel.current.update(report, document);
      ReportPanel.current.panel.reveal(vscode.ViewColumn.Beside, true);
      return ReportPanel.current;
    }
    const panel = vscode.window.createWebviewPanel(
      "attest.report",
      vscode.l10n.t("Attest: Fact-check"),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, localResourceRoots: [] },
    );
    ReportPanel.current = new ReportPanel(panel, report, document);
    return ReportPanel.current;
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    report: DocumentReport,
    document: vscode.Uri,
  ) {
    this.report = report;
    this.document = document;
    panel.onDidDispose(() => {
      if (ReportPanel.current === this) ReportPanel.current = undefined;
    });
    panel.webview.onDidReceiveMessage((message: unknown) => void this.onMessage(message));
    this.render();
  }

  private update(report: DocumentReport, document: vscode.Uri): void {
    this.report = report;
    this.document = document;
    this.render();
  }

  private render(): void {
    const name = this.document.path.split("/").pop() ?? this.document.toString();
    this.panel.title = vscode.l10n.t("Attest: {0}", name);
    this.panel.webview.html = renderReportHtml({
      report: this.report,
      labels: labels(this.report),
      nonce: randomBytes(16).toString("base64"),
      cspSource: this.panel.webview.cspSource,
      documentName: name,
    });
  }

  private async onMessage(message: unknown): Promise<void> {
    if (typeof message !== "object" || message === null) return;
    const { type, claim, source } = message as { type?: unknown; claim?: unknown; source?: unknown };
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

function toRange(r: DocumentReport["claims"][number]["range"]): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

function labels(report: DocumentReport): ReportLabels {
  return {
    title: vscode.l10n.t("Fact-check report"),
    summary: vscode.l10n.t(
      "{0} claims checked against {1} source documents ({2} sentences).",
      report.claims.length,
      report.corpus.documents,
      report.corpus.sentences,
    ),
    verdicts: {
      conflict: vscode.l10n.t("Conflict"),
      unsupported: vscode.l10n.t("Unsupported"),
      supported: vscode.l10n.t("Supported"),
    },
    claim: vscode.l10n.t("Claim"),
    verdict: vscode.l10n.t("Verdict"),
    sources: vscode.l10n.t("Sources"),
    line: vscode.l10n.t("line"),
    correction: vscode.l10n.t("Sourced value:"),
    sourcesDisagree: vscode.l10n.t("The sources disagree."),
    noSource: vscode.l10n.t("No source found"),
    noClaims: vscode.l10n.t("No checkable claim in this document."),
  };
}
