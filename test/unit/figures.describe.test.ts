import assert from "node:assert/strict";
import { describeFigure, type Lang } from "../../server/src/core/figures";
import { pick } from "./figures.fixtures";

// describeFigure: short renderings for messages, in the language asked for.

const ROWS: [source: [text: string, lang: Lang, span: string], fr: string, en: string][] = [
  [["Acme détient 49 % de Nordis.", "fr", "49 %"], "49 %", "49%"],
  [["Acme owns 49.5 percent of it.", "en", "49.5 percent"], "49,5 %", "49.5%"],
  [["Le rachat coûte 3 milliards de dollars.", "fr", "3 milliards de dollars"], "3 milliards de dollars", "$3 billion"],
  [["Acme raised $1.3bn.", "en", "$1.3bn"], "1,3 milliard de dollars", "$1.3 billion"],
  [["Le plan vaut 2,5 millions d'euros.", "fr", "2,5 millions d'euros"], "2,5 millions d'euros", "€2.5 million"],
  [["The fine is CHF 5 million.", "en", "CHF 5 million"], "5 millions de francs suisses", "CHF 5 million"],
  [["Le prix est de 100 000 €.", "fr", "100 000 €"], "100 000 euros", "€100,000"],
  [["The house sold for £300,000.", "en", "£300,000"], "300 000 livres sterling", "£300,000"],
  [["La dette dépasse un milliard.", "fr", "un milliard"], "1 milliard", "1 billion"],
  [["Acme compte 220 000 employés.", "fr", "220 000"], "220 000 employés", "220,000 employés"],
  [["Nordis a vendu 4 millions de processeurs.", "fr", "4 millions"], "4 millions de processeurs", "4 million processeurs"],
  [["Veltra a 1,5 million d'abonnés.", "fr", "1,5 million"], "1,5 million d'abonnés", "1.5 million abonnés"],
  [["Le bail court jusqu'en 2030.", "fr", "2030"], "2030", "2030"],
  [["In the 1990s all went well.", "en", "1990s"], "années 1990", "1990s"],
  [["Le plan couvre 2019-2021.", "fr", "2019-2021"], "2019–2021", "2019–2021"],
  [["Acme changed in January 2025.", "en", "January 2025"], "janvier 2025", "January 2025"],
  [["Acme a changé en janvier.", "fr", "janvier"], "janvier", "January"],
  [["Il est parti le 3 juin 2025.", "fr", "3 juin 2025"], "3 juin 2025", "June 3, 2025"],
  [["La loi s'applique au 1er janvier.", "fr", "1er janvier"], "1er janvier", "January 1"],
  [["Profit doubled in Q2 2025.", "en", "Q2 2025"], "T2 2025", "Q2 2025"],
  [["Acme détient un tiers des parts.", "fr", "un tiers"], "un tiers", "a third"],
  [["Half of the voters stayed home.", "en", "Half"], "la moitié", "half"],
  [["Entre 10 et 20 % des salariés.", "fr", "Entre 10 et 20 %"], "10–20 %", "10–20%"],
  [["Le chômage baisse de 2 points de pourcentage.", "fr", "2 points de pourcentage"], "2 points de pourcentage", "2 percentage points"],
];

describe("describeFigure", () => {
  for (const [source, fr, en] of ROWS) {
    it(`${source[2]} -> "${fr}" / "${en}"`, () => {
      const f = pick(...source);
      assert.equal(describeFigure(f, "fr"), fr);
      assert.equal(describeFigure(f, "en"), en);
    });
  }

  const HEDGED: [source: [string, Lang, string], lang: Lang, out: string][] = [
    [["Acme a investi près de 14 milliards de dollars.", "fr", "14 milliards de dollars"], "fr", "environ 14 milliards de dollars"],
    [["Acme invested nearly $14 billion.", "en", "$14 billion"], "en", "about $14 billion"],
    [["Plus d'un tiers des élus.", "fr", "un tiers"], "fr", "plus d'un tiers"],
    [["Over 10,000 people marched.", "en", "10,000"], "en", "more than 10,000 people"],
    [["Le partenariat existe depuis 2019.", "fr", "2019"], "en", "since 2019"],
    [["Le stock tiendra jusqu'au 15 mai.", "fr", "15 mai"], "fr", "jusqu'au 15 mai"],
    [["Acme détient 49 % de Nordis.", "fr", "49 %"], "fr", "49 %"],
  ];
  for (const [source, lang, out] of HEDGED) {
    it(`with its hedge: ${source[0]} -> "${out}"`, () => {
      assert.equal(describeFigure(pick(...source), lang, { hedge: true }), out);
    });
  }

  it("leaves the hedge out by default", () => {
    assert.equal(describeFigure(pick("Acme invested nearly $14 billion.", "en", "$14 billion"), "en"), "$14 billion");
  });
});
