// Hover text for the claims under the cursor, built from the findings the server keeps per document
// (supported ones included), never by re-checking.
import type { Hover, Position, Range } from "vscode-languageserver/node";
import type { Evidence, Finding } from "../core";
import { sourceLink } from "./adapter";
import { placeInSource, type Messages } from "./serverMessages";

export function findingsAt(findings: readonly Finding[], position: Position): Finding[] {
  return findings.filter((f) => contains(f.range, position));
}

/** `link` gives each quote's link (default: the source file at the quote's line). */
export function hoverFor(findings: readonly Finding[], messages: Messages, link: (evidence: Evidence) => string = sourceLink): Hover | null {
  if (findings.length === 0) return null;
  // Figure claims are narrower than text claims: show the most specific first.
  const ordered = [...findings].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "figure" ? -1 : 1));
  const value = ordered.map((f) => renderFinding(f, messages, link)).join("\n\n---\n\n");
  return { contents: { kind: "markdown", value }, range: ordered[0]!.range };
}

function renderFinding(finding: Finding, messages: Messages, link: (evidence: Evidence) => string): string {
  const lines = [`**Attest: ${messages(`verdict_${finding.verdict}`)}** · \`${inlineCode(finding.claim)}\``, "", escapeMarkdown(finding.message)];
  if (finding.sourcesDisagree) lines.push("", `**${messages("sourcesDisagree")}**`);
  for (const evidence of finding.evidence) {
    const where = `${escapeMarkdown(evidence.document)}, ${placeInSource(evidence, messages)}`;
    const value = evidence.value ? ` (${messages("sourcedValue")}: **${escapeMarkdown(evidence.value)}**)` : "";
    lines.push("", `> ${escapeMarkdown(oneLine(evidence.quote))}`, ">", `> [${where}](${link(evidence)})${describeSource(evidence)}${value}`);
  }
  return lines.join("\n");
}

/** " — *Title* · Author · 2025-03-14" from what the source declares, or nothing. */
function describeSource(evidence: Evidence): string {
  const s = evidence.source;
  if (!s) return "";
  const parts = [s.title ? `*${escapeMarkdown(s.title)}*` : "", s.author ? escapeMarkdown(s.author) : "", s.published ? escapeMarkdown(s.published.slice(0, 10)) : ""].filter(Boolean);
  return parts.length ? ` — ${parts.join(" · ")}` : "";
}

function contains(range: Range, p: Position): boolean {
  const afterStart = p.line > range.start.line || (p.line === range.start.line && p.character >= range.start.character);
  const beforeEnd = p.line < range.end.line || (p.line === range.end.line && p.character <= range.end.character);
  return afterStart && beforeEnd;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Corpus text is data, not markup: neutralise Markdown and HTML so a source cannot inject links or tags. */
function escapeMarkdown(text: string): string {
  // Intra-word underscores (file names like 002_abc.txt) are not emphasis in CommonMark: left as is,
  // so plain-text hover renderers (Neovim) stay readable.
  return text
    .replace(/[\\`*[\]<>|~&]/g, (c) => `\\${c}`)
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, "\\_");
}

function inlineCode(text: string): string {
  return oneLine(text).replace(/`/g, "'");
}
