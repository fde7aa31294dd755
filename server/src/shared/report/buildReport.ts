// The fact-check report of one document, from its findings: what the report view, its exports and
// `attest check --format html` show. Plain data, no LSP.
import { pathToFileURL } from "node:url";
import type { Finding } from "../../core";
import type { DocumentReport, ReportClaim, VerdictCounts } from "../protocol";

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

export function countVerdicts(findings: readonly Pick<Finding, "verdict">[]): VerdictCounts {
  const counts: VerdictCounts = { conflict: 0, unsupported: 0, supported: 0 };
  for (const f of findings) counts[f.verdict] += 1;
  return counts;
}

export function fileUri(pathOrUri: string): string {
  const uri = /^[a-z][a-z0-9+.-]*:\/\//i.test(pathOrUri) ? pathOrUri : pathToFileURL(pathOrUri).href;
  // Parentheses and spaces end a Markdown link target: encoded, the link survives any folder name.
  return uri.replace(/[() ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function reportClaim(f: Finding, text: string): ReportClaim {
  return {
    verdict: f.verdict,
    kind: f.kind,
    claim: f.claim,
    message: f.message,
    range: f.range,
    sentence: text.slice(f.sentence.start, f.sentence.end),
    claimInSentence: { start: f.span.start - f.sentence.start, end: f.span.end - f.sentence.start },
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
