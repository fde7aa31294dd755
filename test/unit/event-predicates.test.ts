import assert from "node:assert/strict";
import { resolve } from "node:path";
import { CorpusIndex, checkText, type Finding } from "../../server/src/core";
import { analyze } from "../../server/src/core/analysis/analyze";
import { loadCorpus } from "../../server/src/core/corpus";
import type { Lang } from "../../server/src/core/types";
import { claimEvents, otherEvent } from "../../server/src/core/verdicts/predicates";

// A statement that shares its names and a speech verb with a source sentence, but names another
// event, is not supported by it. Sentences and corpus (test/fixtures/events: a French freight
// takeover, an English lawsuit) written for these tests.

const SOURCES = resolve(__dirname, "../../../test/fixtures/events");

function polarOf(text: string, lang: Lang): string[] {
  return analyze(text, 0, text.length, lang)
    .filter((t) => t.concept)
    .map((t) => (t.negated ? `!c:${t.concept}` : `c:${t.concept}`));
}

function events(text: string, lang: Lang): ReadonlySet<number> {
  return claimEvents(analyze(text, 0, text.length, lang));
}

describe("event predicates", function () {
  this.timeout(20000);

  it("reads the same event from a verb, its participle and its noun", () => {
    const noun = events("Le rachat de la brasserie par Hoplin.", "fr");
    assert.equal(noun.size, 1);
    for (const text of ["Hoplin rachète la brasserie.", "La brasserie a été rachetée par Hoplin.", "Hoplin a racheté la brasserie."]) {
      assert.deepEqual([...events(text, "fr")], [...noun], text);
    }
    assert.deepEqual([...events("Hoplin bought the brewery.", "en")], [...noun]);
  });

  it("finds another event in a source sentence that lacks the claim's", () => {
    const claim = events("Hoplin annonce un partenariat avec la brasserie.", "fr");
    const source = polarOf("Hoplin annonce le rachat de la brasserie.", "fr");
    assert.equal(otherEvent(claim, source, source), true);
    const same = polarOf("Hoplin annonce un partenariat durable avec la brasserie.", "fr");
    assert.equal(otherEvent(claim, same, same), false);
  });

  it("reads a sale and the buyer's acquisition as one fact, for statements as for figures", () => {
    const claim = events("Hoplin a racheté la brasserie Malterre.", "fr");
    const source = polarOf("Les fondateurs ont vendu la brasserie Malterre à Hoplin.", "fr");
    assert.equal(otherEvent(claim, source, source), false);
    const english = events("Hoplin bought the Malterre brewery.", "en");
    const sold = polarOf("The founders sold the Malterre brewery to Hoplin.", "en");
    assert.equal(otherEvent(english, sold, sold), false);
  });

  it("does not object to a source sentence without any event", () => {
    const claim = events("Quarry Mutual sued the city council.", "en");
    const source = polarOf("Quarry Mutual and the city council met on Friday.", "en");
    assert.equal(otherEvent(claim, source, source), false);
  });

  describe("verdicts", () => {
    let index: CorpusIndex;
    before(async () => {
      index = CorpusIndex.build((await loadCorpus([SOURCES])).documents);
    });
    const verdictOf = (sentence: string): Finding["verdict"] => {
      const findings = checkText(sentence + "\n", index).findings.filter((f) => f.claim === sentence);
      assert.equal(findings.length, 1, JSON.stringify(findings));
      return findings[0]!.verdict;
    };

    it("does not support a partnership when the source announces a takeover", () => {
      assert.equal(verdictOf("Vantelle annonce un partenariat avec Corbière Fret."), "unsupported");
    });

    it("supports the takeover written as a verb, a participle or a noun", () => {
      assert.equal(verdictOf("Vantelle annonce le rachat de Corbière Fret."), "supported");
      assert.equal(verdictOf("Vantelle rachète Corbière Fret."), "supported");
      assert.equal(verdictOf("Corbière Fret a été racheté par Vantelle."), "supported");
    });

    it("does not support a hiring when the source reports a lawsuit", () => {
      assert.equal(verdictOf("Brightwater Labs hired Ostrander Pharma staff."), "unsupported");
      assert.equal(verdictOf("Brightwater Labs sued Ostrander Pharma."), "supported");
    });

    it("still calls opposite events a conflict", () => {
      assert.equal(verdictOf("Ostrander Pharma lost the regional innovation award."), "conflict");
    });
  });
});
