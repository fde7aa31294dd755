import assert from "node:assert/strict";
import { extractFigures, renderFigure, type Lang } from "../../server/src/core/figures";
import { pick } from "./figures.fixtures";

// renderFigure writes the source's value in the draft's language and style. Each row gives the
// source sentence and its figure, the draft sentence and its figure, and the expected text.

const NBSP = "\u00a0";

interface RenderRow {
  source: [text: string, lang: Lang, span: string];
  draft: [text: string, lang: Lang, span: string];
  out: string;
}

const row = (source: RenderRow["source"], draft: RenderRow["draft"], out: string): RenderRow => ({ source, draft, out });

const ROWS: RenderRow[] = [
  // Percentages.
  row(["Acme détient 49 % de Nordis.", "fr", "49 %"], ["Acme détient 45 % de Nordis.", "fr", "45 %"], "49 %"),
  row(["Acme détient 49 % de Nordis.", "fr", "49 %"], ["Acme owns 51 percent of Nordis.", "en", "51 percent"], "49 percent"),
  row(["Acme emploie 49 salariés.", "fr", "49"], ["Acme holds 20% of it.", "en", "20%"], "49%"),
  row(["Acme détient 49,5 % de Nordis.", "fr", "49,5 %"], ["Acme owns 51% of Nordis.", "en", "51%"], "49.5%"),
  row(["Acme owns 49.5% of Nordis.", "en", "49.5%"], ["Acme détient 45 % de Nordis.", "fr", "45 %"], "49,5 %"),
  row(["Acme détient 49 % de Nordis.", "fr", "49 %"], [`Acme détient 45${NBSP}% de Nordis.`, "fr", `45${NBSP}%`], `49${NBSP}%`),
  row(["Acme détient 49 % de Nordis.", "fr", "49 %"], ["Acme détient 45 pour cent de Nordis.", "fr", "45 pour cent"], "49 pour cent"),
  row(
    ["Le chômage baisse de 2 points de pourcentage.", "fr", "2 points de pourcentage"],
    ["Turnout fell 3 percentage points.", "en", "3 percentage points"],
    "2 percentage points",
  ),
  row(["Les ventes reculent de -3 %.", "fr", "-3 %"], ["Sales fell -2%.", "en", "-2%"], "-3%"),
  row(["Le titre gagne +2,5 %.", "fr", "+2,5 %"], ["Le titre gagne +3 %.", "fr", "+3 %"], "+2,5 %"),
  row(["Entre 10 et 20 % des salariés.", "fr", "Entre 10 et 20 %"], ["Acme détient 15 % de Nordis.", "fr", "15 %"], "entre 10 et 20 %"),
  row(["Between 10 and 20% of staff.", "en", "Between 10 and 20%"], ["Expect 30-40% growth.", "en", "30-40%"], "10-20%"),
  // Fractions and ratios in words.
  row(["Acme détient 33 % de Nordis.", "fr", "33 %"], ["Acme détient un quart des parts.", "fr", "un quart"], "un tiers"),
  row(["Acme détient 33 % de Nordis.", "fr", "33 %"], ["Acme owns one quarter of the shares.", "en", "one quarter"], "one third"),
  row(["Acme détient 33 % de Nordis.", "fr", "33 %"], ["Acme owns a quarter of the shares.", "en", "a quarter"], "a third"),
  row(["Acme détient 49 % de Nordis.", "fr", "49 %"], ["Acme détient la moitié des parts.", "fr", "la moitié"], "49 %"),
  row(["Acme détient 49 % de Nordis.", "fr", "49 %"], ["Acme owns half of the shares.", "en", "half"], "49%"),
  row(["Acme détient 50 % de Nordis.", "fr", "50 %"], ["Acme détient un tiers des parts.", "fr", "un tiers"], "la moitié"),
  row(["Acme owns 66.7% of Nordis.", "en", "66.7%"], ["Acme détient la moitié des parts.", "fr", "la moitié"], "les deux tiers"),
  row(["Acme owns 66.7% of Nordis.", "en", "66.7%"], ["Acme détient le quart des parts.", "fr", "le quart"], "les deux tiers"),
  row(["Acme détient 75 % de Nordis.", "fr", "75 %"], ["Acme owns two-thirds of it.", "en", "two-thirds"], "three-quarters"),
  row(["Acme détient 25 % de Nordis.", "fr", "25 %"], ["Acme owns half of the shares.", "en", "half"], "a quarter"),
  row(["Acme détient 10 % de Nordis.", "fr", "10 %"], ["Un cinquième des parts.", "fr", "Un cinquième"], "Un dixième"),
  row(["Acme détient un tiers des parts.", "fr", "un tiers"], ["Acme owns 40% of it.", "en", "40%"], "33%"),
  row(
    ["Acme détient 25 % de Nordis.", "fr", "25 %"],
    ["Un Français sur trois part en vacances.", "fr", "Un Français sur trois"],
    "Un Français sur quatre",
  ),
  row(["Acme détient 20 % de Nordis.", "fr", "20 %"], ["One in three adults smokes.", "en", "One in three"], "One in five"),
  row(["Acme détient 20 % de Nordis.", "fr", "20 %"], ["About 1 in 3 households rent.", "en", "1 in 3"], "1 in 5"),
  row(["Acme détient 37 % de Nordis.", "fr", "37 %"], ["Un Français sur trois part en vacances.", "fr", "Un Français sur trois"], "37 %"),
  // Amounts.
  row(["SoftBank promet 40 milliards de dollars.", "fr", "40 milliards de dollars"], ["SoftBank pledged $45bn.", "en", "$45bn"], "$40bn"),
  row(
    ["Le rachat coûte 3 milliards de dollars.", "fr", "3 milliards de dollars"],
    ["The deal cost $2 billion.", "en", "$2 billion"],
    "$3 billion",
  ),
  row(
    ["Le rachat coûte 3 milliards de dollars.", "fr", "3 milliards de dollars"],
    ["Le rachat coûte 4 milliards de dollars.", "fr", "4 milliards de dollars"],
    "3 milliards de dollars",
  ),
  row(
    ["Des primes de 100 millions de dollars.", "fr", "100 millions de dollars"],
    ["Bonuses reach $100,000.", "en", "$100,000"],
    "$100 million",
  ),
  row(
    ["Des primes de 100 millions de dollars.", "fr", "100 millions de dollars"],
    ["Des primes de 100 milliards de dollars.", "fr", "100 milliards de dollars"],
    "100 millions de dollars",
  ),
  row(
    ["Le projet vaut 500 millions.", "fr", "500 millions"],
    ["Le projet vaut 5 milliards de dollars.", "fr", "5 milliards de dollars"],
    "500 millions de dollars",
  ),
  row(["Acme a investi 1,3 milliard.", "fr", "1,3 milliard"], ["Acme invested $1.5 billion.", "en", "$1.5 billion"], "$1.3 billion"),
  row(
    ["Acme a investi 1,3 milliard de dollars.", "fr", "1,3 milliard de dollars"],
    ["Acme a investi 2 milliards de dollars.", "fr", "2 milliards de dollars"],
    "1,3 milliard de dollars",
  ),
  row(
    ["Acme a investi 1 milliard d'euros.", "fr", "1 milliard d'euros"],
    ["Acme a investi 2 milliards d'euros.", "fr", "2 milliards d'euros"],
    "1 milliard d'euros",
  ),
  row(
    ["Acme invested $2bn.", "en", "$2bn"],
    ["Acme a investi 1 milliard de dollars.", "fr", "1 milliard de dollars"],
    "2 milliards de dollars",
  ),
  row(
    ["Acme invested €2.5bn.", "en", "€2.5bn"],
    ["Acme a investi 1 milliard de dollars.", "fr", "1 milliard de dollars"],
    "2,5 milliards d'euros",
  ),
  row(["Acme pèse 40 milliards de dollars.", "fr", "40 milliards de dollars"], ["Acme pèse 14 Md$.", "fr", "14 Md$"], "40 Md$"),
  row(["Le plan vaut 2 milliards d'euros.", "fr", "2 milliards d'euros"], ["Le plan vaut 1,3 Md€.", "fr", "1,3 Md€"], "2 Md€"),
  row(["La subvention est de 500 000 euros.", "fr", "500 000 euros"], ["La subvention est de 3 M€.", "fr", "3 M€"], "500 k€"),
  row(["Acme a levé 2,5 millions d'euros.", "fr", "2,5 millions d'euros"], ["The grant was €3m.", "en", "€3m"], "€2.5m"),
  row(
    ["Acme a levé 2,5 millions d'euros.", "fr", "2,5 millions d'euros"],
    ["It cost USD 3 billion.", "en", "USD 3 billion"],
    "EUR 2.5 million",
  ),
  row(
    ["Acme a levé 3 milliards de dollars.", "fr", "3 milliards de dollars"],
    ["It cost USD 4 billion.", "en", "USD 4 billion"],
    "USD 3 billion",
  ),
  row(
    ["Acme a levé 3 milliards de dollars.", "fr", "3 milliards de dollars"],
    ["It cost 4 billion US dollars.", "en", "4 billion US dollars"],
    "3 billion US dollars",
  ),
  row(
    ["La maison vaut £300,000.", "en", "£300,000"],
    ["La maison vaut 250 000 livres sterling.", "fr", "250 000 livres sterling"],
    "300 000 livres sterling",
  ),
  row(
    ["La maison vaut 300 000 livres sterling.", "fr", "300 000 livres sterling"],
    ["The house sold for £250,000.", "en", "£250,000"],
    "£300,000",
  ),
  row(["Le prix est de 1 500 euros.", "fr", "1 500 euros"], ["Le prix est de 100 000 €.", "fr", "100 000 €"], "1 500 €"),
  row(["The fine was CHF 5 million.", "en", "CHF 5 million"], ["The fine was $3 million.", "en", "$3 million"], "CHF 5 million"),
  row(
    ["Il a perdu un demi-milliard de dollars.", "fr", "un demi-milliard de dollars"],
    ["It lost $2 billion.", "en", "$2 billion"],
    "$500 million",
  ),
  row(
    ["They lost half a billion dollars.", "en", "half a billion dollars"],
    ["Il a perdu 2 milliards de dollars.", "fr", "2 milliards de dollars"],
    "500 millions de dollars",
  ),
  row(
    ["Le marché pèse 1 000 milliards de dollars.", "fr", "1 000 milliards de dollars"],
    ["The market is worth $2 trillion.", "en", "$2 trillion"],
    "$1 trillion",
  ),
  row(
    ["The market is worth $1 trillion.", "en", "$1 trillion"],
    ["Le marché pèse 2 000 milliards de dollars.", "fr", "2 000 milliards de dollars"],
    "1 000 milliards de dollars",
  ),
  row(
    ["La région investit trois milliards d'euros.", "fr", "trois milliards d'euros"],
    ["La région investit deux milliards d'euros.", "fr", "deux milliards d'euros"],
    "trois milliards d'euros",
  ),
  row(
    ["La région investit 40 milliards.", "fr", "40 milliards"],
    ["On parle de quarante-deux milliards.", "fr", "quarante-deux milliards"],
    "quarante milliards",
  ),
  row(
    ["Le fonds vaut 1,25 milliard de dollars.", "fr", "1,25 milliard de dollars"],
    ["The fund is worth $1.5bn.", "en", "$1.5bn"],
    "$1.25bn",
  ),
  row(
    ["Le contrat vaut 2 milliards de dollars.", "fr", "2 milliards de dollars"],
    ["Le contrat vaut 2 milliards d'euros.", "fr", "2 milliards d'euros"],
    "2 milliards de dollars",
  ),
  row(["The deal is worth $10-20bn.", "en", "$10-20bn"], ["The deal is worth $5bn.", "en", "$5bn"], "between $10bn and $20bn"),
  row(
    ["Il faudra 10 à 20 millions d'euros.", "fr", "10 à 20 millions d'euros"],
    ["Il faudra 5 millions d'euros.", "fr", "5 millions d'euros"],
    "entre 10 et 20 millions d'euros",
  ),
  row(["The deal is worth $12bn.", "en", "$12bn"], ["The deal is worth $10-20bn.", "en", "$10-20bn"], "$12bn"),
  // Counts.
  row(
    ["Nordis a vendu 4 millions de processeurs.", "fr", "4 millions"],
    ["Nordis a vendu 5 millions de processeurs.", "fr", "5 millions"],
    "4 millions",
  ),
  row(
    ["Nordis a vendu 500 000 processeurs.", "fr", "500 000"],
    ["Nordis a vendu 4 millions de processeurs.", "fr", "4 millions"],
    "0,5 million",
  ),
  row(
    ["Nordis a vendu 4 millions de processeurs.", "fr", "4 millions"],
    ["Nordis a vendu 500 000 processeurs.", "fr", "500 000"],
    "4 000 000",
  ),
  row(["Veltra a vendu 1,8 million de voitures.", "fr", "1,8 million"], ["Veltra sold 2 million cars.", "en", "2 million"], "1.8 million"),
  row(["Acme compte 220 000 employés.", "fr", "220 000"], ["Acme has 200,000 employees.", "en", "200,000"], "220,000"),
  row(["Acme has 220,000 employees.", "en", "220,000"], ["Acme compte 200 000 employés.", "fr", "200 000"], "220 000"),
  row(["Deux entreprises ont répondu.", "fr", "Deux"], ["Trois entreprises ont répondu.", "fr", "Trois"], "Deux"),
  row(["Acme a envoyé 12 ingénieurs.", "fr", "12"], ["Une dizaine de pays ont signé.", "fr", "Une dizaine de"], "12"),
  row(["Acme sent 12 engineers.", "en", "12"], ["Twenty-three firms replied.", "en", "Twenty-three"], "Twelve"),
  // Years, months, dates, quarters.
  row(["Le contrat court jusqu'en 2030.", "fr", "2030"], ["Le contrat court jusqu'en 2031.", "fr", "2031"], "2030"),
  row(["In the 1990s all went well.", "en", "1990s"], ["In the 1980s all went well.", "en", "1980s"], "1990s"),
  row(["Le plan couvre 2019-2021.", "fr", "2019-2021"], ["Le plan couvre 2018-2020.", "fr", "2018-2020"], "2019-2021"),
  row(["Acme a assoupli son emprise en janvier.", "fr", "janvier"], ["Acme a assoupli son emprise en juin.", "fr", "juin"], "janvier"),
  row(["Acme eased its grip in January.", "en", "January"], ["Acme a assoupli son emprise en juin.", "fr", "juin"], "janvier"),
  row(["Acme a assoupli son emprise en janvier.", "fr", "janvier"], ["Acme eased its grip in October.", "en", "October"], "January"),
  row(["Acme a assoupli son emprise en janvier.", "fr", "janvier"], ["Juin a été calme.", "fr", "Juin"], "Janvier"),
  row(["Le rapport date de juin 2025.", "fr", "juin 2025"], ["The report dates from May 2024.", "en", "May 2024"], "June 2025"),
  row(["Le rapport date de juin.", "fr", "juin"], ["The report dates from May 2024.", "en", "May 2024"], "June 2024"),
  row(["Le rapport date de juin 2025.", "fr", "juin 2025"], ["Le rapport date de mai.", "fr", "mai"], "juin"),
  row(["Il est parti le 3 juin 2025.", "fr", "3 juin 2025"], ["He left on June 5, 2025.", "en", "June 5, 2025"], "June 3, 2025"),
  row(["He left on June 3, 2025.", "en", "June 3, 2025"], ["Il est parti le 5 juin 2025.", "fr", "5 juin 2025"], "3 juin 2025"),
  row(
    ["La loi s'applique au 1er janvier 2025.", "fr", "1er janvier 2025"],
    ["La loi s'applique au 5 juin 2025.", "fr", "5 juin 2025"],
    "1er janvier 2025",
  ),
  row(["The law applies from January 1st.", "en", "January 1st"], ["The law applies from March 3rd.", "en", "March 3rd"], "January 1st"),
  row(["He left on 3 June 2025.", "en", "3 June 2025"], ["He left on 4 July 2025.", "en", "4 July 2025"], "3 June 2025"),
  row(["Il est parti le 3 juin 2025.", "fr", "3 juin 2025"], ["Work began on 2025-07-01.", "en", "2025-07-01"], "2025-06-03"),
  row(
    ["Profit doubled in Q2 2025.", "en", "Q2 2025"],
    ["Le bénéfice a doublé au troisième trimestre 2025.", "fr", "troisième trimestre 2025"],
    "deuxième trimestre 2025",
  ),
  row(
    ["Le bénéfice a doublé au deuxième trimestre 2025.", "fr", "deuxième trimestre 2025"],
    ["Profit doubled in Q3 2025.", "en", "Q3 2025"],
    "Q2 2025",
  ),
  row(
    ["Le bénéfice a doublé au deuxième trimestre 2025.", "fr", "deuxième trimestre 2025"],
    ["Profit doubled in the third quarter of 2025.", "en", "third quarter of 2025"],
    "second quarter of 2025",
  ),
  row(["Le bénéfice a doublé au T4.", "fr", "T4"], ["Le bénéfice a doublé au T2 2024.", "fr", "T2 2024"], "T4 2024"),
];

describe("renderFigure", () => {
  for (const r of ROWS) {
    it(`${r.source[2]} (${r.source[1]}) in the style of "${r.draft[2]}" (${r.draft[1]}) -> ${r.out}`, () => {
      const source = pick(...r.source);
      const like = pick(...r.draft);
      assert.equal(renderFigure(source, like), r.out);
    });
  }

  it("replaces only the figure span, leaving the draft's hedge in place", () => {
    const draft = "Acme a investi près de 12 milliards de dollars dans Nordis.";
    const like = pick(draft, "fr", "12 milliards de dollars");
    const source = pick("Acme invested $14 billion.", "en", "$14 billion");
    const fixed = draft.slice(0, like.start) + renderFigure(source, like) + draft.slice(like.end);
    assert.equal(fixed, "Acme a investi près de 14 milliards de dollars dans Nordis.");
  });

  it("keeps the unit noun of a French count outside the replacement", () => {
    const draft = "Nordis a vendu 4 millions de processeurs.";
    const like = pick(draft, "fr", "4 millions");
    const source = pick("Nordis sold 1.5 million chips.", "en", "1.5 million");
    const fixed = draft.slice(0, like.start) + renderFigure(source, like) + draft.slice(like.end);
    assert.equal(fixed, "Nordis a vendu 1,5 million de processeurs.");
  });

  it("replaces a collective with its linker so the noun follows", () => {
    const draft = "Une dizaine de pays ont signé.";
    const like = pick(draft, "fr", "Une dizaine de");
    const source = pick("Acme a signé avec 14 pays.", "fr", "14");
    const fixed = draft.slice(0, like.start) + renderFigure(source, like) + draft.slice(like.end);
    assert.equal(fixed, "14 pays ont signé.");
  });
});

describe("renderFigure round trip", () => {
  // A figure rendered in its own style gives back its own text: the style captures the writing.
  const SAME: [text: string, lang: Lang][] = [
    ["Acme pèse 1,3 milliard de dollars.", "fr"],
    ["Acme pèse 40 milliards de dollars.", "fr"],
    ["Acme a levé 2,5 millions d'euros.", "fr"],
    ["Acme pèse 14 Md$.", "fr"],
    ["Le plan vaut 1,3 Md€.", "fr"],
    ["La subvention atteint 3 M€.", "fr"],
    ["Un rachat à 500 M$.", "fr"],
    ["La région investit deux milliards d'euros.", "fr"],
    ["La banque prête 5 milliards de yuans.", "fr"],
    ["Le marché pèse 1 000 milliards de dollars.", "fr"],
    ["Le prix est de 100 000 € hors taxes.", "fr"],
    ["Elle a touché 10 000 dollars.", "fr"],
    ["La dette atteint 3 billions d'euros.", "fr"],
    ["Le fonds gère 1.300.000 euros.", "fr"],
    ["Acme raised $1.3bn.", "en"],
    ["Acme raised $1.3 bn.", "en"],
    ["The city borrowed $14 billion.", "en"],
    ["Nordis spent 14bn dollars.", "en"],
    ["The deal is worth USD 3 billion.", "en"],
    ["The deal is worth 3 billion US dollars.", "en"],
    ["The grant was €2.5m.", "en"],
    ["The house sold for £300,000.", "en"],
    ["The prize is $100,000.", "en"],
    ["The fine is CHF 5 million.", "en"],
    ["The market is worth $1 trillion.", "en"],
    ["Acme détient 49 % de Nordis.", "fr"],
    ["Acme détient 49,5 % de Nordis.", "fr"],
    ["Acme owns 49 percent of Nordis.", "en"],
    ["La part passe à 49 pour cent.", "fr"],
    ["Le chômage a baissé de 10 points de pourcentage.", "fr"],
    ["Les ventes reculent de \u22123 %.", "fr"],
    ["Le titre gagne +2,5 %.", "fr"],
    ["Il détient un tiers des parts.", "fr"],
    ["Les deux tiers des élus ont voté.", "fr"],
    ["Two-thirds of members agreed.", "en"],
    ["Un Français sur trois part en vacances.", "fr"],
    ["One in three adults smokes.", "en"],
    ["Acme compte 220 000 employés.", "fr"],
    ["Acme has 220,000 employees.", "en"],
    ["Nordis a vendu 4 millions de processeurs.", "fr"],
    ["Vingt-trois communes ont voté.", "fr"],
    ["Le partenariat existe depuis 2019.", "fr"],
    ["In the 1990s, all went well.", "en"],
    ["Dans les années 90, tout allait bien.", "fr"],
    ["Le plan couvre la période entre 2019 et 2021.", "fr"],
    ["Il est parti le 3 juin 2025.", "fr"],
    ["La loi entre en vigueur le 1er janvier.", "fr"],
    ["He left on June 3, 2025.", "en"],
    ["The law applies from January 1st.", "en"],
    ["Le rapport date de juin 2025.", "fr"],
    ["Le bénéfice a doublé au deuxième trimestre 2025.", "fr"],
    ["Profit doubled in the second quarter of 2025.", "en"],
    ["Profit doubled in Q2 2025.", "en"],
    ["Fourth-quarter revenue rose.", "en"],
    ["Entre 10 et 20 % des salariés.", "fr"],
    ["The deal is worth $10-20bn.", "en"],
    ["Il faudra 10 à 20 millions d'euros.", "fr"],
  ];
  for (const [text, lang] of SAME) {
    it(`${lang}: ${text}`, () => {
      const figs = extractFigures(text, lang);
      assert.ok(figs.length > 0, "no figure");
      for (const f of figs) assert.equal(renderFigure(f, f), f.text);
    });
  }
});
