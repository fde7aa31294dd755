// The main thread's handle on the engine thread: sends requests, matches answers, forwards
// progress, and claims a draft's slot before each check so that an older check of the same
// draft stops at its next paragraph (the engine's queue also drops it: checkQueue.ts).
import * as fs from "node:fs";
import * as path from "node:path";
import { Worker } from "node:worker_threads";
import type { CheckResult } from "../../core";
import { ENGINE_ROLE } from "./engineWorker";
import { describeWarning, receivedWarning } from "../../core/warnings";
import { translator, WordedError, type Locale } from "../../shared/i18n";
import { errorText } from "../../shared/errorText";
import type {
  ApplyChangesRequest,
  CancelCheck,
  CancelLoad,
  CheckAnswer,
  EngineCheckOptions,
  EngineMessage,
  EngineRequest,
  IndexCounts,
  LoadRequest,
  LoadResult,
} from "./protocol";

/** Distinct drafts whose checks can be superseded independently; more share slots (harmless: an extra re-check). */
const SLOTS = 1024;

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void; progress?: (done: number, total: number) => void };

// Requests are distributed over a union: each variant without its id.
type Request = EngineRequest extends infer R ? (R extends { id: number } ? Omit<R, "id"> : never) : never;

/** The script of the engine thread: the compiled entry file, or this very file inside the bundle. */
function engineScript(): string {
  const entry = path.join(__dirname, "engineWorkerMain.js");
  return fs.existsSync(entry) ? entry : __filename;
}

export class EngineClient {
  private readonly worker: Worker;
  private readonly tickets = new Int32Array(new SharedArrayBuffer(SLOTS * 4));
  private readonly slots = new Map<string, number>();
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private nextTicket = 1;
  private nextSlot = 0;

  /** The language the engine's warnings and failures are logged in (the client's). */
  locale: Locale = "en";

  constructor(private readonly log: (message: string) => void) {
    this.worker = new Worker(engineScript(), { workerData: { role: ENGINE_ROLE, tickets: this.tickets.buffer } });
    this.worker.on("message", (message: EngineMessage) => this.receive(message));
    this.worker.on("error", (error) => this.failAll(error));
    this.worker.on("exit", (code) => this.failAll(new WordedError((t) => t("server.engineExited", { code: String(code) }))));
    // The engine must not keep the process alive once the LSP connection is gone.
    this.worker.unref();
  }

  load(request: Omit<LoadRequest, "type">, progress?: (done: number, total: number) => void): Promise<LoadResult> {
    // Warnings come from another thread: each is checked against the catalogue here.
    return (this.request({ type: "load", ...request }, progress) as Promise<LoadResult>).then((result) => ({
      ...result,
      warnings: result.warnings.map(receivedWarning),
      failed: result.failed === undefined ? undefined : receivedWarning(result.failed),
    }));
  }

  /** Stops the running load; it still answers, with what was indexed. */
  cancelLoad(): void {
    this.worker.postMessage({ type: "cancelLoad" } satisfies CancelLoad);
  }

  applyChanges(request: Omit<ApplyChangesRequest, "type">): Promise<IndexCounts & { changed: boolean }> {
    return this.request({ type: "applyChanges", ...request }) as Promise<IndexCounts & { changed: boolean }>;
  }

  /**
   * Checks an open draft (its checker keeps paragraph results); a newer check of the same uri
   * cancels this one. Lower `priority` is checked first (0: typing); see CheckRequest.
   */
  check(uri: string, text: string, options: EngineCheckOptions & { priority: number }, fresh = false, full = false): Promise<CheckAnswer> {
    const { slot, ticket } = this.claim(uri);
    return (this.request({ type: "check", uri, text, ...options, fresh, full, slot, ticket }) as Promise<CheckAnswer>).then((answer) =>
      answer.cancelled && answer.unavailable !== undefined ? { ...answer, unavailable: receivedWarning(answer.unavailable) } : answer,
    );
  }

  /** Stops the check of a draft waiting or under way: it answers `cancelled`. */
  cancel(uri: string): void {
    this.claim(uri);
    this.worker.postMessage({ type: "cancelCheck", uri } satisfies CancelCheck);
  }

  checkOnce(text: string, options: EngineCheckOptions): Promise<Omit<CheckResult, "origins">> {
    return this.request({ type: "checkOnce", text, ...options }) as Promise<Omit<CheckResult, "origins">>;
  }

  /** A new ticket in the draft's slot: its older check stops at its next paragraph. */
  private claim(uri: string): { slot: number; ticket: number } {
    let slot = this.slots.get(uri);
    if (slot === undefined) {
      slot = this.nextSlot++ % SLOTS;
      this.slots.set(uri, slot);
    }
    const ticket = this.nextTicket++;
    Atomics.store(this.tickets, slot, ticket);
    return { slot, ticket };
  }

  close(uri: string): void {
    this.slots.delete(uri);
    void this.request({ type: "close", uri }).catch(() => undefined);
  }

  async dispose(): Promise<void> {
    await this.worker.terminate();
  }

  private request(request: Request, progress?: Pending["progress"]): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, progress });
      this.worker.postMessage({ ...request, id });
    });
  }

  private receive(message: EngineMessage): void {
    if (message.type === "warning") return this.log(describeWarning(receivedWarning(message.warning), this.locale));
    const pending = this.pending.get(message.id);
    if (!pending) return;
    if (message.type === "progress") return pending.progress?.(message.done, message.total);
    this.pending.delete(message.id);
    if (message.type === "answer") pending.resolve(message.value);
    else pending.reject(new Error(message.message));
  }

  private failAll(error: Error): void {
    const t = translator(this.locale);
    this.log(t("server.engineFailed", { detail: errorText(error, this.locale) }));
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }
}
