import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { CorpusIndex, checkText, type Finding } from "../../server/src/core";
import { loadCorpus } from "../../server/src/core/corpus";
import { compatible, extractFigures, renderFigure, type Figure } from "../../server/src/core/figures";
import type { Lang } from "../../server/src/core/types";
import { main } from "../../server/src/cli/main";

// Ranks and positions are figures of kind "rank", compared only with ranks of the same role, on
// sentences and a small corpus written for these tests (test/fixtures/ranks: a cycling race in
// French, a tennis tournament in English).

const SOURCES = resolve(__dirname, "../../../test/fixtures/ranks");

function ranks(text: string, lang: Lang): [number, string | undefined, string][] {
  return extractFigures(text, lang)
    .filter((f) => f.kind === "rank")
    .map((f) => [f.value, f.unit, f.text]);
}

function onlyRank(text: string, lang: Lang): Figure {
  const found = extractFigures(text, lang).filter((f) => f.kind === "rank");
  assert.equal(found.length, 1, JSON.stringify(found));
  return found[0]!;
}

describe("ranks", function () {
  this.timeout(30000);

  describe("extraction", () => {
    it("reads French ranks in digits and words with their role", () => {
      assert.deepEqual(ranks("La skieuse est 12e mondiale depuis lundi.", "fr"), [[12, "world", "12e"]]);
      assert.deepEqual(ranks("Le club a terminé septième du championnat.", "fr"), [[7, "finish", "septième"]]);
      assert.deepEqual(ranks("La ville se hisse au quatrième rang national.", "fr"), [[4, undefined, "quatrième"]]);
      assert.deepEqual(ranks("Le groupe est classé 1er du secteur.", "fr"), [[1, undefined, "1er"]]);
      assert.deepEqual(ranks("C'est la deuxième plus grande banque du pays.", "fr"), [[2, "sup:largest", "deuxième"]]);
      assert.deepEqual(ranks("Elle est numéro 3 mondiale du double.", "fr"), [[3, "world", "3"]]);
    });

    it("reads English ranks in digits, words and after 'number'", () => {
      assert.deepEqual(ranks("The striker's club finished fourth last season.", "en"), [[4, "finish", "fourth"]]);
      assert.deepEqual(ranks("She is world number 28 this week.", "en"), [[28, "world", "28"]]);
      assert.deepEqual(ranks("He has been world No. 1 for a year.", "en"), [[1, "world", "1"]]);
      assert.deepEqual(ranks("It is the country's sixth-largest port.", "en"), [[6, "sup:largest", "sixth"]]);
      assert.deepEqual(ranks("The team came in 2nd at the relay.", "en"), [[2, "finish", "2nd"]]);
      assert.deepEqual(ranks("The firm is ranked twenty-first in the world.", "en"), [[21, "world", "twenty-first"]]);
    });

    it("does not read an ordinal outside a ranking as a rank", () => {
      for (const [text, lang] of [
        ["For the first time, the bridge opened at night.", "en"],
        ["In the first place, nobody asked the residents.", "en"],
        ["Le second tour aura lieu dimanche.", "fr"],
        ["Une église du XIIe siècle a brûlé.", "fr"],
        ["La séance est fixée au 1er juin.", "fr"],
        ["Il a terminé le 1er juin son mandat.", "fr"],
        ["Le livre raconte la Seconde Guerre mondiale.", "fr"],
        ["He wrote about the First World War.", "en"],
        ["Le premier ministre a parlé d'abord.", "fr"],
      ] as const) {
        assert.deepEqual(ranks(text, lang), [], text);
      }
    });

    it("leaves quarters to the quarter reader", () => {
      const figures = extractFigures("Les ventes du troisième trimestre ont baissé.", "fr");
      assert.deepEqual(
        figures.map((f) => f.kind),
        ["quarter"],
      );
    });
  });

  describe("comparison and fixes", () => {
    it("compares ranks only in the same role", () => {
      const finish = onlyRank("Elle a terminé cinquième.", "fr");
      const world = onlyRank("Elle est 5e mondiale.", "fr");
      const plain = onlyRank("Elle est classée cinquième.", "fr");
      const size = onlyRank("It is the fifth-largest lake.", "en");
      assert.equal(compatible(finish, world), false);
      assert.equal(compatible(plain, world), true);
      assert.equal(compatible(plain, finish), true);
      assert.equal(compatible(size, plain), false);
      assert.equal(compatible(onlyRank("She is world number 5.", "en"), world), true);
    });

    it("writes the source's rank the way the draft writes its own", () => {
      const six = onlyRank("Il a terminé sixième.", "fr");
      const cases: [string, Lang, string][] = [
        ["He finished fifth.", "en", "sixth"],
        ["He finished 5th.", "en", "6th"],
        ["Il a terminé 5e.", "fr", "6e"],
        ["Il a terminé 5ème.", "fr", "6ème"],
        ["Il a terminé cinquième.", "fr", "sixième"],
        ["She is world number 5.", "en", "6"],
      ];
      for (const [text, lang, expected] of cases) assert.equal(renderFigure(six, onlyRank(text, lang)), expected, text);
      const first = onlyRank("Elle a terminé première.", "fr");
      assert.equal(renderFigure(first, onlyRank("Elle a terminé 3e.", "fr")), "1er");
      assert.equal(renderFigure(first, first), "première");
      assert.equal(renderFigure(onlyRank("Il est 46e mondial.", "fr"), onlyRank("Il est 45e mondial.", "fr")), "46e");
    });
  });

  describe("verdicts", () => {
    let index: CorpusIndex;
    before(async () => {
      index = CorpusIndex.build((await loadCorpus([SOURCES])).documents);
    });
    const on = (sentence: string, claim: string): Finding => {
      const findings = checkText(sentence + "\n", index).findings;
      const found = findings.find((f) => f.claim === claim);
      assert.ok(found, `no finding on "${claim}" in ${JSON.stringify(findings.map((f) => [f.verdict, f.claim, f.message]))}`);
      return found!;
    };

    it("flags a finishing position the source states differently, with the source's rank as the fix", () => {
      const f = on("Inès Roubaud finished fifth in the Tour du Vercors.", "fifth");
      assert.equal(f.verdict, "conflict");
      assert.deepEqual(
        f.fixes.map((x) => x.newText),
        ["sixth"],
      );
      const fr = on("Inès Roubaud a terminé cinquième du Tour du Vercors.", "cinquième");
      assert.deepEqual(
        fr.fixes.map((x) => x.newText),
        ["sixième"],
      );
    });

    it("supports a world ranking written another way in another language", () => {
      assert.equal(on("Inès Roubaud is world number 45.", "45").verdict, "supported");
      assert.equal(on("Tomas Brekke est 12e mondial.", "12e").verdict, "supported");
    });

    it("flags a world ranking off by one and fixes it in the draft's style", () => {
      const f = on("Inès Roubaud est 44e mondiale.", "44e");
      assert.equal(f.verdict, "conflict");
      assert.deepEqual(
        f.fixes.map((x) => x.newText),
        ["45e"],
      );
    });

    it("compares a size ranking with the size ranking of the source", () => {
      const f = on("Halden is Norway's fourth-largest city.", "fourth");
      assert.equal(f.verdict, "conflict");
      assert.ok(f.evidence[0]!.quote.includes("third-largest"));
    });
  });

  it("reports a misquoted rank from the command line", async () => {
    const dir = mkdtempSync(join(tmpdir(), "attest-ranks-"));
    const file = join(dir, "draft.md");
    writeFileSync(file, "Tomas Brekke is world number 13 after the win.\n");
    const out: string[] = [];
    const code = await main(["check", "--corpus", SOURCES, file], {
      stdout: (s) => out.push(s),
      stderr: () => {},
      isTTY: false,
      env: {},
      readStdin: async () => "",
    });
    assert.equal(code, 1);
    assert.match(out.join("\n"), /draft\.md:1:30: conflict: Sources give 12th, not 13th/);
  });
});
