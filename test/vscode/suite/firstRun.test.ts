import assert from "node:assert/strict";
import * as vscode from "vscode";
import type { CorpusStatus } from "#shared/protocol";
import type { AttestSettings } from "#shared/settings";
import type { AttestClient } from "../../../client/src/attestClient";
import { IndexingProgress } from "../../../client/src/indexingProgress";
import { SourcesOffer } from "../../../client/src/sourcesOffer";

// The first-run prompts of the extension, in a real extension host, with the user's answers given
// in their place (a notification's buttons cannot be pressed through the API): the one-time offer
// to use a folder that looks like sources, with "Don't ask again", and the cancellable indexing
// notification. Waits are on the prompts themselves, never on delays.

/** workspaceState / globalState as VS Code keeps them, in memory. */
class MemoryState implements vscode.Memento {
  private readonly values = new Map<string, unknown>();
  keys(): readonly string[] {
    return [...this.values.keys()];
  }
  get<T>(key: string, fallback?: T): T | undefined {
    return this.values.has(key) ? (this.values.get(key) as T) : fallback;
  }
  update(key: string, value: unknown): Thenable<void> {
    this.values.set(key, value);
    return Promise.resolve();
  }
}

const noCorpus = () => ({ corpus: { paths: [] } }) as unknown as AttestSettings;
const unusedClient = {} as AttestClient;

suite("First run: the sources offer and the indexing notification", () => {
  let folder: vscode.Uri;

  suiteSetup(async () => {
    const workspace = vscode.workspace.workspaceFolders?.[0];
    assert.ok(workspace, "the tests need a workspace folder");
    folder = vscode.Uri.joinPath(workspace.uri, "press-clippings");
    for (let i = 0; i < 4; i++) {
      await vscode.workspace.fs.writeFile(
        vscode.Uri.joinPath(folder, `clipping-${i}.md`),
        new TextEncoder().encode(`# Dépêche ${i}\n\nLa mairie de Quillan a voté ${i + 3} millions d'euros de travaux.\n`),
      );
    }
  });

  suiteTeardown(async () => {
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  /** An offer whose prompts are recorded and answered with `answer` (a button label, or undefined: dismissed). */
  function offerIn(workspaceState: MemoryState, globalState: MemoryState, answer: (buttons: string[]) => string | undefined) {
    const asked: Array<{ message: string; buttons: string[] }> = [];
    const context = { workspaceState, globalState } as unknown as vscode.ExtensionContext;
    const offer = new SourcesOffer(context, unusedClient, noCorpus, (message, ...buttons) => {
      asked.push({ message, buttons });
      return Promise.resolve(answer(buttons));
    });
    return { offer, asked };
  }

  test('offers a folder that looks like sources once, and never again after "Don\'t ask again"', async () => {
    const global = new MemoryState();
    const first = offerIn(new MemoryState(), global, (buttons) => buttons.at(-1));
    await first.offer.checkWorkspace();
    assert.equal(first.asked.length, 1);
    assert.match(first.asked[0]!.message, /press-clippings/);
    assert.match(first.asked[0]!.buttons.at(-1)!, /Don't ask again|Ne plus demander/);
    await first.offer.checkWorkspace();
    assert.equal(first.asked.length, 1, "not asked twice in the same workspace");

    // Another workspace, the same user: "Don't ask again" holds there too.
    const elsewhere = offerIn(new MemoryState(), global, () => undefined);
    await elsewhere.offer.checkWorkspace();
    assert.deepEqual(elsewhere.asked, []);
  });

  test("offers once per workspace when the offer is only dismissed", async () => {
    const global = new MemoryState();
    const workspace = new MemoryState();
    const first = offerIn(workspace, global, () => undefined);
    await first.offer.checkWorkspace();
    await first.offer.checkWorkspace();
    assert.equal(first.asked.length, 1);
    const elsewhere = offerIn(new MemoryState(), global, () => undefined);
    await elsewhere.offer.checkWorkspace();
    assert.equal(elsewhere.asked.length, 1, "a dismissed offer may come back in another workspace");
  });

  test("shows a cancellable notification while a large corpus indexes, and Cancel stops the indexing", async () => {
    let cancels = 0;
    const reports: string[] = [];
    const cancellation = new vscode.CancellationTokenSource();
    let closed!: Promise<unknown>;
    let opened!: (options: vscode.ProgressOptions) => void;
    const shown = new Promise<vscode.ProgressOptions>((resolve) => (opened = resolve));
    const progress = new IndexingProgress(
      () => cancels++,
      <R>(options: vscode.ProgressOptions, task: Parameters<typeof vscode.window.withProgress<R>>[1]) => {
        closed = Promise.resolve(task({ report: (value) => reports.push(value.message ?? "") }, cancellation.token));
        opened(options);
        return closed as Thenable<R>;
      },
    );
    const indexing = { state: "indexing", roots: ["/newsroom/archive"], documents: 0, sentences: 0, warnings: [] };
    progress.onStatus(indexing as unknown as CorpusStatus);
    progress.onProgress(120, 3000);
    const options = await shown;
    progress.onProgress(480, 3000);
    assert.equal(options.location, vscode.ProgressLocation.Notification);
    assert.equal(options.cancellable, true);
    assert.deepEqual(reports.slice(0, 2), ["120/3000 — /newsroom/archive", "480/3000 — /newsroom/archive"]);
    cancellation.cancel();
    await closed; // the notification closes
    assert.equal(cancels, 1, "Cancel asks the server to stop indexing");
  });
});
