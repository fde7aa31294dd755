import assert from "node:assert/strict";
import { resolve } from "node:path";
import { CorpusIndex, checkText, type Finding } from "../../server/src/core";
import { loadCorpus } from "../../server/src/core/corpus";

// The right amount in the wrong currency is a misquote: "922 000 dollars" where the source paid
// 922 000 euros. Another amount in another currency may be a writer's conversion, and stays out
// of conflicts. Corpus (test/fixtures/currency-swap: a museum purchase, a harbour fine) written
// for these tests.

const SOURCES = resolve(__dirname, "../../../test/fixtures/currency-swap");

describe("currency swaps", function () {
  this.timeout(20000);
  let index: CorpusIndex;

  before(async () => {
    index = CorpusIndex.build((await loadCorpus([SOURCES])).documents);
  });

  const findingOn = (sentence: string, claim: string): Finding => {
    const found = checkText(sentence + "\n", index).findings.find((f) => f.claim === claim);
    assert.ok(found, `no finding on "${claim}"`);
    return found!;
  };

  it("calls the sourced amount in another currency a conflict, with the source's currency as the fix", () => {
    const f = findingOn("Le musée de Vernaison a acheté un paysage de Corot pour 922 000 dollars.", "922 000 dollars");
    assert.equal(f.verdict, "conflict");
    assert.deepEqual(
      f.fixes.map((x) => x.newText),
      ["922 000 euros"],
    );
  });

  it("writes the fix in the draft's style of currency", () => {
    const f = findingOn("The Port Authority of Kessick fined Lintra Shipping €4.2 million for fuel spills.", "€4.2 million");
    assert.equal(f.verdict, "conflict");
    assert.deepEqual(
      f.fixes.map((x) => x.newText),
      ["$4.2 million"],
    );
  });

  it("keeps supporting the amount in the source's currency", () => {
    assert.equal(findingOn("Le musée de Vernaison a acheté un paysage de Corot pour 922 000 euros.", "922 000 euros").verdict, "supported");
  });

  it("does not call a converted amount in another currency a conflict", () => {
    const f = findingOn("Le musée de Vernaison a acheté un paysage de Corot pour environ 1 million de dollars.", "1 million de dollars");
    assert.notEqual(f.verdict, "conflict");
  });

  it("does not take the same amount of another fact for a swapped currency", () => {
    const f = findingOn("Kessick spent $650,000 on a new lifeboat station.", "$650,000");
    assert.notEqual(f.verdict, "conflict");
  });
});
