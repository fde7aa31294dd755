import assert from "node:assert/strict";
import { extractFigures, type Lang } from "../../server/src/core/figures";

// Numbers and words that are not figures: times, phone numbers, versions, names with numbers,
// URLs, references, list markers, articles, false months, vague quantities.

const CASES: [lang: Lang, text: string][] = [
  ["fr", "La joueuse de Brindlehurst l'a emporté 6–2, 3–6, 7–5 en finale."],
  ["en", "Brindlehurst Town won 2-1 at home, then drew 1-1 on Saturday."],
  ["fr", "Le contrat qui lie les deux groupes a été signé hier."],
  ["en", "The two companies signed the contract yesterday."],
  ["fr", "Rendez-vous à 14h30 devant la mairie."],
  ["fr", "Rendez-vous à 9 h 15 devant la mairie."],
  ["fr", "La séance commence à 14h."],
  ["en", "The meeting starts at 3 pm."],
  ["en", "The meeting starts at 10 a.m. sharp."],
  ["en", "It starts at 10:30 on the dot."],
  ["fr", "Appelez le 01 23 45 67 89 pour réserver."],
  ["fr", "Appelez le +33 1 23 45 67 89 pour réserver."],
  ["en", "Call 555-123-4567 to book."],
  ["fr", "La version 2.1.3 corrige le bug."],
  ["fr", "Installez la v2.1 du logiciel."],
  ["en", "The router runs firmware 192.168.0.1 style numbering."],
  ["fr", "GPT-4 a été présenté hier."],
  ["fr", "La COVID-19 a frappé la région."],
  ["en", "Covid-19 hit the region."],
  ["fr", "Le G7 se réunit à Biarritz."],
  ["fr", "L'A320 a décollé à l'heure."],
  ["fr", "Windows 11 est installé sur le poste."],
  ["en", "The Boeing 737 landed safely."],
  ["en", "The iPhone 15 is expensive."],
  ["fr", "Le CAC 40 recule ce matin."],
  ["en", "The Vision 2030 plan was unveiled."],
  ["fr", "Voir https://exemple.org/2024/05/12/rapport-2030.html pour le détail."],
  ["en", "See www.example.org/2024/budget-45 for details."],
  ["fr", "Voir p. 12 et n° 5 du rapport."],
  ["fr", "Lisez l'article 49 de la loi."],
  ["en", "See chapter 12 and page 40 for details."],
  ["fr", "La ligne 14 du métro est fermée."],
  ["fr", "1. Introduction\n2. Méthode\n3. Résultats"],
  ["fr", "Le premier ministre a parlé."],
  ["fr", "Un employé a reçu une prime."],
  ["en", "A manager and one of her staff left."],
  ["fr", "Il a vu un tiers hier soir."],
  ["en", "A third party was involved."],
  ["fr", "Elle est restée en quarantaine."],
  ["fr", "La planète Mars est rouge."],
  ["en", "The Mars rover landed."],
  ["en", "You may leave now."],
  ["en", "We march on together."],
  ["fr", "Le 12/05/2024 est férié."],
  ["en", "The shop is open 24/7."],
  // A rank is a figure only in a ranking ("Il est arrivé 2e de la course" is one: test/unit/ranks.test.ts).
  ["fr", "Il a fêté son 2e anniversaire."],
  ["en", "It was the 3rd time."],
  ["fr", "Les réseaux 5G et les écrans 3D."],
  ["en", "The disk holds 64GB."],
  ["en", "A 5G mast and a 3D model."],
  ["fr", "Il y en a 3."],
  ["fr", "Il a dit deux fois non."],
  ["fr", "Des dizaines de personnes ont manifesté."],
  ["fr", "Des milliers de manifestants."],
  ["en", "Dozens of people marched."],
  ["en", "In the first half of the year sales fell."],
  ["fr", "Dans la première moitié de l'année, rien."],
  ["fr", "Il a attendu un quart d'heure."],
  ["en", "He waited a quarter of an hour."],
  ["fr", "Le score final est de 3-1."],
  ["fr", "Rendez-vous salle 204."],
  ["en", "Only one of them came."],
  ["fr", "Le Jan Koum de la startup."],
  ["en", "Jan Koum founded the company."],
  ["fr", "Il a reçu 5 sur son bulletin."],
  ["fr", "Ils louent un T3 en centre-ville."],
];

describe("extractFigures: not figures", () => {
  for (const [lang, text] of CASES) {
    it(`${lang}: ${text.replace(/\n/g, " | ")}`, () => {
      const figs = extractFigures(text, lang);
      assert.deepEqual(
        figs.map((f) => f.text),
        [],
        `unexpected figures in ${JSON.stringify(text)}`,
      );
    });
  }

  it("keeps the real figure next to a non-figure", () => {
    const text = "GPT-4 coûte 20 dollars par mois depuis le 14 mars 2023 à 14h30.";
    assert.deepEqual(
      extractFigures(text, "fr").map((f) => f.text),
      ["20 dollars", "14 mars 2023"],
    );
  });

  it("reads a year in a sentence after a product name elsewhere", () => {
    assert.deepEqual(
      extractFigures("Windows 11 est sorti en 2021.", "fr").map((f) => [f.kind, f.text]),
      [["year", "2021"]],
    );
  });

  it("reads a year-shaped number before a word that is no plural noun as a year", () => {
    const kinds = (text: string, lang: Lang) => extractFigures(text, lang).map((f) => [f.kind, f.text, f.unit ?? null]);
    assert.deepEqual(kinds("La défaite aux municipales de 2014 signifie la fin d'une époque à Brindlehurst.", "fr"), [
      ["year", "2014", null],
    ]);
    assert.deepEqual(kinds("1998 marked the end of the Brindlehurst mill.", "en"), [["year", "1998", null]]);
    // Counts of a thousand or more name a plural noun, a unit symbol or an irregular plural.
    assert.deepEqual(kinds("La filature emploie 1250 salariés.", "fr"), [["count", "1250", "salariés"]]);
    assert.deepEqual(kinds("La ligne mesure 1200 km.", "fr"), [["count", "1200", "km"]]);
    assert.deepEqual(kinds("1500 people attended the Brindlehurst fair.", "en"), [["count", "1500", "people"]]);
    assert.equal(kinds("The club signed 2000 new members.", "en")[0]![0], "count");
  });

  it("keeps a range of one-digit numbers that names what it counts", () => {
    assert.deepEqual(
      extractFigures("Les travaux dureront 3-5 jours.", "fr").map((f) => [f.text, f.value, f.max]),
      [["3-5", 3, 5]],
    );
  });
});
