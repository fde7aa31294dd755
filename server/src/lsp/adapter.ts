// The one place where core findings become LSP objects: diagnostics (with the evidence and fixes in
// `data`, so nothing downstream re-runs the check) and the code actions built from that data.
import { z } from "zod";
import {
  CodeAction,
  CodeActionKind,
  Diagnostic,
  DiagnosticRelatedInformation,
  DiagnosticSeverity,
  Position,
  TextEdit,
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { Evidence, Finding } from "../core";
import { isExtractedSource } from "../core/corpus/formats";
import type { AttestSettings, SeverityLevel } from "../shared/settings";
import { ServerCommands } from "../shared/protocol";
import { countVerdicts, fileUri } from "../shared/report/buildReport";
import { inlineIgnoreForm, inlineIgnoreMarker, insideOpenComment } from "../core/ignore";
import type { Translate } from "../shared/i18n";

export const DIAGNOSTIC_SOURCE = "attest";

const positionSchema = z.object({ line: z.number().int().min(0), character: z.number().int().min(0) });
const rangeSchema = z.object({ start: positionSchema, end: positionSchema });
const evidenceSchema = z.object({
  document: z.string(),
  uri: z.string(),
  range: rangeSchema,
  quote: z.string(),
  page: z.number().int().min(1).optional(),
  source: z.object({ title: z.string().optional(), author: z.string().optional(), published: z.string().optional() }).optional(),
  value: z.string().optional(),
});

// What code actions and commands read back; the verdict and kind are in the diagnostic's code.
const diagnosticDataSchema = z.object({
  claim: z.string(),
  sentence: z.string(),
  sentenceRange: rangeSchema,
  evidence: z.array(evidenceSchema),
  fixes: z.array(z.object({ title: z.string(), range: rangeSchema, newText: z.string(), expected: z.string() })),
  unknownNames: z.array(z.string()).optional(),
});

/** What every Attest diagnostic carries in `data`. */
export type AttestDiagnosticData = z.infer<typeof diagnosticDataSchema>;

/** A finding placed in its draft: the draft text is needed for sentence ranges and fix guards. */
export interface DraftText {
  uri: string;
  text: string;
  /** The editor's language id: says which inline ignore marker the draft's format can hold. */
  languageId: string;
  positionAt(offset: number): Position;
  offsetAt(position: Position): number;
}

export function draftText(uri: string, text: string, languageId = "markdown"): DraftText {
  const doc = TextDocument.create(uri, languageId, 0, text);
  return { uri, text, languageId, positionAt: (o) => doc.positionAt(o), offsetAt: (p) => doc.offsetAt(p) };
}

const severities: Record<Exclude<SeverityLevel, "off">, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

function diagnosticCode(finding: Pick<Finding, "kind" | "verdict">): string {
  return `${finding.kind}-${finding.verdict}`;
}

export function diagnosticData(finding: Finding, draft: DraftText): AttestDiagnosticData {
  return {
    claim: finding.claim,
    sentence: draft.text.slice(finding.sentence.start, finding.sentence.end),
    sentenceRange: { start: draft.positionAt(finding.sentence.start), end: draft.positionAt(finding.sentence.end) },
    evidence: finding.evidence.map((e) => ({ ...e })),
    fixes: finding.fixes.map((fix) => ({
      ...fix,
      expected: draft.text.slice(draft.offsetAt(fix.range.start), draft.offsetAt(fix.range.end)),
    })),
    ...(finding.unknownNames ? { unknownNames: finding.unknownNames } : {}),
  };
}

/** The diagnostic for a finding, or undefined when its verdict's severity is `off`. */
export function toDiagnostic(finding: Finding, draft: DraftText, settings: AttestSettings): Diagnostic | undefined {
  const level = settings.severity[finding.verdict];
  if (level === "off") return undefined;
  return {
    range: finding.range,
    severity: severities[level],
    source: DIAGNOSTIC_SOURCE,
    code: diagnosticCode(finding),
    message: finding.message,
    relatedInformation: finding.evidence.map(relatedInformation),
    data: diagnosticData(finding, draft),
  };
}

/**
 * Diagnostics already made, by finding: after an edit the engine hands back the same finding
 * objects for every paragraph that did not change (findingDelta.ts), and their diagnostics are the
 * same too, as long as their verdict's severity is.
 */
const madeDiagnostics = new WeakMap<Finding, { level: SeverityLevel; diagnostic: Diagnostic | undefined }>();

export function toDiagnostics(findings: readonly Finding[], draft: DraftText, settings: AttestSettings): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const f of findings) {
    const level = settings.severity[f.verdict];
    let made = madeDiagnostics.get(f);
    if (!made || made.level !== level) madeDiagnostics.set(f, (made = { level, diagnostic: toDiagnostic(f, draft, settings) }));
    if (made.diagnostic) out.push(made.diagnostic);
  }
  return out;
}

export { countVerdicts };

/** Diagnostics per document at most: more is a flood no one reads, and costs the editor. */
const MAX_DIAGNOSTICS = 1000;

/** The first MAX_DIAGNOSTICS diagnostics and, when some were left out, one note saying how many. */
export function capDiagnostics(diagnostics: Diagnostic[], t: Translate): Diagnostic[] {
  if (diagnostics.length <= MAX_DIAGNOSTICS) return diagnostics;
  const note: Diagnostic = {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: "attest",
    code: "more-findings",
    message: t("server.moreDiagnostics", { count: diagnostics.length - MAX_DIAGNOSTICS, shown: MAX_DIAGNOSTICS }),
  };
  return [...diagnostics.slice(0, MAX_DIAGNOSTICS), note];
}

/** A draft's size in the words of the too-large messages. */
export const draftSize = (n: number): string => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(n / 1024)} KiB`);

/** The one diagnostic of a draft too large to check. */
export function tooLargeDiagnostic(bytes: number, limit: number, t: Translate): Diagnostic {
  const size = draftSize;
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: "attest",
    code: "draft-too-large",
    message: t("server.draftTooLarge", { size: size(bytes), limit: size(limit) }),
  };
}

/**
 * A claim that could not be checked (the archive is unreachable): a hint of its own, never a
 * verdict, so an outage does not turn every claim into "unsupported".
 */
export function notCheckedDiagnostic(claim: { range: Diagnostic["range"] }, t: Translate): Diagnostic {
  return {
    range: claim.range,
    severity: DiagnosticSeverity.Hint,
    source: "attest",
    code: NOT_CHECKED_CODE,
    message: t("server.notChecked"),
  };
}

/** The diagnostic code of a claim not checked (clients and tests tell it from the verdicts by it). */
export const NOT_CHECKED_CODE = "not-checked";

/**
 * `file://` URI of a source article, with `#L<line>` (one-based) so editors open it at the quote;
 * `#page=N` for a PDF (viewers open it there); none for a web page or Word file, whose lines
 * are those of the extracted text, not of the file.
 */
export function sourceLink(evidence: Pick<Evidence, "uri" | "range" | "page">): string {
  if (evidence.page !== undefined) return `${fileUri(evidence.uri)}#page=${evidence.page}`;
  if (isExtractedSource(evidence.uri)) return fileUri(evidence.uri);
  return `${fileUri(evidence.uri)}#L${evidence.range.start.line + 1}`;
}

/** The data of an Attest diagnostic sent back by a client, or undefined when it is missing or damaged. */
export function readDiagnosticData(diagnostic: Diagnostic): AttestDiagnosticData | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
  const parsed = diagnosticDataSchema.safeParse(diagnostic.data);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The edit that silences one claim inline, in the draft's own syntax. Markdown: a comment before
 * the sentence, never after a comment left open (its `-->` would close it and hide what lies
 * between). Plain text: a line marker at the end of the claim's line. A figure or an unknown name
 * is named (only that claim goes); any other text claim is its whole sentence, so the plain marker.
 */
function inlineIgnoreEdit(data: AttestDiagnosticData, diagnostic: Diagnostic, draft: DraftText): TextEdit | undefined {
  const named = String(diagnostic.code ?? "").startsWith("figure-") || (data.unknownNames?.length ?? 0) > 0;
  const form = inlineIgnoreForm(draft.languageId, draft.uri);
  const marker = inlineIgnoreMarker(form, named ? data.claim : undefined);
  if (form === "comment") {
    if (insideOpenComment(draft.text, draft.offsetAt(data.sentenceRange.start))) return undefined;
    return { range: { start: data.sentenceRange.start, end: data.sentenceRange.start }, newText: `${marker} ` };
  }
  const claimEnd = draft.offsetAt(diagnostic.range.end);
  let lineEnd = draft.text.indexOf("\n", claimEnd);
  if (lineEnd < 0) lineEnd = draft.text.length;
  if (draft.text[lineEnd - 1] === "\r") lineEnd--;
  const at = draft.positionAt(lineEnd);
  const spaced = /[ \t]$/.test(draft.text.slice(0, lineEnd)) ? "" : " ";
  return { range: { start: at, end: at }, newText: `${spaced}${marker}` };
}

export interface CodeActionContext {
  draft: DraftText;
  t: Translate;
  /** Whether a workspace folder can hold `.attest/ignore.json`. */
  canIgnoreInWorkspace: boolean;
}

/** Quick fixes for one Attest diagnostic: the sourced correction first (preferred), then ignore / show sources. */
export function codeActionsFor(diagnostic: Diagnostic, data: AttestDiagnosticData, ctx: CodeActionContext): CodeAction[] {
  const { draft, t } = ctx;
  const actions: CodeAction[] = [];
  // A fix is only offered while the text it replaces is still there (the diagnostic may be stale).
  const applicable = data.fixes.filter(
    (fix) => draft.text.slice(draft.offsetAt(fix.range.start), draft.offsetAt(fix.range.end)) === fix.expected,
  );
  applicable.forEach((fix, i) => {
    actions.push({
      title: fix.title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: i === 0,
      edit: { changes: { [draft.uri]: [{ range: fix.range, newText: fix.newText }] } },
    });
  });
  const inline = inlineIgnoreEdit(data, diagnostic, draft);
  if (inline) {
    actions.push({
      title: t("action.ignoreInline"),
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: { changes: { [draft.uri]: [inline] } },
    });
  }
  if (ctx.canIgnoreInWorkspace) {
    actions.push({
      title: t("action.ignoreInWorkspace"),
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      command: {
        title: t("action.ignoreInWorkspace"),
        command: ServerCommands.ignoreClaimInWorkspace,
        arguments: [{ uri: draft.uri, claim: data.claim, sentence: data.sentence }],
      },
    });
  }
  if (ctx.canIgnoreInWorkspace && data.unknownNames?.length) {
    const title = t("action.addToNames", { names: data.unknownNames.map((n) => `“${n}”`).join(", ") });
    actions.push({
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: applicable.length === 0,
      command: { title, command: ServerCommands.addNames, arguments: [{ uri: draft.uri, names: data.unknownNames }] },
    });
  }
  if (data.evidence.length > 0) {
    actions.push({
      title: t("action.showSources"),
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      command: { title: t("action.showSources"), command: ServerCommands.showSources, arguments: [{ evidence: data.evidence }] },
    });
  }
  return actions;
}

/** The source's place only: the quote is in the hover, which VS Code shows right under this. */
function relatedInformation(evidence: Evidence): DiagnosticRelatedInformation {
  return {
    location: { uri: fileUri(evidence.uri), range: evidence.range },
    // VS Code writes the location (document, line) before this message already.
    message: evidence.value ?? evidence.document,
  };
}
