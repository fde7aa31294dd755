import assert from "node:assert/strict";
import { CorpusIndex, DraftChecker, checkText } from "../../server/src/core";
import { analyze } from "../../server/src/core/check/analyze";
import { contextItems, gatherCandidates, windowScore } from "../../server/src/core/check/context";
import { parseSourceText } from "../../server/src/core/corpus";

// The corpus index and retrieval: keys, IDF, neighbours, incremental updates, and the draft
// checker's paragraph cache.

function doc(name: string, text: string) {
  return parseSourceText(name, `/virtual/${name}`, text);
}

const ALPHA = doc(
  "alpha.txt",
  "Le groupe Norvik a racheté la start-up Pellan en mars. L'acquisition de la start-up lui a coûté 80 millions d'euros.\nNorvik détient aussi 30 % de Tessel.\n",
);
const BETA = doc("beta.txt", "Tessel emploie 1 200 personnes à Lille.\nLes ventes de Tessel ont doublé.\n");

describe("CorpusIndex", () => {
  it("indexes every evidence sentence and drops boilerplate", () => {
    const withFurniture = doc(
      "gamma.txt",
      "Norvik a publié ses comptes mardi, avec un bénéfice en hausse de 12 %.\nLes analystes saluent une année solide pour le groupe industriel.\nÀ lire aussi\nLe BTC/USDT recule\nPlus\n",
    );
    const index = CorpusIndex.build([withFurniture]);
    const flagged = withFurniture.sentences.filter((s) => s.boilerplate).length;
    assert.ok(flagged >= 2, "the trailing link block is boilerplate");
    assert.equal(index.sentenceCount, withFurniture.sentences.length - flagged);
    assert.equal(index.documentFrequency("n:btc"), 0);
  });

  it("weighs rare keys more than common ones", () => {
    const index = CorpusIndex.build([ALPHA, BETA]);
    assert.ok(index.documentFrequency("n:tessel") > index.documentFrequency("n:pellan"));
    assert.ok(index.idf("n:pellan") > index.idf("n:tessel"));
    assert.ok(index.idf("n:never-seen") >= index.idf("n:pellan"));
  });

  it("splits a name glued by machine translation when the name is seen on its own", () => {
    const glued = doc("glued.txt", "NovaTek a racheté Pellan.\nNovaTek vise l'Europe.\nNovaTekfiliale lyonnaise a fermé.\n");
    const index = CorpusIndex.build([glued]);
    assert.equal(index.documentFrequency("n:novatekfiliale"), 0);
    assert.equal(index.documentFrequency("n:novatek"), 3);
    assert.equal(index.documentFrequency("c:subsidiary"), 1);
  });

  it("replaces and removes documents one at a time, and bumps its version", () => {
    const index = CorpusIndex.build([ALPHA, BETA]);
    const v0 = index.version;
    index.upsert(doc("beta.txt", "Tessel ferme son usine de Lille.\n"));
    assert.ok(index.version > v0);
    assert.equal(index.documentCount, 2);
    assert.equal(index.documentFrequency("s:emploi"), 0, "the old text of beta.txt is gone");
    index.remove("/virtual/alpha.txt");
    assert.equal(index.documentCount, 1);
    assert.equal(index.documentFrequency("n:pellan"), 0);
    assert.ok(index.postingsOf("n:tessel").every((id) => index.sentence(id)?.doc.id === "beta.txt"));
  });
});

describe("retrieval", () => {
  const index = CorpusIndex.build([ALPHA, BETA]);

  it("finds the sentence after a match, whose previous sentence names the subject", () => {
    const tokens = analyze("Pellan a coûté 80 millions d'euros.", 0, 36, "fr");
    const items = contextItems(tokens, index);
    const found = gatherCandidates(items, index).map((s) => s.doc.text.slice(s.start, s.end));
    assert.ok(found.some((t) => t.startsWith("L'acquisition")), JSON.stringify(found));
  });

  it("scores a window by the share of the claim it states, counting the previous sentence half", () => {
    const text = "Pellan a coûté cher.";
    const items = contextItems(analyze(text, 0, text.length, "fr"), index);
    const first = index.sentence(0)!;
    const second = index.sentence(1)!;
    assert.equal(second.prev, first.id);
    const direct = windowScore(items, first, index);
    const viaPrevious = windowScore(items, second, index);
    assert.ok(direct > 0 && viaPrevious > 0);
    assert.ok(viaPrevious < direct + 0.5, "a name only in the previous sentence counts less");
  });

  it("matches across languages through lexicon concepts", () => {
    const text = "Tessel's sales doubled.";
    const items = contextItems(analyze(text, 0, text.length, "en"), index);
    const best = gatherCandidates(items, index)
      .map((s) => ({ s, score: windowScore(items, s, index) }))
      .sort((a, b) => b.score - a.score)[0];
    assert.equal(best.s.doc.text.slice(best.s.start, best.s.end), "Les ventes de Tessel ont doublé.");
    assert.ok(best.score > 0.6, String(best.score));
  });
});

describe("DraftChecker", () => {
  const index = CorpusIndex.build([ALPHA, BETA]);
  const draft = ["Norvik détient 30 % de Tessel.", "Tessel emploie 1 500 personnes à Lille.", "Pellan a coûté 80 millions d'euros."].join("\n\n") + "\n";

  it("re-checks only the edited paragraph and gives the same findings as a fresh check", () => {
    const checker = new DraftChecker(index);
    checker.check(draft);
    assert.deepEqual(checker.lastRun, { checked: 3, reused: 0 });
    const edited = draft.replace("1 500", "1 200");
    const incremental = checker.check(edited);
    assert.deepEqual(checker.lastRun, { checked: 1, reused: 2 });
    assert.deepEqual(incremental.findings, checkText(edited, index).findings);
    assert.ok(incremental.findings.every((f) => f.verdict === "supported"), JSON.stringify(incremental.findings.map((f) => f.message)));
  });

  it("moves reused findings with their paragraph when text is inserted above", () => {
    const checker = new DraftChecker(index);
    checker.check(draft);
    const shifted = "Introduction sans fait.\n\n" + draft;
    const result = checker.check(shifted);
    const stake = result.findings.find((f) => f.claim === "30 %")!;
    assert.equal(shifted.slice(stake.span.start, stake.span.end), "30 %");
    assert.equal(stake.range.start.line, 2);
  });

  it("drops its cache when the corpus changes", () => {
    const local = CorpusIndex.build([ALPHA, BETA]);
    const checker = new DraftChecker(local);
    checker.check(draft);
    local.upsert(doc("beta.txt", "Tessel emploie 1 500 personnes à Lille.\n"));
    const result = checker.check(draft);
    assert.deepEqual(checker.lastRun, { checked: 3, reused: 0 });
    assert.equal(result.findings.find((f) => f.claim.startsWith("1 500"))?.verdict, "supported");
  });
});
