// The fact-check report of one document (for the client's report view), from its findings.
import type { Finding } from "../core";
import type { DocumentReport, ReportClaim } from "../shared/protocol";
import { countVerdicts, fileUri } from "./adapter";

export function buildReport(
  uri: string,
  text: string,
  lang: string,
  findings: readonly Finding[],
  corpus: { documents: number; sentences: number },
): DocumentReport {
  const claims = findings
    .map((f) => reportClaim(f, text))
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return { uri, lang, counts: countVerdicts(findings), claims, corpus };
}

function reportClaim(f: Finding, text: string): ReportClaim {
  return {
    verdict: f.verdict,
    kind: f.kind,
    claim: f.claim,
    message: f.message,
    range: f.range,
    sentence: text.slice(f.sentence.start, f.sentence.end),
    sources: f.evidence.map((e) => ({
      document: e.document,
      uri: fileUri(e.uri),
      line: e.range.start.line + 1,
      range: e.range,
      quote: e.quote,
      ...(e.value !== undefined ? { value: e.value } : {}),
    })),
    sourcesDisagree: f.sourcesDisagree,
    ...(f.fixes[0] ? { correction: f.fixes[0].newText } : {}),
  };
}
