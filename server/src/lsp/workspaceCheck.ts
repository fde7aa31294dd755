// "Fact-check Workspace": checks the drafts the client found (open ones from the editor, the others
// from disk) and publishes their diagnostics. Corpus files, excluded files and, in an untrusted
// workspace, files outside the workspace folders are skipped.
import * as path from "node:path";
import { minimatch } from "minimatch";
import { emptyCounts, type FactCheckWorkspaceParams, type WorkspaceReport } from "../shared/protocol";
import type { AttestSettings } from "../shared/settings";
import { readDraftFile } from "../core/corpus/readDraftFile";
import { translator, type Locale, type Translate } from "../shared/i18n";
import { describeWarning } from "../core/warnings";
import { countVerdicts, draftSize } from "./adapter";
import type { OpenDocuments } from "./serverConnection";
import { isInside, type CorpusService } from "./corpusService";
import type { DraftChecks } from "./openDrafts";
import { filePath } from "./ignoreService";
import { isDraftPath } from "../shared/draftGlobs";
import { errorText } from "../shared/errorText";

export interface WorkspaceCheckDeps {
  drafts: DraftChecks;
  documents: Pick<OpenDocuments, "get">;
  corpus: CorpusService;
  settings: AttestSettings;
  workspaceFolders: string[];
  trusted: boolean;
  locale: Locale;
}

export async function checkWorkspace(params: FactCheckWorkspaceParams, deps: WorkspaceCheckDeps): Promise<WorkspaceReport> {
  const report: WorkspaceReport = { checked: 0, skipped: 0, counts: emptyCounts(), failures: [] };
  const drafts = Array.isArray(params?.drafts) ? params.drafts : [];
  for (const draft of drafts) {
    const uri = typeof draft?.uri === "string" ? draft.uri : undefined;
    const languageId = typeof draft?.languageId === "string" ? draft.languageId : "plaintext";
    const file = uri ? filePath(uri) : undefined;
    if (!uri || !file || skip(file, deps)) {
      report.skipped += 1;
      continue;
    }
    try {
      const open = deps.documents.get(uri);
      const outcome = open
        ? await deps.drafts.check(open)
        : await deps.drafts.checkClosed(uri, languageId, readClosedDraft(file, deps.settings.maxFileSize, deps.locale));
      const counts = countVerdicts(outcome.findings);
      report.counts.conflict += counts.conflict;
      report.counts.unsupported += counts.unsupported;
      report.counts.supported += counts.supported;
      report.checked += 1;
    } catch (error) {
      report.failures.push({ uri, reason: errorText(error, deps.locale) });
    }
  }
  return report;
}

function skip(file: string, deps: WorkspaceCheckDeps): boolean {
  if (deps.corpus.isCorpusFile(file)) return true;
  const folder = deps.workspaceFolders.find((f) => isInside(file, f));
  if (!deps.trusted && !folder) return true;
  const relative = folder ? path.relative(folder, file).split(path.sep).join("/") : file;
  if (!isDraftPath(folder ? relative : undefined, deps.settings.drafts)) return true;
  return deps.settings.exclude.some((glob) => minimatch(relative, glob, { dot: true, matchBase: !glob.includes("/") }));
}

/** A draft read from disk could not be used; the message says why, in the writer's language. */
export class DraftSkipped extends Error {}

/**
 * A closed draft's text: a regular file only, read without blocking and never past
 * attest.maxFileSize (the corpus's bounded reader), decoded as the corpus is (UTF-8, UTF-16/32 with
 * a byte-order mark, else Windows-1252). Throws DraftSkipped with the reason otherwise.
 */
export function readClosedDraft(file: string, maxFileSize: number, locale: Locale): string {
  const t: Translate = translator(locale);
  const read = readDraftFile(file, maxFileSize);
  if ("tooLarge" in read)
    throw new DraftSkipped(t("server.draftFileTooLarge", { size: draftSize(read.tooLarge), limit: draftSize(maxFileSize) }));
  if ("skip" in read) throw new DraftSkipped(t("server.draftSkipped", { reason: describeWarning(read.skip, locale) }));
  return read.text;
}
