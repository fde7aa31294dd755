import assert from "node:assert/strict";
import {
  allConcepts,
  antonymOf,
  antonymsOf,
  areAntonyms,
  conceptById,
  conceptOfWord,
  lexiconCollisions,
  warmLexicon,
} from "../../server/src/core/lexicon/lexicon";
import { ANTONYM_PAIRS } from "../../server/src/core/lexicon/antonyms";
import { BLOCKERS } from "../../server/src/core/lexicon/blockers";
import { DECLARED_COLLISIONS } from "../../server/src/core/lexicon/collisions";
import { DOMAINS } from "../../server/src/core/lexicon/concepts";

// Integrity of the curated data: the lexicon is data, so its invariants are tested like code.

const LANGS = ["en", "fr"] as const;

describe("lexicon data", function () {
  // Building the maps stems ~50k inflected forms once (about a second on an idle machine).
  this.timeout(60000);
  before(() => warmLexicon());

  it("has at least 1,200 concepts spread over the news domains", () => {
    assert.ok(allConcepts().length >= 1200, `only ${allConcepts().length} concepts`);
    for (const [domain, list] of Object.entries(DOMAINS)) assert.ok(list.length >= 60, `${domain} has only ${list.length} concepts`);
  });

  it("uses unique, kebab-case ids", () => {
    const seen = new Set<string>();
    for (const c of allConcepts()) {
      assert.match(c.id, /^[a-z0-9]+(-[a-z0-9]+)*$/, `bad id "${c.id}"`);
      assert.ok(!seen.has(c.id), `duplicate id "${c.id}"`);
      seen.add(c.id);
      assert.equal(conceptById(c.id), c);
    }
  });

  it("fills both languages unless a concept is declared language-specific", () => {
    for (const c of allConcepts()) {
      for (const lang of LANGS) {
        if (c.only && c.only !== lang) assert.equal(c[lang].length, 0, `${c.id}: only ${c.only} but has ${lang} words`);
        else assert.ok(c[lang].length > 0, `${c.id}: no ${lang} words`);
      }
    }
  });

  it("writes entries as trimmed lower-case text with well-placed markers", () => {
    for (const c of allConcepts()) {
      for (const lang of LANGS) {
        const seen = new Set<string>();
        for (const e of c[lang]) {
          assert.equal(e, e.trim(), `${c.id}/${lang}: "${e}" has outer spaces`);
          assert.ok(e.length > 0, `${c.id}/${lang}: empty entry`);
          assert.equal(e, e.toLowerCase(), `${c.id}/${lang}: "${e}" is not lower case`);
          assert.ok(!/\s{2}/.test(e), `${c.id}/${lang}: "${e}" has a double space`);
          assert.ok(!seen.has(e), `${c.id}/${lang}: "${e}" listed twice`);
          seen.add(e);
          const words = e.split(" ");
          if (lang === "en") assert.ok(!e.includes("~"), `${c.id}: "~" (French verb) in English entry "${e}"`);
          for (const w of words) {
            assert.ok(!/.[~=]/.test(w.replace(/^(l|d|s|n|qu|jusqu)'/, "")), `${c.id}/${lang}: misplaced marker in "${e}"`);
          }
          if (e.includes("*")) {
            assert.ok(
              words.length >= 3 && words[0] !== "*" && words[words.length - 1] !== "*",
              `${c.id}/${lang}: wildcard at an end of "${e}"`,
            );
          }
        }
      }
    }
  });

  it("finds every listed word or expression back in its own concept", () => {
    // The strongest data check: no entry is shadowed by another concept, a blocker or a collision.
    const failures: string[] = [];
    for (const c of allConcepts()) {
      for (const lang of LANGS) {
        for (const e of c[lang]) {
          if (e.includes("*")) continue;
          const text = e.replace(/[~=]/g, "");
          const got = conceptOfWord(text, lang);
          if (got !== c.id) failures.push(`${lang} "${e}" -> ${got ?? "nothing"} (expected ${c.id})`);
        }
      }
    }
    assert.deepEqual(failures, []);
  });

  it("has no undeclared stem collisions between concepts", () => {
    const undeclared = lexiconCollisions()
      .filter((c) => !c.declared)
      .map((c) => `${c.lang} ${c.key}: ${c.concepts.join(" | ")}`);
    assert.deepEqual(undeclared, [], "declare them in collisions.ts or fix the data");
  });

  it("declares only collisions that still happen, each resolved to one of its concepts", () => {
    const actual = new Map(lexiconCollisions().map((c) => [c.lang + " " + c.key, c]));
    for (const d of DECLARED_COLLISIONS) {
      const c = actual.get(d.lang + " " + d.key);
      assert.ok(c, `stale declaration ${d.lang} "${d.key}"`);
      if (d.keep !== null) assert.ok(c.concepts.includes(d.keep), `${d.key}: keeps ${d.keep}, not among ${c.concepts.join(", ")}`);
      assert.ok(d.why.length > 10, `${d.key}: say why`);
    }
  });

  it("resolves a declared collision to the concept it keeps", () => {
    assert.equal(conceptOfWord("cession", "fr"), "sell");
    assert.equal(conceptOfWord("cessions", "fr"), "sell");
    assert.equal(conceptOfWord("excédent", "fr"), "surplus");
  });

  it("has at least 60 antonym pairs between existing, distinct concepts", () => {
    assert.ok(ANTONYM_PAIRS.length >= 60, `only ${ANTONYM_PAIRS.length} pairs`);
    const seen = new Set<string>();
    for (const [a, b] of ANTONYM_PAIRS) {
      assert.ok(conceptById(a), `antonym: unknown concept "${a}"`);
      assert.ok(conceptById(b), `antonym: unknown concept "${b}"`);
      assert.notEqual(a, b);
      const key = [a, b].sort().join("/");
      assert.ok(!seen.has(key), `antonym pair ${key} listed twice`);
      seen.add(key);
    }
  });

  it("answers antonyms symmetrically", () => {
    for (const [a, b] of ANTONYM_PAIRS) {
      assert.ok(areAntonyms(a, b) && areAntonyms(b, a), `${a}/${b}`);
      assert.ok(antonymsOf(a).includes(b) && antonymsOf(b).includes(a));
    }
    assert.equal(antonymOf("win"), "lose");
    assert.equal(antonymOf("lose"), "win");
    assert.equal(antonymOf("approve"), "reject");
    assert.equal(antonymOf("hire"), "layoff");
    assert.equal(antonymOf("profit"), "loss");
    assert.equal(antonymOf("increase"), "decrease");
    assert.equal(antonymOf("allow"), "forbid");
    // Buying and selling are one deal seen from two sides: never opposites.
    assert.equal(antonymOf("acquire"), undefined);
    assert.equal(antonymOf("public"), "private");
    assert.equal(antonymOf("alive"), "die");
    assert.equal(antonymOf("hold"), undefined);
    assert.equal(antonymOf("no-such-concept"), undefined);
  });

  it("keeps blockers away from concept expressions", () => {
    // A blocker equal to a concept expression would silently hide it.
    for (const lang of LANGS) {
      for (const b of BLOCKERS[lang]) {
        assert.equal(conceptOfWord(b.replace(/[~=]/g, ""), lang), undefined, `${lang} blocker "${b}" is also a concept expression`);
      }
    }
  });
});
