import assert from "node:assert/strict";
import { escapeHtml, renderReportHtml, type ReportLabels } from "../../client/src/report/reportHtml";
import type { DocumentReport } from "../../server/src/shared/protocol";

const labels: ReportLabels = {
  title: "Fact-check report",
  summary: "2 claims",
  verdicts: { conflict: "Conflict", unsupported: "Unsupported", supported: "Supported" },
  claim: "Claim",
  verdict: "Verdict",
  sources: "Sources",
  line: "line",
  correction: "Sourced value:",
  sourcesDisagree: "The sources disagree.",
  noSource: "No source found",
  noClaims: "No claim",
};

const range = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 4 } });
const report: DocumentReport = {
  uri: "file:///d.md",
  lang: "fr",
  counts: { conflict: 1, unsupported: 1, supported: 0 },
  corpus: { documents: 3, sentences: 90 },
  claims: [
    { verdict: "unsupported", kind: "text", claim: "Tesla a livré", message: "m", range: range(0), sentence: "s", sources: [], sourcesDisagree: false },
    {
      verdict: "conflict",
      kind: "figure",
      claim: "39 %",
      message: "Sources give 49 %",
      range: range(2),
      sentence: "s",
      correction: "49 %",
      sourcesDisagree: false,
      sources: [
        {
          document: "002.txt",
          uri: "file:///c/002.txt",
          line: 13,
          range: range(12),
          quote: `Evil <img src=x onerror="alert(1)"> & "quotes" </td><script>alert(2)</script>`,
          value: "49 %",
        },
      ],
    },
  ],
};

describe("report webview HTML", () => {
  const html = renderReportHtml({ report, labels, nonce: "abc123", cspSource: "vscode-resource:", documentName: "d<x>.md" });

  it("has a strict content security policy: no default source, scripts and styles by nonce only", () => {
    assert.match(html, /default-src 'none'; style-src vscode-resource: 'nonce-abc123'; script-src 'nonce-abc123';/);
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    assert.deepEqual(scripts, ['<script nonce="abc123">']);
  });

  it("escapes corpus and draft text", () => {
    assert.ok(!html.includes("<img"));
    assert.ok(!html.includes("<script>alert"));
    assert.ok(html.includes(escapeHtml(`<img src=x onerror="alert(1)">`)));
    assert.ok(html.includes("d&#60;x&#62;.md"));
  });

  it("lists conflicts first, with counts, source link and line, and rows keyed by claim index", () => {
    assert.ok(html.indexOf('data-claim="1"') < html.indexOf('data-claim="0"'), "the conflict (index 1) comes first");
    assert.match(html, /<span class="badge conflict">1<\/span> Conflict/);
    assert.match(html, /data-claim="1" data-source="0">002\.txt, line 13<\/a>/);
    assert.match(html, /Sourced value: <code>49 %<\/code>/);
  });
});
