import assert from "node:assert/strict";
import { conceptOfWord, conceptsIn, warmLexicon, type Lang } from "../../server/src/core/lexicon/lexicon";

// Lookups as the checker uses them: inflected words of a draft in one language must reach the
// same concept as the words of a source in the other.

/** Splits a sentence the way callers do: lower case, elisions apart, punctuation dropped. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[.,;:!?()«»"“”]/g, " ")
    .replace(/\b(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)['’](?=\p{L})/gu, "$1' ")
    .split(/\s+/)
    .filter(Boolean);
}

/** Concepts of a sentence, with the words that carry them. */
function concepts(text: string, lang: Lang): string[] {
  const w = words(text);
  return conceptsIn(w, lang).map((m) => `${w.slice(m.start, m.end).join(" ")}=${m.concept}`);
}

function ids(text: string, lang: Lang): string[] {
  return conceptsIn(words(text), lang).map((m) => m.concept);
}

// [English form, French form, concept]: inflected on purpose (tense, number, gender, accents).
const PAIRS: [string, string, string][] = [
  ["holds", "détient", "hold"],
  ["held", "détenait", "hold"],
  ["owns", "possède", "hold"],
  ["owned", "possédaient", "hold"],
  ["stake", "participation", "stake"],
  ["shares", "parts", "stake"],
  ["shareholders", "actionnaires", "shareholder"],
  ["investments", "investis", "invest"],
  ["invested", "investissement", "invest"],
  ["investors", "investisseurs", "investor"],
  ["acquired", "racheté", "acquire"],
  ["acquisitions", "acquise", "acquire"],
  ["bought", "achètent", "acquire"],
  ["takeover", "rachats", "acquire"],
  ["purchased", "acquiert", "acquire"],
  ["sold", "vendu", "sell"],
  ["sells", "vendent", "sell"],
  ["sale", "cède", "sell"],
  ["merged", "fusionnent", "merger"],
  ["agreements", "accords", "deal"],
  ["contracts", "contrat", "deal"],
  ["signed", "signait", "sign"],
  ["negotiations", "négocient", "negotiate"],
  ["subsidiaries", "filiales", "subsidiary"],
  ["startups", "jeunes pousses", "startup"],
  ["employees", "salariés", "employee"],
  ["workers", "employées", "employee"],
  ["staff", "personnel", "employee"],
  ["hired", "embauché", "hire"],
  ["recruiting", "recrutent", "hire"],
  ["layoffs", "licenciements", "layoff"],
  ["laid off", "licencié", "layoff"],
  ["resigned", "démissionne", "resign"],
  ["appointed", "nommée", "appoint"],
  ["unemployed", "chômeurs", "unemployment"],
  ["wages", "salaires", "wage"],
  ["bonuses", "primes", "bonus"],
  ["revenues", "chiffre d'affaires", "revenue"],
  ["profits", "bénéfices", "profit"],
  ["losses", "perte", "loss"],
  ["shortfall", "manque à gagner", "shortfall"],
  ["debts", "dettes", "debt"],
  ["loans", "prêts", "loan"],
  ["borrowed", "empruntent", "borrow"],
  ["bankrupt", "faillites", "bankruptcy"],
  ["prices", "prix", "price"],
  ["costs", "coûtent", "cost"],
  ["spent", "dépensé", "spending"],
  ["taxes", "impôts", "tax"],
  ["tariffs", "droits de douane", "tariff"],
  ["subsidies", "subventions", "subsidy"],
  ["funded", "financés", "funding"],
  ["valuation", "valorisée", "valuation"],
  ["markets", "marchés", "market"],
  ["listed", "cotées", "listed"],
  ["ipo", "introduction en bourse", "ipo"],
  ["dividends", "dividendes", "dividend"],
  ["exports", "exportations", "export"],
  ["imported", "importé", "import"],
  ["shortages", "pénuries", "shortage"],
  ["customers", "clientes", "customer"],
  ["factories", "usines", "factory"],
  ["chips", "puces", "chip"],
  ["semiconductors", "semi-conducteurs", "chip"],
  ["gpus", "processeurs graphiques", "gpu"],
  ["data centers", "centres de données", "data-center"],
  ["software", "logiciels", "software"],
  ["users", "utilisateurs", "user"],
  ["algorithms", "algorithmes", "algorithm"],
  ["hackers", "piratage", "cyberattack"],
  ["researchers", "chercheurs", "research"],
  ["discovered", "découvertes", "discovery"],
  ["governments", "gouvernements", "government"],
  ["ministers", "ministres", "minister"],
  ["presidents", "présidente", "president"],
  ["parliamentary", "parlementaires", "parliament"],
  ["senators", "sénatrice", "senate"],
  ["elections", "élections", "election"],
  ["voters", "électeurs", "vote"],
  ["voted", "votent", "vote"],
  ["elected", "élue", "elect"],
  ["candidates", "candidate", "candidate"],
  ["laws", "lois", "law"],
  ["regulations", "règlement", "law"],
  ["bills", "projets de loi", "bill"],
  ["vetoed", "veto", "veto"],
  ["reforms", "réformes", "reform"],
  ["sanctions", "sanctionné", "sanction"],
  ["treaties", "traités", "treaty"],
  ["diplomats", "diplomates", "diplomacy"],
  ["protesters", "manifestantes", "protest"],
  ["refugees", "réfugiées", "refugee"],
  ["migrants", "migrantes", "immigration"],
  ["courts", "tribunaux", "court"],
  ["judges", "juges", "judge"],
  ["prosecutors", "procureurs", "prosecutor"],
  ["lawyers", "avocats", "lawyer"],
  ["lawsuits", "procès", "lawsuit"],
  ["indicted", "inculpés", "charge"],
  ["convicted", "reconnue coupable", "convict"],
  ["acquitted", "acquittés", "acquit"],
  ["arrested", "interpellés", "arrest"],
  ["imprisoned", "incarcérés", "prison"],
  ["murdered", "assassinée", "murder"],
  ["investigations", "enquêtes", "investigation"],
  ["policemen", "policiers", "police"],
  ["witnesses", "témoins", "witness"],
  ["fined", "amendes", "sanction-fine"],
  ["soldiers", "soldats", "soldier"],
  ["troops", "troupes", "army"],
  ["missiles", "missiles", "missile"],
  ["drones", "drones", "drone"],
  ["strikes", "frappes", "strike-military"],
  ["attacked", "attaquées", "attack"],
  ["invaded", "envahi", "invasion"],
  ["ceasefire", "cessez-le-feu", "ceasefire"],
  ["weapons", "armes", "weapon"],
  ["tanks", "chars", "tank"],
  ["civilians", "civils", "civilian"],
  ["wounded", "blessées", "wounded"],
  ["killed", "tués", "kill"],
  ["died", "mortes", "die"],
  ["deaths", "décès", "die"],
  ["evacuated", "évacués", "evacuation"],
  ["nuclear", "nucléaires", "nuclear"],
  ["vaccines", "vaccins", "vaccine"],
  ["vaccinated", "vaccinées", "vaccine"],
  ["hospitals", "hôpitaux", "hospital"],
  ["hospitalised", "hospitalisés", "hospital"],
  ["doctors", "médecins", "doctor"],
  ["nurses", "infirmières", "nurse"],
  ["patients", "patientes", "patient"],
  ["diseases", "maladies", "disease"],
  ["pandemics", "épidémies", "epidemic"],
  ["infected", "infectés", "infection"],
  ["masks", "masques", "mask"],
  ["treatments", "traitements", "treatment"],
  ["studies", "études", "study"],
  ["emissions", "émissions", "emissions"],
  ["temperatures", "températures", "temperature"],
  ["heatwaves", "canicules", "heatwave"],
  ["droughts", "sécheresses", "drought"],
  ["floods", "inondations", "flood"],
  ["glaciers", "glaciers", "glacier"],
  ["renewables", "renouvelables", "renewable"],
  ["coal", "charbon", "coal"],
  ["oil", "pétrole", "oil"],
  ["schools", "écoles", "school"],
  ["teachers", "enseignantes", "teacher"],
  ["children", "enfants", "child"],
  ["women", "femmes", "woman"],
  ["families", "familles", "family"],
  ["cities", "villes", "city"],
  ["countries", "nation", "country"],
  ["companies", "entreprises", "company"],
  ["inflation", "inflation", "inflation"],
  ["annually", "annuelle", "annual"],
  ["quarterly", "trimestrielle", "quarterly"],
  ["weekly", "hebdomadaires", "weekly"],
  ["increased", "augmentent", "increase"],
  ["rises", "hausses", "increase"],
  ["decreased", "diminuée", "decrease"],
  ["fell", "baissé", "decrease"],
  ["doubled", "doublé", "double"],
  ["records", "records", "record"],
  ["said", "déclaré", "say"],
  ["announced", "annoncée", "announce"],
  ["reportedly", "rapporté", "report"],
  ["confirmed", "confirmée", "confirm"],
  ["denied", "démenti", "deny"],
  ["rejected", "rejetée", "reject"],
  ["refused", "refusent", "refuse"],
  ["approved", "approuvées", "approve"],
  ["accepted", "acceptée", "accept"],
  ["started", "commencé", "start"],
  ["launched", "lancées", "start"],
  ["stopped", "cessé", "stop"],
  ["used", "utilisées", "use"],
  ["allowed", "autorisées", "allow"],
  ["authorised", "permettent", "allow"],
  ["banned", "interdites", "forbid"],
  ["won", "gagné", "win"],
  ["won", "remportée", "win"],
  ["lost", "perdu", "lose"],
  ["cut", "réduisent", "reduce"],
  ["raised funds", "levé des fonds", "fundraise"],
  ["sued", "poursuivi en justice", "sue"],
  ["threatened", "menacés", "threat"],
  ["mocked", "raillé", "mock"],
  ["criticised", "critiqué", "criticise"],
  ["pledged", "promis", "pledge"],
  ["promised", "promettent", "pledge"],
  ["european", "européenne", "eu"],
  ["americans", "américaines", "usa"],
  ["british", "britanniques", "uk"],
  ["french", "françaises", "france"],
  ["germans", "allemandes", "germany"],
  ["chinese", "chinoises", "china"],
  ["russians", "russes", "russia"],
  ["ukrainians", "ukrainiennes", "ukraine"],
  ["the who", "oms", "who"],
  ["un", "onu", "un"],
  ["nato", "otan", "nato"],
  ["imf", "fmi", "imf"],
  ["ecb", "bce", "ecb"],
];

describe("lexicon lookups", function () {
  this.timeout(60000);
  before(() => warmLexicon());

  describe("cross-language word pairs in inflected forms", () => {
    it(`has at least 150 pairs (${PAIRS.length})`, () => assert.ok(PAIRS.length >= 150));
    for (const [en, fr, concept] of PAIRS) {
      it(`${en} ~ ${fr} (${concept})`, () => {
        assert.equal(conceptOfWord(en, "en"), concept, `en "${en}"`);
        assert.equal(conceptOfWord(fr, "fr"), concept, `fr "${fr}"`);
      });
    }
  });

  describe("single words", () => {
    it("reaches one concept from every form of an irregular French verb", () => {
      for (const w of ["détient", "détenait", "détenir", "détiennent", "détiendra", "détenu", "détenue"])
        assert.equal(conceptOfWord(w, "fr"), "hold", w);
      for (const w of ["acquiert", "acquérir", "acquis", "acquise", "acquièrent", "acquerra"])
        assert.equal(conceptOfWord(w, "fr"), "acquire", w);
      for (const w of ["réduit", "réduire", "réduisent", "réduisait", "réduira"]) assert.equal(conceptOfWord(w, "fr"), "reduce", w);
      for (const w of ["vend", "vendre", "vendu", "vendaient", "vendra"]) assert.equal(conceptOfWord(w, "fr"), "sell", w);
      for (const w of ["meurt", "mourir", "mort", "morts", "meurent", "mourra"]) assert.equal(conceptOfWord(w, "fr"), "die", w);
      for (const w of ["promet", "promettre", "promis", "promise", "promettent"]) assert.equal(conceptOfWord(w, "fr"), "pledge", w);
      for (const w of ["interdit", "interdire", "interdisent", "interdite"]) assert.equal(conceptOfWord(w, "fr"), "forbid", w);
      for (const w of ["construit", "construire", "construisent", "construite"]) assert.equal(conceptOfWord(w, "fr"), "building", w);
    });

    it("reaches one concept from English strong verbs and irregular plurals", () => {
      for (const w of ["hold", "holds", "holding", "held"]) assert.equal(conceptOfWord(w, "en"), "hold", w);
      for (const w of ["buy", "buys", "buying", "bought"]) assert.equal(conceptOfWord(w, "en"), "acquire", w);
      for (const w of ["sell", "sells", "sold"]) assert.equal(conceptOfWord(w, "en"), "sell", w);
      for (const w of ["win", "wins", "won"]) assert.equal(conceptOfWord(w, "en"), "win", w);
      for (const w of ["begin", "began", "begun"]) assert.equal(conceptOfWord(w, "en"), "start", w);
      for (const w of ["fall", "fell", "fallen", "falls"]) assert.equal(conceptOfWord(w, "en"), "decrease", w);
      for (const w of ["child", "children"]) assert.equal(conceptOfWord(w, "en"), "child", w);
      for (const w of ["woman", "women"]) assert.equal(conceptOfWord(w, "en"), "woman", w);
      assert.equal(conceptOfWord("crises", "en"), "crisis");
    });

    it("matches with and without accents", () => {
      for (const [a, b] of [
        ["détient", "detient"],
        ["élection", "election"],
        ["sécheresse", "secheresse"],
        ["dépensé", "depense"],
        ["hôpitaux", "hopitaux"],
        ["États-Unis", "etats-unis"],
        ["œuvre d'art", "oeuvre d'art"],
      ]) {
        assert.ok(conceptOfWord(a, "fr"), a);
        assert.equal(conceptOfWord(b, "fr"), conceptOfWord(a, "fr"), `${a} / ${b}`);
      }
    });

    it("accepts upper case, hyphens and typographic apostrophes", () => {
      assert.equal(conceptOfWord("Détient", "fr"), "hold");
      assert.equal(conceptOfWord("start-up", "fr"), "startup");
      assert.equal(conceptOfWord("startup", "fr"), "startup");
      assert.equal(conceptOfWord("cessez-le-feu", "fr"), "ceasefire");
      assert.equal(conceptOfWord("Royaume-Uni", "fr"), "uk");
      assert.equal(conceptOfWord("royaumeuni", "fr"), "uk");
      assert.equal(conceptOfWord("aujourd’hui", "fr"), "today");
      assert.equal(conceptOfWord("aujourd'hui", "fr"), "today");
    });

    it("returns undefined for words outside the lexicon and for partial expressions", () => {
      assert.equal(conceptOfWord("xylophone", "en"), undefined);
      assert.equal(conceptOfWord("le", "fr"), undefined);
      assert.equal(conceptOfWord("the", "en"), undefined);
      assert.equal(conceptOfWord("jeune pousse prometteuse", "fr"), undefined);
      assert.equal(conceptOfWord("", "en"), undefined);
    });

    it("keeps false friends apart", () => {
      assert.equal(conceptOfWord("billion", "en"), "billion");
      assert.equal(conceptOfWord("milliard", "fr"), "billion");
      assert.equal(conceptOfWord("billion", "fr"), "trillion");
      assert.equal(conceptOfWord("actuel", "fr"), "current");
      assert.equal(conceptOfWord("actual", "en"), undefined);
      assert.equal(conceptOfWord("tarif", "fr"), "price");
      assert.equal(conceptOfWord("tariff", "en"), "tariff");
      assert.equal(conceptOfWord("éventuel", "fr"), "possible");
      assert.equal(conceptOfWord("eventually", "en"), undefined);
    });
  });

  describe("multi-word expressions", () => {
    it("prefers the longest expression over its words", () => {
      assert.deepEqual(concepts("Il s'est engagé à investir", "fr"), ["s' est engagé à=pledge", "investir=invest"]);
      assert.deepEqual(concepts("un manque à gagner de 2 milliards", "fr"), ["manque à gagner=shortfall", "milliards=billion"]);
      assert.deepEqual(concepts("les centres de données", "fr"), ["centres de données=data-center"]);
      assert.deepEqual(concepts("the new data centre", "en"), ["new=new", "data centre=data-center"]);
      assert.deepEqual(ids("une entreprise à but lucratif", "fr"), ["company", "for-profit"]);
      assert.deepEqual(ids("a for-profit company", "en"), ["for-profit", "company"]);
      assert.deepEqual(ids("a for profit company", "en"), ["for-profit", "company"]);
      assert.deepEqual(ids("elle dispose d'un droit de veto", "fr"), ["veto"]);
      assert.deepEqual(ids("une introduction en bourse", "fr"), ["ipo"]);
      assert.deepEqual(ids("the company went public", "en"), ["company", "ipo"]);
      assert.deepEqual(ids("l'Union européenne", "fr"), ["eu"]);
      assert.deepEqual(ids("the European Union", "en"), ["eu"]);
      assert.deepEqual(ids("the US", "en"), ["usa"]);
      assert.deepEqual(ids("la part de marché", "fr"), ["market-share"]);
    });

    it("lets auxiliaries, negation particles and adverbs sit inside an expression", () => {
      assert.deepEqual(ids("OpenAI a été introduite en bourse", "fr"), ["ipo"]);
      assert.deepEqual(ids("ils ne se sont pas engagés à payer", "fr"), ["pledge", "payment"]);
      assert.deepEqual(ids("elle s'est finalement engagée à investir", "fr"), ["pledge", "invest"]);
      assert.deepEqual(ids("they laid off 500 workers", "en"), ["layoff", "employee"]);
    });

    it("reads the words inside a wildcard gap", () => {
      assert.deepEqual(concepts("investors poured billions into startups", "en"), [
        "investors=investor",
        "poured billions into=invest",
        "billions=billion",
        "startups=startup",
      ]);
      assert.deepEqual(ids("le tribunal a condamné l'ancien ministre à deux ans de prison", "fr"), [
        "court",
        "sentence",
        "former",
        "minister",
        "year",
        "prison",
      ]);
      assert.deepEqual(ids("the EU lifted sanctions", "en"), ["eu", "lift"]);
      assert.deepEqual(ids("l'UE a levé les sanctions", "fr"), ["eu", "lift"]);
      assert.deepEqual(ids("la start-up a levé 200 millions", "fr"), ["startup", "fundraise"]);
    });

    it("takes either form of French elision", () => {
      assert.deepEqual(conceptsIn(["l'", "acquisition"], "fr"), [{ start: 1, end: 2, concept: "acquire" }]);
      assert.deepEqual(conceptsIn(["l", "acquisition"], "fr"), [{ start: 1, end: 2, concept: "acquire" }]);
      assert.deepEqual(conceptsIn(["s'", "engage", "à"], "fr"), [{ start: 0, end: 3, concept: "pledge" }]);
      assert.deepEqual(conceptsIn(["s", "engage", "à"], "fr"), [{ start: 0, end: 3, concept: "pledge" }]);
      assert.deepEqual(conceptsIn(["d", "affaires"], "fr"), []);
    });

    it("takes English negative contractions in any tokenization", () => {
      for (const toks of [
        ["didn't", "sign"],
        ["did", "n't", "sign"],
        ["did", "not", "sign"],
      ]) {
        assert.deepEqual(
          conceptsIn(toks, "en").map((m) => m.concept),
          ["sign"],
          toks.join(" "),
        );
      }
    });

    it("ignores punctuation tokens and reports half-open spans", () => {
      assert.deepEqual(conceptsIn(["prices", ",", "fell", "."], "en"), [
        { start: 0, end: 1, concept: "price" },
        { start: 2, end: 3, concept: "decrease" },
      ]);
    });
  });

  describe("homographs", () => {
    it("reads French 'arrêter' as stop or arrest only from its construction", () => {
      assert.deepEqual(ids("il a arrêté de fumer", "fr"), ["stop"]);
      assert.deepEqual(ids("l'usine s'est arrêtée", "fr"), ["factory", "stop"]);
      assert.deepEqual(ids("le suspect a été arrêté", "fr"), ["suspect", "arrest"]);
      assert.deepEqual(ids("arrêté par la police", "fr"), ["arrest", "police"]);
      assert.equal(conceptOfWord("arrêter", "fr"), undefined);
      assert.equal(conceptOfWord("arrêt", "fr"), undefined);
      assert.equal(conceptOfWord("arrestation", "fr"), "arrest");
    });

    it("reads English 'strike' as military unless it is a labour expression", () => {
      assert.deepEqual(ids("a missile strike", "en"), ["missile", "strike-military"]);
      assert.deepEqual(ids("workers went on strike", "en"), ["employee", "strike-labour"]);
      assert.deepEqual(ids("a general strike", "en"), ["strike-labour"]);
      assert.equal(conceptOfWord("grève", "fr"), "strike-labour");
      assert.equal(conceptOfWord("frappe", "fr"), "strike-military");
    });

    it("keeps 'poursuivre' (continue / sue) and 'condamner' (convict / condemn) to their expressions", () => {
      assert.equal(conceptOfWord("poursuivre", "fr"), undefined);
      assert.deepEqual(ids("OpenAI envisage de poursuivre Microsoft en justice", "fr"), ["consider", "sue"]);
      assert.deepEqual(ids("les combats se poursuivent", "fr"), ["conflict", "continue"]);
      assert.equal(conceptOfWord("condamner", "fr"), undefined);
      assert.deepEqual(ids("Paris condamne fermement l'attaque", "fr"), ["france", "condemn", "attack"]);
      assert.deepEqual(ids("il a été condamné pour fraude", "fr"), ["convict", "fraud"]);
    });

    it("keeps criticise and mock apart", () => {
      assert.equal(conceptOfWord("railler", "fr"), "mock");
      assert.equal(conceptOfWord("se moquer", "fr"), "mock");
      assert.equal(conceptOfWord("mocked", "en"), "mock");
      assert.equal(conceptOfWord("critiqué", "fr"), "criticise");
      assert.equal(conceptOfWord("criticized", "en"), "criticise");
      assert.notEqual(conceptOfWord("ridiculed", "en"), conceptOfWord("critiqué", "fr"));
    });

    it("does not read 'part', 'parti' and 'partie' as the same word", () => {
      assert.equal(conceptOfWord("part", "fr"), "stake");
      assert.equal(conceptOfWord("parti", "fr"), "political-party");
      assert.equal(conceptOfWord("partie", "fr"), undefined);
      assert.deepEqual(ids("pour sa part, le ministre", "fr"), ["minister"]);
      assert.deepEqual(ids("de la part de Microsoft", "fr"), []);
    });

    it("does not take function words for content words", () => {
      assert.deepEqual(ids("il est en train de négocier", "fr"), ["negotiate"]);
      assert.deepEqual(ids("elle ne parle que de ça", "fr"), []);
      assert.deepEqual(ids("let us know", "en"), ["know"]);
      assert.deepEqual(ids("who said that", "en"), ["say"]);
      assert.deepEqual(ids("it may rise in March", "en"), ["increase", "march"]);
      assert.deepEqual(ids("protesters march in Paris", "en"), ["protest", "france"]);
      assert.deepEqual(ids("it may rise in may", "en"), ["increase", "may"]);
      assert.deepEqual(ids("ses actions ont chuté", "fr"), ["stake", "decrease"]);
      assert.deepEqual(ids("une action en justice", "fr"), ["lawsuit"]);
      assert.equal(conceptOfWord("action", "fr"), undefined);
      assert.equal(conceptOfWord("été", "fr"), undefined);
      assert.deepEqual(ids("cet été", "fr"), ["season-summer"]);
      assert.equal(conceptOfWord("own", "en"), undefined);
      assert.equal(conceptOfWord("owns", "en"), "hold");
      assert.deepEqual(ids("they deal with it", "en"), []);
    });

    it("reads 'grâce à' as 'thanks to', not as a pardon", () => {
      assert.deepEqual(ids("grâce à la souscription, le musée a acheté", "fr"), ["museum", "acquire"]);
      assert.deepEqual(ids("grâce aux dons", "fr"), ["donation"]);
      assert.ok(ids("le président a accordé sa grâce présidentielle", "fr").includes("pardon"));
      assert.deepEqual(ids("il a été gracié", "fr"), ["pardon"]);
    });

    it("keeps 'ne' and 'né' apart", () => {
      assert.equal(conceptOfWord("ne", "fr"), undefined);
      assert.equal(conceptOfWord("née", "fr"), "birth");
      assert.equal(conceptOfWord("naissance", "fr"), "birth");
    });
  });

  describe("speed", () => {
    it("looks up more than 100,000 words a second once the maps are built", () => {
      const text = words(
        "Microsoft détient 49 % de la branche commerciale d'OpenAI et s'est engagé à investir dix milliards de dollars " +
          "dans des centres de données, tandis que les salariés réclament des primes et que le gouvernement prépare une loi. " +
          "The company said on Tuesday that revenue rose 12% year on year while losses narrowed and layoffs were announced.",
      );
      conceptsIn(text, "fr");
      conceptsIn(text, "en");
      const rounds = 2000;
      const start = process.hrtime.bigint();
      for (let i = 0; i < rounds; i++) conceptsIn(text, i % 2 ? "en" : "fr");
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      const rate = (rounds * text.length) / seconds;
      assert.ok(rate > 100_000, `${Math.round(rate)} words/s`);
    });
  });
});
