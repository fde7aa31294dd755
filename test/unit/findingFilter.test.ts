import assert from "node:assert/strict";
import { visibleFindings } from "../../server/src/shared/findingFilter";

describe("minimum confidence", () => {
  const findings = [
    { verdict: "unsupported" as const, confidence: 0.3, id: "weak" },
    { verdict: "unsupported" as const, confidence: 0.8, id: "strong" },
    { verdict: "unsupported" as const, id: "no confidence yet" },
    { verdict: "conflict" as const, confidence: 0.1, id: "conflict" },
  ];

  it("hides only unsupported findings below the minimum, counting a missing confidence as sure", () => {
    const shown = visibleFindings(findings, { minimumConfidence: 0.5 }).map((f) => f.id);
    assert.deepEqual(shown, ["strong", "no confidence yet", "conflict"]);
  });

  it("shows everything at 0", () => {
    assert.equal(visibleFindings(findings, { minimumConfidence: 0 }).length, 4);
  });
});
