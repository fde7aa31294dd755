import { randomBytes } from "node:crypto";
import { pathToFileURL } from "node:url";
import { buildReport } from "../../shared/report/buildReport";
import { renderReportHtml } from "../../shared/report/reportHtml";
import { reportLabels } from "../../shared/report/reportLabels";
import type { FileReport } from "../report";

/** The report view's page, without its script: one self-contained file to send to an editor. */
export function formatHtml(reports: FileReport[], corpus: { documents: number; sentences: number }, locale: "en" | "fr"): string {
  const documents = reports.map((r) => ({
    report: buildReport(pathToFileURL(r.absolutePath).href, r.text, r.lang, r.findings, corpus),
    name: r.path,
  }));
  return renderReportHtml({
    documents,
    labels: reportLabels(
      locale,
      documents.map((d) => d.report),
    ),
    nonce: randomBytes(16).toString("base64"),
  });
}
