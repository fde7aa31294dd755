import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import {
  ErrorCodes,
  ResponseError,
  type Diagnostic,
  type HoverParams,
  type InitializeParams,
  type MarkupContent,
  type PublishDiagnosticsParams,
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { AttestLanguageServer } from "../../server/src/lsp/attestServer";
import { guard } from "../../server/src/lsp/guard";
import { ServerCommands } from "../../server/src/shared/protocol";
import type { OpenDocuments, ServerConnection } from "../../server/src/lsp/serverConnection";

// The server's request methods called directly, as an editor's requests would reach them, with a
// fake connection that records what the server sends: no stdio, no child process.

class FakeConnection {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly warnings: string[] = [];
  /** Lines the server wrote to its log (the client's output channel). */
  readonly logged: string[] = [];
  private waiters: Array<() => void> = [];

  readonly connection = {
    console: {
      log: (line: string) => void this.logged.push(line),
      info: (line: string) => void this.logged.push(line),
      warn: (line: string) => void this.logged.push(line),
      error: (line: string) => void this.logged.push(line),
    },
    window: {
      showWarningMessage: async (message: string) => void this.warnings.push(message),
      showErrorMessage: async (message: string) => void this.warnings.push(message),
      showInformationMessage: async () => undefined,
      showDocument: async () => ({ success: true }),
      createWorkDoneProgress: () => Promise.reject(new Error("no progress in this client")),
    },
    client: { register: async () => ({ dispose: () => undefined }) },
    workspace: { getConfiguration: async () => undefined },
    sendDiagnostics: async (params: PublishDiagnosticsParams) => {
      this.published.push(params);
      for (const wake of this.waiters.splice(0)) wake();
    },
    sendNotification: async () => undefined,
  } as unknown as ServerConnection;

  /** Resolves once diagnostics with at least one entry have been published for `uri`. */
  async diagnosticsFor(uri: string): Promise<Diagnostic[]> {
    return (await this.publication((p) => p.uri === uri && p.diagnostics.length > 0)).diagnostics;
  }

  /** The first publication from index `from` on that `matches`, waiting for the server to send it. */
  async publication(matches: (p: PublishDiagnosticsParams) => boolean, from = 0): Promise<PublishDiagnosticsParams> {
    for (;;) {
      const found = this.published.slice(from).find(matches);
      if (found) return found;
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }
}

class FakeDocuments implements OpenDocuments {
  private readonly byUri = new Map<string, TextDocument>();
  open(uri: string, text: string): TextDocument {
    const doc = TextDocument.create(uri, "markdown", 1, text);
    this.byUri.set(uri, doc);
    return doc;
  }
  get(uri: string): TextDocument | undefined {
    return this.byUri.get(uri);
  }
  all(): TextDocument[] {
    return [...this.byUri.values()];
  }
}

const SOURCE = "Tramway budget\n\nThe city council of Lyon approved a budget of 42 million euros for the new tramway line on Tuesday.\n";
const DRAFT = "# Draft\n\nThe city council of Lyon approved a budget of 45 million euros for the new tramway line.\n";

describe("AttestLanguageServer without a transport", function () {
  this.timeout(30000);
  let workspace: string;
  let fake: FakeConnection;
  let documents: FakeDocuments;
  let server: AttestLanguageServer;
  let uri: string;

  async function start(locale: string): Promise<void> {
    fake = new FakeConnection();
    documents = new FakeDocuments();
    server = new AttestLanguageServer(fake.connection, documents);
    server.initialize({
      processId: null,
      rootUri: pathToFileURL(workspace).href,
      capabilities: { window: { showDocument: { support: true } } },
      locale,
      initializationOptions: { settings: { corpus: { paths: [path.join(workspace, "corpus")] } }, cacheDir: path.join(workspace, "cache") },
    });
    await server.initialized();
  }

  before(() => {
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), "attest-server-"));
    fs.mkdirSync(path.join(workspace, "corpus"));
    fs.writeFileSync(path.join(workspace, "corpus", "tram.txt"), SOURCE);
    fs.writeFileSync(path.join(workspace, "draft.md"), DRAFT);
    uri = pathToFileURL(path.join(workspace, "draft.md")).href;
  });

  afterEach(async () => server.dispose());
  after(() => fs.rmSync(workspace, { recursive: true, force: true }));

  it("answers factCheckDocument with the conflict the source states differently", async () => {
    await start("en");
    const report = await server.factCheckDocument({ uri });
    assert.ok(report);
    const conflicts = report.claims.filter((c) => c.verdict === "conflict");
    assert.equal(conflicts.length, 1);
    assert.equal(conflicts[0]!.correction, "42 million euros");
    assert.equal(report.counts.conflict, 1);
    assert.equal(report.corpus.documents, 1);
  });

  it("checks a draft when it opens, then hovers and fixes it from the kept findings without checking again", async () => {
    await start("en");
    const doc = documents.open(uri, DRAFT);
    server.didOpen(doc);
    const diagnostics = await fake.diagnosticsFor(uri);
    const conflict = diagnostics.find((d) => d.code === "figure-conflict");
    assert.ok(conflict, "a figure-conflict diagnostic is published");
    const publishedBefore = fake.published.length;

    const hover = server.hover({ textDocument: { uri }, position: conflict.range.start });
    assert.ok(hover);
    const markdown = (hover.contents as MarkupContent).value;
    assert.match(markdown, /Conflicts with the sources/);
    assert.match(markdown, /42 million euros for the new tramway line/);

    const actions = server.codeAction({ textDocument: { uri }, range: conflict.range, context: { diagnostics: [conflict] } });
    const fix = actions.find((a) => a.isPreferred);
    assert.ok(fix, "a preferred quick fix");
    const edits = fix.edit?.changes?.[uri] ?? [];
    assert.deepEqual(
      edits.map((e) => e.newText),
      ["42 million euros"],
    );
    // A client that dropped `data` still gets the fix, from the findings the server kept.
    const withoutData = server.codeAction({
      textDocument: { uri },
      range: conflict.range,
      context: { diagnostics: [{ ...conflict, data: undefined }] },
    });
    assert.ok(withoutData.some((a) => a.isPreferred));

    assert.equal(fake.published.length, publishedBefore, "hover and code actions publish nothing: they never re-run a check");
  });

  it("re-checks the open drafts when a watched corpus file changes", async () => {
    await start("en");
    const doc = documents.open(uri, DRAFT);
    server.didOpen(doc);
    await fake.diagnosticsFor(uri);
    const source = path.join(workspace, "corpus", "tram.txt");
    fs.writeFileSync(source, SOURCE.replace("42 million", "45 million"));
    try {
      const publishedBefore = fake.published.length;
      await server.didChangeWatchedFiles({ changes: [{ uri: pathToFileURL(source).href, type: 2 }] });
      const after = await fake.publication((p) => p.uri === uri, publishedBefore);
      assert.deepEqual(
        after.diagnostics.filter((d) => d.code === "figure-conflict"),
        [],
        "the source now says 45 million",
      );
    } finally {
      fs.writeFileSync(source, SOURCE);
    }
  });

  it("speaks French to a French client", async () => {
    await start("fr");
    const doc = documents.open(uri, DRAFT);
    server.didOpen(doc);
    const conflict = (await fake.diagnosticsFor(uri)).find((d) => d.code === "figure-conflict")!;
    assert.match(conflict.message as string, /^Les sources donnent/);
    const hover = server.hover({ textDocument: { uri }, position: conflict.range.start });
    assert.match((hover?.contents as MarkupContent).value, /En contradiction avec les sources/);
  });

  it("rejects a hover without a position as the client's mistake", async () => {
    await start("en");
    assert.throws(() => server.hover({ textDocument: { uri } } as never), /params.position/);
  });
});

/** A new workspace whose corpus/ holds the tramway source, with `files` (relative paths) beside it. */
function tramWorkspace(prefix: string, files: Record<string, string | Buffer>): string {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.mkdirSync(path.join(workspace, "corpus"));
  fs.writeFileSync(path.join(workspace, "corpus", "tram.txt"), SOURCE);
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(workspace, name), content);
  return workspace;
}

describe("corpus warnings of the language server", function () {
  this.timeout(30000);
  let workspace: string;
  let server: AttestLanguageServer;
  let documents: FakeDocuments;

  beforeEach(() => {
    workspace = tramWorkspace("attest-server-warnings-", { "corpus/plan.txt": Buffer.from([0x25, 0x00, 0x01, 0x02, 0x00]) });
  });

  afterEach(async () => {
    await server.dispose();
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  async function start(
    locale: string,
    corpus: { paths?: string[]; database?: string } = { paths: [path.join(workspace, "corpus")] },
  ): Promise<FakeConnection> {
    const fake = new FakeConnection();
    documents = new FakeDocuments();
    server = new AttestLanguageServer(fake.connection, documents);
    server.initialize({
      processId: null,
      rootUri: pathToFileURL(workspace).href,
      capabilities: {},
      locale,
      initializationOptions: { settings: { corpus } },
    });
    await server.initialized();
    return fake;
  }

  it("tells a French client about a skipped corpus file in French: notification, log and status", async () => {
    const fake = await start("fr");
    assert.deepEqual(fake.warnings, [
      "Attest : un problème de corpus : plan.txt : fichier binaire (octets NUL), ignoré (détails dans la sortie).",
    ]);
    assert.ok(fake.logged.includes("plan.txt : fichier binaire (octets NUL), ignoré"), fake.logged.join("\n"));
    assert.deepEqual(server.corpus.status().warnings, ["plan.txt : fichier binaire (octets NUL), ignoré"]);
  });

  it("tells an English client the same in English", async () => {
    const fake = await start("en");
    assert.deepEqual(fake.warnings, ["Attest: one corpus problem: plan.txt: binary file (NUL bytes), skipped (details in the output)."]);
  });

  it("logs in French why a watched corpus file that became unreadable left the index", async () => {
    const fake = await start("fr");
    const source = path.join(workspace, "corpus", "tram.txt");
    fs.writeFileSync(source, "");
    await server.didChangeWatchedFiles({ changes: [{ uri: pathToFileURL(source).href, type: 2 }] });
    assert.ok(fake.logged.includes("tram.txt : fichier vide, ignoré"), fake.logged.join("\n"));
  });

  /** English words of these log lines that a French client must never read. */
  const englishWords =
    /\b(sentences?|from|indexed|language|detection|model|loaded|function|drafts?|keep|findings|checked|again|answers|unreachable)\b/i;

  it("logs in French how big the corpus is, where it comes from, what the cache spared, and how languages are told apart", async () => {
    const fake = await start("fr");
    const corpusLine = fake.logged.find((line) => line.startsWith("corpus"));
    assert.match(corpusLine ?? "", /^corpus : 1 document, \d+ phrases de .*corpus \(cache : 0, indexés : 1, \d+ ms\)$/);
    assert.ok(
      fake.logged.some((line) => line.startsWith("détection de la langue : ")),
      fake.logged.join("\n"),
    );
    assert.doesNotMatch(fake.logged.join("\n"), englishWords);
  });

  it("logs the same load in English for an English client, one document in the singular", async () => {
    const fake = await start("en");
    assert.ok(
      fake.logged.some((line) => /^corpus: 1 document, \d+ sentences from .*corpus \(0 from cache, 1 indexed, \d+ ms\)$/.test(line)),
      fake.logged.join("\n"),
    );
    assert.ok(fake.logged.some((line) => line.startsWith("language detection: ")));
  });

  it("logs in French that the archive does not answer and the drafts keep their findings", async () => {
    // Port 1 of this machine: nothing listens there, so every connection is refused at once.
    const fake = await start("fr", { database: "postgresql://lecteur@127.0.0.1:1/presse" });
    // An open draft: its check is the one that keeps the last findings while the archive is away.
    const draft = documents.open(
      pathToFileURL(path.join(workspace, "brouillon.md")).href,
      "Le conseil a voté un budget de 45 millions d'euros.\n",
    );
    await server.factCheckDocument({ uri: draft.uri });
    const log = fake.logged.join("\n");
    assert.match(log, /^corpus : 0 document, 0 phrase de l'archive postgresql:\/\/lecteur@127\.0\.0\.1:1\/presse$/m);
    assert.match(
      log,
      /^corpus : archive postgresql:\/\/lecteur@127\.0\.0\.1:1\/presse injoignable : .* ; les affirmations des brouillons sont marquées non vérifiées/m,
    );
    assert.doesNotMatch(log.replace(/injoignable : [^;]*;/g, ""), englishWords);
    // A new load stops the retries that an unreachable archive started.
    await server.reloadCorpus();
  });
});

describe("what the language server logs and answers, in its client's language", function () {
  this.timeout(30000);
  let workspace: string;
  let server: AttestLanguageServer;
  let fake: FakeConnection;

  beforeEach(() => {
    workspace = tramWorkspace("attest-server-log-", { "draft.md": DRAFT });
  });

  afterEach(async () => {
    await server.dispose();
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  async function start(locale: string, capabilities: InitializeParams["capabilities"] = {}): Promise<void> {
    fake = new FakeConnection();
    server = new AttestLanguageServer(fake.connection, new FakeDocuments());
    server.initialize({
      processId: null,
      rootUri: pathToFileURL(workspace).href,
      capabilities,
      locale,
      initializationOptions: { settings: { corpus: { paths: [path.join(workspace, "corpus")] } }, cacheDir: path.join(workspace, "cache") },
    });
    await server.initialized();
  }

  const draftUri = () => pathToFileURL(path.join(workspace, "draft.md")).href;

  it("logs a request that failed under a French heading, its stack trace kept as it is", async () => {
    await start("fr");
    const failing = guard("attest/sourceText", server, () => {
      throw new Error("panne simulée du lecteur");
    });
    const answer = await failing(undefined);
    assert.ok(answer instanceof ResponseError);
    assert.equal(answer.code, ErrorCodes.InternalError);
    assert.equal(answer.message, "échec de attest/sourceText : panne simulée du lecteur");
    const line = fake.logged.find((l) => l.includes("panne simulée"))!;
    assert.match(line, /^échec de attest\/sourceText : Error: panne simulée du lecteur\n\s+at /);
    assert.doesNotMatch(line, /failed/);
  });

  it("answers and logs a malformed request in French", async () => {
    await start("fr");
    const hover = guard("hover", server, (params: HoverParams) => server.hover(params));
    const answer = await hover({ textDocument: { uri: draftUri() } } as HoverParams);
    assert.ok(answer instanceof ResponseError);
    assert.equal(answer.code, ErrorCodes.InvalidParams);
    assert.equal(answer.message, "hover : params.position doit être un objet aux nombres line et character");
    assert.ok(fake.logged.includes("hover : requête mal formée : params.position doit être un objet aux nombres line et character"));
  });

  it("logs the same failure in English for an English client", async () => {
    await start("en");
    const answer = await guard("attest/sourceText", server, () => {
      throw new Error("simulated reader fault");
    })(undefined);
    assert.equal((answer as ResponseError<void>).message, "attest/sourceText failed: simulated reader fault");
    assert.match(
      fake.logged.find((l) => l.includes("simulated"))!,
      /^attest\/sourceText failed: Error: simulated reader fault\n/,
    );
  });

  it("logs a start-up failure under a French heading", async () => {
    fake = new FakeConnection();
    // A client that announces dynamic registration, then refuses it.
    (fake.connection.client as unknown as { register: () => Promise<never> }).register = () =>
      Promise.reject(new Error("enregistrement refusé"));
    server = new AttestLanguageServer(fake.connection, new FakeDocuments());
    server.initialize({
      processId: null,
      rootUri: pathToFileURL(workspace).href,
      capabilities: { workspace: { didChangeConfiguration: { dynamicRegistration: true } } },
      locale: "fr",
      initializationOptions: { settings: { corpus: { paths: [path.join(workspace, "corpus")] } }, cacheDir: path.join(workspace, "cache") },
    });
    await server.initialized();
    assert.match(
      fake.logged.find((l) => l.includes("enregistrement refusé"))!,
      /^échec au démarrage : Error: enregistrement refusé\n\s+at /,
    );
  });

  it("tells a French writer in French why names cannot go into a project file that is not JSON", async () => {
    await start("fr");
    fs.mkdirSync(path.join(workspace, ".attest"));
    fs.writeFileSync(path.join(workspace, ".attest", "config.json"), '{ "names": [ ');
    await server.executeCommand({ command: ServerCommands.addNames, arguments: [{ uri: draftUri(), names: ["Zorblax"] }] });
    const file = path.join(".attest", "config.json");
    assert.ok(
      fake.warnings.includes(`Attest : ${file} n'est pas du JSON valide ; corrigez-le avant d'y ajouter des noms`),
      fake.warnings.join("\n"),
    );
    assert.equal(fs.readFileSync(path.join(workspace, ".attest", "config.json"), "utf8"), '{ "names": [ ', "the file is left as it was");
  });

  it("tells a French writer in French why a claim cannot be added to an ignore list that is not JSON", async () => {
    await start("fr");
    fs.mkdirSync(path.join(workspace, ".attest"));
    fs.writeFileSync(path.join(workspace, ".attest", "ignore.json"), "{ ignore: ");
    await server.executeCommand({
      command: ServerCommands.ignoreClaimInWorkspace,
      arguments: [{ uri: draftUri(), claim: "45 millions", sentence: "Le budget est de 45 millions." }],
    });
    const said = fake.warnings.find((w) => w.includes("ignore.json"));
    assert.match(said ?? "", /^Attest : .*ignore\.json n'est pas du JSON valide : /);
  });

  it("refuses to add names through a .attest folder that is a link, saying why in French", async function () {
    if (process.platform === "win32") this.skip();
    await start("fr");
    const elsewhere = path.join(workspace, "elsewhere");
    fs.mkdirSync(elsewhere);
    fs.symlinkSync(elsewhere, path.join(workspace, ".attest"));
    await server.executeCommand({ command: ServerCommands.addNames, arguments: [{ uri: draftUri(), names: ["Zorblax"] }] });
    const said = fake.warnings.find((w) => w.includes("lien"));
    assert.match(said ?? "", /^Attest : .*config\.json non écrit : .*\.attest est un lien ; Attest n'écrit pas à travers les liens$/);
    assert.deepEqual(fs.readdirSync(elsewhere), []);
  });
});
