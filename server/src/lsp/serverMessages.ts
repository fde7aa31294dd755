// The server's own user-facing strings (hover labels, code action titles, notifications), in the
// client's locale (initialize `locale`) when it is French, else English.
const en = {
  verdict_conflict: "Conflicts with the sources",
  verdict_unsupported: "Not found in the sources",
  verdict_supported: "Supported by the sources",
  sourcesDisagree: "The sources disagree:",
  line: "line",
  page: "p.",
  sourcedValue: "sourced value",
  fixPrefix: "Replace with",
  ignoreInline: "Ignore this claim (inline comment)",
  ignoreInWorkspace: "Ignore this claim in the workspace (.attest/ignore.json)",
  showSources: "Show sources",
  addToNames: "Add {0} to names (.attest/config.json)",
  ignoredInWorkspace: "Attest: “{0}” is ignored in this workspace (.attest/ignore.json).",
  undo: "Undo",
  namesAdded: "Attest: {0} added to names in {1}.",
  noWorkspaceForIgnore: "Attest: no workspace folder to hold .attest/ignore.json.",
  indexingCorpus: "Attest: indexing the corpus",
  indexedCorpus: "{0} documents, {1} sentences",
  corpusEmpty: "Attest: the corpus is empty ({0}). Claims will all be reported as unsupported.",
  corpusFailed: "Attest: the corpus could not be read: {0}",
  corpusWarnings: "Attest: {0} corpus problem(s), e.g. {1} (details in the output).",
  checkFailed: "Attest: checking {0} failed: {1}",
  draftTooLarge: "Attest: this draft is {0}, over attest.maxFileSize ({1}): not checked.",
  moreDiagnostics: "Attest: {0} more findings not shown (the first {1} are).",
  invalidSetting: "Attest: {0}",
  ignoreFileProblem: "Attest: {0}",
  untrustedPathSkipped: "corpus path {0} is outside the workspace and the bundled corpus; skipped in an untrusted workspace",
} as const;

type MessageKey = keyof typeof en;

const fr: Record<MessageKey, string> = {
  verdict_conflict: "En contradiction avec les sources",
  verdict_unsupported: "Introuvable dans les sources",
  verdict_supported: "Confirmé par les sources",
  sourcesDisagree: "Les sources divergent :",
  line: "ligne",
  page: "p.",
  sourcedValue: "valeur sourcée",
  fixPrefix: "Remplacer par",
  ignoreInline: "Ignorer cette affirmation (commentaire en ligne)",
  ignoreInWorkspace: "Ignorer cette affirmation dans l'espace de travail (.attest/ignore.json)",
  showSources: "Afficher les sources",
  addToNames: "Ajouter {0} aux noms (.attest/config.json)",
  ignoredInWorkspace: "Attest : « {0} » est ignoré dans cet espace de travail (.attest/ignore.json).",
  undo: "Annuler",
  namesAdded: "Attest : {0} ajouté aux noms dans {1}.",
  noWorkspaceForIgnore: "Attest : aucun dossier d'espace de travail pour .attest/ignore.json.",
  indexingCorpus: "Attest : indexation du corpus",
  indexedCorpus: "{0} documents, {1} phrases",
  corpusEmpty: "Attest : le corpus est vide ({0}). Toutes les affirmations seront signalées comme non sourcées.",
  corpusFailed: "Attest : impossible de lire le corpus : {0}",
  corpusWarnings: "Attest : {0} problème(s) de corpus, par ex. {1} (détails dans la sortie).",
  checkFailed: "Attest : la vérification de {0} a échoué : {1}",
  draftTooLarge: "Attest : ce brouillon fait {0}, plus que attest.maxFileSize ({1}) : non vérifié.",
  moreDiagnostics: "Attest : {0} constats de plus non affichés (les {1} premiers le sont).",
  invalidSetting: "Attest : {0}",
  ignoreFileProblem: "Attest : {0}",
  untrustedPathSkipped:
    "le chemin de corpus {0} est hors de l'espace de travail et du corpus fourni ; ignoré dans un espace non approuvé",
};

export type Messages = (key: MessageKey, ...args: Array<string | number>) => string;

export function messagesFor(locale: string | undefined): Messages {
  const table: Record<MessageKey, string> = locale?.toLowerCase().startsWith("fr") ? fr : en;
  return (key, ...args) => table[key].replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)] ?? ""));
}

/** Where a quote is in its source, for people: "p. 2" in a PDF, "line 13" (from 1) elsewhere. */
export function placeInSource(evidence: { page?: number; range: { start: { line: number } } }, messages: Messages): string {
  return evidence.page !== undefined ? `${messages("page")} ${evidence.page}` : `${messages("line")} ${evidence.range.start.line + 1}`;
}
