import type { FileReport } from "../report";

/** The JSON report (contract: version 1, see the README). Only the contract's fields are written. */
export function formatJson(reports: FileReport[]): string {
  return JSON.stringify(
    {
      version: 1,
      files: reports.map((r) => ({
        path: r.path,
        findings: r.findings.map((f) => ({
          verdict: f.verdict,
          range: f.range,
          claim: f.claim,
          message: f.message,
          evidence: f.evidence.map((e) => ({
            document: e.document,
            range: e.range,
            ...(e.page !== undefined ? { page: e.page } : {}),
            quote: e.quote,
            ...(e.source ? { source: e.source } : {}),
          })),
          fixes: f.fixes.map((x) => ({ title: x.title, range: x.range, newText: x.newText })),
          sourcesDisagree: f.sourcesDisagree,
          confidence: Math.round(f.confidence * 100) / 100,
        })),
      })),
    },
    null,
    2,
  );
}
