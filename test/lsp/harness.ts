// Drives the built language server over stdio with a real JSON-RPC client, the way an editor does.
// Tests wait for the server's messages (promises resolved by events), never for fixed delays.
import { fork, spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import {
  createProtocolConnection,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  WorkDoneProgress,
  type ClientCapabilities,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Registration,
  type ShowMessageParams,
  type ShowDocumentParams,
} from "vscode-languageserver-protocol/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { TextEdit } from "vscode-languageserver-protocol";

/** Repository root, from out/test/lsp or out-lsp/test/lsp. */
export const repoRoot = path.resolve(__dirname, "../../..");
/** Attest's entry built next to these tests (same output folder): `node <serverMain> lsp --stdio` is the server. */
export const serverMain = path.resolve(__dirname, "../../server/src/attest.js");
export const bundledCorpus = path.join(repoRoot, "corpus");

const clientCapabilities: ClientCapabilities = {
  workspace: {
    configuration: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
    workspaceFolders: true,
    applyEdit: true,
    executeCommand: { dynamicRegistration: false },
  },
  textDocument: {
    synchronization: { didSave: true, dynamicRegistration: false },
    publishDiagnostics: { relatedInformation: true, versionSupport: true, dataSupport: true, codeDescriptionSupport: true },
    hover: { contentFormat: ["markdown", "plaintext"] },
    codeAction: {
      codeActionLiteralSupport: { codeActionKind: { valueSet: ["", "quickfix"] } },
      isPreferredSupport: true,
      dataSupport: true,
    },
  },
  window: { workDoneProgress: true, showDocument: { support: true }, showMessage: {} },
};

interface Received {
  method: string;
  params: unknown;
}

export class ServerUnderTest {
  readonly connection: ProtocolConnection;
  readonly child: ChildProcessWithoutNullStreams;
  /** Answer to workspace/configuration for the `attest` section; tests change it. */
  settings: unknown = {};
  /**
   * Pushes the settings in workspace/didChangeConfiguration as soon as the server registers for
   * them, as VS Code's language client does: the push then races the server's start-up.
   */
  pushSettingsOnRegistration = false;
  readonly received: Received[] = [];
  readonly registrations: Registration[] = [];
  readonly shownDocuments: ShowDocumentParams[] = [];
  stderr = "";
  private listeners: Array<(message: Received) => void> = [];
  private pendingExits: Array<(code: number | null) => void> = [];
  private readonly docs = new Map<string, TextDocument>();

  /** Spawns `command` and talks JSON-RPC over its stdio, or with `ipc`, forks `[node, module, ...args]` with --node-ipc. */
  constructor(command: string[] = [process.execPath, serverMain, "lsp", "--stdio"], transport: "stdio" | "ipc" = "stdio") {
    if (transport === "ipc") {
      const child = fork(command[1]!, [...command.slice(2), "--node-ipc"], { silent: true, execPath: command[0] });
      this.child = child as ChildProcessWithoutNullStreams;
      this.connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    } else {
      this.child = spawn(command[0]!, command.slice(1), { stdio: "pipe", env: { ...process.env } });
      this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    }
    this.child.stderr.on("data", (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.child.on("exit", (code) => this.pendingExits.forEach((reject) => reject(code)));
    this.connection.onUnhandledNotification((message) => this.record({ method: message.method, params: message.params }));
    this.connection.onRequest("workspace/configuration", (params: { items: Array<{ section?: string }> }) =>
      params.items.map((item) => (item.section === "attest" ? this.settings : null)),
    );
    this.connection.onRequest("window/workDoneProgress/create", (params: { token: string | number }) => {
      this.record({ method: "window/workDoneProgress/create", params });
      this.connection.onProgress(WorkDoneProgress.type, params.token, (value) =>
        this.record({ method: "$/progress", params: { token: params.token, value } }),
      );
      return null;
    });
    this.connection.onRequest("client/registerCapability", (params: { registrations: Registration[] }) => {
      this.registrations.push(...params.registrations);
      if (this.pushSettingsOnRegistration && params.registrations.some((r) => r.method === "workspace/didChangeConfiguration"))
        void this.connection.sendNotification("workspace/didChangeConfiguration", { settings: { attest: this.settings } });
      return null;
    });
    this.connection.onRequest("client/unregisterCapability", () => null);
    this.connection.onRequest("window/showDocument", (params: ShowDocumentParams) => {
      this.shownDocuments.push(params);
      return { success: true };
    });
    this.connection.onRequest("window/showMessageRequest", (params: ShowMessageParams) => {
      this.record({ method: "window/showMessage", params });
      return null;
    });
    this.connection.listen();
  }

  async initialize(rootFolder: string, initializationOptions: unknown = {}, locale = "en"): Promise<void> {
    await this.connection.sendRequest("initialize", {
      processId: process.pid,
      rootUri: pathToFileURL(rootFolder).href,
      workspaceFolders: [{ uri: pathToFileURL(rootFolder).href, name: path.basename(rootFolder) }],
      capabilities: clientCapabilities,
      initializationOptions,
      locale,
    });
    const ready = this.waitFor("attest/corpusStatus", (p: { state: string }) => p.state !== "indexing");
    await this.connection.sendNotification("initialized", {});
    await ready;
  }

  private record(message: Received): void {
    this.received.push(message);
    for (const listener of [...this.listeners]) listener(message);
  }

  /**
   * Resolves with the first message of `method` matching `predicate`, received from now on.
   * Call it before the action that triggers the message.
   */
  waitFor<T = unknown>(method: string, predicate: (params: T) => boolean = () => true): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const listener = (message: Received) => {
        if (message.method !== method) return;
        try {
          if (!predicate(message.params as T)) return;
        } catch {
          return;
        }
        this.listeners = this.listeners.filter((l) => l !== listener);
        this.pendingExits = this.pendingExits.filter((r) => r !== onExit);
        resolve(message.params as T);
      };
      const onExit = (code: number | null) => reject(new Error(`server exited (${code}) while waiting for ${method}\n${this.stderr}`));
      this.listeners.push(listener);
      this.pendingExits.push(onExit);
    });
  }

  /** The next diagnostics published for `uri` for (at least) the given document version. */
  diagnostics(uri: string, version?: number): Promise<PublishDiagnosticsParams> {
    return this.waitFor<PublishDiagnosticsParams>(
      "textDocument/publishDiagnostics",
      (p) => p.uri === uri && (version === undefined || p.version === undefined || p.version >= version),
    );
  }

  messagesOf(method: string): unknown[] {
    return this.received.filter((m) => m.method === method).map((m) => m.params);
  }

  open(uri: string, text: string, languageId = "markdown"): TextDocument {
    const doc = TextDocument.create(uri, languageId, 1, text);
    this.docs.set(uri, doc);
    void this.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId, version: 1, text } });
    return doc;
  }

  /** Applies edits locally (as an editor would) and sends them as an incremental change. */
  edit(uri: string, edits: TextEdit[]): TextDocument {
    const before = this.docs.get(uri)!;
    const text = TextDocument.applyEdits(before, edits);
    const after = TextDocument.create(uri, before.languageId, before.version + 1, text);
    this.docs.set(uri, after);
    // Sent last-first so each range still refers to the text it was computed on.
    const sorted = [...edits].sort((a, b) => before.offsetAt(b.range.start) - before.offsetAt(a.range.start));
    void this.connection.sendNotification("textDocument/didChange", {
      textDocument: { uri, version: after.version },
      contentChanges: sorted.map((e) => ({ range: e.range, text: e.newText })),
    });
    return after;
  }

  document(uri: string): TextDocument {
    return this.docs.get(uri)!;
  }

  /** Writes raw bytes to the server's stdin (for malformed-message tests). */
  writeRaw(body: string): void {
    this.child.stdin.write(`Content-Length: ${Buffer.byteLength(body, "utf8")}\r\n\r\n${body}`);
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  async stop(): Promise<void> {
    if (!this.alive) return;
    const exited = new Promise<void>((resolve) => this.child.once("exit", () => resolve()));
    try {
      await this.connection.sendRequest("shutdown");
      await this.connection.sendNotification("exit");
    } catch {
      this.child.kill();
    }
    await exited;
    this.connection.dispose();
  }
}

export function tempFolder(prefix: string): string {
  return fs.mkdtempSync(path.join(fs.realpathSync(os.tmpdir()), prefix));
}
