// The fact-check report as one HTML page: the report view (interactive: a nonce'd script sends row
// clicks and toolbar buttons to the extension) and the file a writer sends to an editor (export,
// `attest check --format html`: no script at all). Filters are CSS checkboxes, so they work in both.
// Everything from the draft or the corpus is escaped. A pure function: no vscode import.
import type { DocumentReport, ReportClaim, VerdictName } from "../protocol";
import type { ReportLabels } from "./reportLabels";

export interface ReportDocument {
  report: DocumentReport;
  name: string;
}

export interface ReportPage {
  documents: ReportDocument[];
  labels: ReportLabels;
  nonce: string;
  /** Present in the report view: its CSP source, and whether the corpus changed since the check. */
  webview?: { cspSource: string; stale: boolean };
}

const verdictNames: VerdictName[] = ["conflict", "unsupported", "supported"];
const verdictOrder: Record<VerdictName, number> = { conflict: 0, unsupported: 1, supported: 2 };

/** Claims in reading order of importance, each with its index in report.claims (the only thing the view sends back). */
function orderedClaims(report: DocumentReport): { claim: ReportClaim; index: number }[] {
  return report.claims
    .map((claim, index) => ({ claim, index }))
    .sort((a, b) => verdictOrder[a.claim.verdict] - verdictOrder[b.claim.verdict] || a.index - b.index);
}

export function renderReportHtml({ documents, labels, nonce, webview }: ReportPage): string {
  const csp = webview
    ? `default-src 'none'; style-src ${webview.cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}';`
    : `default-src 'none'; style-src 'nonce-${nonce}'; base-uri 'none'; form-action 'none';`;
  const counts = total(documents);
  const lang = documents[0]?.report.lang || "en";
  const filters = verdictNames.map((v) => `<input type="checkbox" class="filter" id="show-${v}" checked>`).join("");
  const filterLabels = verdictNames
    .map((v) => `<label for="show-${v}" class="${v}"><span class="badge ${v}">${counts[v]}</span> ${escapeHtml(labels.legend[v])}</label>`)
    .join("\n");
  const toolbar = webview
    ? `<div class="toolbar"><button data-action="copy">${escapeHtml(labels.copy)}</button><button data-action="exportHtml">${escapeHtml(labels.exportHtml)}</button><button data-action="exportMarkdown">${escapeHtml(labels.exportMarkdown)}</button></div>`
    : "";
  const stale = webview?.stale ? `<p class="stale" role="status">${escapeHtml(labels.stale)}</p>` : "";
  const sections = documents.map((d) => renderDocument(d, labels, documents.length > 1)).join("\n");
  const title = documents.length === 1 ? `${labels.title} — ${documents[0]!.name}` : labels.title;
  return `<!DOCTYPE html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(title)}</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body${webview ? ' class="webview"' : ""}>
${filters}
<h1>${escapeHtml(labels.title)}${documents.length === 1 ? ` <span class="doc">${escapeHtml(documents[0]!.name)}</span>` : ""}</h1>
${toolbar}
${stale}
<p class="summary">${escapeHtml(labels.summary)}</p>
<div class="counts">${escapeHtml(labels.show)}
${filterLabels}
</div>
${sections}
${webview ? `<script nonce="${nonce}">${SCRIPT}</script>` : ""}
</body>
</html>`;
}

function renderDocument({ report, name }: ReportDocument, labels: ReportLabels, heading: boolean): string {
  const title = heading ? `<h2>${escapeHtml(name)}</h2>\n` : "";
  if (report.claims.length === 0) return `${title}<p class="empty">${escapeHtml(labels.noClaims)}</p>`;
  const rows = orderedClaims(report)
    .map(({ claim, index }) => renderRow(claim, index, labels))
    .join("\n");
  return `${title}<table>
<thead><tr><th>${escapeHtml(labels.verdict)}</th><th>${escapeHtml(labels.claim)}</th><th>${escapeHtml(labels.sources)}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
}

function renderRow(claim: ReportClaim, index: number, labels: ReportLabels): string {
  const sources = claim.sources.length
    ? claim.sources
        .map(
          (s, j) => `<blockquote>${escapeHtml(s.quote)}</blockquote>
<a href="${escapeHtml(s.uri)}#L${s.line}" class="source" data-claim="${index}" data-source="${j}">${escapeHtml(s.document)}, ${escapeHtml(labels.line)} ${s.line}</a>${
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
<td><div class="sentence">${highlightedSentence(claim)}</div><div class="message">${escapeHtml(claim.message)}</div>${correction}${disagree}</td>
<td>${sources}</td>
</tr>`;
}

/** The claim's sentence with the claim in <mark>; the bare claim when the sentence does not hold it. */
function highlightedSentence(claim: ReportClaim): string {
  const { sentence } = claim;
  const at = claim.claimInSentence;
  const fits = at && at.start >= 0 && at.end <= sentence.length && sentence.slice(at.start, at.end) === claim.claim;
  const start = fits ? at.start : sentence.indexOf(claim.claim);
  if (!sentence || start < 0) return `<mark>${escapeHtml(claim.claim)}</mark>`;
  const end = start + claim.claim.length;
  return `${escapeHtml(sentence.slice(0, start))}<mark>${escapeHtml(sentence.slice(start, end))}</mark>${escapeHtml(sentence.slice(end))}`;
}

/** The same report in Markdown (copy, export): one section per verdict, the claim in bold in its sentence. */
export function renderReportMarkdown(documents: ReportDocument[], labels: ReportLabels): string {
  const lines = [`# ${labels.title}`, "", labels.summary, ""];
  for (const { report, name } of documents) {
    if (documents.length > 1) lines.push(`## ${name}`, "");
    lines.push(verdictNames.map((v) => `${labels.verdicts[v]}: ${report.counts[v]}`).join(" · "), "");
    if (report.claims.length === 0) lines.push(labels.noClaims, "");
    for (const { claim } of orderedClaims(report)) {
      const sentence = claim.sentence.replace(/\s+/g, " ").trim();
      const bold = sentence.includes(claim.claim) ? sentence.replace(claim.claim, `**${claim.claim}**`) : `**${claim.claim}**`;
      lines.push(`- **${labels.verdicts[claim.verdict]}** (${labels.line} ${claim.range.start.line + 1}): ${bold}`);
      lines.push(`  - ${claim.message}${claim.correction ? ` ${labels.correction} ${claim.correction}` : ""}`);
      if (claim.sourcesDisagree) lines.push(`  - ${labels.sourcesDisagree}`);
      for (const s of claim.sources) lines.push(`  - ${s.document}, ${labels.line} ${s.line}: “${s.quote.replace(/\s+/g, " ").trim()}”`);
    }
    lines.push("");
  }
  return lines.join("\n");
}

function total(documents: ReportDocument[]): Record<VerdictName, number> {
  const counts = { conflict: 0, unsupported: 0, supported: 0 };
  for (const { report } of documents) for (const v of verdictNames) counts[v] += report.counts[v];
  return counts;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `
body { font-family: var(--vscode-font-family, system-ui, sans-serif); color: var(--vscode-foreground, #222); padding: 0 1rem 1rem; }
h1 { font-size: 1.3em; } h1 .doc { opacity: .7; font-weight: normal; } h2 { font-size: 1.1em; margin-top: 1.5rem; }
input.filter { position: absolute; opacity: 0; pointer-events: none; }
.counts { display: flex; gap: 1.2rem; align-items: center; margin: .6rem 0; }
.counts label { cursor: pointer; user-select: none; }
#show-conflict:not(:checked) ~ .counts label.conflict, #show-unsupported:not(:checked) ~ .counts label.unsupported,
#show-supported:not(:checked) ~ .counts label.supported { opacity: .4; text-decoration: line-through; }
#show-conflict:not(:checked) ~ table tr.conflict, #show-unsupported:not(:checked) ~ table tr.unsupported,
#show-supported:not(:checked) ~ table tr.supported { display: none; }
input.filter:focus-visible + * { outline: 1px solid; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: .4rem .5rem; border-bottom: 1px solid var(--vscode-panel-border, #8884); }
.webview tr.claim { cursor: pointer; } tr.claim:hover, tr.claim:focus { background: var(--vscode-list-hoverBackground, #8881); outline: none; }
.badge { display: inline-block; padding: 0 .45em; border-radius: .6em; font-size: .9em; color: var(--vscode-badge-foreground, #fff); background: var(--vscode-badge-background, #666); }
.badge.conflict { background: var(--vscode-editorWarning-foreground, #b60); color: var(--vscode-editor-background, #fff); }
.badge.unsupported { background: var(--vscode-editorInfo-foreground, #27a); color: var(--vscode-editor-background, #fff); }
.badge.supported { background: var(--vscode-testing-iconPassed, #382); color: var(--vscode-editor-background, #fff); }
mark { background: var(--vscode-editor-findMatchHighlightBackground, #fd5a); color: inherit; font-weight: bold; padding: 0 .1em; }
.message, .muted { opacity: .8; font-size: .95em; }
blockquote { margin: .2rem 0; padding-left: .6rem; border-left: 3px solid var(--vscode-textBlockQuote-border, #8888); }
a.source { color: var(--vscode-textLink-foreground, #06c); }
.disagree { color: var(--vscode-editorWarning-foreground, #b60); }
.stale { padding: .4rem .6rem; border-left: 3px solid var(--vscode-editorWarning-foreground, #b60); background: var(--vscode-inputValidation-warningBackground, #fd53); }
.toolbar { display: flex; gap: .5rem; }
.toolbar button { color: var(--vscode-button-foreground); background: var(--vscode-button-background); border: none; padding: .25rem .7rem; cursor: pointer; }
.toolbar button:hover { background: var(--vscode-button-hoverBackground); }
`;

const SCRIPT = `
const vscode = acquireVsCodeApi();
// The page is redrawn after each check while the writer types: filters and scroll survive it.
const state = vscode.getState() || {};
for (const input of document.querySelectorAll('input.filter')) {
  if (state[input.id] === false) input.checked = false;
  input.addEventListener('change', () => { state[input.id] = input.checked; vscode.setState(state); });
}
if (state.scroll) window.scrollTo(0, state.scroll);
window.addEventListener('scroll', () => { state.scroll = window.scrollY; vscode.setState(state); });
document.addEventListener('click', (event) => {
  const button = event.target.closest('button[data-action]');
  if (button) {
    vscode.postMessage({ type: button.dataset.action });
    return;
  }
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
