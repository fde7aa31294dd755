// The one program Attest ships (esbuild bundles it into dist/attest.js): the `attest` command
// (bin/attest.js), the language server the VS Code extension starts (`attest lsp --node-ipc`), and
// the worker threads both spawn, which run this same file and say their role in workerData.
import { isMainThread, workerData } from "node:worker_threads";
import { PARSE_ROLE } from "./core/cache/parsePool";
import { runParseWorker } from "./core/cache/parseWorker";
import { main } from "./cli/main";
import { ENGINE_ROLE, runEngineWorker } from "./lsp/engine/engineWorker";

const role = isMainThread ? undefined : (workerData as { role?: string } | undefined)?.role;
if (role === ENGINE_ROLE) runEngineWorker();
else if (role === PARSE_ROLE) runParseWorker();
else
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
