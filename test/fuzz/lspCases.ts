// Fuzzing the language server over real stdio: one server, many messages — drafts opened and
// edited with hostile text, hovers and code actions at any position, commands and requests with
// parameters of every wrong shape. Properties: every request is answered (a result, or an error
// that is not InternalError), every diagnostic range lies inside the version it was published
// for, and the server is still alive at the end.
import { TextDocument } from "vscode-languageserver-textdocument";
import type { PublishDiagnosticsParams } from "vscode-languageserver-protocol";
import { ServerUnderTest, tempFolder } from "../lsp/harness";
import { rangeProblems } from "./properties";
import { Random } from "./random";
import { hostileDraft } from "./texts";

export interface LspRunOptions {
  seed: number;
  messages: number;
}

const METHODS = [
  "textDocument/hover",
  "textDocument/codeAction",
  "workspace/executeCommand",
  "attest/factCheckDocument",
  "attest/reloadCorpus",
  "attest/noSuchMethod",
];
const COMMANDS = ["attest.showSources", "attest.ignoreClaimInWorkspace", "attest.noSuchCommand", "", "constructor", "__proto__"];

/** A value of any JSON shape, small. */
function anyValue(rng: Random, depth = 0): unknown {
  const r = rng.int(depth > 2 ? 6 : 9);
  switch (r) {
    case 0:
      return null;
    case 1:
      return rng.int(2e9) - 1e9;
    case 2:
      return rng.pick(["", "constructor", "__proto__", "file:///nowhere.md", "x".repeat(rng.int(300)), "\u0000"]);
    case 3:
      return rng.chance(0.5);
    case 4:
      return -1;
    case 5:
      return 1e300;
    case 6:
      return Array.from({ length: rng.int(4) }, () => anyValue(rng, depth + 1));
    default: {
      const o: Record<string, unknown> = {};
      for (let i = rng.int(4); i > 0; i--)
        o[
          rng.pick([
            "uri",
            "textDocument",
            "position",
            "range",
            "context",
            "only",
            "command",
            "arguments",
            "line",
            "character",
            "__proto__",
            "constructor",
          ])
        ] = anyValue(rng, depth + 1);
      return o;
    }
  }
}

function position(rng: Random, doc: TextDocument | undefined): unknown {
  if (!doc || rng.chance(0.2)) return rng.chance(0.5) ? anyValue(rng) : { line: rng.int(1000) - 5, character: rng.int(1000) - 5 };
  return doc.positionAt(rng.int(doc.getText().length + 1));
}

function paramsFor(method: string, rng: Random, uri: string | undefined, doc: TextDocument | undefined): unknown {
  if (rng.chance(0.25)) return anyValue(rng);
  const textDocument = { uri: rng.chance(0.9) ? uri : anyValue(rng) };
  switch (method) {
    case "textDocument/hover":
      return { textDocument, position: position(rng, doc) };
    case "textDocument/codeAction": {
      const start = position(rng, doc);
      return {
        textDocument,
        range: { start, end: rng.chance(0.7) ? start : position(rng, doc) },
        context: rng.chance(0.8) ? { diagnostics: [] } : { diagnostics: anyValue(rng), only: anyValue(rng) },
      };
    }
    case "workspace/executeCommand":
      return { command: rng.pick(COMMANDS), arguments: rng.chance(0.5) ? [anyValue(rng)] : anyValue(rng) };
    case "attest/factCheckDocument":
      return { uri: rng.chance(0.7) ? uri : anyValue(rng) };
    default:
      return anyValue(rng);
  }
}

export async function runLspCases(options: LspRunOptions): Promise<string[]> {
  const rng = new Random(options.seed ^ 0x5bd1e995);
  const failures: string[] = [];
  const workspace = tempFolder("attest-fuzz-lsp-");
  const server = new ServerUnderTest();
  const versions = new Map<string, Map<number, string>>();
  const docs: TextDocument[] = [];
  server.connection.onNotification("textDocument/publishDiagnostics", (p: PublishDiagnosticsParams) => {
    const text = p.version === undefined ? undefined : versions.get(p.uri)?.get(p.version);
    if (text === undefined) return;
    for (const [i, d] of p.diagnostics.entries()) {
      for (const problem of rangeProblems(`${p.uri} v${p.version} diagnostic ${i}`, text, d.range)) failures.push(problem);
    }
  });
  try {
    await server.initialize(workspace);
    for (let m = 0; m < options.messages && server.alive; m++) {
      const doc = docs.length ? rng.pick(docs) : undefined;
      const r = rng.next();
      if (r < 0.15 || !doc) {
        const uri = `file://${workspace}/draft${docs.length}.md`;
        const text = hostileDraft(rng).join("");
        const opened = server.open(uri, text);
        docs.push(opened);
        versions.set(uri, new Map([[1, text]]));
      } else if (r < 0.4) {
        const length = doc.getText().length;
        const start = doc.positionAt(rng.int(length + 1));
        const end = doc.positionAt(Math.min(length, doc.offsetAt(start) + rng.int(20)));
        const after = server.edit(doc.uri, [
          {
            range: { start, end },
            newText: hostileDraft(rng)
              .slice(0, 1 + rng.int(8))
              .join(""),
          },
        ]);
        docs[docs.indexOf(doc)] = after;
        versions.get(doc.uri)!.set(after.version, after.getText());
      } else {
        const method = rng.pick(METHODS);
        const params = paramsFor(method, rng, doc.uri, doc);
        const label = `${method} ${JSON.stringify(params)?.slice(0, 300)}`;
        try {
          await withTimeout(server.connection.sendRequest(method, params), 60000, label);
        } catch (e) {
          const error = e as { code?: number; message?: string };
          if (typeof error.code !== "number") failures.push(`${label}: ${error.message ?? e}`);
          else if (error.code === -32603) failures.push(`${label}: InternalError ${error.message}`);
        }
      }
    }
    if (!server.alive) failures.push(`server exited: ${server.stderr.slice(-2000)}`);
  } finally {
    await server.stop().catch(() => server.child.kill());
  }
  return failures;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms to ${what}`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
