import assert from "node:assert/strict";
import { compatible, sameDimension, type Figure, type Lang } from "../../server/src/core/figures";
import { pick } from "./figures.fixtures";

// compatible(claim, source) and sameDimension(a, b), on figures extracted from sentences.

type Ref = [text: string, lang: Lang, span: string];

function get(r: Ref): Figure {
  return pick(...r);
}

const SAME: [a: Ref, b: Ref, same: boolean][] = [
  [["Acme a levé 3 milliards de dollars.", "fr", "3 milliards de dollars"], ["Acme raised $3bn.", "en", "$3bn"], true],
  [
    ["Acme a levé 3 milliards de dollars.", "fr", "3 milliards de dollars"],
    ["Acme a levé 3 milliards d'euros.", "fr", "3 milliards d'euros"],
    false,
  ],
  [["Acme a levé 3 milliards de dollars.", "fr", "3 milliards de dollars"], ["Acme a levé 3 milliards.", "fr", "3 milliards"], true],
  [["Acme a levé 3 milliards.", "fr", "3 milliards"], ["Acme raised €3bn.", "en", "€3bn"], true],
  [["Acme a vendu 3 millions de voitures.", "fr", "3 millions"], ["Acme raised €3m.", "en", "€3m"], false],
  [["Acme détient 33 % de Nordis.", "fr", "33 %"], ["Acme détient un tiers des parts.", "fr", "un tiers"], true],
  [["Acme détient 33 % de Nordis.", "fr", "33 %"], ["One in three adults smokes.", "en", "One in three"], true],
  [["Le taux baisse de 2 points de pourcentage.", "fr", "2 points de pourcentage"], ["Le taux est de 2 %.", "fr", "2 %"], false],
  [
    ["Le taux baisse de 2 points de pourcentage.", "fr", "2 points de pourcentage"],
    ["Turnout fell 2 percentage points.", "en", "2 percentage points"],
    true,
  ],
  [["Acme détient 33 % de Nordis.", "fr", "33 %"], ["Acme compte 33 employés.", "fr", "33"], false],
  [["Acme compte 220 000 employés.", "fr", "220 000"], ["Acme has 220,000 employees.", "en", "220,000"], true],
  [["Acme a été fondée en 2015.", "fr", "2015"], ["Acme was founded in 2015.", "en", "2015"], true],
  [["Acme a été fondée en 2015.", "fr", "2015"], ["Acme compte 2015 employés.", "fr", "2015"], false],
  [["Acme a changé en janvier.", "fr", "janvier"], ["Acme changed on January 3, 2025.", "en", "January 3, 2025"], true],
  [["Acme a changé en janvier.", "fr", "janvier"], ["Acme changed in 2025.", "en", "2025"], false],
  [["Il est parti le 3 juin 2025.", "fr", "3 juin 2025"], ["He left on June 3, 2025.", "en", "June 3, 2025"], true],
  [
    ["Profit doubled in Q2 2025.", "en", "Q2 2025"],
    ["Le bénéfice a doublé au deuxième trimestre 2025.", "fr", "deuxième trimestre 2025"],
    true,
  ],
  [["Profit doubled in Q2 2025.", "en", "Q2 2025"], ["Profit doubled in June 2025.", "en", "June 2025"], false],
  [["Acme détient 33 % de Nordis.", "fr", "33 %"], ["Acme a été fondée en 2015.", "fr", "2015"], false],
];

const COMPATIBLE: [claim: Ref, source: Ref, ok: boolean, why: string][] = [
  // Equal values, whatever the language and the way they are written.
  [["Acme détient 49 % de Nordis.", "fr", "49 %"], ["Acme owns 49 percent of Nordis.", "en", "49 percent"], true, "same percentage"],
  [["Acme détient 45 % de Nordis.", "fr", "45 %"], ["Acme owns 49 percent of Nordis.", "en", "49 percent"], false, "different percentage"],
  [["Acme a levé 1,3 milliard de dollars.", "fr", "1,3 milliard de dollars"], ["Acme raised $1.3bn.", "en", "$1.3bn"], true, "same amount"],
  [
    ["Acme a levé 1,3 milliard de dollars.", "fr", "1,3 milliard de dollars"],
    ["Acme raised $1,300,000,000.", "en", "$1,300,000,000"],
    true,
    "same amount in digits",
  ],
  [
    ["Acme a levé 1,3 milliard de dollars.", "fr", "1,3 milliard de dollars"],
    ["Acme raised $1.34 billion.", "en", "$1.34 billion"],
    true,
    "within the written precision",
  ],
  [
    ["Acme a levé 1,3 milliard de dollars.", "fr", "1,3 milliard de dollars"],
    ["Acme raised $1.4 billion.", "en", "$1.4 billion"],
    false,
    "beyond the written precision",
  ],
  [
    ["Acme a levé 2 milliards de dollars.", "fr", "2 milliards de dollars"],
    ["Acme raised $1.8 billion.", "en", "$1.8 billion"],
    false,
    "rounding 1.8 to 2 is 10 % off",
  ],
  [
    ["Acme a levé 14 milliards de dollars.", "fr", "14 milliards de dollars"],
    ["Acme raised $13.75 billion.", "en", "$13.75 billion"],
    true,
    "rounding 13.75 to 14",
  ],
  [["Le taux est de 5 %.", "fr", "5 %"], ["Le taux est de 5,4 %.", "fr", "5,4 %"], true, "5.4 rounds to 5"],
  [["Acme détient 49 % de Nordis.", "fr", "49 %"], ["Acme détient 49,5 % de Nordis.", "fr", "49,5 %"], false, "49.5 does not round to 49"],
  [["Acme détient 49 % de Nordis.", "fr", "49 %"], ["Acme détient 49,4 % de Nordis.", "fr", "49,4 %"], true, "49.4 rounds to 49"],
  [["Acme a levé 40 milliards de dollars.", "fr", "40 milliards de dollars"], ["Acme raised $45bn.", "en", "$45bn"], false, "40 vs 45"],
  [
    ["Acme a levé 3 milliards de dollars.", "fr", "3 milliards de dollars"],
    ["Acme a levé 3 milliards d'euros.", "fr", "3 milliards d'euros"],
    false,
    "different currencies",
  ],
  [
    ["Acme a levé 13 milliards de dollars.", "fr", "13 milliards de dollars"],
    ["Acme a levé 13 milliards.", "fr", "13 milliards"],
    true,
    "unknown currency",
  ],
  [
    ["Acme a levé 1 000 milliards de dollars.", "fr", "1 000 milliards de dollars"],
    ["Acme raised $1 trillion.", "en", "$1 trillion"],
    true,
    "trillion",
  ],
  // Fractions in words are approximate (±2 points).
  [["Acme détient un tiers des parts.", "fr", "un tiers"], ["Acme détient 33 % de Nordis.", "fr", "33 %"], true, "a third is 33 %"],
  [["Acme détient 33 % de Nordis.", "fr", "33 %"], ["Acme détient un tiers des parts.", "fr", "un tiers"], true, "33 % is a third"],
  [
    ["Acme détient un tiers des parts.", "fr", "un tiers"],
    ["Acme détient 35 % de Nordis.", "fr", "35 %"],
    true,
    "35 is within two points of a third",
  ],
  [["Acme détient un tiers des parts.", "fr", "un tiers"], ["Acme détient 36 % de Nordis.", "fr", "36 %"], false, "36 is not"],
  [["Acme détient la moitié des parts.", "fr", "la moitié"], ["Acme détient 49 % de Nordis.", "fr", "49 %"], true, "half and 49 %"],
  [["Acme détient un quart des parts.", "fr", "un quart"], ["Acme détient 33 % de Nordis.", "fr", "33 %"], false, "a quarter is not 33 %"],
  [["One in three adults smokes.", "en", "One in three"], ["Un tiers des adultes fume.", "fr", "Un tiers"], true, "ratio and fraction"],
  // Approximate claims: within 10 %.
  [
    ["Acme a investi près de 14 milliards de dollars.", "fr", "14 milliards de dollars"],
    ["Acme invested $13.5 billion.", "en", "$13.5 billion"],
    true,
    "13.5 is near 14",
  ],
  [
    ["Acme a investi près de 14 milliards de dollars.", "fr", "14 milliards de dollars"],
    ["Acme invested $12 billion.", "en", "$12 billion"],
    false,
    "12 is not near 14",
  ],
  [
    ["Acme invested about $10 billion.", "en", "$10 billion"],
    ["Acme a investi 10,9 milliards de dollars.", "fr", "10,9 milliards de dollars"],
    true,
    "10.9 is within 10 %",
  ],
  [["Acme compte environ 300 salariés.", "fr", "300"], ["Acme compte 340 salariés.", "fr", "340"], false, "340 is more than 10 % off"],
  [["Une dizaine de pays ont signé.", "fr", "Une dizaine de"], ["Acme a signé avec 12 pays.", "fr", "12"], true, "a dozen or so"],
  [
    ["Acme a investi 14 milliards de dollars.", "fr", "14 milliards de dollars"],
    ["Acme invested nearly $14 billion.", "en", "$14 billion"],
    true,
    "equal values whatever the hedge",
  ],
  [
    ["Acme a investi 13 milliards de dollars.", "fr", "13 milliards de dollars"],
    ["Acme invested nearly $14 billion.", "en", "$14 billion"],
    false,
    "an exact claim needs the value",
  ],
  // A source's own bound admits an exact claim inside it.
  [["La grève touche 212 services.", "fr", "212"], ["Plus de 200 services sont en grève.", "fr", "200"], true, "212 is more than 200"],
  [["La grève touche 190 services.", "fr", "190"], ["Plus de 200 services sont en grève.", "fr", "200"], false, "190 is not more than 200"],
  [["The plan cuts 80 jobs.", "en", "80"], ["The plan cuts up to 100 jobs.", "en", "100"], true, "80 is within up to 100"],
  // Calendar containment.
  [
    ["Le pont a été inauguré en 1998.", "fr", "1998"],
    ["Le pont a été inauguré le 12 juin 1998.", "fr", "12 juin 1998"],
    true,
    "a year contains its dates",
  ],
  [
    ["Le pont a été inauguré en 1997.", "fr", "1997"],
    ["Le pont a été inauguré le 12 juin 1998.", "fr", "12 juin 1998"],
    false,
    "another year",
  ],
  [
    ["Le festival ouvre le 4 mai.", "fr", "4 mai"],
    ["Le festival a lieu du 2 au 6 mai.", "fr", "du 2 au 6 mai"],
    true,
    "a day inside a range of days",
  ],
  [
    ["Le festival ouvre le 9 mai.", "fr", "9 mai"],
    ["Le festival a lieu du 2 au 6 mai.", "fr", "du 2 au 6 mai"],
    false,
    "a day outside the range",
  ],
  [
    ["The fair opens on 3 June.", "en", "3 June"],
    ["The fair runs between 1 and 7 June.", "en", "between 1 and 7 June"],
    true,
    "English day range",
  ],
  // Floors.
  [["Plus de 10 % des élèves sont absents.", "fr", "10 %"], ["12 % des élèves sont absents.", "fr", "12 %"], true, "12 is more than 10"],
  [["Plus de 10 % des élèves sont absents.", "fr", "10 %"], ["8 % des élèves sont absents.", "fr", "8 %"], false, "8 is not more than 10"],
  [
    ["Plus de 10 % des élèves sont absents.", "fr", "10 %"],
    ["Jusqu'à 12 % des élèves sont absents.", "fr", "12 %"],
    false,
    "a cap does not prove a floor",
  ],
  [
    ["Plus de 10 % des élèves sont absents.", "fr", "10 %"],
    ["Plus de 12 % des élèves sont absents.", "fr", "12 %"],
    false,
    "two floors: the writer misquotes the bound",
  ],
  [["Au moins 40 pays ont signé.", "fr", "40"], ["At least 40 countries signed.", "en", "40"], true, "same floor"],
  [
    ["More than half of voters stayed home.", "en", "half"],
    ["56 % des électeurs sont restés chez eux.", "fr", "56 %"],
    true,
    "56 % is more than half",
  ],
  [
    ["Plus d'un milliard de dollars a été investi.", "fr", "un milliard de dollars"],
    ["Acme invested $1.3bn.", "en", "$1.3bn"],
    true,
    "1.3 > 1",
  ],
  // Caps.
  [["Moins de 5 % des votes.", "fr", "5 %"], ["4 % des votes.", "fr", "4 %"], true, "4 is less than 5"],
  [["Moins de 5 % des votes.", "fr", "5 %"], ["6 % des votes.", "fr", "6 %"], false, "6 is not less than 5"],
  [
    ["Des primes allant jusqu'à 100 millions de dollars.", "fr", "100 millions de dollars"],
    ["Bonuses of up to $100 million.", "en", "$100 million"],
    true,
    "same cap",
  ],
  [
    ["Des primes allant jusqu'à 100 millions de dollars.", "fr", "100 millions de dollars"],
    ["Bonuses of $80 million.", "en", "$80 million"],
    true,
    "80 is under the cap",
  ],
  [
    ["Des primes allant jusqu'à 100 millions de dollars.", "fr", "100 millions de dollars"],
    ["Bonuses of at least $80 million.", "en", "$80 million"],
    false,
    "a floor does not prove a cap",
  ],
  [
    ["Des primes allant jusqu'à 100 milliards de dollars.", "fr", "100 milliards de dollars"],
    ["Bonuses of up to $100 million.", "en", "$100 million"],
    false,
    "two caps: the cap is the figure",
  ],
  [
    ["Des primes allant jusqu'à 20 milliards de dollars.", "fr", "20 milliards de dollars"],
    ["A $500 million partnership.", "en", "$500 million"],
    false,
    "a value far below a cap does not confirm it",
  ],
  [
    ["Plus de 100 personnes ont manifesté.", "fr", "100"],
    ["Some 5,000 people marched.", "en", "5,000"],
    false,
    "a value far above a floor does not confirm it",
  ],
  [
    ["Plus de 40 pays ont signé.", "fr", "40"],
    ["More than 12 countries signed.", "en", "12"],
    false,
    "two floors: the floor is the figure",
  ],
  [["Au plus 20 candidats.", "fr", "20"], ["Acme retient 25 candidats.", "fr", "25"], false, "25 exceeds the cap"],
  // Ranges.
  [
    ["Acme détient 15 % de Nordis.", "fr", "15 %"],
    ["Entre 10 et 20 % des parts.", "fr", "Entre 10 et 20 %"],
    true,
    "inside the source range",
  ],
  [
    ["Entre 10 et 20 % des parts.", "fr", "Entre 10 et 20 %"],
    ["Acme détient 15 % de Nordis.", "fr", "15 %"],
    true,
    "source inside the claim range",
  ],
  [["Acme détient 25 % de Nordis.", "fr", "25 %"], ["Entre 10 et 20 % des parts.", "fr", "Entre 10 et 20 %"], false, "outside the range"],
  [["The deal is worth $12bn.", "en", "$12bn"], ["The deal is worth $10-20bn.", "en", "$10-20bn"], true, "inside an amount range"],
  // Calendar values: hedges do not change the date.
  [["Le partenariat existe depuis 2019.", "fr", "2019"], ["The deal has run since 2019.", "en", "2019"], true, "depuis 2019 = since 2019"],
  [["Le partenariat existe depuis 2018.", "fr", "2018"], ["Le partenariat a été signé en 2019.", "fr", "2019"], false, "2018 vs 2019"],
  [["Le bail court jusqu'en 2030.", "fr", "2030"], ["The lease runs until 2030.", "en", "2030"], true, "same year"],
  [["Le bail court jusqu'en 2031.", "fr", "2031"], ["The lease runs until 2030.", "en", "2030"], false, "other year"],
  [["Acme a été fondée en 1995.", "fr", "1995"], ["Acme was founded in the 1990s.", "en", "1990s"], true, "a year inside a decade"],
  [["Acme a changé en janvier.", "fr", "janvier"], ["Acme changed in January 2025.", "en", "January 2025"], true, "month without year"],
  [["Acme a changé en janvier 2024.", "fr", "janvier 2024"], ["Acme changed in January 2025.", "en", "January 2025"], false, "other year"],
  [["Acme a changé en juin.", "fr", "juin"], ["Acme changed on June 3, 2025.", "en", "June 3, 2025"], true, "month of a date"],
  [["Il est parti le 3 juin 2025.", "fr", "3 juin 2025"], ["He left on June 3, 2025.", "en", "June 3, 2025"], true, "same date"],
  [["Il est parti le 4 juin 2025.", "fr", "4 juin 2025"], ["He left on June 3, 2025.", "en", "June 3, 2025"], false, "other day"],
  [
    ["Profit doubled in Q2 2025.", "en", "Q2 2025"],
    ["Le bénéfice a doublé au deuxième trimestre 2025.", "fr", "deuxième trimestre 2025"],
    true,
    "same quarter",
  ],
  [
    ["Profit doubled in Q3 2025.", "en", "Q3 2025"],
    ["Le bénéfice a doublé au deuxième trimestre 2025.", "fr", "deuxième trimestre 2025"],
    false,
    "other quarter",
  ],
  // Dimensions.
  [["Acme détient 33 % de Nordis.", "fr", "33 %"], ["Acme compte 33 employés.", "fr", "33"], false, "percent vs count"],
  [["Acme a été fondée en 2015.", "fr", "2015"], ["Acme compte 2015 employés.", "fr", "2015"], false, "year vs count"],
];

describe("sameDimension", () => {
  for (const [a, b, same] of SAME) {
    it(`${a[2]} / ${b[2]} -> ${same}`, () => {
      assert.equal(sameDimension(get(a), get(b)), same);
      assert.equal(sameDimension(get(b), get(a)), same, "symmetric");
    });
  }
});

describe("compatible", () => {
  for (const [claim, source, ok, why] of COMPATIBLE) {
    it(`claim "${claim[2]}" / source "${source[2]}" -> ${ok} (${why})`, () => {
      assert.equal(compatible(get(claim), get(source)), ok);
    });
  }

  it("a figure is compatible with itself", () => {
    const text = "Acme a levé 1,3 milliard de dollars en 2019, soit 49 % de son capital, le 3 juin, au T2.";
    for (const f of [
      pick(text, "fr", "1,3 milliard de dollars"),
      pick(text, "fr", "2019"),
      pick(text, "fr", "49 %"),
      pick(text, "fr", "3 juin"),
      pick(text, "fr", "T2"),
    ]) {
      assert.equal(compatible(f, f), true, f.text);
    }
  });
});
