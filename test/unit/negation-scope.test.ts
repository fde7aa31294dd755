import assert from "node:assert/strict";
import { resolve } from "node:path";
import { CorpusIndex, checkText, type Finding } from "../../server/src/core";
import { loadCorpus } from "../../server/src/core/corpus";
import { negationScope } from "../../server/src/core/lexicon/polarity";

// "Sources say the opposite" only when the source opposes the predicate the claim states, about
// the same things, as an assertion. Corpus (test/fixtures/negation-scope: a French town, an
// English district) and claims written for these tests.

const SOURCES = resolve(__dirname, "../../../test/fixtures/negation-scope");

describe("negation with scope", function () {
  this.timeout(20000);
  let index: CorpusIndex;
  before(async () => {
    index = CorpusIndex.build((await loadCorpus([SOURCES])).documents);
  });
  const findingOf = (sentence: string): Finding => {
    const findings = checkText(sentence + "\n", index).findings.filter((f) => f.claim === sentence);
    assert.equal(findings.length, 1, JSON.stringify(findings));
    return findings[0]!;
  };
  const verdictOf = (sentence: string): Finding["verdict"] => findingOf(sentence).verdict;
  const notConflict = (sentence: string) => assert.notEqual(verdictOf(sentence), "conflict", sentence);
  const conflict = (sentence: string) => assert.equal(verdictOf(sentence), "conflict", sentence);

  it("calls a claim conflicting when the source refuses what it asserts", () => {
    conflict("Le conseil municipal de Valmorin a financé la piscine olympique.");
    conflict("The Harlow district council funded the new ice rink.");
  });

  it("reads the end of a war as no war, so a peace accord does not oppose it", () => {
    notConflict("Le traité de Lissac a mis fin à la guerre entre les deux duchés.");
  });

  it("reads a negated cessation as going on", () => {
    notConflict("Le prix de l'eau augmente à Valmorin.");
    conflict("Le prix de l'eau a cessé d'augmenter à Valmorin.");
    notConflict("Ticket prices at Harlow Stadium are rising.");
    conflict("Ticket prices at Harlow Stadium have stopped rising.");
  });

  it("opposes a fall to 'no fall', and agrees with its denial", () => {
    conflict("Les loyers ont baissé dans le quartier de la gare.");
    notConflict("Les loyers n'ont pas baissé dans le quartier de la gare.");
  });

  it("reads 'sans succès' and 'without success' as not done", () => {
    conflict("La coopérative a racheté le moulin de Kerdaniel.");
    conflict("The cooperative bought the Kerr flour mill.");
  });

  it("reads 'et non pas' and 'and not' as a denial of what follows", () => {
    conflict("Les subventions iront aux stades.");
    conflict("The grants will go to sports stadiums.");
  });
});

describe("lexical negatives", () => {
  const wordsOf = (text: string) => text.split(/\s+/);
  const negatedWords = (text: string, lang: "fr" | "en") => {
    const words = wordsOf(text);
    const negated = negationScope(words, lang);
    return words.filter((_, i) => negated[i]);
  };

  it("negates the complement of 'plutôt que', 'au lieu de', 'mettre fin à' and their English kin", () => {
    assert.ok(negatedWords("ils paient plutôt que de vendre leur ferme", "fr").includes("vendre"));
    assert.ok(negatedWords("elle marche au lieu de conduire sa voiture", "fr").includes("conduire"));
    assert.ok(negatedWords("le préfet a mis fin à la grève", "fr").includes("grève"));
    assert.ok(negatedWords("they walk rather than drive their cars", "en").includes("drive"));
    assert.ok(negatedWords("the deal put an end to the strike", "en").includes("strike"));
    assert.deepEqual(negatedWords("le film est plutôt long", "fr"), []);
  });

  it("reads the verb after 'sans succès' as not done, leaving 'succès' out of the scope", () => {
    const negated = negatedWords("il a tenté sans succès de vendre le moulin", "fr");
    assert.ok(negated.includes("vendre"));
    assert.ok(!negated.includes("succès"));
  });
});
