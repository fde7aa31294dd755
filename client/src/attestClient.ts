// Starts and restarts the language server (`attest lsp`, a node module over IPC) and relays its notifications.
// Restarts happen when the document selector or the workspace trust changes.
import * as vscode from "vscode";
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";
import {
  CancelIndexingNotification,
  CorpusStatusNotification,
  DocumentCountsNotification,
  IndexingProgressNotification,
  type AttestInitializationOptions,
  type CorpusStatus,
  type DocumentCounts,
} from "#shared/protocol";
import type { AttestSettings } from "#shared/settings";
import { IndexingProgress } from "./indexingProgress";
import { serverModulePath } from "./serverModule";
import { explicitSettings } from "./settings";
import { t } from "./i18n";

export class AttestClient implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private readonly corpusStatusEmitter = new vscode.EventEmitter<CorpusStatus>();
  private readonly countsEmitter = new vscode.EventEmitter<DocumentCounts>();
  private readonly indexingProgress = new IndexingProgress(() => {
    if (this.client?.isRunning()) void this.client.sendNotification(CancelIndexingNotification);
  });
  readonly onCorpusStatus = this.corpusStatusEmitter.event;
  readonly onDocumentCounts = this.countsEmitter.event;
  lastCorpusStatus: CorpusStatus | undefined;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly output: vscode.LogOutputChannel,
  ) {}

  async start(settings: AttestSettings): Promise<void> {
    const module = serverModulePath();
    const serverOptions: ServerOptions = {
      run: { module, args: ["lsp"], transport: TransportKind.ipc },
      debug: { module, args: ["lsp"], transport: TransportKind.ipc, options: { execArgv: ["--nolazy", "--inspect=6009"] } },
    };
    // The index cache lives in VS Code's storage for this workspace (or for the extension when no
    // folder is open), not in the writer's files.
    const storage = this.context.storageUri ?? this.context.globalStorageUri;
    const initializationOptions: AttestInitializationOptions = {
      bundledCorpus: this.context.asAbsolutePath("corpus"),
      trusted: vscode.workspace.isTrusted,
      cacheDir: vscode.Uri.joinPath(storage, "index-cache").fsPath,
      sourceDocuments: true,
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: settings.languages.flatMap((language) => [
        { scheme: "file", language },
        { scheme: "untitled", language },
      ]),
      outputChannel: this.output,
      initializationOptions,
      // No `synchronize.configurationSection`: the server registers for `attest` changes itself, and
      // a second registration here made every settings change arrive twice (two corpus reloads).
      markdown: { isTrusted: false, supportHtml: false },
      middleware: {
        workspace: {
          // The server merges the project file under these: send what the writer set, not VS Code's defaults.
          configuration: async (params, token, next) => {
            const answers = await next(params, token);
            if (!Array.isArray(answers)) return answers;
            return params.items.map((item, i) =>
              item.section === "attest"
                ? explicitSettings(item.scopeUri ? vscode.Uri.parse(item.scopeUri) : vscode.workspace.workspaceFolders?.[0]?.uri)
                : answers[i],
            );
          },
        },
      },
    };
    const client = new LanguageClient("attest", "Attest", serverOptions, clientOptions);
    client.onNotification(IndexingProgressNotification, ({ done, total }) => this.indexingProgress.onProgress(done, total));
    client.onNotification(CorpusStatusNotification, (status) => {
      this.lastCorpusStatus = status;
      this.indexingProgress.onStatus(status);
      this.corpusStatusEmitter.fire(status);
    });
    client.onNotification(DocumentCountsNotification, (counts) => this.countsEmitter.fire(counts));
    this.client = client;
    await client.start();
  }

  async restart(settings: AttestSettings): Promise<void> {
    await this.stop();
    await this.start(settings);
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client?.isRunning()) await client.stop();
  }

  /** The running client; commands call this and report a clear error when the server is down. */
  get languageClient(): LanguageClient {
    if (!this.client?.isRunning()) throw new Error(t("client.serverNotRunning"));
    return this.client;
  }

  dispose(): void {
    void this.stop();
    this.corpusStatusEmitter.dispose();
    this.countsEmitter.dispose();
    this.indexingProgress.dispose();
  }
}
