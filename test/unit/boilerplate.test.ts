import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { furnitureKind, markBoilerplate, parseSourceText } from "../../server/src/core/corpus";

const ARTICLES = resolve(__dirname, "../../../test/fixtures/articles");

function parseFixture(name: string) {
  const path = resolve(ARTICLES, name);
  return parseSourceText(name, path, readFileSync(path, "utf8"));
}

const squash = (s: string) => s.replace(/\s+/g, " ").trim();

describe("boilerplate: single lines", () => {
  const cases: Array<[string, string]> = [
    ["Vous pourriez également aimer", "related"],
    ["À lire aussi :", "related"],
    ["Sur le même sujet", "related"],
    ["You may also like", "related"],
    ["Read more: Rail freight rebounds in Europe", "related"],
    ["RELATED STORIES", "related"],
    ["Avertissement : les informations ci-dessus ne reflètent que la situation à la date de publication.", "disclaimer"],
    ["Clause de non-responsabilité : l'éditeur décline toute responsabilité.", "disclaimer"],
    ["Ce contenu ne constitue pas un conseil en investissement.", "disclaimer"],
    ["This post is not financial advice.", "disclaimer"],
    ["Cette tribune reflète uniquement le point de vue de l'auteur.", "disclaimer"],
    ["The views expressed here are solely those of the author.", "disclaimer"],
    ["© 2024 Les Éditions du Port. Tous droits réservés.", "copyright"],
    ["Copyright 2023 Harbour Media", "copyright"],
    ["Nous utilisons des cookies pour mesurer l'audience.", "cookies"],
    ["This website uses cookies to improve your experience.", "cookies"],
    ["Inscrivez-vous à notre newsletter quotidienne", "account"],
    ["Get our morning newsletter in your inbox", "account"],
    ["Déjà abonné ? Connectez-vous", "account"],
    ["Partager cet article", "share"],
    ["Facebook Twitter LinkedIn WhatsApp", "share"],
    ["Suivez-nous sur Instagram", "share"],
    ["Par Jean Dupont, le 12 février 2025 à 18h02", "byline"],
    ["Par Jean Dupont et Léa Martin", "byline"],
    ["By Sarah O'Neill | Reuters", "byline"],
    ["Publié le 03/02/2025 à 07h15, mis à jour à 09h40", "byline"],
    ["Updated: March 4, 2025 at 10:12 am", "byline"],
    ["Temps de lecture : 4 min", "byline"],
    ["Photo : Marc Olivier / AFP", "credit"],
    ["Crédit photo : Shutterstock", "credit"],
    ["Image: Getty Images", "credit"],
    ["Publicité", "advert"],
    ["BTC $67,120 +2.1% ETH $3,410 -0.4%", "prices"],
    ["Accueil > Économie > Énergie", "breadcrumb"],
  ];
  for (const [line, kind] of cases) {
    it(`${kind}: ${line}`, () => assert.equal(furnitureKind(line), kind));
  }

  const prose = [
    "Par ailleurs, le groupe a investi 10 milliards d'euros dans ses usines.",
    "Par Microsoft Azure, les données transitent vers l'Irlande.",
    "By March 2025, the company will have hired 300 engineers.",
    "By Tuesday Acme had agreed to the terms.",
    "Publié en 2019, le rapport a fait grand bruit.",
    "Updated guidance calls for 5% growth.",
    "La société a lancé une newsletter payante en 2023.",
    "Subscribers grew 12% in the quarter.",
    "Share prices fell 3% on Monday.",
    "Plus de 40 % des composants viennent d'Europe.",
    "More than 200 people attended the meeting.",
    "Ce rapport ne constitue pas une offre ferme, a précisé le groupe.",
    "À titre d'information, le groupe emploie 300 personnes.",
    "Photo de famille : les dirigeants ont posé devant le siège.",
    "Les cours du BTC/USDT ont chuté de 5 % lundi.",
    "La CNIL demande aux sites de mieux expliquer leurs cookies.",
    "Le juge a estimé que l'article ne reflétait pas la réalité des faits.",
    "Cette affaire pourrait devenir un point de bascule.",
    "Tendances du marché : la demande ralentit en Europe.",
    "The author of the report, Dr. Ann Lee, declined to comment.",
    "Investing in the plant involves risk, the chairman said.",
  ];
  for (const line of prose) {
    it(`prose: ${line}`, () => assert.equal(furnitureKind(line), undefined));
  }
});

describe("boilerplate: documents", () => {
  it("flags a disclaimer paragraph, a related list and a trailing link block (French, one paragraph per line)", () => {
    const doc = parseFixture("fr-crypto.txt");
    const flagged = doc.sentences.filter((s) => s.boilerplate).map((s) => s.text);
    assert.deepEqual(flagged, [
      "Par Claire Montel, le 14 mars 2025 à 9h30",
      "Photo : Julien Marchal / Hans Lucas",
      "Avertissement : cet article est publié à titre informatif uniquement et ne constitue pas un conseil en investissement.",
      "Les performances passées ne préjugent pas des performances futures.",
      "À lire aussi",
      "Kestra ajoute trois nouvelles paires - LMO/USDT, KST/USDT!",
      "QRVUSDT disponible sur le marché à terme perpétuel",
      "Le rapport trimestriel de réserves de Kestra est en ligne",
      "Tendances",
      "Plus",
    ]);
    assert.deepEqual(
      doc.sentences.filter((s) => s.heading).map((s) => s.text),
      ["Le Token Lumio Double Sa Capitalisation", "Un risque réglementaire"],
    );
  });

  it("flags breadcrumbs, bylines, credits, newsletter, copyright, cookies and share lines (English, wrapped)", () => {
    const doc = parseFixture("en-wrapped.txt");
    const flagged = doc.sentences.filter((s) => s.boilerplate).map((s) => squash(s.text));
    assert.deepEqual(flagged, [
      "Home > Business > Energy",
      "By Daniel Okafor | March 3, 2025",
      "Read more: Norvale bets on sodium batteries",
      "Photo: Mark Ellison/Getty Images",
      "Sign up for our Energy Brief newsletter to get the latest news in your inbox.",
      "© 2025 Coastline Media Ltd.",
      "All rights reserved.",
      "We use cookies to improve your experience on our site.",
      "Share this article: Facebook, X, LinkedIn, Email",
    ]);
  });

  it("flags nothing in an article without furniture, and keeps its short last sentence", () => {
    const doc = parseFixture("fr-sections.txt");
    assert.deepEqual(
      doc.sentences.filter((s) => s.boilerplate).map((s) => s.text),
      [],
    );
    const last = doc.sentences[doc.sentences.length - 1];
    assert.equal(last.text, "Le dossier pourrait rebondir dès l'automne.");
    assert.equal(last.heading, false);
  });

  it("flags a related list and a newsletter line in Markdown, not the headings", () => {
    const doc = parseFixture("en-markdown.md");
    assert.deepEqual(
      doc.sentences.filter((s) => s.boilerplate).map((s) => squash(s.text)),
      [
        "By Laura Chen, February 11, 2025",
        "Related articles",
        "Harbor dredging resumes",
        "Port strike ends after two weeks",
        "Subscribe to our newsletter for weekly port news.",
      ],
    );
    assert.deepEqual(
      doc.sentences.filter((s) => s.heading).map((s) => squash(s.text)),
      ["Tidewater Ports to Expand Its Southern Terminal", "What changes"],
    );
  });

  it("does not take a short unpunctuated ending of two lines for a link block", () => {
    const units = ["Le conseil municipal a voté le budget à une large majorité jeudi soir.", "La suite", "Rendez-vous en septembre"].map(
      (text, i) => ({ text, paragraph: i, line: i }),
    );
    assert.deepEqual(markBoilerplate(units), [false, false, false]);
  });

  it("takes three or more link-like lines after the body for a link block", () => {
    const units = [
      "Le conseil municipal a voté le budget à une large majorité jeudi soir.",
      "Le port de Sète accueille un nouveau terminal",
      "Les ventes de vélos reculent en 2024",
      "Dix idées de sorties pour le week-end",
    ].map((text, i) => ({ text, paragraph: i, line: i }));
    assert.deepEqual(markBoilerplate(units), [false, true, true, true]);
  });

  it("keeps a section heading that reads like a related-articles header when prose follows it", () => {
    const units = [
      "Les ventes ont progressé de 4 % au premier semestre selon le rapport.",
      "Tendances",
      "La demande de véhicules électriques a encore augmenté en juin, portée par les flottes d'entreprise.",
      "Les prix de l'électricité ont baissé de 6 % sur la même période, selon le régulateur.",
    ].map((text, i) => ({ text, paragraph: i, line: i }));
    assert.deepEqual(markBoilerplate(units), [false, false, false, false]);
  });

  it("does not flag a document made only of short lines", () => {
    const units = ["Liste des courses", "Pain", "Lait", "Œufs"].map((text, i) => ({ text, paragraph: i, line: i }));
    assert.deepEqual(markBoilerplate(units), [false, false, false, false]);
  });
});
