import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import type { PublishDiagnosticsParams } from "vscode-languageserver-protocol/node";
import { ServerUnderTest, tempFolder } from "./harness";

// Checks of different drafts share the engine thread: a long check must not hold up a small
// draft, a newer version supersedes the check of an older one, and a settings change re-checks
// the open drafts behind the one being edited. Order of messages only, never their timing.

const WRONG = "Microsoft détient 39 % de la filiale commerciale d'OpenAI.";

/** A draft of `paragraphs` distinct sentences (no two alike, so none is reused from another). */
function longDraft(paragraphs: number, town: string): string {
  const lines: string[] = [];
  for (let i = 0; i < paragraphs; i++)
    lines.push(`Le conseil de ${town} a voté ${i * 7 + 3} délibérations sur les ponts en ${1800 + (i % 200)}.`);
  return lines.join("\n\n") + "\n";
}

const conflictOn39 = (p: PublishDiagnosticsParams, text: string) =>
  p.diagnostics.some((d) => d.code === "figure-conflict" && text.split("\n")[d.range.start.line]!.includes("39 %"));

describe("language server check queues", function () {
  this.timeout(180000);
  let server: ServerUnderTest;
  let workspace: string;
  const uri = (name: string) => pathToFileURL(path.join(workspace, name)).href;
  const published = (name: string) =>
    server
      .messagesOf("textDocument/publishDiagnostics")
      .filter((p) => (p as PublishDiagnosticsParams).uri === uri(name)) as PublishDiagnosticsParams[];
  /** Position of the first message matching in everything received so far. */
  const orderOf = (test: (p: PublishDiagnosticsParams) => boolean) =>
    server.received.findIndex((m) => m.method === "textDocument/publishDiagnostics" && test(m.params as PublishDiagnosticsParams));

  before(async () => {
    workspace = tempFolder("attest-queues-");
    server = new ServerUnderTest();
    await server.initialize(workspace, { debounceMs: 0 });
  });

  after(async () => {
    await server?.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  it("publishes a small draft opened while a large one is checked before the large one", async () => {
    const big = longDraft(12000, "Vireux-Molhain");
    const bigDone = server.diagnostics(uri("big.md"), 1);
    const smallDone = server.diagnostics(uri("small.md"), 1);
    server.open(uri("big.md"), big);
    const small = `# Note\n\n${WRONG}\n`;
    server.open(uri("small.md"), small);
    const [smallDiagnostics] = await Promise.all([smallDone, bigDone]);
    const smallAt = orderOf((p) => p.uri === uri("small.md"));
    const bigAt = orderOf((p) => p.uri === uri("big.md"));
    assert.ok(smallAt < bigAt, `small draft published at ${smallAt}, large one at ${bigAt}`);
    assert.ok(conflictOn39(smallDiagnostics, small), JSON.stringify(smallDiagnostics.diagnostics));
    // The large draft's findings are all there: 12,000 claims, capped to 1,000 and one note.
    assert.equal((await bigDone).diagnostics.length, 1001);
  });

  it("publishes only the newest version of a draft edited while it is checked", async () => {
    const name = "edited.md";
    const text = longDraft(8000, "Haybes");
    const newest = server.diagnostics(uri(name), 2);
    server.open(uri(name), text);
    server.edit(uri(name), [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: `${WRONG}\n\n` }]);
    const latest = await newest;
    assert.equal(latest.version, 2);
    assert.deepEqual(
      published(name).map((p) => p.version),
      [2],
    );
    assert.ok(conflictOn39(latest, server.document(uri(name)).getText()));
  });

  it("publishes nothing of the check under way when the edit takes the draft over attest.maxFileSize", async () => {
    const name = "grown.md";
    const text = longDraft(8000, "Fumay");
    const limit = Buffer.byteLength(text, "utf8") + 100;
    server.settings = { maxFileSize: limit };
    const reloaded = server.waitFor<{ state: string }>("attest/corpusStatus", (p) => p.state === "ready");
    await server.connection.sendNotification("workspace/didChangeConfiguration", { settings: null });
    await reloaded;
    const note = server.diagnostics(uri(name), 2);
    server.open(uri(name), text);
    server.edit(uri(name), [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: "Préambule. ".repeat(20) },
    ]);
    assert.equal((await note).version, 2);
    // Something published after the edit's note shows whether the first check's came late: a small draft
    // opened now is checked after it.
    const after = server.diagnostics(uri("after.md"), 1);
    server.open(uri("after.md"), `${WRONG}\n`);
    await after;
    assert.deepEqual(
      published(name).map((p) => p.version),
      [2],
    );
    server.settings = {};
    const back = server.waitFor<{ state: string }>("attest/corpusStatus", (p) => p.state === "ready");
    await server.connection.sendNotification("workspace/didChangeConfiguration", { settings: null });
    await back;
  });

  it("after a settings change, checks the draft being edited before the other open drafts", async () => {
    const names = ["one.md", "two.md", "three.md"];
    const texts = [longDraft(1500, "Revin"), longDraft(1500, "Monthermé"), longDraft(1500, "Deville")];
    const opened = names.map((n) => server.diagnostics(uri(n), 1));
    names.forEach((n, i) => server.open(uri(n), texts[i]!));
    await Promise.all(opened);
    const mark = server.received.length;
    const isPublish = (n: string, version: number) => (m: { method: string; params: unknown }) =>
      m.method === "textDocument/publishDiagnostics" &&
      (m.params as PublishDiagnosticsParams).uri === uri(n) &&
      (m.params as PublishDiagnosticsParams).version === version;
    /** Where the diagnostics of `n` at `version` came since the settings change (-1: not yet). */
    const positionOf = (n: string, version: number) => server.received.findIndex((m, i) => i >= mark && isPublish(n, version)(m));
    const publishedSince = (n: string, version: number) =>
      positionOf(n, version) >= 0
        ? Promise.resolve()
        : server.waitFor<PublishDiagnosticsParams>("textDocument/publishDiagnostics", (p) => p.uri === uri(n) && p.version === version);
    // A declared name makes every sentence's results obsolete: each draft is checked in full again.
    server.settings = { names: ["Vireux"] };
    const firstRecheck = server.waitFor<PublishDiagnosticsParams>("textDocument/publishDiagnostics", (p) =>
      names.some((n) => p.uri === uri(n)),
    );
    await server.connection.sendNotification("workspace/didChangeConfiguration", { settings: null });
    const first = await firstRecheck;
    // Edit a draft not re-checked yet: the writer's edit comes before the re-checks still waiting.
    const target = names.find((n) => uri(n) !== first.uri)!;
    const edited = server.diagnostics(uri(target), 2);
    server.edit(uri(target), [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: `${WRONG}\n\n` }]);
    const editedDiagnostics = await edited;
    assert.ok(conflictOn39(editedDiagnostics, server.document(uri(target)).getText()));
    const others = names.filter((n) => n !== target);
    await Promise.all(others.map((n) => publishedSince(n, 1)));
    const positions = others.map((n) => positionOf(n, 1));
    const editedAt = positionOf(target, 2);
    assert.ok(editedAt < Math.max(...positions), `edited draft published at ${editedAt}, the other drafts at ${positions.join(", ")}`);
    server.settings = {};
  });
});
