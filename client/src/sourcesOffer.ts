// The first-run offer: when the workspace has a folder that looks like sources (many articles,
// none open as drafts), or a draft's claims are mostly "No source mentions …" against the bundled
// corpus, Attest offers once to choose the sources, with "Don't ask again".
import * as path from "node:path";
import * as vscode from "vscode";
import { DocumentReportRequest, type DocumentCounts } from "#shared/protocol";
import type { AttestSettings } from "#shared/settings";
import type { AttestClient } from "./attestClient";
import { chooseCorpusFolder } from "./corpusFolder";
import { t } from "./i18n";

const OFFERED = "attest.sourcesOffered";
const NEVER = "attest.sourcesOfferNever";
/** A folder with at least this many articles, or named like sources with a few, looks like a corpus. */
const MANY_ARTICLES = 20;
const FEW_ARTICLES = 3;
const SOURCES_NAME = /source|corpus|article|press|clip|archive|dossier|depeche|dépêche/i;

export class SourcesOffer {
  private asking = false;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly attest: AttestClient,
    private readonly settings: () => AttestSettings,
    /** Shows the offer and resolves to the button chosen; the extension tests answer in the user's place. */
    private readonly ask: (message: string, ...items: string[]) => Thenable<string | undefined> = (message, ...items) =>
      vscode.window.showInformationMessage(message, ...items),
  ) {}

  private get allowed(): boolean {
    return (
      !this.asking &&
      this.settings().corpus.paths.length === 0 &&
      !this.context.workspaceState.get<boolean>(OFFERED) &&
      !this.context.globalState.get<boolean>(NEVER)
    );
  }

  /** At start: a folder of the workspace that looks like sources. */
  async checkWorkspace(): Promise<void> {
    if (!this.allowed) return;
    const candidate = await likelySourcesFolder();
    if (candidate) await this.offer(candidate.uri, t("client.offerFolder", { name: candidate.name, count: candidate.files }));
  }

  /** After a check: most claims name things the (bundled) corpus never mentions. */
  async onCounts({ uri, counts }: DocumentCounts): Promise<void> {
    if (!this.allowed || counts.unsupported < 3) return;
    const report = await this.attest.languageClient.sendRequest(DocumentReportRequest, { uri }).catch(() => null);
    if (!report || report.claims.length === 0) return;
    const unsourced = report.claims.filter((c) => c.verdict === "unsupported" && c.sources.length === 0).length;
    if (unsourced / report.claims.length < 0.6) return;
    const candidate = await likelySourcesFolder();
    await this.offer(candidate?.uri, t("client.offerChoose"));
  }

  private async offer(folder: vscode.Uri | undefined, message: string): Promise<void> {
    this.asking = true;
    await this.context.workspaceState.update(OFFERED, true);
    const use = t("client.useIt");
    const choose = t("client.chooseFolder");
    const never = t("client.dontAskAgain");
    const answer = await this.ask(message, ...(folder ? [use] : []), choose, never);
    this.asking = false;
    if (answer === use && folder) await chooseCorpusFolder(folder);
    else if (answer === choose) await chooseCorpusFolder();
    else if (answer === never) await this.context.globalState.update(NEVER, true);
  }
}

/** The top-level folder with the most articles that is not where the open drafts are. */
async function likelySourcesFolder(): Promise<{ uri: vscode.Uri; name: string; files: number } | undefined> {
  const files = await vscode.workspace.findFiles("*/**/*.{md,txt}", "{**/node_modules/**,**/.git/**,**/.attest/**}", 2000);
  const byFolder = new Map<string, { uri: vscode.Uri; name: string; files: number }>();
  for (const file of files) {
    const workspace = vscode.workspace.getWorkspaceFolder(file);
    if (!workspace) continue;
    const top = path.relative(workspace.uri.fsPath, file.fsPath).split(path.sep)[0]!;
    const key = `${workspace.uri.toString()}/${top}`;
    const entry = byFolder.get(key) ?? { uri: vscode.Uri.joinPath(workspace.uri, top), name: top, files: 0 };
    entry.files++;
    byFolder.set(key, entry);
  }
  const openDrafts = vscode.workspace.textDocuments.map((d) => d.uri.fsPath);
  return [...byFolder.values()]
    .filter((f) => !openDrafts.some((d) => d.startsWith(f.uri.fsPath + path.sep)))
    .filter((f) => f.files >= MANY_ARTICLES || (f.files >= FEW_ARTICLES && SOURCES_NAME.test(f.name)))
    .sort((a, b) => b.files - a.files)[0];
}
