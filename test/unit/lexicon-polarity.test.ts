import assert from "node:assert/strict";
import { isNegated, negationCues, negationScope, type Lang } from "../../server/src/core/lexicon/lexicon";

// Negation scope in both languages: which tokens a negation (or a negating predicate) covers.

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/([.,;:!?()])/g, " $1 ")
    .replace(/\b(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)['’](?=\p{L})/gu, "$1' ")
    .split(/\s+/)
    .filter(Boolean);
}

/** The sentence with negated words in upper case, for readable failures. */
function marked(text: string, lang: Lang): string {
  const w = words(text);
  const neg = negationScope(w, lang);
  return w.map((x, i) => (neg[i] ? x.toUpperCase() : x)).join(" ");
}

/** Whether `word` (first occurrence) is negated in `text`. */
function negated(text: string, word: string, lang: Lang): boolean {
  const w = words(text);
  const i = w.indexOf(word);
  assert.ok(i >= 0, `"${word}" not in "${text}"`);
  return isNegated(w, i, lang);
}

describe("negation scope", () => {
  describe("French", () => {
    const cases: [string, string, boolean][] = [
      ["Microsoft ne détient pas 49 % d'OpenAI", "détient", true],
      ["Le chômage ne cesse de baisser dans la région", "baisser", false],
      ["Les loyers n'ont cessé d'augmenter depuis 2020", "augmenter", false],
      ["La mairie a cessé de publier ses comptes", "publier", true],
      ["La préfecture a pris l'arrêté anti-bruit de la commune", "commune", false],
      ["Le ministre veut éviter l'escalade du conflit", "escalade", true],
      ["Le vaccin a été testé sur des adultes et non pas sur des enfants", "enfants", true],
      ["Le vaccin a été testé sur des adultes et non pas sur des enfants", "adultes", false],
      ["Le maire a refusé catégoriquement de signer", "signer", true],
      ["La mairie ne cesse pas de publier ses comptes", "publier", false],
      ["Microsoft ne détient que 10 % d'OpenAI", "détient", false],
      ["Microsoft ne détient plus que 10 % d'OpenAI", "détient", false],
      ["Microsoft ne détient pas que des actions", "détient", false],
      ["Microsoft n'a jamais approuvé la restructuration", "approuvé", true],
      ["Microsoft n'a pas encore approuvé le projet", "approuvé", true],
      ["Le gouvernement ne soutient plus la réforme", "soutient", true],
      ["Il ne l'a guère soutenu", "soutenu", true],
      ["Elle n'a signé aucun accord", "signé", true],
      ["Elle n'a rien signé", "signé", true],
      ["Aucun accord n'a été signé", "signé", true],
      ["Personne n'a été tué", "tué", true],
      ["Une personne a été tuée", "tuée", false],
      ["Il est parti avant qu'elle ne signe", "signe", false],
      ["Il a refusé d'approuver le projet", "approuver", true],
      ["Il a refusé d'approuver le projet", "refusé", false],
      ["Il n'a pas refusé d'approuver le projet", "approuver", false],
      ["Il n'a pas refusé d'approuver le projet", "refusé", true],
      ["La banque a renoncé à racheter la start-up", "racheter", true],
      ["L'usine a cessé de produire des voitures", "produire", true],
      ["Il a arrêté de fumer", "fumer", true],
      ["Le groupe a échoué à lever des fonds", "lever", true],
      ["Elle a nié avoir vendu ses actions", "vendu", true],
      ["Il a quitté l'entreprise sans payer ses dettes", "payer", true],
      ["Il a signé sans doute le meilleur contrat", "signé", false],
      ["Pas moins de 40 personnes ont été tuées", "tuées", false],
      ["Jamais signé, le texte a été abandonné", "signé", true],
      ["Les ventes sont plus fortes que jamais", "fortes", false],
      ["Le projet n'a pas été approuvé, mais la loi a été votée", "votée", false],
      ["Le projet n'a pas été approuvé, mais la loi a été votée", "approuvé", true],
      ["Une entreprise non cotée", "cotée", true],
      ["Non seulement il investit, mais il achète", "investit", false],
      ["Le texte n'est pas approuvé qui était attendu", "attendu", false],
    ];
    for (const [text, word, expected] of cases) {
      it(`${expected ? "negates" : "does not negate"} "${word}" in "${text}"`, () => {
        assert.equal(negated(text, word, "fr"), expected, marked(text, "fr"));
      });
    }

    it("marks the verb between 'ne' and the particle and what follows, not the particles", () => {
      assert.equal(marked("Microsoft ne détient pas 49 % d'OpenAI", "fr"), "microsoft ne DÉTIENT pas 49 % D' OPENAI");
      assert.deepEqual(negationCues(words("Microsoft ne détient pas 49 %"), "fr"), [1]);
    });
  });

  describe("English", () => {
    const cases: [string, string, boolean][] = [
      ["Microsoft does not hold a stake", "hold", true],
      ["The talks averted a strike at the plant", "strike", true],
      ["The talks averted a strike at the plant", "talks", false],
      ["Microsoft doesn't hold a stake", "hold", true],
      ["He did not sign the contract", "sign", true],
      ["He didn't sign the contract", "sign", true],
      ["He never approved the deal", "approved", true],
      ["Microsoft no longer holds a stake", "holds", true],
      ["No deal was signed", "signed", true],
      ["Nobody was killed", "killed", true],
      ["Nothing was sold", "sold", true],
      ["None of the workers were paid", "paid", true],
      ["It cannot approve the merger", "approve", true],
      ["Microsoft refused to approve the restructuring", "approve", true],
      ["Microsoft refused to approve the restructuring", "refused", false],
      ["Microsoft did not refuse to approve the restructuring", "approve", false],
      ["The board declined to comment", "comment", true],
      ["The company failed to pay its debts", "pay", true],
      ["It stopped selling chips", "selling", true],
      ["It stopped the sale", "sale", false],
      ["She denied selling her shares", "selling", true],
      ["They left without paying", "paying", true],
      ["Neither France nor Germany signed", "signed", true],
      ["Not only did it invest, it also bought", "invest", false],
      ["There is no doubt that prices rose", "rose", false],
      ["No fewer than 40 people were killed", "killed", false],
      ["No more than 10 people were hurt", "hurt", false],
      ["He did not sign, but she approved", "approved", false],
      ["He did not sign the deal that was approved", "approved", false],
      ["The company raised prices", "raised", false],
    ];
    for (const [text, word, expected] of cases) {
      it(`${expected ? "negates" : "does not negate"} "${word}" in "${text}"`, () => {
        assert.equal(negated(text, word, "en"), expected, marked(text, "en"));
      });
    }

    it("handles the contraction in any tokenization", () => {
      for (const toks of [
        ["he", "didn't", "sign"],
        ["he", "did", "n't", "sign"],
        ["he", "didn'", "t", "sign"],
        ["he", "didnt", "sign"],
        ["he", "did", "not", "sign"],
      ]) {
        const neg = negationScope(toks, "en");
        assert.equal(neg[toks.length - 1], true, toks.join(" "));
        assert.equal(neg[0], false);
      }
    });

    it("limits a scope to its clause", () => {
      assert.equal(marked("He did not sign; she approved", "en"), "he did not SIGN ; she approved");
    });
  });

  it("returns one flag per token, all false without negation", () => {
    for (const lang of ["fr", "en"] as Lang[]) {
      assert.deepEqual(negationScope([], lang), []);
      assert.deepEqual(negationScope(["a", "b", "c"], lang), [false, false, false]);
    }
    assert.equal(isNegated(["x"], 5, "en"), false);
  });
});
