import { main as cliMain } from "../../server/src/cli/main";
import { execFileSync } from "node:child_process";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import {
  DiagnosticSeverity,
  ErrorCodes,
  FileChangeType,
  type CodeAction,
  type Diagnostic,
  type Hover,
  type PublishDiagnosticsParams,
  type ShowMessageParams,
} from "vscode-languageserver-protocol/node";
import { ServerCommands, type CorpusStatus, type DocumentReport, type WorkspaceReport } from "../../server/src/shared/protocol";
import { ServerUnderTest, bundledCorpus, serverMain, tempFolder } from "./harness";

// The language server end to end over stdio, against the bundled corpus: what an editor sees.

const WRONG = "Microsoft détient 39 % de la filiale commerciale d'OpenAI.";
const RIGHT = "Microsoft détient 49 % de la filiale commerciale d'OpenAI.";
const UNSOURCED = "Tesla a livré 2 millions de voitures en 2023.";
const SOURCE_DOC = "002_2279de170b058ca1.txt";

const hoverText = (hover: Hover | null) => (hover?.contents as { value?: string } | undefined)?.value ?? "";
const attestDiagnostics = (p: PublishDiagnosticsParams) => p.diagnostics.filter((d) => d.source === "attest");
const conflictOn = (p: PublishDiagnosticsParams, text: string, docText: string) =>
  attestDiagnostics(p).find((d) => d.code === "figure-conflict" && sliceRange(docText, d) === text);

function sliceRange(text: string, d: Pick<Diagnostic, "range">): string {
  const lines = text.split("\n");
  if (d.range.start.line !== d.range.end.line) return "";
  return lines[d.range.start.line]!.slice(d.range.start.character, d.range.end.character);
}

describe("language server over stdio", function () {
  this.timeout(60000);
  let server: ServerUnderTest;
  let workspace: string;

  before(async () => {
    workspace = tempFolder("attest-ws-");
    server = new ServerUnderTest();
    await server.initialize(workspace);
  });

  after(async () => {
    await server?.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  it("indexes the bundled corpus at start, reporting work-done progress", () => {
    const status = server.messagesOf("attest/corpusStatus").at(-1) as CorpusStatus;
    assert.equal(status.state, "ready");
    assert.equal(status.documents, 3);
    assert.ok(status.sentences > 10);
    assert.deepEqual(status.roots, [bundledCorpus]);
    assert.equal(server.messagesOf("window/workDoneProgress/create").length, 1);
    const kinds = server.messagesOf("$/progress").map((p) => (p as { value: { kind: string } }).value.kind);
    assert.deepEqual([kinds[0], kinds.at(-1)], ["begin", "end"]);
  });

  it("loads the corpus once when the editor pushes its settings while the server starts", async () => {
    const folder = tempFolder("attest-push-");
    const pushing = new ServerUnderTest();
    try {
      pushing.settings = { corpus: { paths: [bundledCorpus] } };
      pushing.pushSettingsOnRegistration = true;
      await pushing.initialize(folder);
      // factCheckWorkspace answers after every queued load, so a second load would be counted.
      await pushing.connection.sendRequest("attest/factCheckWorkspace", { drafts: [] });
      const loads = pushing.messagesOf("attest/corpusStatus").filter((p) => (p as CorpusStatus).state === "indexing");
      assert.equal(loads.length, 1);
      assert.equal(pushing.messagesOf("window/workDoneProgress/create").length, 1);
    } finally {
      await pushing.stop();
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it("asks the client to watch the corpus folder", () => {
    const watch = server.registrations.find((r) => r.method === "workspace/didChangeWatchedFiles");
    const patterns = (watch?.registerOptions as { watchers: Array<{ globPattern: { baseUri: string; pattern: string } }> }).watchers.map(
      (w) => w.globPattern,
    );
    assert.ok(patterns.some((p) => p.baseUri === pathToFileURL(bundledCorpus).href && p.pattern === "**/*"));
  });

  describe("a draft with a wrong figure", () => {
    const uri = () => pathToFileURL(path.join(workspace, "draft.md")).href;
    const text = `# Brouillon\n\n${WRONG}\n\n${UNSOURCED}\n\n${RIGHT}\n`;
    let published: PublishDiagnosticsParams;
    let conflict: Diagnostic;

    before(async () => {
      const diagnostics = server.diagnostics(uri(), 1);
      server.open(uri(), text);
      published = await diagnostics;
      conflict = conflictOn(published, "39 %", text)!;
    });

    it("gets a Warning on the figure, with source, code, the source sentence and the evidence in data", () => {
      assert.ok(conflict, JSON.stringify(published.diagnostics, null, 1));
      assert.equal(conflict.severity, DiagnosticSeverity.Warning);
      assert.equal(conflict.source, "attest");
      assert.equal(published.version, 1);
      assert.ok(conflict.relatedInformation?.some((r) => r.location.uri.endsWith(`/${SOURCE_DOC}`)));
      const data = conflict.data as { fixes: Array<{ newText: string }>; evidence: Array<{ document: string }> };
      assert.equal(data.fixes[0]?.newText, "49 %");
      assert.ok(data.evidence.some((e) => e.document === SOURCE_DOC));
    });

    it("reports the unsourced claim as Information and does not publish supported claims", () => {
      const unsupported = attestDiagnostics(published).filter((d) => d.range.start.line === 4);
      assert.ok(unsupported.length > 0, "a diagnostic on the Tesla sentence");
      assert.ok(unsupported.every((d) => d.severity === DiagnosticSeverity.Information && String(d.code).endsWith("-unsupported")));
      assert.ok(!attestDiagnostics(published).some((d) => d.range.start.line === 6), "the supported sentence is not published");
    });

    it("hovers the conflict with the verdict, the quote, its document and line, and a link to that line", async () => {
      const hover = (await server.connection.sendRequest("textDocument/hover", {
        textDocument: { uri: uri() },
        position: conflict.range.start,
      })) as Hover;
      const value = hoverText(hover);
      assert.match(value, /Conflicts with the sources/);
      assert.match(value, /49 %/);
      assert.match(
        value,
        new RegExp(`${SOURCE_DOC.replace(/\./g, "\\.")}, line \\d+\\]\\(file://[^)]+/${SOURCE_DOC.replace(/\./g, "\\.")}#L\\d+\\)`),
      );
    });

    it("hovers supported claims too, from the findings kept by the server", async () => {
      const line = 6;
      const hover = (await server.connection.sendRequest("textDocument/hover", {
        textDocument: { uri: uri() },
        position: { line, character: RIGHT.indexOf("49 %") + 1 },
      })) as Hover;
      assert.match(hoverText(hover), /Supported by the sources/);
    });

    it("offers the sourced correction as the preferred quick fix; applying it clears the diagnostic", async () => {
      const actions = (await server.connection.sendRequest("textDocument/codeAction", {
        textDocument: { uri: uri() },
        range: conflict.range,
        context: { diagnostics: [conflict] },
      })) as CodeAction[];
      const fix = actions.find((a) => a.isPreferred)!;
      assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
      assert.equal(fix.kind, "quickfix");
      assert.ok(actions.some((a) => a.command?.command === ServerCommands.showSources));
      const edits = fix.edit!.changes![uri()]!;
      assert.deepEqual(edits, [{ range: conflict.range, newText: "49 %" }]);

      const republished = server.diagnostics(uri(), 2);
      const doc = server.edit(uri(), edits);
      const after = await republished;
      assert.equal(after.version, 2);
      assert.ok(doc.getText().includes(RIGHT.replace("d'OpenAI.", "d'OpenAI.\n")));
      assert.equal(attestDiagnostics(after).filter((d) => d.range.start.line === 2).length, 0, "no diagnostic left on the fixed line");
    });

    it("makes a claim ignored with the inline comment disappear", async () => {
      const published = server.diagnostics(uri(), 2);
      await server.connection.sendRequest("attest/factCheckDocument", { uri: uri() });
      const before = await published;
      const tesla = attestDiagnostics(before).find((d) => d.range.start.line === 4)!;
      const actions = (await server.connection.sendRequest("textDocument/codeAction", {
        textDocument: { uri: uri() },
        range: tesla.range,
        context: { diagnostics: [tesla] },
      })) as CodeAction[];
      const ignore = actions.find((a) => a.title === "Ignore this claim (inline comment)")!;
      const republished = server.diagnostics(uri(), 3);
      const doc = server.edit(uri(), ignore.edit!.changes![uri()]!);
      assert.match(doc.getText(), /<!-- attest-ignore(: [^>\n]+)? --> Tesla a livré/);
      const after = await republished;
      // Only the chosen claim goes: the marker names it; other claims of the sentence stay.
      const claimOf = (d: Diagnostic) => (d.data as { claim?: string } | undefined)?.claim;
      assert.equal(attestDiagnostics(after).filter((d) => d.range.start.line === 4 && claimOf(d) === claimOf(tesla)).length, 0);
    });

    it("ignores a claim of a plain-text draft with a line marker, silencing that claim only", async () => {
      const txt = pathToFileURL(path.join(workspace, "notes.txt")).href;
      const first = server.diagnostics(txt, 1);
      server.open(txt, `Notes de travail\n\n${UNSOURCED}\n`, "plaintext");
      const before = attestDiagnostics(await first).filter((d) => d.range.start.line === 2);
      const claimOf = (d: Diagnostic) => (d.data as { claim?: string } | undefined)?.claim;
      assert.ok(before.length >= 2, JSON.stringify(before.map(claimOf)));
      const chosen = before[0]!;
      const actions = (await server.connection.sendRequest("textDocument/codeAction", {
        textDocument: { uri: txt },
        range: chosen.range,
        context: { diagnostics: [chosen] },
      })) as CodeAction[];
      const ignore = actions.find((a) => a.title === "Ignore this claim (inline comment)")!;
      const republished = server.diagnostics(txt, 2);
      const doc = server.edit(txt, ignore.edit!.changes![txt]!);
      assert.equal(doc.getText().split("\n")[2], `${UNSOURCED} // attest-ignore: ${claimOf(chosen)}`);
      assert.doesNotMatch(doc.getText(), /<!--|-->/);
      const after = attestDiagnostics(await republished).filter((d) => d.range.start.line === 2);
      assert.deepEqual(after.map(claimOf), before.slice(1).map(claimOf));
    });

    it("returns the whole report on attest/factCheckDocument", async () => {
      const report = (await server.connection.sendRequest("attest/factCheckDocument", { uri: uri() })) as DocumentReport;
      assert.equal(report.uri, uri());
      assert.equal(report.lang, "fr");
      assert.equal(report.counts.conflict, 0);
      assert.ok(report.counts.supported >= 2);
      assert.equal(report.corpus.documents, 3);
      const supported = report.claims.find((c) => c.claim === "49 %")!;
      assert.ok(supported.sources.some((s) => s.document === SOURCE_DOC && s.uri.startsWith("file://") && s.line > 0));
    });
  });

  it("adds a claim to .attest/ignore.json from its code action, and the claim disappears", async () => {
    const uri = pathToFileURL(path.join(workspace, "ignored.md")).href;
    const first = server.diagnostics(uri, 1);
    server.open(uri, `${WRONG}\n`);
    const published = await first;
    const conflict = conflictOn(published, "39 %", WRONG)!;
    const actions = (await server.connection.sendRequest("textDocument/codeAction", {
      textDocument: { uri },
      range: conflict.range,
      context: { diagnostics: [conflict] },
    })) as CodeAction[];
    const ignore = actions.find((a) => a.command?.command === ServerCommands.ignoreClaimInWorkspace)!;
    // A hand-written ignore file: what Attest does not know must survive its edit.
    const ignoreFile = path.join(workspace, ".attest", "ignore.json");
    fs.mkdirSync(path.dirname(ignoreFile), { recursive: true });
    const before = {
      $schema: "./ignore.schema.json",
      "// note": "reviewed weekly",
      version: 1,
      ignore: [{ claim: "12 %", file: "other.md", reason: "quoted from the minister", reviewer: "ana" }],
    };
    fs.writeFileSync(ignoreFile, JSON.stringify(before, null, 4) + "\n");
    const republished = server.diagnostics(uri);
    await server.connection.sendRequest("workspace/executeCommand", ignore.command);
    assert.equal((await republished).diagnostics.length, 0);
    const text = fs.readFileSync(ignoreFile, "utf8");
    const file = JSON.parse(text);
    assert.deepEqual(file, { ...before, ignore: [...before.ignore, { claim: "39 %", sentence: WRONG, file: "ignored.md" }] });
    assert.match(text, /^ {4}"\$schema"/m, "the file's four-space indentation is kept");

    // The CLI reads the same ignore file from the draft's folder upwards: the same findings (none).
    fs.writeFileSync(path.join(workspace, "ignored.md"), `${WRONG}\n`);
    const out: string[] = [];
    const code = await cliMain(["check", "--format", "json", path.join(workspace, "ignored.md")], {
      stdout: (s) => out.push(s),
      stderr: () => undefined,
      isTTY: false,
      env: {},
      readStdin: async () => "",
    });
    assert.equal(code, 0);
    assert.deepEqual(JSON.parse(out.join("\n")).files[0].findings, []);
  });

  it("opens the sources with window/showDocument", async () => {
    const uri = pathToFileURL(path.join(workspace, "sources.md")).href;
    const first = server.diagnostics(uri, 1);
    server.open(uri, `${WRONG}\n`);
    const conflict = attestDiagnostics(await first).find((d) => d.code === "figure-conflict")!;
    const actions = (await server.connection.sendRequest("textDocument/codeAction", {
      textDocument: { uri },
      range: conflict.range,
      context: { diagnostics: [conflict] },
    })) as CodeAction[];
    const show = actions.find((a) => a.command?.command === ServerCommands.showSources)!;
    const before = server.shownDocuments.length;
    await server.connection.sendRequest("workspace/executeCommand", show.command);
    const shown = server.shownDocuments.slice(before);
    assert.ok(shown.some((s) => s.uri.endsWith(`/${SOURCE_DOC}`) && s.selection && s.takeFocus));
  });

  it("fact-checks closed drafts of the workspace and publishes their diagnostics", async () => {
    const file = path.join(workspace, "closed.md");
    fs.writeFileSync(file, `${WRONG}\n`);
    const uri = pathToFileURL(file).href;
    const corpusFile = pathToFileURL(path.join(bundledCorpus, SOURCE_DOC)).href;
    const published = server.diagnostics(uri);
    const report = (await server.connection.sendRequest("attest/factCheckWorkspace", {
      drafts: [
        { uri, languageId: "markdown" },
        { uri: corpusFile, languageId: "plaintext" },
      ],
    })) as WorkspaceReport;
    assert.equal(report.checked, 1);
    assert.equal(report.skipped, 1, "corpus files are not drafts");
    assert.equal(report.counts.conflict, 1);
    assert.ok(conflictOn(await published, "39 %", WRONG));
  });

  it("answers malformed requests with an error and stays alive", async () => {
    await assert.rejects(server.connection.sendRequest("textDocument/hover", {}), (e: { code: number; message: string }) => {
      assert.equal(e.code, ErrorCodes.InvalidParams);
      assert.match(e.message, /textDocument\.uri/);
      return true;
    });
    await assert.rejects(server.connection.sendRequest("attest/factCheckDocument", { uri: 42 }), /params\.uri/);
    await assert.rejects(
      server.connection.sendRequest("workspace/executeCommand", { command: ServerCommands.showSources, arguments: [{}] }),
      /bad arguments/,
    );
    await assert.rejects(
      server.connection.sendRequest("attest/noSuchRequest", {}),
      (e: { code: number }) => e.code === ErrorCodes.MethodNotFound,
    );
    const invalid = (e: { code: number; message: string }, pattern: RegExp) => {
      assert.equal(e.code, ErrorCodes.InvalidParams, e.message);
      assert.match(e.message, pattern);
      return true;
    };
    const draftUri = pathToFileURL(path.join(workspace, "draft.md")).href;
    await assert.rejects(server.connection.sendRequest("textDocument/hover", null), (e: { code: number; message: string }) =>
      invalid(e, /param/i),
    );
    await assert.rejects(server.connection.sendRequest("workspace/executeCommand", null), (e: { code: number; message: string }) =>
      invalid(e, /param|command/i),
    );
    await assert.rejects(
      server.connection.sendRequest("textDocument/codeAction", {
        textDocument: { uri: draftUri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: "quickfix" },
      }),
      (e: { code: number; message: string }) => invalid(e, /context\.only/),
    );
    await assert.rejects(
      server.connection.sendRequest("workspace/executeCommand", { command: ServerCommands.showSources, arguments: [{}] }),
      (e: { code: number; message: string }) => invalid(e, /bad arguments/),
    );
    await assert.rejects(
      server.connection.sendRequest("workspace/executeCommand", { command: "attest.noSuchCommand" }),
      (e: { code: number; message: string }) => invalid(e, /unknown command/),
    );
    await assert.rejects(
      server.connection.sendRequest("attest/factCheckDocument", { uri: pathToFileURL(workspace).href }),
      (e: { code: number; message: string }) => invalid(e, /folder/),
    );
    const binaryDraft = path.join(workspace, "scan.md");
    fs.writeFileSync(binaryDraft, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]));
    await assert.rejects(
      server.connection.sendRequest("attest/factCheckDocument", { uri: pathToFileURL(binaryDraft).href }),
      (e: { code: number; message: string }) => invalid(e, /binary/),
    );
    fs.rmSync(binaryDraft);
    server.writeRaw("{ this is not json");
    const status = (await server.connection.sendRequest("attest/reloadCorpus")) as CorpusStatus;
    assert.equal(status.documents, 3);
    assert.ok(server.alive);
  });

  it("reports an invalid setting by name, falls back to its default and keeps working", async () => {
    const uri = pathToFileURL(path.join(workspace, "settings.md")).href;
    const first = server.diagnostics(uri, 1);
    server.open(uri, `${WRONG}\n`);
    await first;
    server.settings = { severity: { conflict: "loud", unsupported: "hint" } };
    const warning = server.waitFor<ShowMessageParams>("window/showMessage", (m) => m.message.includes("attest.severity.conflict"));
    const republished = server.diagnostics(uri);
    await server.connection.sendNotification("workspace/didChangeConfiguration", { settings: null });
    assert.match((await warning).message, /"loud"/);
    const after = await republished;
    assert.equal(conflictOn(after, "39 %", WRONG)?.severity, DiagnosticSeverity.Warning, "the default severity is used");
    server.settings = {};
    const restored = server.diagnostics(uri);
    await server.connection.sendNotification("workspace/didChangeConfiguration", { settings: null });
    await restored;
    assert.ok(server.alive);
  });
});

describe("language server and CLI: one project, .attest/config.json and .attest/ignore.json", function () {
  this.timeout(60000);
  let server: ServerUnderTest;
  let workspace: string;

  before(async () => {
    workspace = tempFolder("attest-project-");
    fs.mkdirSync(path.join(workspace, "sources"));
    fs.writeFileSync(
      path.join(workspace, "sources", "tesla.txt"),
      "Tesla a livré 1,8 million de voitures en 2023, selon les chiffres publiés par le constructeur.\n",
    );
    fs.mkdirSync(path.join(workspace, ".attest"));
    // The project file: its own corpus, a name the writer vouches for, unsupported claims shown.
    fs.writeFileSync(
      path.join(workspace, ".attest", "config.json"),
      JSON.stringify({ corpus: { paths: ["sources"] }, names: ["Zorblax"], severity: { unsupported: "information" } }),
    );
    fs.writeFileSync(
      path.join(workspace, ".attest", "ignore.json"),
      JSON.stringify({ version: 1, ignore: [{ claim: "2021", file: "notes/draft.md" }] }),
    );
    fs.mkdirSync(path.join(workspace, "notes"));
    server = new ServerUnderTest();
    await server.initialize(workspace);
  });

  after(async () => {
    await server?.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  it("gives the same findings in the editor and in attest check", async () => {
    const file = path.join(workspace, "notes", "draft.md");
    const text = `# Bilan\n\n${UNSOURCED}\n\nZorblax a racheté Initech en 2021.\n\nLe constructeur a ouvert 4 usines en 2022.\n`;
    fs.writeFileSync(file, text);
    const uri = pathToFileURL(file).href;
    const published = server.diagnostics(uri, 1);
    server.open(uri, text);
    type Seen = { claim: string; line: number; character: number; message: string };
    const byPlace = (a: Seen, b: Seen) => a.line - b.line || a.character - b.character;
    const editor: Seen[] = attestDiagnostics(await published)
      .map((d) => ({ claim: (d.data as { claim: string }).claim, ...d.range.start, message: String(d.message) }))
      .sort(byPlace);

    const out: string[] = [];
    const code = await cliMain(["check", "--format", "json", file], {
      stdout: (s) => out.push(s),
      stderr: () => undefined,
      isTTY: false,
      env: {},
      readStdin: async () => "",
    });
    assert.equal(code, 1, "the conflict fails the check");
    const cli: Seen[] = (
      JSON.parse(out.join("\n")).files[0].findings as Array<{ verdict: string; claim: string; range: Diagnostic["range"]; message: string }>
    )
      .filter((f) => f.verdict !== "supported")
      .map((f) => ({ claim: f.claim, ...f.range.start, message: f.message }))
      .sort(byPlace);

    assert.deepEqual(cli, editor);
    // And each file had its say: the project's corpus, its names, its ignore list.
    assert.ok(
      editor.some((f) => f.claim === "2 millions" && /1,8 million/.test(f.message)),
      JSON.stringify(editor),
    );
    assert.ok(!editor.some((f) => /Zorblax/.test(f.message)));
    assert.ok(!editor.some((f) => f.claim === "2021"));
    assert.ok(
      editor.some((f) => f.claim === "4"),
      "claims not ignored are still reported",
    );
  });
});

describe("language server: corpus changes", function () {
  this.timeout(60000);
  let server: ServerUnderTest;
  let workspace: string;
  let corpus: string;

  before(async () => {
    workspace = tempFolder("attest-ws-");
    corpus = path.join(workspace, "sources");
    fs.cpSync(bundledCorpus, corpus, { recursive: true });
    server = new ServerUnderTest();
    server.settings = { corpus: { paths: ["sources"] } };
    await server.initialize(workspace);
  });

  after(async () => {
    await server?.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  it("re-indexes a changed corpus file alone and re-checks the open drafts", async () => {
    assert.equal((server.messagesOf("attest/corpusStatus").at(-1) as CorpusStatus).documents, 3);
    const uri = pathToFileURL(path.join(workspace, "draft.md")).href;
    const text = `${UNSOURCED}\n`;
    const first = server.diagnostics(uri, 1);
    server.open(uri, text);
    assert.ok(attestDiagnostics(await first).some((d) => String(d.code).endsWith("-unsupported")));

    const added = path.join(corpus, "tesla.txt");
    fs.writeFileSync(added, "Tesla a livré 2 millions de voitures en 2023, selon les chiffres publiés par le constructeur.\n");
    const status = server.waitFor<CorpusStatus>("attest/corpusStatus", (s) => s.documents === 4);
    const rechecked = server.diagnostics(uri);
    await server.connection.sendNotification("workspace/didChangeWatchedFiles", {
      changes: [{ uri: pathToFileURL(added).href, type: FileChangeType.Created }],
    });
    await status;
    assert.equal(attestDiagnostics(await rechecked).length, 0, "the claim is now supported by the new source");

    fs.rmSync(added);
    const removed = server.waitFor<CorpusStatus>("attest/corpusStatus", (s) => s.documents === 3);
    const again = server.diagnostics(uri);
    await server.connection.sendNotification("workspace/didChangeWatchedFiles", {
      changes: [{ uri: pathToFileURL(added).href, type: FileChangeType.Deleted }],
    });
    await removed;
    assert.ok(attestDiagnostics(await again).some((d) => String(d.code).endsWith("-unsupported")));
  });

  it("stops indexing a large corpus on attest/cancelIndexing (the notification's Cancel), keeping what is indexed", async () => {
    const large = path.join(workspace, "archive");
    fs.mkdirSync(large);
    const FILES = 3000;
    for (let i = 0; i < FILES; i++) {
      const town = `Ville${i}`;
      fs.writeFileSync(
        path.join(large, `article-${i}.txt`),
        `Le conseil municipal de ${town} a voté un budget de ${i + 10} millions d'euros pour ${2000 + (i % 30)}.\n` +
          `Selon le maire de ${town}, ${i % 90} % des habitants ont été consultés, et ${i * 3} logements seront rénovés.\n`.repeat(6),
      );
    }
    const started = server.waitFor<{ done: number; total: number }>("attest/indexingProgress", (p) => p.total === FILES && p.done > 0);
    const settled = server.waitFor<CorpusStatus>("attest/corpusStatus", (s) => s.state === "ready" && s.roots.includes(large));
    const told = server.waitFor<ShowMessageParams>("window/showMessage", (m) => /cancel/i.test(m.message));
    server.settings = { corpus: { paths: ["archive"] } };
    await server.connection.sendNotification("workspace/didChangeConfiguration", { settings: null });
    await started;
    await server.connection.sendNotification("attest/cancelIndexing");
    const status = await settled;
    assert.ok(status.documents > 0 && status.documents < FILES, `${status.documents} of ${FILES} documents indexed`);
    assert.match((await told).message, new RegExp(`${status.documents}.*${FILES}`));
    const kinds = server.messagesOf("$/progress").map((p) => (p as { value: { kind: string } }).value.kind);
    assert.equal(kinds.at(-1), "end", "the work-done progress ends");
    server.settings = { corpus: { paths: ["sources"] } };
    const back = server.waitFor<CorpusStatus>("attest/corpusStatus", (s) => s.state === "ready" && s.documents === 3);
    await server.connection.sendNotification("workspace/didChangeConfiguration", { settings: null });
    await back;
    fs.rmSync(large, { recursive: true, force: true });
  });

  (process.platform === "win32" ? it.skip : it)(
    "keeps checking when a named pipe (FIFO) appears in the watched corpus folder",
    async () => {
      const fifo = path.join(corpus, "pipe.txt");
      execFileSync("mkfifo", [fifo]);
      await server.connection.sendNotification("workspace/didChangeWatchedFiles", {
        changes: [{ uri: pathToFileURL(fifo).href, type: FileChangeType.Created }],
      });
      const uri = pathToFileURL(path.join(workspace, "fifo-draft.md")).href;
      server.open(uri, `${UNSOURCED}\n`);
      // The engine thread answers: a blocking open of the FIFO would hold it (and this request) forever.
      const report = await Promise.race([
        server.connection.sendRequest("attest/factCheckDocument", { uri }),
        new Promise((_, reject) => setTimeout(() => reject(new Error("no answer in 15 s: the engine is blocked")), 15000)),
      ]);
      assert.ok(report);
      fs.rmSync(fifo);
    },
  );

  it("reports an unreadable corpus path and keeps serving", async () => {
    const warned = server.waitFor<ShowMessageParams>("window/showMessage", (m) => m.message.includes("no-such-folder"));
    const status = server.waitFor<CorpusStatus>("attest/corpusStatus", (s) => s.state !== "indexing");
    server.settings = { corpus: { paths: ["no-such-folder"] } };
    await server.connection.sendNotification("workspace/didChangeConfiguration", { settings: null });
    await warned;
    assert.equal((await status).documents, 0);
    const hover = await server.connection.sendRequest("textDocument/hover", {
      textDocument: { uri: pathToFileURL(path.join(workspace, "draft.md")).href },
      position: { line: 0, character: 0 },
    });
    assert.ok(hover === null || typeof hover === "object");
    assert.ok(server.alive);
  });
});

describe("language server over node IPC (as the VS Code client starts it)", function () {
  this.timeout(60000);

  it("initializes, indexes and publishes diagnostics", async () => {
    const workspace = tempFolder("attest-ipc-");
    const server = new ServerUnderTest([process.execPath, serverMain, "lsp"], "ipc");
    try {
      await server.initialize(workspace);
      const uri = pathToFileURL(path.join(workspace, "draft.md")).href;
      const published = server.diagnostics(uri, 1);
      server.open(uri, `${WRONG}\n`);
      assert.ok(conflictOn(await published, "39 %", WRONG));
    } finally {
      await server.stop();
      fs.rmSync(workspace, { recursive: true, force: true });
    }
  });
});

describe("language server: attest.checkOn", function () {
  this.timeout(60000);
  let server: ServerUnderTest;
  let workspace: string;

  before(async () => {
    workspace = tempFolder("attest-checkon-");
    server = new ServerUnderTest();
    server.settings = { checkOn: "manual" };
    await server.initialize(workspace);
  });

  after(async () => {
    await server?.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  const publishedFor = (uri: string) =>
    server.messagesOf("textDocument/publishDiagnostics").filter((p) => (p as PublishDiagnosticsParams).uri === uri).length;

  it("manual: checks only on request", async () => {
    const uri = pathToFileURL(path.join(workspace, "manual.md")).href;
    server.open(uri, `${WRONG}\n`);
    // The server handles messages in order: a check on open would be published before this answer.
    const report = (await server.connection.sendRequest("attest/factCheckDocument", { uri })) as DocumentReport;
    assert.equal(report.counts.conflict, 1);
    assert.equal(publishedFor(uri), 1, "published once, by the request");
  });

  it("save: checks on open and on save, not while typing", async () => {
    server.settings = { checkOn: "save" };
    await server.connection.sendNotification("workspace/didChangeConfiguration", { settings: null });
    const uri = pathToFileURL(path.join(workspace, "save.md")).href;
    const opened = server.diagnostics(uri, 1);
    server.open(uri, `${WRONG}\n`);
    assert.ok(conflictOn(await opened, "39 %", WRONG));
    server.edit(uri, [{ range: { start: { line: 0, character: 18 }, end: { line: 0, character: 20 } }, newText: "49" }]);
    await server.connection.sendRequest("textDocument/hover", { textDocument: { uri }, position: { line: 0, character: 0 } });
    assert.equal(publishedFor(uri), 1, "not re-checked by the edit");
    const saved = server.diagnostics(uri, 2);
    await server.connection.sendNotification("textDocument/didSave", { textDocument: { uri } });
    const after = await saved;
    assert.equal(after.version, 2);
    assert.equal(attestDiagnostics(after).length, 0);
  });
});

describe("language server: untrusted workspace", function () {
  this.timeout(60000);

  it("reads only the bundled corpus and the workspace folder", async () => {
    const workspace = tempFolder("attest-untrusted-");
    const outside = tempFolder("attest-outside-");
    fs.cpSync(bundledCorpus, path.join(workspace, "sources"), { recursive: true });
    fs.cpSync(bundledCorpus, outside, { recursive: true });
    const server = new ServerUnderTest();
    try {
      server.settings = { corpus: { paths: ["sources", outside] } };
      const warned = server.waitFor<ShowMessageParams>("window/showMessage", (m) => m.message.includes(outside));
      await server.initialize(workspace, { trusted: false });
      await warned;
      const status = server.messagesOf("attest/corpusStatus").at(-1) as CorpusStatus;
      assert.deepEqual(status.roots, [path.join(workspace, "sources")]);
      assert.equal(status.documents, 3);
    } finally {
      await server.stop();
      fs.rmSync(workspace, { recursive: true, force: true });
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });
});
