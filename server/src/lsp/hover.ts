// Hover text for the claims under the cursor, built from the findings the server keeps per document
// (supported ones included), never by re-checking.
import type { Hover, Position, Range } from "vscode-languageserver/node";
import type { Evidence, Finding, Verdict } from "../core";
import { sourceLink } from "./adapter";
import { placeOf } from "../core/verdicts/evidence";
import type { Translate } from "../shared/i18n";

export function findingsAt(findings: readonly Finding[], position: Position): Finding[] {
  return findings.filter((f) => contains(f.range, position));
}

export interface HoverOptions {
  /**
   * Which findings the editor already shows as a diagnostic: VS Code puts the diagnostic's block
   * (its message) above this hover, so the message is not written twice; the quote is only here
   * (the diagnostic's related information names the source, without the quote).
   */
  shownAsDiagnostic?: (finding: Finding) => boolean;
  /** Each quote's link (default: the source file at the quote's line). */
  link?: (evidence: Evidence) => string;
}

export function hoverFor(findings: readonly Finding[], t: Translate, options: HoverOptions = {}): Hover | null {
  if (findings.length === 0) return null;
  const shownAsDiagnostic = options.shownAsDiagnostic ?? (() => false);
  const link = options.link ?? sourceLink;
  // Disagreeing sources first (what the writer must settle), then figure claims, narrower than text claims.
  const rank = (f: Finding) => (f.sourcesDisagree ? 0 : 2) + (f.kind === "figure" ? 0 : 1);
  const ordered = [...findings].sort((a, b) => rank(a) - rank(b));
  const value = ordered.map((f) => renderFinding(f, t, shownAsDiagnostic(f), link)).join("\n\n---\n\n");
  return { contents: { kind: "markdown", value }, range: ordered[0]!.range };
}

const HEADINGS: ReadonlyMap<Verdict, "hover.conflict" | "hover.unsupported" | "hover.supported"> = new Map([
  ["conflict", "hover.conflict"],
  ["unsupported", "hover.unsupported"],
  ["supported", "hover.supported"],
]);

function renderFinding(finding: Finding, t: Translate, shownAsDiagnostic: boolean, link: (evidence: Evidence) => string): string {
  const confidence = t("hover.confidence", { percent: Math.round(finding.confidence * 100) });
  const lines = [`**${t(HEADINGS.get(finding.verdict)!)}** · \`${inlineCode(finding.claim)}\` · ${confidence}`];
  if (finding.sourcesDisagree) {
    const values = [...new Set(finding.evidence.map((e) => e.value).filter((v): v is string => !!v))];
    lines.push("", `**${t("hover.sourcesDisagree")}** ${values.map((v) => `**${escapeMarkdown(v)}**`).join(" · ")}`);
  }
  if (!shownAsDiagnostic) lines.push("", escapeMarkdown(finding.message));
  for (const evidence of finding.evidence) {
    const where = placeOf({ ...evidence, document: escapeMarkdown(evidence.document) }, t);
    const value = evidence.value ? ` (${t("hover.sourcedValue", { value: `**${escapeMarkdown(evidence.value)}**` })})` : "";
    lines.push(
      "",
      `> ${escapeMarkdown(oneLine(evidence.quote))}`,
      ">",
      `> [${where}](${link(evidence)})${describeSource(evidence)}${value}`,
    );
  }
  return lines.join("\n");
}

/** " — *Title* · Author · 2025-03-14" from what the source declares, or nothing. */
function describeSource(evidence: Evidence): string {
  const s = evidence.source;
  if (!s) return "";
  const parts = [
    s.title ? `*${escapeMarkdown(s.title)}*` : "",
    s.author ? escapeMarkdown(s.author) : "",
    s.published ? escapeMarkdown(s.published.slice(0, 10)) : "",
  ].filter(Boolean);
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
export function escapeMarkdown(text: string): string {
  // Intra-word underscores (file names like 002_abc.txt) are not emphasis in CommonMark: left as is,
  // so plain-text hover renderers (Neovim) stay readable.
  return (
    text
      .replace(/[\\`*[\]<>|~&]/g, (c) => `\\${c}`)
      .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, "\\_")
      // Bare URLs in a quote would be autolinked (GFM): an escaped ":" or "." keeps them plain text.
      .replace(/\b([a-z][a-z0-9+.-]*):(?=\/\/)/gi, "$1\\:")
      .replace(/\bwww\./gi, "www\\.")
  );
}

function inlineCode(text: string): string {
  return oneLine(text).replace(/`/g, "'");
}
