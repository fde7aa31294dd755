// The language server as an editor drives it, over stdio: start-up to a ready corpus, the first
// check of the long draft, then one-character edits in its middle, each timed from the change
// notification to the diagnostics published for that version (each edit types one more character
// of a word). Then a small draft opened while a large one is being checked, timed from its open
// to its diagnostics (the engine interleaves the two checks). Ends with the server's peak RSS.
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type PublishDiagnosticsParams,
} from "vscode-languageserver-protocol/node";
import { quantile } from "./time";

export interface LspOptions {
  corpus: string;
  /** Check against this PostgreSQL archive (attest.corpus.database) instead of the corpus folder. */
  database?: string;
  cacheDir: string;
  workspace: string;
  draft: string;
  edits: number;
  /** Stop editing after this long, even with edits left (slow checks must not stall the run). */
  editBudgetMs: number;
  /** Longest wait for the corpus and for the first check. */
  timeoutMs: number;
  /** Copies of the draft in the large draft of the small-draft latency measure (0: not measured). */
  largeCopies: number;
}

export interface LspTimes {
  /** initialized → corpus ready (cache present: a restart). */
  readyMs: number;
  fromCache: boolean;
  /** didOpen → first diagnostics (the whole draft checked). */
  firstCheckMs: number;
  firstCheckTimedOut?: boolean;
  edits: number;
  p50: number;
  p95: number;
  max: number;
  /** A small draft opened just after a large one: open → its diagnostics, while the large one is checked. */
  smallWhileLarge?: { largeBytes: number; smallMs: number; largeMs: number };
  peakRssMB: number;
}

const serverMain = path.resolve(__dirname, "../../server/src/attest.js");

export async function measureLsp(options: LspOptions): Promise<LspTimes> {
  const child = spawn(process.execPath, [serverMain, "lsp", "--stdio"], { stdio: "pipe" });
  let stderr = "";
  child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const listeners: ((method: string, params: unknown) => void)[] = [];
  const logs: string[] = [];
  connection.onUnhandledNotification((m) => {
    if (m.method === "window/logMessage") logs.push((m.params as { message: string }).message);
    for (const l of [...listeners]) l(m.method, m.params);
  });
  const waitFor = <T>(method: string, test: (p: T) => boolean, timeoutMs: number) =>
    new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${method} within ${timeoutMs} ms\n${stderr}`)), timeoutMs);
      const listener = (m: string, p: unknown) => {
        if (m !== method || !test(p as T)) return;
        clearTimeout(timer);
        listeners.splice(listeners.indexOf(listener), 1);
        resolve(p as T);
      };
      listeners.push(listener);
    });
  connection.onRequest("workspace/configuration", (p: { items: { section?: string }[] }) =>
    p.items.map((i) =>
      i.section === "attest" ? { corpus: options.database ? { database: options.database } : { paths: [options.corpus] } } : null,
    ),
  );
  connection.onRequest("window/workDoneProgress/create", () => null);
  connection.onRequest("client/registerCapability", () => null);
  connection.listen();

  try {
    await connection.sendRequest("initialize", {
      processId: process.pid,
      rootUri: pathToFileURL(options.workspace).href,
      workspaceFolders: [{ uri: pathToFileURL(options.workspace).href, name: "bench" }],
      capabilities: {
        workspace: { configuration: true },
        textDocument: { publishDiagnostics: { versionSupport: true } },
        window: { workDoneProgress: true },
      },
      initializationOptions: { cacheDir: options.cacheDir, debounceMs: 0 },
    });
    let start = performance.now();
    const ready = waitFor<{ state: string }>("attest/corpusStatus", (p) => p.state !== "indexing", options.timeoutMs);
    await connection.sendNotification("initialized", {});
    await ready;
    const readyMs = performance.now() - start;
    const fromCache = logs.some((l) => / \(\d+ from cache, 0 indexed/.test(l));

    const uri = pathToFileURL(path.join(options.workspace, "draft.md")).href;
    let text = fs.readFileSync(options.draft, "utf8");
    let version = 1;
    const published = (v: number) =>
      waitFor<PublishDiagnosticsParams>("textDocument/publishDiagnostics", (p) => p.uri === uri && p.version === v, options.timeoutMs);
    start = performance.now();
    const first = published(1);
    await connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "markdown", version, text } });
    try {
      await first;
    } catch {
      // The whole draft is not checked within the limit: no edit can be timed on top of it.
      return {
        readyMs,
        fromCache,
        firstCheckMs: NaN,
        firstCheckTimedOut: true,
        edits: 0,
        p50: NaN,
        p95: NaN,
        max: NaN,
        peakRssMB: peakRss(child.pid!),
      };
    }
    const firstCheckMs = performance.now() - start;

    // Typing in the middle of the draft, one character an edit: every edit makes a paragraph text
    // the checker has never seen (deleting a letter just typed would find its earlier results).
    const typed = "attestation du chiffre ";
    let at = text.indexOf(" ", Math.floor(text.length / 2));
    const samples: number[] = [];
    const editsStarted = performance.now();
    for (let i = 0; i < options.edits && performance.now() - editsStarted < options.editBudgetMs; i++) {
      const ch = typed[i % typed.length]!;
      const position = positionOf(text, at);
      const change = { range: { start: position, end: position }, text: ch };
      text = text.slice(0, at) + ch + text.slice(at);
      at++;
      version++;
      const done = published(version);
      const t = performance.now();
      await connection.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [change] });
      await done;
      samples.push(performance.now() - t);
    }
    // The archive bench measures keystrokes and memory only (largeCopies 0).
    const smallWhileLarge =
      options.largeCopies > 0
        ? await measureSmallWhileLarge(options, fs.readFileSync(options.draft, "utf8"), published0(waitFor, options.timeoutMs), (m, p) =>
            connection.sendNotification(m, p),
          )
        : undefined;
    const peakRssMB = peakRss(child.pid!);
    return {
      readyMs,
      fromCache,
      firstCheckMs,
      edits: samples.length,
      p50: quantile(samples, 0.5),
      p95: quantile(samples, 0.95),
      max: Math.max(...samples),
      smallWhileLarge,
      peakRssMB,
    };
  } finally {
    try {
      await connection.sendRequest("shutdown");
      await connection.sendNotification("exit");
    } catch {
      // The server may be gone already.
    }
    setTimeout(() => child.kill(), 2000).unref();
    connection.dispose();
  }
}

type WaitFor = <T>(method: string, test: (p: T) => boolean, timeoutMs: number) => Promise<T>;

/** Waits for the first diagnostics of a uri (any version). */
function published0(waitFor: WaitFor, timeoutMs: number): (uri: string) => Promise<unknown> {
  return (uri) => waitFor<PublishDiagnosticsParams>("textDocument/publishDiagnostics", (p) => p.uri === uri, timeoutMs);
}

/**
 * Opens a large draft (copies of the bench draft, each with its figures shifted so that no
 * sentence repeats another and every one is checked), then at once a one-paragraph draft.
 */
async function measureSmallWhileLarge(
  options: LspOptions,
  draft: string,
  published: (uri: string) => Promise<unknown>,
  notify: (method: string, params: unknown) => Promise<void>,
): Promise<LspTimes["smallWhileLarge"]> {
  const copies: string[] = [];
  for (let k = 1; k <= options.largeCopies; k++) copies.push(draft.replace(/\d+/g, (d) => String(Number(d) + k)));
  const large = copies.join("\n\n");
  const small = draft.split("\n\n").find((p) => /\d/.test(p) && !p.startsWith("#")) ?? draft.slice(0, 400);
  const largeUri = pathToFileURL(path.join(options.workspace, "large.md")).href;
  const smallUri = pathToFileURL(path.join(options.workspace, "small.md")).href;
  const largeDone = published(largeUri);
  const smallDone = published(smallUri);
  const start = performance.now();
  await notify("textDocument/didOpen", { textDocument: { uri: largeUri, languageId: "markdown", version: 1, text: large } });
  const smallStart = performance.now();
  await notify("textDocument/didOpen", { textDocument: { uri: smallUri, languageId: "markdown", version: 1, text: small } });
  try {
    await smallDone;
    const smallMs = performance.now() - smallStart;
    await largeDone;
    return { largeBytes: Buffer.byteLength(large, "utf8"), smallMs, largeMs: performance.now() - start };
  } catch {
    return undefined;
  }
}

function positionOf(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length - 1;
  return { line, character: offset - (before.lastIndexOf("\n") + 1) };
}

/** Peak resident memory of a process (all its threads), from /proc; NaN where there is no /proc. */
function peakRss(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1]);
    return kb / 1024;
  } catch {
    return NaN;
  }
}
