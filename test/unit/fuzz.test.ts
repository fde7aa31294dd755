import assert from "node:assert/strict";
import { runCoreCases } from "../fuzz/coreCases";
import { describeFailure } from "../fuzz/report";

// The short run of the property fuzzer (test/fuzz): a few hundred hostile drafts and sources
// through the core. `npm run fuzz -- --cases 10000` is the long run by hand.

describe("property fuzzer, short run", function () {
  this.timeout(120000);

  it("checks 300 hostile drafts against hostile sources without breaking a property", async () => {
    const failures = await runCoreCases({ seed: 20261203, from: 0, cases: 300, maxFailures: 3 });
    assert.deepEqual(failures.map(describeFailure), []);
  });
});
