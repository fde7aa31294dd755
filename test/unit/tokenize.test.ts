import assert from "node:assert/strict";
import { fold, splitGluedNames, tokenize } from "../../server/src/core/analysis/wordTokens";

describe("tokenize", () => {
  it("keeps exact offsets into the text", () => {
    const text = "Le rachat d'Acme, annoncé jeudi, coûte cher.";
    for (const t of tokenize(text)) assert.equal(text.slice(t.start, t.end), t.text);
  });

  it("splits French elisions and keeps the article as its own token", () => {
    const words = tokenize("l'acquisition jusqu'en juin d'Acme").map((t) => t.text);
    assert.deepEqual(words, ["l'", "acquisition", "jusqu'", "en", "juin", "d'", "Acme"]);
  });

  it("drops English possessives and turns n't into not", () => {
    const norms = tokenize("Globex's board didn't sign").map((t) => t.norm);
    assert.deepEqual(norms, ["globex", "board", "did", "not", "sign"]);
  });

  it("folds accents and ligatures, and joins hyphenated common words", () => {
    assert.equal(fold("Détenait"), "detenait");
    assert.equal(fold("Œuvre"), "oeuvre");
    assert.deepEqual(
      tokenize("une start-up").map((t) => t.norm),
      ["une", "startup"],
    );
  });

  it("splits hyphenated names", () => {
    assert.deepEqual(
      tokenize("l'alliance Renault-Nissan").map((t) => t.text),
      ["l'", "alliance", "Renault", "Nissan"],
    );
  });

  it("flags capitalised, camel-case and numeric tokens", () => {
    const [acme, softBank, covid] = tokenize("Acme SoftBank COVID19");
    assert.equal(acme.capitalized, true);
    assert.equal(acme.innerCapital, false);
    assert.equal(softBank.innerCapital, true);
    assert.equal(covid.numeric, true);
  });

  it("tokenizes only the requested range", () => {
    const text = "Avant. Milieu de phrase. Après.";
    const from = text.indexOf("Milieu");
    const to = text.indexOf(" Après");
    assert.deepEqual(
      tokenize(text, from, to).map((t) => t.text),
      ["Milieu", "de", "phrase"],
    );
  });
});

describe("splitGluedNames", () => {
  const known = new Set(["globex", "novaai"]);
  const isKnown = (n: string) => known.has(n);

  it("splits a known name glued to the next word", () => {
    const tokens = splitGluedNames(tokenize("GlobexLa filiale de NovaAIfiliale"), isKnown);
    assert.deepEqual(
      tokens.map((t) => t.text),
      ["Globex", "La", "filiale", "de", "NovaAI", "filiale"],
    );
  });

  it("leaves camel-case names alone when their head is not a known name", () => {
    const tokens = splitGluedNames(tokenize("McDonald et SoftBank"), isKnown);
    assert.deepEqual(
      tokens.map((t) => t.text),
      ["McDonald", "et", "SoftBank"],
    );
  });
});
