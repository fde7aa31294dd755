import assert from "node:assert/strict";
import { resolve } from "node:path";
import { CorpusIndex, checkText, type Finding } from "../../server/src/core";
import { loadCorpus } from "../../server/src/core/corpus";

// A figure is compared only with a source figure of the same fact: the same event, the same
// actor, the same role. When the evidence may be another fact's, the claim is unsupported, never
// a conflict. Corpus (test/fixtures/figure-facts: a French glassworks, an English poetry prize
// and ferry operator) written for these tests.

const SOURCES = resolve(__dirname, "../../../test/fixtures/figure-facts");

describe("figure facts", function () {
  this.timeout(20000);
  let index: CorpusIndex;

  before(async () => {
    index = CorpusIndex.build((await loadCorpus([SOURCES])).documents);
  });

  const verdictOn = (sentence: string, claim: string): Finding["verdict"] => {
    const found = checkText(sentence + "\n", index).findings.find((f) => f.claim === claim);
    assert.ok(found, `no finding on "${claim}"`);
    return found!.verdict;
  };

  it("does not call a sale year a conflict with a founding year", () => {
    assert.notEqual(verdictOn("Les Verreries Morvel ont été vendues en 1975.", "1975"), "conflict");
  });

  it("still flags a misquoted year of the same event", () => {
    assert.equal(verdictOn("Le groupe Talvane a racheté les Verreries Morvel en 2013.", "2013"), "conflict");
  });

  it("does not compare a prize year with another prize's year", () => {
    assert.notEqual(verdictOn("Corin Waite received the Halberd Prize in 1998.", "1998"), "conflict");
  });

  it("still flags a misquoted amount of the same fact", () => {
    assert.equal(verdictOn("Le nouvel atelier de soufflage a coûté 6 millions d'euros.", "6 millions d'euros"), "conflict");
  });
});
