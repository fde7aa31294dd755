// The Attest language server's wiring: one line per request or notification, each handing over to
// AttestLanguageServer (attestServer.ts), which holds the state. Runs over stdio (`attest lsp
// --stdio`, any editor) or node IPC (the VS Code client); createConnection picks the transport
// from the command line.
import {
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocuments,
  createConnection,
  type Connection,
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import {
  CancelIndexingNotification,
  DocumentReportRequest,
  FactCheckDocumentRequest,
  FactCheckWorkspaceRequest,
  ReloadCorpusRequest,
  SourceTextRequest,
} from "../shared/protocol";
import { translator, type Translate, type Wording } from "../shared/i18n";
import { errorReport } from "../shared/errorText";
import { AttestLanguageServer } from "./attestServer";
import { FramingGuard } from "./framing";
import { guard } from "./guard";
import { onRequest, onRequest0 } from "./typedMessages";

export function runLanguageServer(): void {
  // The stdio stream's problems are worded in the client's locale once initialize has given it.
  const wired: { server?: AttestLanguageServer } = {};
  const t = (): Translate => wired.server?.translate ?? translator("en");
  const connection = process.argv.includes("--stdio") ? stdioConnection(t) : createConnection(ProposedFeatures.all);
  const documents = new TextDocuments(TextDocument);
  wired.server = wireServer(connection, documents);
  documents.listen(connection);
  connection.listen();
}

/**
 * The connection over stdin/stdout, with the framing checked (framing.ts): a broken stream is
 * logged with its cause and ends the process (status 2), so the client restarts the server.
 */
function stdioConnection(t: () => Translate): Connection {
  const fatal = (cause: Wording): void => {
    process.stderr.write(t()("server.brokenInput", { cause: cause(t()) }) + "\n");
    process.exit(2);
  };
  const reader = new StreamMessageReader(process.stdin.pipe(new FramingGuard(fatal)));
  // Framing is intact here (the guard checked it): a body that is not JSON costs that message only.
  reader.onError((error) => process.stderr.write(t()("server.unreadableMessage", { reason: error.message }) + "\n"));
  return createConnection(ProposedFeatures.all, reader, new StreamMessageWriter(process.stdout));
}

function wireServer(connection: Connection, documents: TextDocuments<TextDocument>): AttestLanguageServer {
  const server = new AttestLanguageServer(connection, documents);
  const logError = (message: string) => server.logError(message);
  const detail = (error: unknown) => errorReport(error, server.messagesLocale);
  // A crash in a timer or a promise must not end the editing session: log it and carry on.
  process.on("uncaughtException", (error) => logError(server.translate("server.unexpectedError", { detail: detail(error) })));
  process.on("unhandledRejection", (reason) => logError(server.translate("server.unexpectedRejection", { detail: detail(reason) })));

  connection.onInitialize((params) => server.initialize(params));
  connection.onInitialized(() => {
    // Subscribing is only allowed when the client announced workspace-folder events.
    if (server.reportsWorkspaceFolderChanges)
      connection.workspace.onDidChangeWorkspaceFolders((event) => server.didChangeWorkspaceFolders(event));
    return server.initialized();
  });
  connection.onDidChangeConfiguration((change) => server.didChangeConfiguration(change));
  connection.onDidChangeWatchedFiles((params) => server.didChangeWatchedFiles(params));
  documents.onDidOpen(({ document }) => server.didOpen(document));
  documents.onDidChangeContent(({ document }) => server.didChangeContent(document));
  documents.onDidSave(({ document }) => server.didSave(document));
  documents.onDidClose(({ document }) => server.didClose(document));
  connection.onHover(guard("hover", server, (params) => server.hover(params)));
  connection.onCodeAction(guard("codeAction", server, (params) => server.codeAction(params)));
  connection.onExecuteCommand(guard("executeCommand", server, (params) => server.executeCommand(params)));
  onRequest(
    connection,
    FactCheckDocumentRequest,
    guard("attest/factCheckDocument", server, (params) => server.factCheckDocument(params)),
  );
  onRequest(
    connection,
    FactCheckWorkspaceRequest,
    guard("attest/factCheckWorkspace", server, (params) => server.factCheckWorkspace(params)),
  );
  onRequest0(
    connection,
    ReloadCorpusRequest,
    guard("attest/reloadCorpus", server, (_: void) => server.reloadCorpus()),
  );
  onRequest(
    connection,
    DocumentReportRequest,
    guard("attest/documentReport", server, (params) => server.documentReport(params)),
  );
  connection.onNotification(CancelIndexingNotification.method, () => server.cancelIndexing());
  onRequest(
    connection,
    SourceTextRequest,
    guard("attest/sourceText", server, (params) => server.sourceText(params)),
  );
  return server;
}
