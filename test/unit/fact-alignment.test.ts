import assert from "node:assert/strict";
import { resolve } from "node:path";
import { CorpusIndex, checkText, type Finding } from "../../server/src/core";
import { loadCorpus } from "../../server/src/core/corpus";

// The whole fact of a claim, not only its figure, on a corpus written for these tests
// (test/fixtures/alignment): a French harbour-tunnel article with a byline, a dateline and a
// weekday, and an English ferry article whose figures share sentences with other facts.

const SOURCES = resolve(__dirname, "../../../test/fixtures/alignment");

describe("fact alignment", function () {
  this.timeout(20000);
  let index: CorpusIndex;

  before(async () => {
    index = CorpusIndex.build((await loadCorpus([SOURCES])).documents);
  });

  const check = (sentence: string): Finding[] => checkText(sentence + "\n", index).findings;
  const on = (findings: Finding[], claim: string) => {
    const found = findings.find((f) => f.claim === claim);
    assert.ok(found, `no finding on "${claim}" in ${JSON.stringify(findings.map((f) => [f.verdict, f.claim, f.message]))}`);
    return found!;
  };

  it("calls a figure conflicting when the source states its predicate the other way round", () => {
    const f = on(check("Selon la préfète, le trafic portuaire a augmenté de 7 % en 2024."), "7 %");
    assert.equal(f.verdict, "conflict");
    assert.match(f.message, /augmenté/);
    assert.ok(f.evidence[0]!.quote.includes("reculé"));
  });

  it("keeps a figure supported when the source states its predicate the same way", () => {
    assert.equal(on(check("Selon la préfète, le trafic portuaire a baissé de 7 % en 2024."), "7 %").verdict, "supported");
  });

  it("offers the sourced speaker as the fix when the claim gives the figure to someone else", () => {
    const draft = "Owen Pryce said fares would rise by 4% from April.";
    const f = on(check(draft), "4%");
    assert.equal(f.verdict, "conflict");
    assert.deepEqual(
      f.fixes.map((x) => [x.newText, draft.slice(x.range.start.character, x.range.end.character)]),
      [["Hanna Lund", "Owen Pryce"]],
    );
  });

  it("supports the figure when the speaker is the one the source names", () => {
    assert.equal(on(check("Hanna Lund said fares would rise by 4% from April."), "4%").verdict, "supported");
  });

  it("reads a dateline as metadata and resolves the article's weekday against it", () => {
    assert.equal(on(check("Le contrat du tunnel a été attribué le 8 octobre 2025."), "8 octobre 2025").verdict, "supported");
    const wrong = on(check("Le contrat du tunnel a été attribué le 9 octobre 2025."), "9 octobre 2025");
    assert.equal(wrong.verdict, "conflict");
    assert.deepEqual(
      wrong.fixes.map((x) => x.newText),
      ["8 octobre 2025"],
    );
  });

  it("never takes a byline's date for the date of an event", () => {
    // The article was published on 9 October; nothing happened that day.
    const f = on(check("Le contrat du tunnel a été attribué le 9 octobre 2025."), "9 octobre 2025");
    assert.ok(!f.evidence.some((e) => e.quote.includes("publié")));
  });

  it("takes a day inside a range of days for the same fact", () => {
    assert.equal(on(check("La première phase commencera le 10 février."), "10 février").verdict, "supported");
  });

  it("matches units written in another way and another language", () => {
    assert.equal(on(check("The tunnel will be 2.4 km long."), "2.4").verdict, "supported");
  });

  it("names a multi-word unknown name once, over its whole span", () => {
    // "Marlyse" alone is a name the sources know; the run of capitals is still one name they never write.
    const findings = check("Marlyse Vinterra Group est le maître d'oeuvre.");
    const unknown = findings.filter((f) => f.verdict === "unsupported");
    assert.equal(unknown.length, 1);
    assert.equal(unknown[0]!.claim, "Marlyse Vinterra Group");
    assert.match(unknown[0]!.message, /mentions Marlyse Vinterra Group\.$/);
  });

  it("does not take a common word opening the sentence for an unknown name", () => {
    const findings = check("Former staff said the ferry carried 3.1 million passengers in 2024.");
    assert.ok(!findings.some((f) => /Former/.test(f.message)), JSON.stringify(findings.map((f) => f.message)));
  });

  it("still flags a name that opens the sentence when it is not a common word", () => {
    const findings = check("Vinterra said the ferry carried 3.1 million passengers in 2024.");
    assert.ok(findings.some((f) => f.verdict === "unsupported" && /Vinterra/.test(f.message)));
  });

  it("knows a name the sources spell another way", () => {
    // The ferry article writes "Hanna Lund"; a transliteration-style spelling is the same person.
    const findings = check("Hannah Lundh said fares would rise by 4% from April.");
    assert.ok(!findings.some((f) => /No source mentions/.test(f.message)), JSON.stringify(findings.map((f) => f.message)));
  });

  it("ends a negation at the clause's punctuation", () => {
    // "recul" is stated positively; the negation of the first clause does not reach it.
    const findings = check("Sans surprise, le trafic portuaire a reculé de 7 % en 2024.");
    assert.equal(on(findings, "7 %").verdict, "supported");
  });

  it("does not contradict a date with the date of another event of the same name", () => {
    // The article dates the opening of the tunnel (2029), not any sale of it.
    const f = on(check("Le tunnel de Brestmer a été vendu à Kestrel Lines en 2031."), "2031");
    assert.notEqual(f.verdict, "conflict", f.message);
  });

  it("calls a statement conflicting when its two names trade places around the predicate", () => {
    const swapped = check("In the regatta, the Marlyse crew beat the Kestrel crew.");
    assert.equal(swapped[0]?.verdict, "conflict", JSON.stringify(swapped.map((f) => f.message)));
    assert.match(swapped[0]!.message, /other way round/);
    assert.notEqual(check("In the regatta, the Kestrel crew beat the Marlyse crew.")[0]?.verdict, "conflict");
    // A passive keeps the roles: no conflict.
    assert.notEqual(check("In the regatta, the Marlyse crew was beaten by the Kestrel crew.")[0]?.verdict, "conflict");
  });

  it("does not check signposts to other reading", () => {
    for (const s of [
      "Voir aussi : le tunnel du port de Brestmer et ses 640 millions d'euros.",
      "See also: Kestrel Lines and its 860 staff.",
      "Le tableau ci-dessous résume les chiffres de Marlyse.",
    ])
      assert.deepEqual(check(s), [], s);
  });

  it("gives every finding a confidence between 0 and 1", () => {
    for (const f of check("Kestrel Lines carried 3.1 million passengers in 2024, up 15%. Le tunnel mesurera 9 kilomètres."))
      assert.ok(f.confidence > 0 && f.confidence <= 1, `${f.claim}: ${f.confidence}`);
  });
});
