import assert from "node:assert/strict";
import { messages } from "../../server/src/core/verdicts/findingMessages";

// Messages stay readable when a large archive gives many values for one fact.

describe("messages", () => {
  const evidence = (n: number) => ({
    document: `doc${n}.txt`,
    uri: `/c/doc${n}.txt`,
    range: { start: { line: n, character: 0 }, end: { line: n, character: 9 } },
    quote: "q",
  });
  const values = Array.from({ length: 7 }, (_, i) => ({ value: `${i + 10} %`, evidence: evidence(i) }));

  it("names the first four disagreeing values and counts the others", () => {
    const en = messages.sourcesDisagree("en", values);
    assert.match(en, /^ Sources disagree: 10 % \(doc0\.txt, line 1\); .*13 % \(doc3\.txt, line 4\) and 3 more\.$/);
    assert.ok(!en.includes("14 %"));
    assert.match(messages.sourcesDisagree("fr", values.slice(0, 5)), / et 1 autre\.$/);
    assert.match(messages.sourcesDisagree("fr", values), / et 3 autres\.$/);
    assert.ok(!messages.sourcesDisagree("en", values.slice(0, 2)).includes("more"));
  });

  it("places a source in the reader's language: line in English, ligne in French", () => {
    assert.equal(messages.textSupported("en", evidence(12)), "Supported by doc12.txt, line 13.");
    assert.equal(messages.textSupported("fr", evidence(12)), "Confirmé par doc12.txt, ligne 13.");
    assert.match(
      messages.sourcesDisagree("fr", values.slice(0, 2)),
      /^ Les sources divergent : 10 % \(doc0\.txt, ligne 1\) ; 11 % \(doc1\.txt, ligne 2\)\.$/,
    );
  });
});
