// Entry of the bundled language server (dist/server.js): `node dist/server.js --stdio` or `--node-ipc`.
// The bundle is also the script of the server's worker threads, which say their role in workerData.
import { isMainThread, workerData } from "node:worker_threads";
import { PARSE_ROLE } from "../core/cache/parsePool";
import { runParseWorker } from "../core/cache/parseWorker";
import { ENGINE_ROLE, runEngineWorker } from "./engine/engineWorker";
import { runLanguageServer } from "./server";

const role = isMainThread ? undefined : (workerData as { role?: string } | undefined)?.role;
if (role === ENGINE_ROLE) runEngineWorker();
else if (role === PARSE_ROLE) runParseWorker();
else runLanguageServer();
