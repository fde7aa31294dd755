// The Attest language server: wires the LSP connection to the corpus, the per-document checks and
// the adapter. Runs over stdio (`attest lsp --stdio`, any editor) or node IPC (the VS Code client);
// createConnection picks the transport from the command line.
import { fileURLToPath, pathToFileURL } from "node:url";
import * as fs from "node:fs/promises";
import * as os from "node:os";
import * as path from "node:path";
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  type CodeAction,
  type Connection,
  type Disposable,
  type FileSystemWatcher,
  type InitializeParams,
  type InitializeResult,
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import {
  CancelIndexingNotification,
  CorpusStatusNotification,
  DocumentReportRequest,
  IndexingProgressNotification,
  FactCheckDocumentRequest,
  FactCheckWorkspaceRequest,
  ReloadCorpusRequest,
  SourceTextRequest,
  type SourceTextParams,
  type AttestInitializationOptions,
  type CorpusStatus,
  type DocumentReport,
  type FactCheckDocumentParams,
  type FactCheckWorkspaceParams,
} from "../shared/protocol";
import { codeActionsFor, diagnosticData, draftText, readDiagnosticData, DIAGNOSTIC_SOURCE } from "./adapter";
import { executeServerCommand, serverCommandIds } from "./commands";
import { CorpusService, resolveCorpusPaths } from "./corpusService";
import { maskUrl } from "../archive/maskUrl";
import { DraftChecks } from "./openDrafts";
import { InvalidParamsError, guard, requirePosition, requireUri } from "./guard";
import { findingsAt, hoverFor } from "./hover";
import { evidenceDocument, evidenceLink, sourceTextFor } from "./sourceText";
import { IgnoreService, filePath } from "./ignoreService";
import { messagesFor } from "./serverMessages";
import { defaultBundledCorpus } from "./paths";
import { buildReport } from "../shared/report/buildReport";
import { SettingsSource } from "./settingsSource";
import { onRequest, onRequest0, sendNotification } from "./typedMessages";
import { checkWorkspace } from "./workspaceCheck";
import { FramingGuard } from "./framing";

export function runLanguageServer(): void {
  const connection = process.argv.includes("--stdio") ? stdioConnection() : createConnection(ProposedFeatures.all);
  const documents = new TextDocuments(TextDocument);
  wireServer(connection, documents);
  documents.listen(connection);
  connection.listen();
}

/**
 * The connection over stdin/stdout, with the framing checked (framing.ts): a broken stream is
 * logged with its cause and ends the process (status 2), so the client restarts the server.
 */
function stdioConnection(): Connection {
  const fatal = (cause: string): void => {
    process.stderr.write(`attest: broken language-server input: ${cause}; exiting so that the client restarts the server\n`);
    process.exit(2);
  };
  const reader = new StreamMessageReader(process.stdin.pipe(new FramingGuard(fatal)));
  // Framing is intact here (the guard checked it): a body that is not JSON costs that message only.
  reader.onError((error) => process.stderr.write(`attest: unreadable message skipped: ${error.message}\n`));
  return createConnection(ProposedFeatures.all, reader, new StreamMessageWriter(process.stdout));
}

function wireServer(connection: Connection, documents: TextDocuments<TextDocument>): void {
  const log = (message: string) => connection.console.log(message);
  const logError = (message: string) => connection.console.error(message);
  // A crash in a timer or a promise must not end the editing session: log it and carry on.
  process.on("uncaughtException", (error) => logError(`unexpected error: ${error.stack ?? error}`));
  process.on("unhandledRejection", (reason) => logError(`unexpected rejection: ${(reason as Error)?.stack ?? reason}`));

  let options: AttestInitializationOptions = {};
  let workspaceFolders: string[] = [];
  let locale: "en" | "fr" = "en";
  let messages = messagesFor(undefined);
  let settingsSource: SettingsSource | undefined;
  let capabilities: InitializeParams["capabilities"] = {};
  let corpusReady = false;
  let watcherRegistration: Disposable | undefined;
  let reloading: Promise<CorpusStatus> | undefined;
  /** Stops the corpus load in progress, for clients that show their own Cancel button (VS Code's notification). */
  let cancelIndexing: (() => void) | undefined;

  const corpus = new CorpusService(log);
  const ignore = new IgnoreService(
    () => workspaceFolders,
    (problem) => warn(messages("ignoreFileProblem", problem)),
  );
  const settings = () => settingsSource!.settings;
  let drafts!: DraftChecks;

  function warn(message: string): void {
    connection.console.warn(message);
    void connection.window.showWarningMessage(message);
  }

  const isDraft = (doc: TextDocument): boolean => drafts.isDraft(doc);

  connection.onInitialize((params): InitializeResult => {
    capabilities = params.capabilities;
    options = (params.initializationOptions ?? {}) as AttestInitializationOptions;
    workspaceFolders = foldersOf(params);
    locale = params.locale?.toLowerCase().startsWith("fr") ? "fr" : "en";
    messages = messagesFor(locale);
    settingsSource = new SettingsSource(
      connection,
      capabilities.workspace?.configuration === true,
      options.settings,
      (m) => warn(messages("invalidSetting", m)),
      () => workspaceFolders,
      locale,
    );
    corpus.setCacheDir(cacheDirFor(options, workspaceFolders));
    const debounceMs = typeof options.debounceMs === "number" && options.debounceMs >= 0 ? options.debounceMs : undefined;
    drafts = new DraftChecks({ connection, documents, corpus, ignore, settings, locale, log: logError, debounceMs, onArchive: archiveAnswered });
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
  });

  connection.onInitialized(async () => {
    try {
      if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
        await connection.client.register(DidChangeConfigurationNotification.type, { section: "attest" });
      }
      if (capabilities.workspace?.workspaceFolders) {
        connection.workspace.onDidChangeWorkspaceFolders((event) => {
          const removed = new Set(event.removed.map((f) => uriToPath(f.uri)));
          workspaceFolders = [...workspaceFolders.filter((f) => !removed.has(f)), ...event.added.map((f) => uriToPath(f.uri))];
          void ignore.load().then(() => drafts.recheckAll({ onlyIfChecked: true }));
        });
      }
      await settingsSource!.refresh();
      await ignore.load();
    } catch (error) {
      logError(`start-up: ${(error as Error).stack ?? error}`);
    }
    await reloadCorpus();
  });

  /**
   * The archive answered a check (undefined) or could not be reached: the status says so, and
   * while it cannot, the open drafts are tried again every ARCHIVE_RETRY_MS, so checks resume by
   * themselves once it is back.
   */
  function archiveAnswered(unavailable: string | undefined): void {
    const wasUnavailable = corpus.isUnavailable;
    if (!corpus.setUnavailable(unavailable)) return;
    sendNotification(connection, CorpusStatusNotification, corpus.status());
    if (unavailable) {
      log(`corpus: ${unavailable}; the drafts keep their last findings and are checked again when it answers`);
      const every = typeof options.archiveRetryMs === "number" && options.archiveRetryMs > 0 ? options.archiveRetryMs : ARCHIVE_RETRY_MS;
      archiveRetry ??= setInterval(() => drafts.recheckAll(), every);
    } else if (wasUnavailable) {
      log("corpus: the archive answers again");
      clearInterval(archiveRetry);
      archiveRetry = undefined;
      drafts.recheckAll({ onlyIfChecked: true });
    }
  }
  let archiveRetry: NodeJS.Timeout | undefined;

  /** Reads the whole corpus (one load at a time), then re-checks the open drafts. */
  function reloadCorpus(): Promise<CorpusStatus> {
    const run = async (): Promise<CorpusStatus> => {
      clearInterval(archiveRetry);
      archiveRetry = undefined;
      const current = settings();
      const bundled = options.bundledCorpus ?? defaultBundledCorpus();
      const resolved = resolveCorpusPaths(current, { bundled, workspaceFolders, trusted: options.trusted !== false });
      sendNotification(connection, CorpusStatusNotification, { ...corpus.status(), state: "indexing", roots: resolved.paths });
      const progress = await connection.window.createWorkDoneProgress().catch(() => undefined);
      // Cancellable: a large archive takes a while the first time; what is indexed by then is kept and cached.
      progress?.begin(messages("indexingCorpus"), 0, resolved.paths.join(", "), true);
      const status = await corpus.load(resolved.paths, current, resolved.warnings, {
        report: (done, total) => {
          progress?.report(total ? Math.floor((100 * done) / total) : 0, `${done}/${total}`);
          sendNotification(connection, IndexingProgressNotification, { done, total });
        },
        onCancel: (listener) => {
          progress?.token.onCancellationRequested(listener);
          cancelIndexing = listener;
        },
      }, { database: resolved.database, confineTo: resolved.confineTo });
      cancelIndexing = undefined;
      await watchCorpus(status.roots);
      progress?.done();
      const load = corpus.lastLoad;
      const how = load ? ` (${load.fromCache} from cache, ${load.indexed} indexed, ${Math.round(load.ms)} ms)` : "";
      const source = resolved.database ? `the archive ${maskUrl(resolved.database)}` : status.roots.join(", ") || "nothing";
      log(`corpus: ${status.documents} documents, ${status.sentences} sentences from ${source}${resolved.database ? "" : how}`);
      log(`language detection: ${corpus.languageModelLoaded ? "fastText model loaded" : "function-word counts (fastText model not loaded)"}`);
      // Every problem goes to the log; the user gets one notification, not one per file.
      for (const w of status.warnings) connection.console.warn(w);
      if (status.warnings.length > 0) warn(messages("corpusWarnings", status.warnings.length, status.warnings[0]!));
      if (status.state === "failed") void connection.window.showErrorMessage(messages("corpusFailed", status.warnings.at(-1) ?? ""));
      else if (status.documents === 0) warn(messages("corpusEmpty", status.roots.join(", ") || "-"));
      // No await from here to the notification: drafts opened meanwhile are all in this re-check,
      // and a client seeing "ready" sees every later publication come from the new index.
      corpusReady = true;
      drafts.recheckAll({ freshCheckers: true, onlyIfChecked: current.checkOn === "manual" });
      sendNotification(connection, CorpusStatusNotification, status);
      return status;
    };
    const next = (reloading ?? Promise.resolve()).catch(() => undefined).then(run);
    reloading = next;
    return next;
  }

  /** Asks the client to watch the corpus and the ignore lists (VS Code does; clients that cannot are fine). */
  async function watchCorpus(roots: string[]): Promise<void> {
    const support = capabilities.workspace?.didChangeWatchedFiles;
    if (!support?.dynamicRegistration) return;
    watcherRegistration?.dispose();
    watcherRegistration = undefined;
    const relative = support.relativePatternSupport === true;
    const watch = (base: string, pattern: string): FileSystemWatcher =>
      relative
        ? { globPattern: { baseUri: pathToFileURL(base).href, pattern } }
        : { globPattern: `${base.split(path.sep).join("/")}/${pattern}` };
    const watchers: FileSystemWatcher[] = [];
    for (const root of roots) {
      const isFile = await fs.stat(root).then((s) => s.isFile()).catch(() => false);
      watchers.push(isFile ? watch(path.dirname(root), path.basename(root)) : watch(root, "**/*"));
    }
    for (const folder of workspaceFolders) watchers.push(watch(folder, ".attest/{ignore,config}.json"));
    try {
      watcherRegistration = await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
    } catch (error) {
      log(`file watching unavailable: ${(error as Error).message}`);
    }
  }

  connection.onDidChangeWatchedFiles(async ({ changes }) => {
    try {
      const files = (changes ?? []).map((c) => ({ path: uriToPath(c.uri), deleted: c.type === FileChangeType.Deleted }));
      if (files.some((f) => settingsSource!.isProjectFile(f.path))) await applySettings();
      const ignoreChanged = files.some((f) => ignore.isIgnoreFile(f.path));
      if (ignoreChanged) await ignore.load();
      const corpusChanged = await corpus.applyChanges(files.filter((f) => corpus.isCorpusFile(f.path)));
      if (corpusChanged) sendNotification(connection, CorpusStatusNotification, corpus.status());
      if (corpusChanged || ignoreChanged) drafts.recheckAll({ onlyIfChecked: settings().checkOn === "manual" });
    } catch (error) {
      logError(`watched files: ${(error as Error).stack ?? error}`);
    }
  });

  connection.onDidChangeConfiguration(async (change) => {
    try {
      await applySettings((change?.settings as { attest?: unknown } | undefined)?.attest);
    } catch (error) {
      logError(`settings: ${(error as Error).stack ?? error}`);
    }
  });

  /** Re-reads the settings (editor and project file), then reloads the corpus or re-checks as needed. */
  async function applySettings(pushed?: unknown): Promise<void> {
    const before = corpusSettingsKey();
    await settingsSource!.refresh(pushed);
    for (const doc of documents.all()) if (!isDraft(doc)) drafts.clear(doc.uri);
    if (corpusSettingsKey() !== before) await reloadCorpus();
    else if (corpusReady) drafts.recheckAll({ onlyIfChecked: settings().checkOn === "manual" });
  }

  const corpusSettingsKey = () => {
    const s = settings();
    return JSON.stringify([s.corpus.paths, s.corpus.extensions, s.corpus.database, s.maxFileSize, s.exclude]);
  };

  documents.onDidOpen(({ document }) => {
    if (corpusReady && isDraft(document) && settings().checkOn !== "manual") void drafts.check(document);
  });

  documents.onDidChangeContent(({ document }) => {
    if (corpusReady && isDraft(document) && settings().checkOn === "type" && !drafts.isUpToDate(document)) {
      drafts.schedule(document);
    }
  });

  documents.onDidSave(({ document }) => {
    const mode = settings().checkOn;
    if (corpusReady && isDraft(document) && mode !== "manual" && !drafts.isUpToDate(document)) void drafts.check(document);
  });

  documents.onDidClose(({ document }) => drafts.close(document.uri));

  connection.onHover(
    guard("hover", logError, (params) => {
      const uri = requireUri(params);
      const position = requirePosition(params);
      return hoverFor(findingsAt(drafts.findings(uri), position), messages, {
        shownAsDiagnostic: (f) => settings().severity[f.verdict] !== "off",
        link: (e) => evidenceLink(e, options.sourceDocuments === true),
      });
    }),
  );

  connection.onCodeAction(
    guard("codeAction", logError, (params) => {
      const uri = requireUri(params);
      const doc = documents.get(uri);
      const diagnostics = params?.context?.diagnostics;
      if (!Array.isArray(diagnostics)) throw new InvalidParamsError("params.context.diagnostics must be an array");
      const only: unknown = params.context.only;
      if (only !== undefined && only !== null && !(Array.isArray(only) && only.every((k) => typeof k === "string"))) {
        throw new InvalidParamsError("params.context.only must be an array of code action kinds (strings)");
      }
      if (!doc) return [];
      const draft = draftText(uri, doc.getText(), doc.languageId);
      const ctx = { draft, messages, canIgnoreInWorkspace: ignore.folderFor(uri) !== undefined };
      const actions: CodeAction[] = [];
      for (const diagnostic of diagnostics.filter((d) => d?.source === DIAGNOSTIC_SOURCE)) {
        // Clients that drop `data` still get actions, from the findings kept for this document.
        const cached = drafts.findings(uri).find((f) => sameRange(f.range, diagnostic.range));
        const data = readDiagnosticData(diagnostic) ?? (cached && diagnosticData(cached, draft));
        if (data) actions.push(...codeActionsFor(diagnostic, data, ctx));
      }
      return Array.isArray(only) ? actions.filter((a) => only.some((kind: string) => a.kind?.startsWith(kind))) : actions;
    }),
  );

  connection.onExecuteCommand(
    guard("executeCommand", logError, async (params) => {
      if (typeof params?.command !== "string") throw new InvalidParamsError("params.command must be a string");
      if (params.arguments !== undefined && params.arguments !== null && !Array.isArray(params.arguments)) throw new InvalidParamsError("params.arguments must be an array");
      await executeServerCommand(params.command, params.arguments, {
        connection,
        ignore,
        messages,
        canShowDocument: capabilities.window?.showDocument?.support === true,
        sourceDocument: (file) => evidenceDocument(file, options.sourceDocuments === true),
        recheck: () => drafts.recheckAll({ onlyIfChecked: true }),
        reloadSettings: () => applySettings(),
      });
      return null;
    }),
  );

  onRequest(
    connection,
    FactCheckDocumentRequest,
    guard("attest/factCheckDocument", logError, async (params: FactCheckDocumentParams): Promise<DocumentReport | null> => {
      const uri = typeof params?.uri === "string" ? params.uri : undefined;
      if (!uri) throw new InvalidParamsError("params.uri must be a string");
      await (reloading ?? Promise.resolve());
      const open = documents.get(uri);
      let text: string;
      let outcome;
      if (open) {
        text = open.getText();
        outcome = await drafts.check(open);
      } else {
        const file = filePath(uri);
        if (!file) return null;
        const stat = await fs.stat(file).catch(() => undefined);
        if (!stat) throw new InvalidParamsError(`params.uri names no file: ${uri}`);
        if (!stat.isFile()) throw new InvalidParamsError(`params.uri names a folder or special file, not a draft: ${uri}`);
        text = await fs.readFile(file, "utf8");
        outcome = await drafts.checkClosed(uri, languageOf(file), text);
      }
      const status = corpus.status();
      return buildReport(uri, text, outcome.lang, outcome.findings, { documents: status.documents, sentences: status.sentences });
    }),
  );

  onRequest(
    connection,
    DocumentReportRequest,
    guard("attest/documentReport", logError, (params: FactCheckDocumentParams): DocumentReport | null => {
      const uri = typeof params?.uri === "string" ? params.uri : undefined;
      if (!uri) throw new InvalidParamsError("params.uri must be a string");
      const open = documents.get(uri);
      const lang = drafts.checkedLang(uri);
      if (!open || lang === undefined) return null;
      const status = corpus.status();
      return buildReport(uri, open.getText(), lang, drafts.findings(uri), { documents: status.documents, sentences: status.sentences });
    }),
  );

  onRequest(
    connection,
    FactCheckWorkspaceRequest,
    guard("attest/factCheckWorkspace", logError, async (params: FactCheckWorkspaceParams) => {
      await (reloading ?? Promise.resolve());
      return checkWorkspace(params, {
        drafts,
        documents,
        corpus,
        settings: settings(),
        workspaceFolders,
        trusted: options.trusted !== false,
      });
    }),
  );

  connection.onNotification(CancelIndexingNotification.method, () => cancelIndexing?.());

  onRequest0(connection, ReloadCorpusRequest, guard("attest/reloadCorpus", logError, (_: void) => reloadCorpus()));

  onRequest(connection, SourceTextRequest, guard("attest/sourceText", logError, (params: SourceTextParams) => sourceTextFor(params, corpus, settings(), messages)));
}

/**
 * Where the index cache goes: the folder the client gives (VS Code: the extension's workspace
 * storage), else .attest/cache in the first workspace folder, else the user's cache folder.
 */
/** Pause between tries of the open drafts while the archive cannot be reached. */
const ARCHIVE_RETRY_MS = 5000;

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

function sameRange(a: { start: Pos; end: Pos }, b: { start: Pos; end: Pos } | undefined): boolean {
  return !!b && a.start.line === b.start?.line && a.start.character === b.start?.character && a.end.line === b.end?.line && a.end.character === b.end?.character;
}

type Pos = { line: number; character: number };
