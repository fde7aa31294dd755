import assert from "node:assert/strict";
import { resolve } from "node:path";
import { CorpusIndex, checkText, type Finding } from "../../server/src/core";
import { loadCorpus } from "../../server/src/core/corpus";
import { analyze } from "../../server/src/core/analysis/analyze";

// "Up 9%" and "down 9%" state a change as "rose" and "fell" do, and speak of their own figure
// only. Corpus: test/fixtures/figure-facts (a ferry operator's results, written for the tests).

const SOURCES = resolve(__dirname, "../../../test/fixtures/figure-facts");

describe("figure directions", function () {
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

  it("calls 'down 9%' a conflict with a source's 'up 9%'", () => {
    const f = findingOn("Quayside Ferries carried 3.1 million passengers in 2024, down 9% on the year.", "9%");
    assert.equal(f.verdict, "conflict");
    assert.match(f.message, /"down"/);
  });

  it("keeps the direction on its own figure: the passengers beside a fall are still supported", () => {
    assert.equal(
      findingOn("Quayside Ferries carried 3.1 million passengers in 2024, down 9% on the year.", "3.1 million").verdict,
      "supported",
    );
  });

  it("opposes a noun of change ('a 17% drop') to the source's 'up 17%'", () => {
    assert.equal(findingOn("Tidewell carried 800,000 tonnes of freight, a 17% drop.", "17%").verdict, "conflict");
  });

  it("supports a rise worded otherwise ('a rise of 17%')", () => {
    assert.equal(findingOn("Tidewell carried 800,000 tonnes of freight, a rise of 17%.", "17%").verdict, "supported");
  });

  it("reads 'up' before a figure as a rise, and leaves particles and 'up to' alone", () => {
    const conceptOf = (text: string, word: string) => analyze(text, 0, text.length, "en").find((t) => t.norm === word)?.concept;
    assert.equal(conceptOf("sales were up 9% last year", "up"), "increase");
    assert.equal(conceptOf("shares were down 3 points", "down"), "decrease");
    assert.equal(conceptOf("they set up 3 companies", "up"), undefined);
    assert.notEqual(conceptOf("up to 9 people", "up"), "increase");
    const french = analyze("les ventes sont up 9", 0, 20, "fr").find((t) => t.norm === "up");
    assert.equal(french?.concept, undefined);
  });
});
