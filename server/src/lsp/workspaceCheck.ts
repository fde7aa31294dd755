// "Fact-check Workspace": checks the drafts the client found (open ones from the editor, the others
// from disk) and publishes their diagnostics. Corpus files, excluded files and, in an untrusted
// workspace, files outside the workspace folders are skipped.
import * as fs from "node:fs/promises";
import * as path from "node:path";
import { minimatch } from "minimatch";
import { emptyCounts, type FactCheckWorkspaceParams, type WorkspaceReport } from "../shared/protocol";
import type { AttestSettings } from "../shared/settings";
import { countVerdicts } from "./adapter";
import type { OpenDocuments } from "./serverConnection";
import { isInside, type CorpusService } from "./corpusService";
import type { DraftChecks } from "./openDrafts";
import { filePath } from "./ignoreService";
import { isDraftPath } from "../shared/draftGlobs";

export interface WorkspaceCheckDeps {
  drafts: DraftChecks;
  documents: Pick<OpenDocuments, "get">;
  corpus: CorpusService;
  settings: AttestSettings;
  workspaceFolders: string[];
  trusted: boolean;
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
        : await deps.drafts.checkClosed(uri, languageId, await readDraft(file, deps.settings));
      const counts = countVerdicts(outcome.findings);
      report.counts.conflict += counts.conflict;
      report.counts.unsupported += counts.unsupported;
      report.counts.supported += counts.supported;
      report.checked += 1;
    } catch (error) {
      report.failures.push({ uri, reason: (error as Error).message });
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

async function readDraft(file: string, settings: AttestSettings): Promise<string> {
  const stat = await fs.stat(file);
  if (stat.size > settings.maxFileSize) {
    throw new Error(`${stat.size} bytes is over attest.maxFileSize (${settings.maxFileSize})`);
  }
  return (await fs.readFile(file, "utf8")).replace(/^\uFEFF/, "");
}
