import assert from "node:assert/strict";
import { resolve } from "node:path";
import { CorpusIndex, DraftChecker } from "../../server/src/core";
import { detectLanguage, initLanguageDetection, languageModelLoaded, loadCorpus } from "../../server/src/core/corpus";
import { passageLanguage } from "../../server/src/core/corpus/language";
import { languageVotes } from "../../server/src/core/corpus/languageWords";

describe("language detection", function () {
  this.timeout(10000);

  before(async () => {
    await initLanguageDetection();
  });

  it("loads the fastText model once, however often it is asked", async () => {
    assert.equal(languageModelLoaded(), true);
    // Every call shares the one load.
    assert.equal(initLanguageDetection(), initLanguageDetection());
    await initLanguageDetection();
  });

  it("detects French and English paragraphs", () => {
    assert.equal(detectLanguage("Le conseil d'administration a approuvé mardi la cession de la filiale pour 800 millions d'euros."), "fr");
    assert.equal(detectLanguage("The board approved the sale of the unit on Tuesday for 800 million euros, the company said."), "en");
  });

  it("detects French full of English names, and English full of French ones", () => {
    assert.equal(detectLanguage("OpenAI et Microsoft négocient toujours avec SoftBank et Oracle."), "fr");
    assert.equal(detectLanguage("Société Générale and Crédit Agricole said they would cut jobs."), "en");
  });

  it("detects short texts by their function words and accents", () => {
    assert.equal(detectLanguage("Les prix montent."), "fr");
    assert.equal(detectLanguage("Prices rose."), "en");
    assert.equal(detectLanguage("En vogue"), "fr");
    assert.equal(detectLanguage("Électricité éolienne"), "fr");
    assert.equal(detectLanguage("Read more"), "en");
  });

  it("answers only fr or en, even for other languages", () => {
    for (const text of ["Der Vertrag wurde gestern unterschrieben.", "El contrato se firmó ayer.", "合同昨天签署了。"]) {
      assert.ok(["fr", "en"].includes(detectLanguage(text)), text);
    }
  });

  it("returns the fallback when nothing tells the languages apart", () => {
    assert.equal(detectLanguage("", "fr"), "fr");
    assert.equal(detectLanguage("   \n ", "en"), "en");
    assert.equal(detectLanguage("2025 — 49 % / 33 %", "fr"), "fr");
    assert.equal(detectLanguage("2025 — 49 % / 33 %", "en"), "en");
  });

  it("counts function words without the model", () => {
    assert.deepEqual(languageVotes("le chiffre de l'entreprise"), { fr: 3, en: 0 });
    assert.deepEqual(languageVotes("the figure of the company"), { fr: 0, en: 3 });
    assert.deepEqual(languageVotes("OpenAI Microsoft"), { fr: 0, en: 0 });
  });
});

describe("a draft in both languages", function () {
  this.timeout(20000);

  it("reads a paragraph clearly in the other language in its own", () => {
    assert.equal(passageLanguage("The pool staff get a bonus worth 10% of their salaries.", "fr"), "en");
    assert.equal(passageLanguage("Le conseil réduira ses propres indemnités de 4 %.", "en"), "fr");
  });

  it("keeps the draft's language for a short, mixed or quoted paragraph", () => {
    assert.equal(passageLanguage("Halden Council, 2024", "fr"), "fr");
    assert.equal(passageLanguage("The Guardian a publié l'enquête.", "fr"), "fr");
    // The quote is the speaker's language; the paragraph is French.
    assert.equal(passageLanguage("« We have not chosen this lightly, we will not sell the pool », a dit Mme Osei.", "fr"), "fr");
  });

  it("checks each paragraph in its own language", async () => {
    const corpus = await loadCorpus([resolve(__dirname, "../../../test/fixtures/figure-roles")]);
    const index = CorpusIndex.build(corpus.documents);
    const draft = [
      "La piscine municipale de Brévannes a accueilli 52 000 baigneurs en 2023, selon le bilan présenté au conseil.",
      "The Marsh Lane pool staff get a bonus worth 10% of their salaries, the Halden council says.",
      "Le maire de Brévannes prévoit de nouveaux horaires d'ouverture.",
    ].join("\n\n");
    const result = new DraftChecker(index).check(draft);
    assert.equal(result.lang, "fr");
    // Read as French, "The Marsh Lane" was an unknown name and the figure went unchecked.
    assert.deepEqual(
      result.findings.filter((f) => f.verdict !== "supported").map((f) => f.message),
      [],
    );
  });
});
