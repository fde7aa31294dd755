import assert from "node:assert/strict";
import { escapeHtml, renderReportHtml, renderReportMarkdown } from "../../server/src/shared/report/reportHtml";
import { reportLabels } from "../../server/src/shared/report/reportLabels";
import type { DocumentReport } from "../../server/src/shared/protocol";

const labels = reportLabels("en", []);

const range = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 4 } });
const report: DocumentReport = {
  uri: "file:///d.md",
  lang: "fr",
  counts: { conflict: 1, unsupported: 1, supported: 0 },
  corpus: { documents: 3, sentences: 90 },
  claims: [
    {
      verdict: "unsupported",
      kind: "text",
      claim: "Tesla a livré",
      message: "m",
      range: range(0),
      sentence: "s",
      sources: [],
      sourcesDisagree: false,
    },
    {
      verdict: "conflict",
      kind: "figure",
      claim: "39 %",
      message: "Sources give 49 %",
      range: range(2),
      sentence: "Microsoft détient 39 % d'OpenAI.",
      claimInSentence: { start: 18, end: 22 },
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
  const documents = [{ report, name: "d<x>.md" }];
  const html = renderReportHtml({ documents, labels, nonce: "abc123", webview: { cspSource: "vscode-resource:", stale: false } });
  const standalone = renderReportHtml({ documents, labels, nonce: "n0nce" });

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

  it("shows each claim in its sentence, the claim highlighted", () => {
    assert.match(html, /<div class="sentence">Microsoft détient <mark>39 %<\/mark> d&#39;OpenAI\.<\/div>/);
    assert.match(html, /<div class="sentence"><mark>Tesla a livré<\/mark><\/div>/, "a sentence without the claim falls back to the claim");
  });

  it("filters by verdict with CSS checkboxes, which work without any script", () => {
    for (const v of ["conflict", "unsupported", "supported"]) {
      assert.match(standalone, new RegExp(`<input type="checkbox" class="filter" id="show-${v}" checked>`));
      assert.match(standalone, new RegExp(`#show-${v}:not\\(:checked\\) ~ table tr\\.${v}`));
    }
  });

  it("exports a self-contained page: no script, a strict policy, no outside resource", () => {
    assert.ok(!/<script\b/.test(standalone));
    assert.match(standalone, /default-src 'none'; style-src 'nonce-n0nce'; base-uri 'none'; form-action 'none';/);
    assert.ok(!/<(link|img|iframe)\b/.test(standalone));
    assert.ok(!standalone.includes('data-action="copy"'), "no toolbar outside the editor");
  });

  it("says when the corpus changed since the check", () => {
    const stale = renderReportHtml({ documents, labels, nonce: "x", webview: { cspSource: "v:", stale: true } });
    assert.match(stale, /class="stale"[^>]*>The corpus changed/);
    assert.ok(!html.includes('class="stale"'));
  });

  it("writes the same report in Markdown, in French when asked", () => {
    const md = renderReportMarkdown(documents, reportLabels("fr", [report]));
    assert.match(md, /^# Rapport de vérification/);
    assert.match(md, /- \*\*Contradiction\*\* \(ligne 3\): Microsoft détient \*\*39 %\*\* d'OpenAI\./);
    assert.ok(md.indexOf("Contradiction**") < md.indexOf("Non sourcée**"));
  });
});
