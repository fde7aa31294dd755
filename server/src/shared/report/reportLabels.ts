// The report's words, in English and French: the same for the report view, its exports and
// `attest check --format html`, so a report reads the same wherever it was made.
import type { DocumentReport, VerdictName } from "../protocol";

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
  show: string;
  stale: string;
  copy: string;
  exportHtml: string;
  exportMarkdown: string;
}

type Words = Omit<ReportLabels, "summary"> & { summary: (claims: number, documents: number, sentences: number) => string };

const en: Words = {
  title: "Fact-check report",
  summary: (c, d, s) => `${c} claims checked against ${d} source documents (${s} sentences).`,
  verdicts: { conflict: "Conflict", unsupported: "Unsupported", supported: "Supported" },
  claim: "Claim",
  verdict: "Verdict",
  sources: "Sources",
  line: "line",
  correction: "Sourced value:",
  sourcesDisagree: "The sources disagree.",
  noSource: "No source found",
  noClaims: "No checkable claim in this document.",
  show: "Show:",
  stale: "The corpus changed: this report is out of date until the draft is checked again.",
  copy: "Copy",
  exportHtml: "Export HTML",
  exportMarkdown: "Export Markdown",
};

const fr: Words = {
  title: "Rapport de vérification",
  summary: (c, d, s) => `${c} affirmations vérifiées dans ${d} documents sources (${s} phrases).`,
  verdicts: { conflict: "Contradiction", unsupported: "Non sourcée", supported: "Confirmée" },
  claim: "Affirmation",
  verdict: "Verdict",
  sources: "Sources",
  line: "ligne",
  correction: "Valeur sourcée :",
  sourcesDisagree: "Les sources divergent.",
  noSource: "Aucune source trouvée",
  noClaims: "Aucune affirmation vérifiable dans ce document.",
  show: "Afficher :",
  stale: "Le corpus a changé : ce rapport n'est plus à jour tant que le brouillon n'est pas revérifié.",
  copy: "Copier",
  exportHtml: "Exporter en HTML",
  exportMarkdown: "Exporter en Markdown",
};

export function reportLabels(locale: string | undefined, reports: readonly DocumentReport[]): ReportLabels {
  const words = locale?.toLowerCase().startsWith("fr") ? fr : en;
  const claims = reports.reduce((n, r) => n + r.claims.length, 0);
  const corpus = reports[0]?.corpus ?? { documents: 0, sentences: 0 };
  return { ...words, summary: words.summary(claims, corpus.documents, corpus.sentences) };
}
