import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import type { LogMessageParams } from "vscode-languageserver-protocol/node";
import { ServerUnderTest, tempFolder } from "./harness";

// A restarted server reads its corpus index from the cache (.attest/cache in the workspace)
// instead of indexing the corpus again.

describe("language server: index cache across restarts", function () {
  this.timeout(60000);
  let workspace: string;

  before(() => (workspace = tempFolder("attest-cache-ws-")));
  after(() => fs.rmSync(workspace, { recursive: true, force: true }));

  async function start(): Promise<string> {
    const server = new ServerUnderTest();
    try {
      await server.initialize(workspace);
      const logs = (server.messagesOf("window/logMessage") as LogMessageParams[]).map((m) => m.message);
      return logs.find((l) => l.startsWith("corpus: ")) ?? "";
    } finally {
      await server.stop();
    }
  }

  it("indexes the corpus on the first start and writes the cache", async () => {
    assert.match(await start(), /\(0 from cache, 3 indexed/);
    const cache = path.join(workspace, ".attest", "cache");
    assert.ok(fs.readdirSync(cache).some((f) => /^index-.*\.bin$/.test(f)));
    assert.equal(fs.readFileSync(path.join(cache, ".gitignore"), "utf8"), "*\n");
  });

  it("reads the cache on the second start instead of re-indexing", async () => {
    assert.match(await start(), /\(3 from cache, 0 indexed/);
  });
});
