import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import type { CorpusStatus } from "../../server/src/shared/protocol";
import { ServerCommands } from "../../server/src/shared/protocol";
import { ServerUnderTest, bundledCorpus, tempFolder } from "./harness";

// The server reads the workspace's .attest/config.json under the client's own settings, and the
// "Add to names" command writes to it.

describe("language server: the project file", function () {
  this.timeout(60000);

  it("takes corpus and names from .attest/config.json, and Add to names writes there", async () => {
    const workspace = tempFolder("attest-project-lsp-");
    fs.cpSync(bundledCorpus, path.join(workspace, "sources"), { recursive: true });
    fs.mkdirSync(path.join(workspace, ".attest"));
    const configFile = path.join(workspace, ".attest", "config.json");
    fs.writeFileSync(configFile, '{\n  "corpus": { "paths": ["sources"] },\n  "checkOn": "type"\n}\n');
    const server = new ServerUnderTest();
    try {
      await server.initialize(workspace, { debounceMs: 0 });
      const status = server.messagesOf("attest/corpusStatus").at(-1) as CorpusStatus;
      assert.deepEqual(status.roots, [path.join(workspace, "sources")]);

      const uri = pathToFileURL(path.join(workspace, "draft.md")).href;
      const first = server.diagnostics(uri);
      server.open(uri, "Zorblax a vendu 500 vélos en 2024.\n");
      const flagged = await first;
      assert.ok(
        flagged.diagnostics.some((d) => /Zorblax/.test(String(d.message))),
        JSON.stringify(flagged.diagnostics.map((d) => d.message)),
      );

      const rechecked = server.diagnostics(uri);
      await server.connection.sendRequest("workspace/executeCommand", {
        command: ServerCommands.addNames,
        arguments: [{ uri, names: ["Zorblax"] }],
      });
      const after = await rechecked;
      assert.ok(!after.diagnostics.some((d) => /Zorblax/.test(String(d.message))), JSON.stringify(after.diagnostics.map((d) => d.message)));
      assert.equal(
        fs.readFileSync(configFile, "utf8"),
        '{\n  "corpus": { "paths": ["sources"] },\n  "checkOn": "type",\n  "names": ["Zorblax"]\n}\n',
      );
    } finally {
      await server.stop();
      fs.rmSync(workspace, { recursive: true, force: true });
    }
  });
});
