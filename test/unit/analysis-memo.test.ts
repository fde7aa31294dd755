import assert from "node:assert/strict";
import { analyzeTokens, clearWordMemos } from "../../server/src/core/analysis/analyze";
import { tokenize, type Token } from "../../server/src/core/analysis/wordTokens";
import { nameKey } from "../../server/src/core/analysis/indexKeys";
import { allConcepts, conceptsIn, conceptsInTryingEveryPhrase, conceptOfWord, negationScope } from "../../server/src/core/lexicon/lexicon";
import type { Lang } from "../../server/src/core/types";

// Analysis memoises per word type; a warm memo must give exactly the answers of a cold one,
// whatever order the words were first seen in (sentence start or inside, French or English).

const SENTENCES: [string, Lang][] = [
  ["L'acquisition d'Acme par Microsoft-OpenAI a été annoncée aujourd'hui.", "fr"],
  ["Aujourd'hui, la start-up n'a pas racheté l'entreprise.", "fr"],
  ["Open data : US et UE s'engagent à investir 10 milliards.", "fr"],
  ["Globex's board didn't sign the AI Act deal, and n't is odd.", "en"],
  ["US officials said the start-up would not pour billions into data centres.", "en"],
  ["OPEN letter: Microsoft and OpenAI signed; open questions remain in the US.", "en"],
  ["Le 12 mars 2024, 1 300 salariés (soit 12,5 %) ont refusé de signer.", "fr"],
  ["Détient-elle 49 % de SoftBank ? Elle détenait l'essentiel.", "fr"],
];

function analyzeAll(order: number[]): string[] {
  const out: string[] = [];
  for (const i of order) {
    const [text, lang] = SENTENCES[i];
    out[i] = JSON.stringify(analyzeTokens(tokenize(text), lang));
  }
  return out;
}

function coldEach(): string[] {
  return SENTENCES.map(([text, lang]) => {
    clearWordMemos();
    return JSON.stringify(analyzeTokens(tokenize(text), lang));
  });
}

describe("analysis memo", () => {
  afterEach(() => clearWordMemos());

  it("gives a warm memo the answers of a cold one, in any order", () => {
    const cold = coldEach();
    clearWordMemos();
    const forward = SENTENCES.map((_, i) => i);
    assert.deepEqual(analyzeAll(forward), cold);
    assert.deepEqual(analyzeAll([...forward].reverse()), cold);
    assert.deepEqual(analyzeAll(forward), cold);
  });

  it("reads the same word differently at sentence start and inside a sentence", () => {
    clearWordMemos();
    const inside = analyzeTokens(tokenize("Les discussions Open ont repris."), "fr")[2];
    const initial = analyzeTokens(tokenize("Open ont repris."), "fr")[0];
    assert.equal(inside.name, true);
    assert.equal(initial.name, false);
    assert.ok(inside.keys.includes(nameKey("open")));
  });

  it("does not mix up tokens of the same text with different fields (n't read as not)", () => {
    clearWordMemos();
    const fromContraction = analyzeTokens(tokenize("They didn't sign."), "en");
    assert.equal(fromContraction[2].norm, "not");
    // A caller may set a token's fields apart from its text: the memo must not answer for it.
    const token = (norm: string): Token => ({
      start: 0,
      end: 4,
      text: "Acme",
      norm,
      capitalized: true,
      innerCapital: false,
      numeric: false,
    });
    const acme = analyzeTokens([token("acme"), token("acme")], "en");
    const renamed = analyzeTokens([token("globex"), token("globex")], "en");
    assert.ok(acme[1].keys.includes(nameKey("acme")));
    assert.ok(renamed[1].keys.includes(nameKey("globex")) && !renamed[1].keys.includes(nameKey("acme")));
    clearWordMemos();
    assert.deepEqual(analyzeTokens(tokenize("They didn't sign."), "en"), fromContraction);
  });

  it("returns keys that cannot be changed by a caller", () => {
    const tokens = analyzeTokens(tokenize("Microsoft signe."), "fr");
    assert.throws(() => tokens[0].keys.push("x"));
    const again = analyzeTokens(tokenize("Microsoft signe."), "fr");
    assert.ok(!again[0].keys.includes("x"));
  });

  it("memoises lexicon lookups without changing concepts, negation or whole-word concepts", () => {
    const words = [
      "l'",
      "acquisition",
      "d'",
      "acme",
      "aujourd'hui",
      "start-up",
      "ne",
      "s'est",
      "pas",
      "engagé",
      "à",
      "didn't",
      "détenait",
      "12",
    ];
    const answer = () => [
      JSON.stringify(conceptsIn(words, "fr")),
      JSON.stringify(negationScope(words, "fr")),
      words.map((w) => conceptOfWord(w, "fr") ?? "-").join(" "),
    ];
    clearWordMemos();
    const cold = answer();
    assert.deepEqual(answer(), cold);
    clearWordMemos();
    for (const w of words) conceptOfWord(w, "en");
    assert.deepEqual(answer(), cold);
  });
});

describe("tokenizer memo", () => {
  it("places a memoised word at each of its own offsets", () => {
    const text = "L'acquisition de Microsoft-OpenAI ; puis l'acquisition de Microsoft-OpenAI didn't close.";
    const tokens = tokenize(text);
    for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
    const norms = tokens.map((t) => t.norm);
    assert.deepEqual(norms, [
      "l'",
      "acquisition",
      "de",
      "microsoft",
      "openai",
      "puis",
      "l'",
      "acquisition",
      "de",
      "microsoft",
      "openai",
      "did",
      "not",
      "close",
    ]);
    // A sub-range tokenizes the same words with the same offsets.
    const from = text.indexOf("puis");
    assert.deepEqual(
      tokenize(text, from),
      tokens.filter((t) => t.start >= from),
    );
  });

  it("gives new token objects for each occurrence (callers may change a token)", () => {
    const [a, b] = tokenize("start-up start-up");
    assert.notEqual(a, b);
    a.norm = "changed";
    assert.equal(tokenize("start-up")[0].norm, "startup");
  });
});

describe("expression prefilter", () => {
  // Lexicon expressions with fillers slipped in, words changed or cut, amid random words:
  // conceptsIn, which skips the expressions whose second slot no reachable word can match,
  // must agree with trying them all.
  const FILLERS: Record<Lang, string[]> = {
    fr: ["est", "pas", "ne", "n'", "se", "s'", "a", "été", "toujours", "la", "l'", "de", "d'", ","],
    en: ["has", "have", "been", "not", "never", "also", "the", "of", "in", "a", ","],
  };
  const expressions: Record<Lang, string[][]> = { fr: [], en: [] };
  before(() => {
    for (const c of allConcepts()) {
      for (const lang of ["fr", "en"] as Lang[]) {
        for (const entry of c[lang]) {
          const words = entry
            .replace(/[~=]/g, "")
            .toLowerCase()
            .replace(/\b([ldsnjmtc]|qu)'/g, "$1' ")
            .split(/\s+/)
            .filter((w) => w && w !== "*");
          if (words.length > 1) expressions[lang].push(words);
        }
      }
    }
  });

  it("finds the same concepts as trying every expression", () => {
    let seed = 12345;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const pick = <T>(list: T[]) => list[random(list.length)];
    let matched = 0;
    for (const lang of ["fr", "en"] as Lang[]) {
      for (let s = 0; s < 4000; s++) {
        const sentence: string[] = [];
        for (let part = 0; part < 3; part++) {
          const words = pick(expressions[lang]);
          words.forEach((w, k) => {
            const roll = random(10);
            if (k > 0 && roll < 2) sentence.push(pick(FILLERS[lang]));
            if (k > 0 && roll === 2) sentence.push(pick(FILLERS[lang]), pick(FILLERS[lang]));
            if (roll === 3) sentence.push(pick(pick(expressions[lang])));
            else if (roll !== 4) sentence.push(w);
          });
          if (random(2)) sentence.push(pick(FILLERS[lang]));
        }
        const fast = conceptsIn(sentence, lang);
        assert.deepEqual(fast, conceptsInTryingEveryPhrase(sentence, lang), sentence.join(" "));
        matched += fast.filter((m) => m.end - m.start > 1).length;
      }
    }
    assert.ok(matched > 2000, `only ${matched} expressions matched: the test sentences are too easy`);
  });
});
