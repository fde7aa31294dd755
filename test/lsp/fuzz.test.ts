import assert from "node:assert/strict";
import { runLspCases } from "../fuzz/lspCases";

// The short run of the LSP part of the property fuzzer (test/fuzz/lspCases.ts): hostile drafts,
// edits and malformed requests to one server over stdio. `npm run fuzz -- --lsp N` runs more.

describe("property fuzzer, LSP messages, short run", function () {
  this.timeout(120000);

  it("answers 200 hostile messages without InternalError, with diagnostics inside their text", async () => {
    assert.deepEqual(await runLspCases({ seed: 20261203, messages: 200 }), []);
  });
});
