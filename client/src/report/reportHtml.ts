// HTML of the fact-check report webview. No vscode import: a pure function, unit-tested. Everything
// that comes from the draft or the corpus is escaped; the only script is the nonce'd one below.
import type { DocumentReport, ReportClaim, VerdictName } from "#shared/protocol";

export interface ReportLabels {
  title: string;
  summary: string;
  verdicts: Record<VerdictName, string>;
  claim: string;
  verdict: string;
  sources: string;
  line: string;
  correction: string;
  sourcesDisagree: string;
  noSource: string;
  noClaims: string;
}

export interface ReportPage {
  report: DocumentReport;
  labels: ReportLabels;
  nonce: string;
  cspSource: string;
  documentName: string;
}

const verdictOrder: Record<VerdictName, number> = { conflict: 0, unsupported: 1, supported: 2 };

export function renderReportHtml({ report, labels, nonce, cspSource, documentName }: ReportPage): string {
  // Rows keep their index in report.claims: the webview only ever sends indexes back, never URIs.
  const rows = report.claims
    .map((claim, index) => ({ claim, index }))
    .sort((a, b) => verdictOrder[a.claim.verdict] - verdictOrder[b.claim.verdict] || a.index - b.index)
    .map(({ claim, index }) => renderRow(claim, index, labels))
    .join("\n");
  const csp = `default-src 'none'; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}';`;
  return `<!DOCTYPE html>
<html lang="${escapeHtml(report.lang || "en")}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(labels.title)}</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(labels.title)} <span class="doc">${escapeHtml(documentName)}</span></h1>
<p class="summary">${escapeHtml(labels.summary)}</p>
<ul class="counts">
${(["conflict", "unsupported", "supported"] as const)
  .map((v) => `<li class="${v}"><span class="badge ${v}">${report.counts[v]}</span> ${escapeHtml(labels.verdicts[v])}</li>`)
  .join("\n")}
</ul>
${
  report.claims.length === 0
    ? `<p class="empty">${escapeHtml(labels.noClaims)}</p>`
    : `<table>
<thead><tr><th>${escapeHtml(labels.verdict)}</th><th>${escapeHtml(labels.claim)}</th><th>${escapeHtml(labels.sources)}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`
}
<script nonce="${nonce}">${SCRIPT}</script>
</body>
</html>`;
}

function renderRow(claim: ReportClaim, index: number, labels: ReportLabels): string {
  const sources = claim.sources.length
    ? claim.sources
        .map(
          (s, j) => `<blockquote>${escapeHtml(s.quote)}</blockquote>
<a href="#" class="source" data-claim="${index}" data-source="${j}">${escapeHtml(s.document)}, ${escapeHtml(labels.line)} ${s.line}</a>${
            s.value ? ` <span class="value">${escapeHtml(s.value)}</span>` : ""
          }`,
        )
        .join("\n")
    : `<span class="muted">${escapeHtml(labels.noSource)}</span>`;
  const correction = claim.correction
    ? `<div class="correction">${escapeHtml(labels.correction)} <code>${escapeHtml(claim.correction)}</code></div>`
    : "";
  const disagree = claim.sourcesDisagree ? `<div class="disagree">${escapeHtml(labels.sourcesDisagree)}</div>` : "";
  return `<tr class="claim ${claim.verdict}" data-claim="${index}" tabindex="0">
<td><span class="badge ${claim.verdict}">${escapeHtml(labels.verdicts[claim.verdict])}</span><div class="muted">${escapeHtml(labels.line)} ${claim.range.start.line + 1}</div></td>
<td><div class="claim-text">${escapeHtml(claim.claim)}</div><div class="message">${escapeHtml(claim.message)}</div>${correction}${disagree}</td>
<td>${sources}</td>
</tr>`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `
body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 0 1rem 1rem; }
h1 { font-size: 1.3em; } h1 .doc { opacity: .7; font-weight: normal; }
.counts { list-style: none; padding: 0; display: flex; gap: 1.5rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: .4rem .5rem; border-bottom: 1px solid var(--vscode-panel-border, #8884); }
tr.claim { cursor: pointer; } tr.claim:hover, tr.claim:focus { background: var(--vscode-list-hoverBackground); outline: none; }
.badge { display: inline-block; padding: 0 .45em; border-radius: .6em; font-size: .9em; color: var(--vscode-badge-foreground); background: var(--vscode-badge-background); }
.badge.conflict { background: var(--vscode-editorWarning-foreground, #c80); color: var(--vscode-editor-background, #fff); }
.badge.unsupported { background: var(--vscode-editorInfo-foreground, #38c); color: var(--vscode-editor-background, #fff); }
.badge.supported { background: var(--vscode-testing-iconPassed, #3a3); color: var(--vscode-editor-background, #fff); }
.claim-text { font-weight: bold; } .message, .muted { opacity: .8; font-size: .95em; }
blockquote { margin: .2rem 0; padding-left: .6rem; border-left: 3px solid var(--vscode-textBlockQuote-border, #8888); }
a.source { color: var(--vscode-textLink-foreground); }
.disagree { color: var(--vscode-editorWarning-foreground); }
`;

const SCRIPT = `
const vscode = acquireVsCodeApi();
document.addEventListener('click', (event) => {
  const link = event.target.closest('a.source');
  if (link) {
    event.preventDefault();
    event.stopPropagation();
    vscode.postMessage({ type: 'openSource', claim: Number(link.dataset.claim), source: Number(link.dataset.source) });
    return;
  }
  const row = event.target.closest('tr.claim');
  if (row) vscode.postMessage({ type: 'reveal', claim: Number(row.dataset.claim) });
});
document.addEventListener('keydown', (event) => {
  const row = event.target.closest && event.target.closest('tr.claim');
  if (row && (event.key === 'Enter' || event.key === ' ')) {
    event.preventDefault();
    vscode.postMessage({ type: 'reveal', claim: Number(row.dataset.claim) });
  }
});
`;
