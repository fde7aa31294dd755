// A corpus that takes more than a moment to index gets a notification with a progress bar and a
// Cancel button (the language client shows server progress in the status bar only, without one).
// Cancel keeps what is indexed so far; the next load goes on from the cache.
import * as vscode from "vscode";
import type { CorpusStatus } from "#shared/protocol";
import { t } from "./i18n";

/** Short loads (a cached corpus) finish before this: no notification for them. */
const SHOW_AFTER_MS = 1500;

export class IndexingProgress implements vscode.Disposable {
  private timer: NodeJS.Timeout | undefined;
  private finish: (() => void) | undefined;
  private report: ((done: number, total: number) => void) | undefined;
  private last = { done: 0, total: 0 };

  /** `withProgress`: VS Code's notification; the extension tests pass a recorder in its place. */
  constructor(
    private readonly cancel: () => void,
    private readonly withProgress: typeof vscode.window.withProgress = (options, task) => vscode.window.withProgress(options, task),
  ) {}

  onStatus(status: CorpusStatus): void {
    if (status.state === "indexing") {
      if (this.timer || this.finish) return;
      this.timer = setTimeout(() => this.show(status.roots), SHOW_AFTER_MS);
    } else this.end();
  }

  onProgress(done: number, total: number): void {
    this.last = { done, total };
    this.report?.(done, total);
  }

  private show(roots: string[]): void {
    this.timer = undefined;
    void this.withProgress(
      { location: vscode.ProgressLocation.Notification, title: t("server.indexingCorpus"), cancellable: true },
      (progress, token) =>
        new Promise<void>((resolve) => {
          let reported = 0;
          this.report = (done, total) => {
            const percent = total ? Math.floor((100 * done) / total) : 0;
            progress.report({ message: `${done}/${total} — ${roots.join(", ")}`, increment: percent - reported });
            reported = percent;
          };
          this.report(this.last.done, this.last.total);
          this.finish = resolve;
          token.onCancellationRequested(() => {
            this.cancel();
            this.end();
          });
        }),
    );
  }

  private end(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.finish?.();
    this.finish = undefined;
    this.report = undefined;
    this.last = { done: 0, total: 0 };
  }

  dispose(): void {
    this.end();
  }
}
