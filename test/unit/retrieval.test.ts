import assert from "node:assert/strict";
import { CorpusIndex, DraftChecker, checkText } from "../../server/src/core";
import { analyze } from "../../server/src/core/analysis/analyze";
import { conceptKey, nameKey, stemKey } from "../../server/src/core/analysis/indexKeys";
import { contextItems, windowMatch, windowScore } from "../../server/src/core/retrieval/windowMatch";
import { retrieve } from "../../server/src/core/retrieval/retrieval";
import { topByRank } from "../../server/src/core/retrieval/topK";
import { ScoreTable } from "../../server/src/core/retrieval/scoreTable";
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
    assert.equal(index.documentFrequency(nameKey("btc")), 0);
  });

  it("weighs rare keys more than common ones", () => {
    const index = CorpusIndex.build([ALPHA, BETA]);
    assert.ok(index.documentFrequency(nameKey("tessel")) > index.documentFrequency(nameKey("pellan")));
    assert.ok(index.idf(nameKey("pellan")) > index.idf(nameKey("tessel")));
    assert.ok(index.idf(nameKey("never-seen")) >= index.idf(nameKey("pellan")));
  });

  it("splits a name glued by machine translation when the name is seen on its own", () => {
    const glued = doc("glued.txt", "NovaTek a racheté Pellan.\nNovaTek vise l'Europe.\nNovaTekfiliale lyonnaise a fermé.\n");
    const index = CorpusIndex.build([glued]);
    assert.equal(index.documentFrequency(nameKey("novatekfiliale")), 0);
    assert.equal(index.documentFrequency(nameKey("novatek")), 3);
    assert.equal(index.documentFrequency(conceptKey("subsidiary")), 1);
  });

  it("replaces and removes documents one at a time, and bumps its version", () => {
    const index = CorpusIndex.build([ALPHA, BETA]);
    const v0 = index.version;
    index.upsert(doc("beta.txt", "Tessel ferme son usine de Lille.\n"));
    assert.ok(index.version > v0);
    assert.equal(index.documentCount, 2);
    assert.equal(index.documentFrequency(stemKey("emploi")), 0, "the old text of beta.txt is gone");
    index.remove("/virtual/alpha.txt");
    assert.equal(index.documentCount, 1);
    assert.equal(index.documentFrequency(nameKey("pellan")), 0);
    assert.ok(index.postingsOf(nameKey("tessel")).every((id) => index.sentence(id)?.doc.id === "beta.txt"));
  });
});

describe("retrieval", () => {
  const index = CorpusIndex.build([ALPHA, BETA]);

  it("finds the sentence after a match, whose previous sentence names the subject", () => {
    const tokens = analyze("Pellan a coûté 80 millions d'euros.", 0, 36, "fr");
    const items = contextItems(tokens, index);
    const found = retrieve(items, index).map(({ sentence: s }) => s.doc.text.slice(s.start, s.end));
    assert.ok(
      found.some((t) => t.startsWith("L'acquisition")),
      JSON.stringify(found),
    );
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
    const best = retrieve(items, index).map(({ sentence: s, score }) => ({ s, score }))[0];
    assert.equal(best.s.doc.text.slice(best.s.start, best.s.end), "Les ventes de Tessel ont doublé.");
    assert.ok(best.score > 0.6, String(best.score));
  });
});

describe("retrieve", () => {
  // 2,000 one-sentence paragraphs: "Norvik" in all of them (too common to walk: scored on the
  // shortlist by lookup), "Tessel" in 286 (frequent: walked only while the shortlist is not full),
  // ten partner names in 200 each, "Orvane" in 21.
  const partners = ["Brava", "Corto", "Delmo", "Estra", "Fargo", "Galen", "Hydra", "Ivory", "Jasko", "Kaori"];
  const lines: string[] = [];
  for (let i = 0; i < 2000; i++) {
    const tessel = i % 7 === 0 ? "et Tessel " : "";
    const rare = i % 97 === 0 ? " pour racheter Orvane" : "";
    lines.push(`Norvik ${tessel}signe avec ${partners[i % 10]} un accord en ${2000 + (i % 25)}${rare}.`);
  }
  const big = CorpusIndex.build([doc("big.txt", lines.join("\n\n") + "\n")]);

  it("gives each shortlisted sentence the window score and names of windowMatch", () => {
    for (const claim of [
      "Norvik et Tessel signent avec Brava et Corto un accord.",
      "Norvik et Tessel signent avec Brava.",
      "Norvik veut racheter Orvane.",
      "Tessel signe avec Norvik.",
    ]) {
      const items = contextItems(analyze(claim, 0, claim.length, "fr"), big);
      const found = retrieve(items, big);
      assert.ok(found.length > 0 && found.length <= 300);
      // A table that starts tiny grows while the postings are walked: same sentences, same scores.
      assert.deepEqual(retrieve(items, big, { table: new ScoreTable(16) }), found);
      for (const r of found) {
        const w = windowMatch(items, r.sentence, big);
        assert.ok(Math.abs(w.score - r.score) < 1e-9, `${claim}: ${r.score} vs ${w.score}`);
        const nameItems = items.filter((i) => i.name);
        const named = nameItems.filter((_, b) => r.names & (1 << b));
        assert.deepEqual(named.map((n) => n.token?.text).sort(), [...w.names].map((n) => n.token?.text).sort());
      }
      const scores = found.map((r) => r.score);
      assert.ok(
        scores.every((x, i) => i === 0 || x <= scores[i - 1]! + 0.6),
        "ranked roughly best first",
      );
    }
  });

  it("puts the sentences with the claim's rare words on the shortlist", () => {
    const claim = "Norvik veut racheter Orvane.";
    const found = retrieve(contextItems(analyze(claim, 0, claim.length, "fr"), big), big);
    const withOrvane = found.filter((r) => big.sentence(r.sentence.id)!.keys.includes(nameKey("orvane")));
    assert.equal(withOrvane.length, 21);
    assert.ok(found.slice(0, 21).every((r) => withOrvane.includes(r)));
  });

  it("keeps only sentences with a figure of the asked kind", () => {
    const claim = "Norvik a signé avec Brava en 2010.";
    const items = contextItems(analyze(claim, 0, claim.length, "fr"), big);
    const withYear = retrieve(items, big, { kinds: { sure: 1 << 8, maybe: 0 } });
    assert.ok(withYear.length > 0);
    assert.equal(retrieve(items, big, { kinds: { sure: 1 << 6, maybe: 0 } }).length, 0, "no sentence has a percentage");
  });
});

describe("topByRank", () => {
  it("returns the k best ids, ties in id order, as a full sort would", () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (const [n, k] of [
      [0, 5],
      [10, 20],
      [1000, 300],
      [5000, 7],
      [300, 300],
    ] as const) {
      const score = Array.from({ length: n }, () => Math.floor(random() * 50));
      const ids = Array.from({ length: n }, (_, i) => i).sort(() => random() - 0.5);
      const expected = [...ids].sort((a, b) => score[b]! - score[a]! || a - b).slice(0, k);
      assert.deepEqual(
        topByRank(
          ids,
          ids.map((id) => score[id]!),
          k,
        ),
        expected,
      );
    }
  });
});

describe("DraftChecker", () => {
  const index = CorpusIndex.build([ALPHA, BETA]);
  const draft =
    ["Norvik détient 30 % de Tessel.", "Tessel emploie 1 500 personnes à Lille.", "Pellan a coûté 80 millions d'euros."].join("\n\n") +
    "\n";

  it("re-checks only the edited paragraph and gives the same findings as a fresh check", () => {
    const checker = new DraftChecker(index);
    checker.check(draft);
    assert.deepEqual(checker.lastRun, { checked: 3, reused: 0 });
    const edited = draft.replace("1 500", "1 200");
    const incremental = checker.check(edited);
    assert.deepEqual(checker.lastRun, { checked: 1, reused: 2 });
    assert.deepEqual(incremental.findings, checkText(edited, index).findings);
    assert.ok(
      incremental.findings.every((f) => f.verdict === "supported"),
      JSON.stringify(incremental.findings.map((f) => f.message)),
    );
  });

  it("checks again only the edited sentence of a paragraph, wherever the paragraph moved", () => {
    const checker = new DraftChecker(index);
    const paragraph = "Norvik détient 30 % de Tessel. Tessel emploie 1 500 personnes à Lille. Pellan a coûté 80 millions d'euros.\n";
    checker.check(paragraph);
    assert.deepEqual(checker.lastSentences, { checked: 3, reused: 0 });
    const edited = "Une introduction.\n\n" + paragraph.replace("1 500", "1 200");
    const result = checker.check(edited);
    assert.deepEqual(checker.lastSentences, { checked: 2, reused: 2 }, "the new introduction and the edited sentence");
    assert.deepEqual(result.findings, checkText(edited, index).findings);
  });

  it("keeps no result of a sentence its reader said was not settled, and checks that sentence again", () => {
    const checker = new DraftChecker(index);
    const paragraph = "Norvik détient 30 % de Tessel. Tessel emploie 1 500 personnes à Lille.\n";
    // The second sentence read data the reader lacked: its result is not final.
    let checkedSoFar = 0;
    checker.check(paragraph, { settled: () => ++checkedSoFar !== 2 });
    assert.deepEqual(checker.lastSentences, { checked: 2, reused: 0 });
    const again = checker.check(paragraph, { settled: () => true });
    assert.deepEqual(checker.lastRun, { checked: 1, reused: 0 }, "the paragraph was not kept either");
    assert.deepEqual(checker.lastSentences, { checked: 1, reused: 1 }, "only the unsettled sentence is checked again");
    assert.deepEqual(again.findings, checkText(paragraph, index).findings);
  });

  it("brings back the paragraph results of the check before last (a keystroke deleted, an undo)", () => {
    const checker = new DraftChecker(index);
    checker.check(draft);
    checker.check(draft.replace("Lille", "Lillex"));
    assert.deepEqual(checker.lastRun, { checked: 1, reused: 2 });
    const back = checker.check(draft);
    assert.deepEqual(checker.lastRun, { checked: 0, reused: 3 });
    assert.deepEqual(back.findings, checkText(draft, index).findings);
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

describe("ScoreTable", () => {
  it("finds what it holds across growth, and gives back room after a large claim", () => {
    const table = new ScoreTable();
    table.reserve(200_000);
    for (let id = 0; id < 100_000; id++) table.values[table.entry(id * 7) + 3] = id;
    for (let id = 0; id < 100_000; id += 997) assert.equal(table.values[table.find(id * 7) + 3], id);
    assert.equal(table.find(5), -1);
    table.clear();
    assert.equal(table.find(0), -1, "cleared");
    table.clear();
    const at = table.entry(42);
    assert.equal(table.values[at + 3], 0, "a new entry starts at zero");
    assert.deepEqual(table.ids, [42]);
  });
});

describe("many sources for one fact", () => {
  // Twenty articles each give another value for the same stake.
  const docs = Array.from({ length: 20 }, (_, i) => doc(`s${i}.txt`, `Norvik détient ${10 + i} % de Tessel depuis le rachat.\n`));
  const many = CorpusIndex.build(docs);

  it("says the sources disagree, names four values, offers three fixes", () => {
    const result = checkText("Norvik détient 45 % de Tessel depuis le rachat.\n", many);
    const stake = result.findings.find((f) => f.claim === "45 %")!;
    assert.equal(stake.verdict, "conflict");
    assert.equal(stake.sourcesDisagree, true);
    assert.ok(stake.fixes.length <= 3 && stake.fixes.length >= 2, JSON.stringify(stake.fixes));
    assert.match(stake.message, /Sources disagree: (?:[^;]+; ){3}[^;]+ and \d+ more\.$/);
    assert.ok(stake.evidence.length <= 4);
  });
});
