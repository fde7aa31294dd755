import assert from "node:assert/strict";
import { CorpusIndex, checkText, type Finding } from "../../server/src/core";
import { parseSourceText } from "../../server/src/core/corpus/parse";
import { describeAgainst, extractFigures } from "../../server/src/core/figures";
import { unitForCount } from "../../server/src/core/figures/unitNumber";

// Messages and fixes read like the draft: the draft's unit noun kept whole and agreeing with the
// source's number, dates in the draft's order and language, and an unknown name of several words
// underlined whole and named once. Sources and drafts are made up for these tests.

function checkAgainst(source: string, text: string, locale: "en" | "fr" = "en"): Finding[] {
  const index = CorpusIndex.build([parseSourceText("source", "/sources/source.txt", source)]);
  return checkText(text, index, { locale }).findings;
}
const on = (findings: Finding[], claim: string) => {
  const f = findings.find((x) => x.claim === claim);
  assert.ok(f, `a finding on ${claim}: ${JSON.stringify(findings.map((x) => x.claim))}`);
  return f;
};

describe("messages that read like the draft", function () {
  this.timeout(30000);
  describe("units kept whole", () => {
    const SLOTS_EN = "Brindlehurst Airport was granted 22 slots for its second runway in March 2024, the regulator said.";
    it("gives the source's count with the draft's plural noun", () => {
      const f = on(checkAgainst(SLOTS_EN, "Brindlehurst Airport was granted 30 slots for its second runway in March 2024."), "30");
      assert.equal(f.verdict, "conflict");
      assert.match(f.message, /^Sources give 22 slots, not 30 slots \(/);
    });

    it("makes the draft's noun agree with the source's number, in the message and the fix", () => {
      const source = "Brindlehurst Airport was granted 1 slot for its second runway in March 2024, the regulator said.";
      const text = "Brindlehurst Airport was granted 30 slots for its second runway in March 2024.";
      const f = on(checkAgainst(source, text), "30");
      assert.match(f.message, /^Sources give 1 slot, not 30 slots \(/);
      assert.equal(f.fixes[0]!.newText, "1 slot");
      assert.equal(text.slice(f.fixes[0]!.range.start.character, f.fixes[0]!.range.end.character), "30 slots");
    });

    it("does the same in French: 22 créneaux, not 1 créneau", () => {
      const source = "L'aéroport de Brindlehurst a obtenu 22 créneaux pour sa seconde piste en mars 2024, selon le régulateur.";
      const text = "L'aéroport de Brindlehurst a obtenu 1 créneau pour sa seconde piste en mars 2024.";
      const f = on(checkAgainst(source, text, "fr"), "1");
      assert.match(f.message, /^Les sources donnent 22 créneaux, pas 1 créneau \(/);
      assert.equal(f.fixes[0]!.newText, "22 créneaux");
    });

    it("writes the draft's unit noun, not the source's, when the source is in the other language", () => {
      const [source] = extractFigures("L'aéroport a obtenu 22 créneaux.", "fr");
      const [claim] = extractFigures("The airport was granted 30 slots.", "en");
      assert.equal(describeAgainst(source!, claim!, "en"), "22 slots");
      const [one] = extractFigures("L'aéroport a obtenu 1 créneau.", "fr");
      assert.equal(describeAgainst(one!, claim!, "en"), "1 slot");
    });

    it("words a supporting figure from a French source as the English draft writes it", () => {
      const source =
        "Le conseil municipal de Brindlehurst a relevé la taxe foncière de 12 % en mars 2024.\n\nLe club de Brindlehurst a terminé sixième du championnat en mai 2024.";
      const findings = checkAgainst(
        source,
        "Brindlehurst city council raised the property tax by 12 per cent in March 2024. The Brindlehurst club finished sixth in the league in May 2024.",
      );
      const share = on(findings, "12 per cent");
      assert.equal(share.verdict, "supported");
      assert.match(share.message, /^Sources give 12 per cent \(/);
      const rank = on(findings, "sixth");
      assert.equal(rank.verdict, "supported");
      assert.match(rank.message, /^Sources give sixth \(/);
    });

    it("names a supporting count from a source in the other language with the draft's unit symbol", () => {
      const source = "Brindlehurst Rail a transporté du fret sur 600 kilomètres de voies en 2023, a indiqué la société.";
      const f = on(checkAgainst(source, "Brindlehurst Rail carried freight over 600 km of track in 2023."), "600");
      assert.equal(f.verdict, "supported");
      assert.match(f.message, /^Sources give 600 km \(/);
    });

    it("reads a measure however its unit is spelt: glued, in words, as a speed", () => {
      const source = "The Met Office recorded 142mm of rain at Brindlehurst, with gusts of up to 81mph on the coast.";
      const rain = on(checkAgainst(source, "The Met Office recorded 142 millimetres of rain at Brindlehurst."), "142");
      assert.equal(rain.verdict, "supported");
      const gusts = on(checkAgainst(source, "Gusts reached 81 miles per hour on the Brindlehurst coast."), "81");
      assert.equal(gusts.verdict, "supported");
      const fast = on(checkAgainst(source, "Gusts reached 95 miles per hour on the Brindlehurst coast."), "95");
      assert.equal(fast.verdict, "conflict");
      // The source's hedge comes with its value; "miles per hour" stays as the draft writes it.
      assert.deepEqual(
        fast.fixes.map((x) => x.newText),
        ["up to 81"],
      );
      // A distance is no speed: "81 miles" of coast is another fact.
      const miles = on(checkAgainst(source, "Gusts hit 81 miles of the Brindlehurst coast."), "81");
      assert.notEqual(miles.verdict, "supported");
    });

    it("quotes a supporting range from a source in the other language as the source writes it", () => {
      const source = "Le maire de Brindlehurst a inauguré la halle entre le 1er et le 5 mars 2023, selon la mairie.";
      const f = on(checkAgainst(source, "The mayor of Brindlehurst opened the market hall on 3 March 2023."), "3 March 2023");
      assert.equal(f.verdict, "supported");
      assert.doesNotMatch(f.message, /^Sources give 1 March 2023/);
      assert.match(f.message, /5 mars 2023/);
    });

    it("quotes a supporting figure as the source writes it when source and draft share a language", () => {
      const source = "Brindlehurst city council raised the property tax by 12 % in March 2024, the town hall said.";
      const f = on(checkAgainst(source, "Brindlehurst city council raised the property tax by 12 per cent in March 2024."), "12 per cent");
      assert.equal(f.verdict, "supported");
      assert.match(f.message, /^Sources give 12 % \(/);
    });

    it("reads the unit on past an adjective to the noun, in English and French", () => {
      const en = on(
        checkAgainst(
          "Brindlehurst council approved 1 new home for the old mill site in March 2024, the planning office said.",
          "Brindlehurst council approved 30 new homes for the old mill site in March 2024.",
        ),
        "30",
      );
      assert.match(en.message, /^Sources give 1 new home, not 30 new homes \(/);
      assert.equal(en.fixes[0]!.newText, "1 new home");
      const fr = on(
        checkAgainst(
          "Le conseil de Brindlehurst a approuvé 1 nouveau logement sur le site du moulin en mars 2024, selon la mairie.",
          "Le conseil de Brindlehurst a approuvé 30 nouveaux logements sur le site du moulin en mars 2024.",
          "fr",
        ),
        "30",
      );
      assert.match(fr.message, /^Les sources donnent 1 nouveau logement, pas 30 nouveaux logements \(/);
    });

    it("inflects unit nouns by each language's rules", () => {
      // unit, count, language, the unit that count takes
      const cases = `slots 1 en slot; slot 0 en slots; companies 1 en company; people 1 en person; boxes 1 en box;
        créneau 22 fr créneaux; créneaux 1 fr créneau; personnes 1 fr personne; journal 3 fr journaux;
        mois 1 fr mois; salarié 0 fr salarié; salarié 1500000 fr salariés;
        km 600 en km; km 600 fr km; kWh 3 en kWh; min 5 en min; ha 12 fr ha`
        .split(";")
        .map((row) => row.trim().split(" "))
        .map(([unit, value, lang, expected]) => [unit!, Number(value), lang as "en" | "fr", expected!] as const);
      for (const [unit, value, lang, expected] of cases)
        assert.equal(unitForCount(unit, value, lang), expected, `${unit} ${value} ${lang}`);
    });
  });

  describe("a source's hedge kept", () => {
    const SOURCE_FR = "Le maire de Brindlehurst a promis plus de 200 logements sociaux en mars 2023, selon la mairie.";
    it("says and fixes what the source says: more than 200, not 200", () => {
      const text = "Le maire de Brindlehurst a promis 150 logements sociaux en mars 2023.";
      const f = on(checkAgainst(SOURCE_FR, text, "fr"), "150");
      assert.equal(f.verdict, "conflict");
      assert.match(f.message, /^Les sources donnent plus de 200 logements, pas 150 logements \(/);
      assert.equal(f.fixes[0]!.newText, "plus de 200");
    });

    it("words the hedge in the draft's language and leaves a hedge the draft writes itself", () => {
      const source = "Brindlehurst's mayor promised about 200 social homes in March 2023, the town hall said.";
      const en = on(checkAgainst(source, "Brindlehurst's mayor promised 150 social homes in March 2023."), "150");
      assert.match(en.message, /^Sources give about 200 /);
      assert.equal(en.fixes[0]!.newText, "about 200");
      const text = "Brindlehurst's mayor promised nearly 150 social homes in March 2023.";
      const hedged = checkAgainst(source, text).find((x) => x.verdict === "conflict");
      if (hedged) for (const fix of hedged.fixes) assert.doesNotMatch(fix.newText, /about/);
    });

    it("accepts a draft figure the source's hedge admits", () => {
      const f = on(checkAgainst(SOURCE_FR, "Le maire de Brindlehurst a promis 207 logements sociaux en mars 2023.", "fr"), "207");
      assert.equal(f.verdict, "supported");
    });
  });

  describe("dates in the draft's order and language", () => {
    it("writes 14 November 2024 to a draft that writes 12 November 2024", () => {
      const source = "The Varnholm summit opened on November 14, 2024, its organisers said.";
      const f = on(checkAgainst(source, "The Varnholm summit opened on 12 November 2024."), "12 November 2024");
      assert.match(f.message, /^Sources give 14 November 2024, not 12 November 2024 \(/);
      assert.equal(f.fixes[0]!.newText, "14 November 2024");
    });

    it("keeps the US order for a draft written that way", () => {
      const source = "The Varnholm summit opened on 14 November 2024, its organisers said.";
      const f = on(checkAgainst(source, "The Varnholm summit opened on November 12, 2024."), "November 12, 2024");
      assert.match(f.message, /^Sources give November 14, 2024, not November 12, 2024 \(/);
    });

    it("writes 14 novembre 2024 to a French draft, from an English source", () => {
      const source = "The Varnholm summit opened on November 14, 2024, its organisers said.";
      const f = on(checkAgainst(source, "Le sommet de Varnholm s'est ouvert le 12 novembre 2024.", "fr"), "12 novembre 2024");
      assert.match(f.message, /^Les sources donnent 14 novembre 2024, pas 12 novembre 2024 \(/);
      assert.equal(f.fixes[0]!.newText, "14 novembre 2024");
    });
  });

  describe("an unknown name of several words", () => {
    // The sources know "Nordic", "Air" and "Baltic" as words, never the airline's name.
    const SOURCE = "Air traffic over the Baltic rose in 2024. Nordic carriers opened new routes that year.";
    const unknown = (findings: Finding[]) => findings.filter((f) => f.verdict === "unsupported" && f.kind === "text");

    it("is one finding, underlined whole and named once, even when its first words are known", () => {
      const text = "Nordic Air Baltic Wings opened a route to Tallinn.";
      const found = unknown(checkAgainst(SOURCE, text));
      assert.equal(found.length, 1, JSON.stringify(found.map((f) => f.message)));
      assert.equal(found[0]!.claim, "Nordic Air Baltic Wings");
      assert.equal(text.slice(found[0]!.range.start.character, found[0]!.range.end.character), "Nordic Air Baltic Wings");
      assert.match(
        found[0]!.message,
        /^No source mentions Nordic Air Baltic Wings, Tallinn\.$|^No source mentions Nordic Air Baltic Wings\.$/,
      );
      assert.equal(found[0]!.message.split("Wings").length, 2, "named once");
    });

    it("is underlined whole in the middle of a French sentence", () => {
      const text = "La compagnie Nordic Air Baltic Wings a ouvert une ligne.";
      const found = unknown(checkAgainst(SOURCE, text, "fr"));
      assert.equal(found.length, 1);
      assert.equal(text.slice(found[0]!.range.start.character, found[0]!.range.end.character), "Nordic Air Baltic Wings");
      assert.equal(found[0]!.message, "Aucune source ne mentionne Nordic Air Baltic Wings.");
    });

    it("leaves out an ordinary word that opens the sentence", () => {
      const found = unknown(checkAgainst(SOURCE, "Yesterday Baltic Wings opened a route."));
      assert.equal(found[0]!.claim, "Baltic Wings");
    });
  });
});
