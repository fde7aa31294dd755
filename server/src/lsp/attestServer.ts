// The Attest language server's state and one method per request or notification. server.ts
// registers these methods on a real connection; tests call them directly with a fake one.
import { fileURLToPath, pathToFileURL } from "node:url";
import * as fs from "node:fs/promises";
import * as os from "node:os";
import * as path from "node:path";
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocumentSyncKind,
  type CodeAction,
  type CodeActionParams,
  type DidChangeConfigurationParams,
  type DidChangeWatchedFilesParams,
  type Disposable,
  type ExecuteCommandParams,
  type FileSystemWatcher,
  type Hover,
  type HoverParams,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceFoldersChangeEvent,
} from "vscode-languageserver/node";
import type { TextDocument } from "vscode-languageserver-textdocument";
import {
  CorpusStatusNotification,
  IndexingProgressNotification,
  type AttestInitializationOptions,
  type CorpusStatus,
  type DocumentReport,
  type FactCheckDocumentParams,
  type FactCheckWorkspaceParams,
  type SourceText,
  type SourceTextParams,
  type WorkspaceReport,
} from "../shared/protocol";
import { localeOf, translator, WordedError, type Locale, type Translate } from "../shared/i18n";
import { errorReport } from "../shared/errorText";
import type { AttestSettings } from "../shared/settings";
import { codeActionsFor, diagnosticData, draftText, readDiagnosticData, DIAGNOSTIC_SOURCE } from "./adapter";
import { executeServerCommand, serverCommandIds } from "./commands";
import { CorpusService, resolveCorpusPaths } from "./corpusService";
import { maskUrl } from "../archive/maskUrl";
import { describeWarning, type Warning } from "../core/warnings";
import { InvalidParamsError, requirePosition, requireUri } from "./guard";
import { findingsAt, hoverFor } from "./hover";
import { IgnoreService, filePath } from "./ignoreService";
import { DraftChecks } from "./openDrafts";
import { defaultBundledCorpus } from "./paths";
import { buildReport } from "../shared/report/buildReport";
import type { OpenDocuments, ServerConnection } from "./serverConnection";
import { SettingsSource } from "./settingsSource";
import { evidenceDocument, evidenceLink, sourceTextFor } from "./sourceText";
import { sendNotification } from "./typedMessages";
import { checkWorkspace, DraftSkipped, readClosedDraft } from "./workspaceCheck";

export class AttestLanguageServer {
  private options: AttestInitializationOptions = {};
  private workspaceFolders: string[] = [];
  private locale: Locale = "en";
  private t: Translate = translator("en");
  private capabilities: InitializeParams["capabilities"] = {};
  private settingsSource?: SettingsSource;
  private drafts?: DraftChecks;
  /** No draft is checked before the first corpus load has finished. */
  private corpusReady = false;
  private watcherRegistration?: Disposable;
  /** The corpus load in progress (or the last one): loads run one at a time, requests wait for it. */
  private reloading?: Promise<CorpusStatus>;
  /** A load queued behind the running one and not started yet: later requests join it (it reads the settings when it starts). */
  private queuedLoad?: Promise<CorpusStatus>;
  /**
   * Set when start-up asks for the first load. Settings the client pushes before then (VS Code
   * pushes them as soon as the server registers) are read by that load, not by one of their own.
   */
  private firstLoadRequested = false;
  /** Stops the corpus load in progress, for clients that show their own Cancel button (VS Code's notification). */
  private stopIndexing?: () => void;
  /** Retries the open drafts (or the load) while the archive cannot be reached. */
  private archiveRetry?: NodeJS.Timeout;
  /** The last load could not reach the archive: its counts are unknown until a load reaches it. */
  private archiveDownAtLoad = false;
  readonly corpus: CorpusService;
  private readonly ignore: IgnoreService;

  constructor(
    private readonly connection: ServerConnection,
    private readonly documents: OpenDocuments,
    corpus?: CorpusService,
  ) {
    this.corpus = corpus ?? new CorpusService((m) => this.log(m));
    this.ignore = new IgnoreService(
      () => this.workspaceFolders,
      (problem) => this.warn(this.t("server.problem", { problem: describeWarning(problem, this.locale) })),
    );
  }

  initialize(params: InitializeParams): InitializeResult {
    this.capabilities = params.capabilities;
    const options = (params.initializationOptions ?? {}) as AttestInitializationOptions;
    this.options = options;
    this.workspaceFolders = foldersOf(params);
    this.locale = localeOf(params.locale);
    this.t = translator(this.locale);
    this.corpus.setLocale(this.locale);
    this.settingsSource = new SettingsSource(
      this.connection,
      this.capabilities.workspace?.configuration === true,
      options.settings,
      (problem) => this.warn(this.t("server.problem", { problem })),
      () => this.workspaceFolders,
      this.t,
      this.locale,
    );
    this.corpus.setCacheDir(cacheDirFor(options, this.workspaceFolders));
    const debounceMs = typeof options.debounceMs === "number" && options.debounceMs >= 0 ? options.debounceMs : undefined;
    this.drafts = new DraftChecks({
      connection: this.connection,
      documents: this.documents,
      corpus: this.corpus,
      ignore: this.ignore,
      settings: () => this.settings,
      locale: this.locale,
      log: (m) => this.logError(m),
      debounceMs,
      onArchive: (unavailable) => this.archiveAnswered(unavailable),
    });
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        executeCommandProvider: { commands: serverCommandIds },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: "attest" },
    };
  }

  /** Whether the client sends workspace/didChangeWorkspaceFolders (only then may one subscribe to it). */
  get reportsWorkspaceFolderChanges(): boolean {
    return this.capabilities.workspace?.workspaceFolders === true;
  }

  /** Registers for configuration changes, reads the settings and the ignore lists, then loads the corpus. */
  async initialized(): Promise<void> {
    try {
      if (this.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
        await this.connection.client.register(DidChangeConfigurationNotification.type, { section: "attest" });
      }
      await this.settingsSource!.refresh();
      await this.ignore.load();
    } catch (error) {
      this.logError(this.t("server.startupFailed", { detail: errorReport(error, this.locale) }));
    }
    this.firstLoadRequested = true;
    await this.reloadCorpus();
  }

  didChangeWorkspaceFolders(event: WorkspaceFoldersChangeEvent): void {
    const removed = new Set(event.removed.map((f) => uriToPath(f.uri)));
    this.workspaceFolders = [...this.workspaceFolders.filter((f) => !removed.has(f)), ...event.added.map((f) => uriToPath(f.uri))];
    void this.ignore.load().then(() => this.draftChecks.recheckAll({ onlyIfChecked: true }));
  }

  async didChangeConfiguration(change: DidChangeConfigurationParams | undefined): Promise<void> {
    try {
      await this.applySettings((change?.settings as { attest?: unknown } | undefined)?.attest);
    } catch (error) {
      this.logError(this.t("server.settingsFailed", { detail: errorReport(error, this.locale) }));
    }
  }

  /** Re-reads the settings (editor and project file), then reloads the corpus or re-checks as needed. */
  private async applySettings(pushed?: unknown): Promise<void> {
    const before = this.corpusSettingsKey();
    await this.settingsSource!.refresh(pushed);
    for (const doc of this.documents.all()) if (!this.isDraft(doc)) this.draftChecks.clear(doc.uri);
    if (this.corpusSettingsKey() !== before) {
      if (this.firstLoadRequested) await this.reloadCorpus();
    } else if (this.corpusReady) this.draftChecks.recheckAll({ onlyIfChecked: this.settings.checkOn === "manual" });
  }

  async didChangeWatchedFiles({ changes }: DidChangeWatchedFilesParams): Promise<void> {
    try {
      const files = (changes ?? []).map((c) => ({ path: uriToPath(c.uri), deleted: c.type === FileChangeType.Deleted }));
      if (files.some((f) => this.settingsSource!.isProjectFile(f.path))) await this.applySettings();
      const ignoreChanged = files.some((f) => this.ignore.isIgnoreFile(f.path));
      if (ignoreChanged) await this.ignore.load();
      const corpusChanged = await this.corpus.applyChanges(files.filter((f) => this.corpus.isCorpusFile(f.path)));
      if (corpusChanged) sendNotification(this.connection, CorpusStatusNotification, this.corpus.status());
      if (corpusChanged || ignoreChanged) this.draftChecks.recheckAll({ onlyIfChecked: this.settings.checkOn === "manual" });
    } catch (error) {
      this.logError(this.t("server.watchedFilesFailed", { detail: errorReport(error, this.locale) }));
    }
  }

  didOpen(document: TextDocument): void {
    if (this.corpusReady && this.isDraft(document) && this.settings.checkOn !== "manual") void this.draftChecks.check(document);
  }

  didChangeContent(document: TextDocument): void {
    if (this.corpusReady && this.isDraft(document) && this.settings.checkOn === "type" && !this.draftChecks.isUpToDate(document)) {
      this.draftChecks.schedule(document);
    }
  }

  didSave(document: TextDocument): void {
    const mode = this.settings.checkOn;
    if (this.corpusReady && this.isDraft(document) && mode !== "manual" && !this.draftChecks.isUpToDate(document)) {
      void this.draftChecks.check(document);
    }
  }

  didClose(document: TextDocument): void {
    this.draftChecks.close(document.uri);
  }

  /** Reads the findings kept from the last check; never checks again. */
  hover(params: HoverParams): Hover | null {
    const uri = requireUri(params);
    const position = requirePosition(params);
    return hoverFor(findingsAt(this.draftChecks.findings(uri), position), this.t, {
      shownAsDiagnostic: (f) => this.settings.severity[f.verdict] !== "off",
      link: (e) => evidenceLink(e, this.options.sourceDocuments === true),
    });
  }

  /** Quick fixes from the diagnostics' data (or, for clients that drop it, the kept findings); never checks again. */
  codeAction(params: CodeActionParams): CodeAction[] {
    const uri = requireUri(params);
    const doc = this.documents.get(uri);
    const diagnostics = params?.context?.diagnostics;
    if (!Array.isArray(diagnostics)) throw new InvalidParamsError((t) => t("params.notAnArray", { field: "context.diagnostics" }));
    const only: unknown = params.context.only;
    if (only !== undefined && only !== null && !(Array.isArray(only) && only.every((k) => typeof k === "string"))) {
      throw new InvalidParamsError((t) => t("params.badCodeActionKinds"));
    }
    if (!doc) return [];
    const draft = draftText(uri, doc.getText(), doc.languageId);
    const ctx = { draft, t: this.t, canIgnoreInWorkspace: this.ignore.folderFor(uri) !== undefined };
    const actions: CodeAction[] = [];
    for (const diagnostic of diagnostics.filter((d) => d?.source === DIAGNOSTIC_SOURCE)) {
      const cached = this.draftChecks.findings(uri).find((f) => sameRange(f.range, diagnostic.range));
      const data = readDiagnosticData(diagnostic) ?? (cached && diagnosticData(cached, draft));
      if (data) actions.push(...codeActionsFor(diagnostic, data, ctx));
    }
    return Array.isArray(only) ? actions.filter((a) => only.some((kind: string) => a.kind?.startsWith(kind))) : actions;
  }

  async executeCommand(params: ExecuteCommandParams): Promise<null> {
    if (typeof params?.command !== "string") throw new InvalidParamsError((t) => t("params.notAString", { field: "command" }));
    if (params.arguments !== undefined && params.arguments !== null && !Array.isArray(params.arguments))
      throw new InvalidParamsError((t) => t("params.notAnArray", { field: "arguments" }));
    await executeServerCommand(params.command, params.arguments, {
      connection: this.connection,
      ignore: this.ignore,
      t: this.t,
      locale: this.locale,
      canShowDocument: this.capabilities.window?.showDocument?.support === true,
      sourceDocument: (file) => evidenceDocument(file, this.options.sourceDocuments === true),
      recheck: () => this.draftChecks.recheckAll({ onlyIfChecked: true }),
      reloadSettings: () => this.applySettings(),
    });
    return null;
  }

  /** attest/factCheckDocument: checks one draft (open or on disk) and answers its report. */
  async factCheckDocument(params: FactCheckDocumentParams): Promise<DocumentReport | null> {
    const uri = typeof params?.uri === "string" ? params.uri : undefined;
    if (!uri) throw new InvalidParamsError((t) => t("params.notAString", { field: "uri" }));
    await (this.reloading ?? Promise.resolve());
    const open = this.documents.get(uri);
    let text: string;
    let outcome;
    if (open) {
      text = open.getText();
      outcome = await this.draftChecks.check(open);
    } else {
      const file = filePath(uri);
      if (!file) return null;
      const stat = await fs.stat(file).catch(() => undefined);
      if (!stat) throw new InvalidParamsError((t) => t("params.noSuchFile", { uri }));
      if (!stat.isFile()) throw new InvalidParamsError((t) => t("params.notADraft", { uri }));
      try {
        text = readClosedDraft(file, this.settings.maxFileSize, this.locale);
      } catch (error) {
        // A file the writer asked for that cannot be a draft is a bad parameter, not a server fault.
        if (error instanceof DraftSkipped) throw new InvalidParamsError(() => `${uri}: ${error.message}`);
        throw error;
      }
      outcome = await this.draftChecks.checkClosed(uri, languageOf(file), text);
    }
    const status = this.corpus.status();
    return buildReport(uri, text, outcome.lang, outcome.findings, { documents: status.documents, sentences: status.sentences });
  }

  /** attest/documentReport: the report of an open draft from its last check (no new check), or null. */
  documentReport(params: FactCheckDocumentParams): DocumentReport | null {
    const uri = typeof params?.uri === "string" ? params.uri : undefined;
    if (!uri) throw new InvalidParamsError((t) => t("params.notAString", { field: "uri" }));
    const open = this.documents.get(uri);
    const lang = this.draftChecks.checkedLang(uri);
    if (!open || lang === undefined) return null;
    const status = this.corpus.status();
    return buildReport(uri, open.getText(), lang, this.draftChecks.findings(uri), {
      documents: status.documents,
      sentences: status.sentences,
    });
  }

  /** attest/cancelIndexing: stops the corpus load in progress; what is indexed by then is kept. */
  cancelIndexing(): void {
    this.stopIndexing?.();
  }

  /** attest/factCheckWorkspace: checks the drafts the client listed. */
  async factCheckWorkspace(params: FactCheckWorkspaceParams): Promise<WorkspaceReport> {
    await (this.reloading ?? Promise.resolve());
    return checkWorkspace(params, {
      drafts: this.draftChecks,
      documents: this.documents,
      corpus: this.corpus,
      settings: this.settings,
      workspaceFolders: this.workspaceFolders,
      trusted: this.options.trusted !== false,
      locale: this.locale,
    });
  }

  /** attest/sourceText: a corpus file's extracted text, for clients that show PDF, web and Word sources as text. */
  sourceText(params: SourceTextParams): Promise<SourceText | null> {
    return sourceTextFor(params, this.corpus, this.settings, this.t);
  }

  /** attest/reloadCorpus, and every load: reads the whole corpus (one load at a time), then re-checks the open drafts. */
  reloadCorpus(): Promise<CorpusStatus> {
    if (this.queuedLoad) return this.queuedLoad;
    const next = (this.reloading ?? Promise.resolve())
      .catch(() => undefined)
      .then(() => {
        if (this.queuedLoad === next) this.queuedLoad = undefined;
        return this.loadCorpus();
      });
    if (this.reloading) this.queuedLoad = next;
    this.reloading = next;
    return next;
  }

  /** Stops the engine thread (tests; a real server ends with its process). */
  async dispose(): Promise<void> {
    await this.corpus.engine.dispose();
  }

  /**
   * The archive answered a check (undefined) or could not be reached: the status says so, and
   * while it cannot, the open drafts are tried again every ARCHIVE_RETRY_MS, so checks resume by
   * themselves once it is back.
   */
  private archiveAnswered(why: Warning | undefined): void {
    const wasUnavailable = this.corpus.isUnavailable;
    const unavailable = why && describeWarning(why, this.locale);
    if (!this.corpus.setUnavailable(unavailable)) return;
    sendNotification(this.connection, CorpusStatusNotification, this.corpus.status());
    if (unavailable) {
      this.log(this.t("server.archiveUnavailable", { reason: unavailable }));
      this.retryArchive(() => this.draftChecks.recheckAll());
    } else if (wasUnavailable) {
      this.log(this.t("server.archiveBack"));
      clearInterval(this.archiveRetry);
      this.archiveRetry = undefined;
      // Unreachable since the load: its size was never read, so load again (which checks the drafts).
      if (this.archiveDownAtLoad) void this.reloadCorpus();
      else this.draftChecks.recheckAll({ onlyIfChecked: true });
    }
  }

  /** Runs `attempt` every ARCHIVE_RETRY_MS (or the test's archiveRetryMs) until the archive answers. */
  private retryArchive(attempt: () => void): void {
    const every =
      typeof this.options.archiveRetryMs === "number" && this.options.archiveRetryMs > 0 ? this.options.archiveRetryMs : ARCHIVE_RETRY_MS;
    this.archiveRetry ??= setInterval(attempt, every);
  }

  private async loadCorpus(): Promise<CorpusStatus> {
    clearInterval(this.archiveRetry);
    this.archiveRetry = undefined;
    const current = this.settings;
    const bundled = this.options.bundledCorpus ?? defaultBundledCorpus();
    const where = { bundled, workspaceFolders: this.workspaceFolders, trusted: this.options.trusted !== false };
    const resolved = resolveCorpusPaths(current, where, this.t);
    // Trying an archive that was down at load again: the status keeps saying it is unreachable.
    if (!(this.archiveDownAtLoad && this.corpus.isUnavailable))
      sendNotification(this.connection, CorpusStatusNotification, { ...this.corpus.status(), state: "indexing", roots: resolved.paths });
    const progress = await this.connection.window.createWorkDoneProgress().catch(() => undefined);
    // Cancellable: a large archive takes a while the first time; what is indexed by then is kept and cached.
    progress?.begin(this.t("server.indexingCorpus"), 0, resolved.paths.join(", "), true);
    const status = await this.corpus.load(
      resolved.paths,
      current,
      resolved.warnings,
      {
        report: (done, total) => {
          progress?.report(total ? Math.floor((100 * done) / total) : 0, `${done}/${total}`);
          sendNotification(this.connection, IndexingProgressNotification, { done, total });
        },
        onCancel: (listener) => {
          progress?.token.onCancellationRequested(listener);
          this.stopIndexing = listener;
        },
      },
      {
        database: resolved.database,
        confineTo: resolved.confineTo,
        statementTimeoutMs:
          typeof this.options.archiveStatementTimeoutMs === "number" && this.options.archiveStatementTimeoutMs > 0
            ? this.options.archiveStatementTimeoutMs
            : undefined,
      },
    );
    this.stopIndexing = undefined;
    await this.watchCorpus(status.roots);
    progress?.done();
    this.log(this.loadedLine(status, resolved.database));
    this.log(this.t(this.corpus.languageModelLoaded ? "server.languageModelLoaded" : "server.languageModelMissing"));
    // Every problem goes to the log; the user gets one notification, not one per file.
    for (const w of status.warnings) this.connection.console.warn(w);
    if (status.warnings.length > 0)
      this.warn(this.t("server.corpusWarnings", { count: status.warnings.length, first: status.warnings[0]! }));
    if (status.state === "failed")
      void this.connection.window.showErrorMessage(this.t("server.problem", { problem: status.warnings.at(-1) ?? "" }));
    else if (status.documents === 0) this.warn(this.t("server.corpusEmpty", { roots: status.roots.join(", ") || "-" }));
    // No await from here to the notification: drafts opened meanwhile are all in this re-check,
    // and a client seeing "ready" sees every later publication come from the new index.
    this.corpusReady = true;
    this.archiveDownAtLoad = status.unavailable !== undefined;
    if (this.archiveDownAtLoad) {
      this.log(this.t("server.archiveUnavailable", { reason: status.unavailable ?? "" }));
      // Tried by loading again: that reads the archive's size, and checks the drafts once it answers.
      this.retryArchive(() => void this.reloadCorpus());
    }
    this.draftChecks.recheckAll({ freshCheckers: true, onlyIfChecked: current.checkOn === "manual" });
    sendNotification(this.connection, CorpusStatusNotification, status);
    return status;
  }

  /** The log line of a finished load: its size, where from, and for files what the cache spared. */
  private loadedLine(status: CorpusStatus, database: string | undefined): string {
    const documents = this.t("count.documents", { count: status.documents });
    const sentences = this.t("count.sentences", { count: status.sentences });
    if (database) return this.t("server.corpusFromArchive", { documents, sentences, url: maskUrl(database) });
    const paths = status.roots.join(", ") || this.t("server.noCorpusPath");
    const load = this.corpus.lastLoad;
    if (!load) return this.t("server.corpusFromFiles", { documents, sentences, paths });
    const { fromCache, indexed } = load;
    return this.t("server.corpusFromFilesTimed", { documents, sentences, paths, fromCache, indexed, ms: Math.round(load.ms) });
  }

  /** Asks the client to watch the corpus and the ignore lists (VS Code does; clients that cannot are fine). */
  private async watchCorpus(roots: string[]): Promise<void> {
    const support = this.capabilities.workspace?.didChangeWatchedFiles;
    if (!support?.dynamicRegistration) return;
    this.watcherRegistration?.dispose();
    this.watcherRegistration = undefined;
    const relative = support.relativePatternSupport === true;
    const watch = (base: string, pattern: string): FileSystemWatcher =>
      relative
        ? { globPattern: { baseUri: pathToFileURL(base).href, pattern } }
        : { globPattern: `${base.split(path.sep).join("/")}/${pattern}` };
    const watchers: FileSystemWatcher[] = [];
    for (const root of roots) {
      const isFile = await fs
        .stat(root)
        .then((s) => s.isFile())
        .catch(() => false);
      watchers.push(isFile ? watch(path.dirname(root), path.basename(root)) : watch(root, "**/*"));
    }
    for (const folder of this.workspaceFolders) watchers.push(watch(folder, ".attest/{ignore,config}.json"));
    try {
      this.watcherRegistration = await this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
    } catch (error) {
      this.log(this.t("server.watchingUnavailable", { reason: (error as Error).message }));
    }
  }

  private get settings(): AttestSettings {
    return this.settingsSource!.settings;
  }

  /** The open-draft checks exist from initialize on; a request before it is the client's mistake. */
  private get draftChecks(): DraftChecks {
    if (!this.drafts) throw new WordedError((t) => t("params.notInitialized"));
    return this.drafts;
  }

  private isDraft(doc: TextDocument): boolean {
    return this.draftChecks.isDraft(doc);
  }

  private corpusSettingsKey(): string {
    const s = this.settings;
    return JSON.stringify([s.corpus.paths, s.corpus.extensions, s.corpus.database, s.maxFileSize, s.exclude]);
  }

  /** The client's locale (from initialize; English until then): every line the server logs is in it. */
  get messagesLocale(): Locale {
    return this.locale;
  }

  /** Words a log line in the client's locale. */
  get translate(): Translate {
    return this.t;
  }

  log(message: string): void {
    this.connection.console.log(message);
  }

  logError(message: string): void {
    this.connection.console.error(message);
  }

  private warn(message: string): void {
    this.connection.console.warn(message);
    void this.connection.window.showWarningMessage(message);
  }
}

/** Pause between tries of the open drafts while the archive cannot be reached. */
const ARCHIVE_RETRY_MS = 5000;

/**
 * Where the index cache goes: the folder the client gives (VS Code: the extension's workspace
 * storage), else .attest/cache in the first workspace folder, else the user's cache folder.
 */
function cacheDirFor(options: AttestInitializationOptions, workspaceFolders: string[]): string {
  if (typeof options.cacheDir === "string" && options.cacheDir) return options.cacheDir;
  if (workspaceFolders[0]) return path.join(workspaceFolders[0], ".attest", "cache");
  return path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), ".cache"), "attest");
}

function foldersOf(params: InitializeParams): string[] {
  const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  const folders = uris.map(uriToPath).filter((p) => p.length > 0);
  if (folders.length === 0 && params.rootPath) folders.push(params.rootPath);
  return folders;
}

function uriToPath(uri: string): string {
  try {
    return fileURLToPath(uri);
  } catch {
    return "";
  }
}

function languageOf(file: string): string {
  return /\.(md|markdown|mdx)$/i.test(file) ? "markdown" : "plaintext";
}

type Pos = { line: number; character: number };

function sameRange(a: { start: Pos; end: Pos }, b: { start: Pos; end: Pos } | undefined): boolean {
  return (
    !!b &&
    a.start.line === b.start?.line &&
    a.start.character === b.start?.character &&
    a.end.line === b.end?.line &&
    a.end.character === b.end?.character
  );
}
