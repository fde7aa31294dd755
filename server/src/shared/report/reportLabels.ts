// The report's words, from the message catalogue (shared/i18n): the same for the report view, its exports and
// `attest check --format html`, so a report reads the same wherever it was made.
import { localeOf, translator } from "../i18n";
import type { DocumentReport, VerdictName } from "../protocol";

export interface ReportLabels {
  title: string;
  summary: string;
  verdicts: Record<VerdictName, string>;
  /** The word after each verdict's count, in the plural form that count takes. */
  legend: Record<VerdictName, string>;
  claim: string;
  verdict: string;
  sources: string;
  line: string;
  correction: string;
  sourcesDisagree: string;
  noSource: string;
  noClaims: string;
  show: string;
  stale: string;
  copy: string;
  exportHtml: string;
  exportMarkdown: string;
}

export function reportLabels(locale: string | undefined, reports: readonly DocumentReport[]): ReportLabels {
  const t = translator(localeOf(locale));
  const claims = reports.reduce((n, r) => n + r.claims.length, 0);
  const corpus = reports[0]?.corpus ?? { documents: 0, sentences: 0 };
  const counts = { conflict: 0, unsupported: 0, supported: 0 };
  for (const r of reports) for (const v of ["conflict", "unsupported", "supported"] as const) counts[v] += r.counts[v];
  return {
    title: t("report.title"),
    summary: t("report.summary", {
      claims: t("count.claimsChecked", { count: claims }),
      documents: t("count.sourceDocuments", { count: corpus.documents }),
      sentences: t("count.sentences", { count: corpus.sentences }),
    }),
    verdicts: { conflict: t("report.conflict"), unsupported: t("report.unsupported"), supported: t("report.supported") },
    // The word after each count agrees with it: "1 Conflict", "6 Confirmées".
    legend: {
      conflict: t("report.legendConflict", { count: counts.conflict }),
      unsupported: t("report.legendUnsupported", { count: counts.unsupported }),
      supported: t("report.legendSupported", { count: counts.supported }),
    },
    claim: t("report.claim"),
    verdict: t("report.verdict"),
    sources: t("report.sources"),
    line: t("report.line"),
    correction: t("report.correction"),
    sourcesDisagree: t("report.sourcesDisagree"),
    noSource: t("report.noSource"),
    noClaims: t("report.noClaims"),
    show: t("report.show"),
    stale: t("report.stale"),
    copy: t("report.copy"),
    exportHtml: t("report.exportHtml"),
    exportMarkdown: t("report.exportMarkdown"),
  };
}
