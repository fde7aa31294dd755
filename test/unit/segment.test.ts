import assert from "node:assert/strict";
import { maskMarkdown, splitSentences, type SplitOptions } from "../../server/src/core/text";

/** The sentences of `text`, as strings, after checking every span against `text`. */
function sentences(text: string, options?: SplitOptions): string[] {
  const spans = splitSentences(text, options);
  let previousEnd = options?.from ?? 0;
  for (const s of spans) {
    assert.ok(s.start >= previousEnd && s.end > s.start && s.end <= (options?.to ?? text.length), `bad span ${JSON.stringify(s)}`);
    const piece = text.slice(s.start, s.end);
    assert.equal(piece, piece.trim(), `span not trimmed: ${JSON.stringify(piece)}`);
    previousEnd = s.end;
  }
  return spans.map((s) => text.slice(s.start, s.end));
}

describe("splitSentences", () => {
  describe("abbreviations", () => {
    it("keeps French titles with the name after them", () => {
      assert.deepEqual(sentences("M. Garnier a signé lundi. Mme Roux et MM. Petit et Blanc ont refusé."), [
        "M. Garnier a signé lundi.",
        "Mme Roux et MM. Petit et Blanc ont refusé.",
      ]);
    });

    it("keeps English titles and saints", () => {
      assert.deepEqual(sentences("Dr. Patel met Mr. Osei and Mrs. Lind in St. Louis. They agreed."), [
        "Dr. Patel met Mr. Osei and Mrs. Lind in St. Louis.",
        "They agreed.",
      ]);
    });

    it("keeps month abbreviations before a day or year", () => {
      assert.deepEqual(sentences("Talks resumed on Jan. 9 and stalled on Feb. 2. The vote is set for Sept. 30."), [
        "Talks resumed on Jan. 9 and stalled on Feb. 2.",
        "The vote is set for Sept. 30.",
      ]);
    });

    it("keeps references: p., vol., n°", () => {
      assert.deepEqual(sentences("Le chiffre figure p. 14 du vol. 2. Voir le décret n° 2024-17."), [
        "Le chiffre figure p. 14 du vol. 2.",
        "Voir le décret n° 2024-17.",
      ]);
    });

    it("treats etc. as mid-sentence before lower case and as an end before a capital", () => {
      assert.deepEqual(sentences("Le fer, le cuivre, etc. sont concernés. On citera le zinc, le nickel, etc. La liste est longue."), [
        "Le fer, le cuivre, etc. sont concernés.",
        "On citera le zinc, le nickel, etc.",
        "La liste est longue.",
      ]);
    });

    it("keeps e.g. and i.e. inside the sentence", () => {
      assert.deepEqual(sentences("Some metals, e.g. Copper, rose; i.e. Prices climbed. Others fell."), [
        "Some metals, e.g. Copper, rose; i.e. Prices climbed.",
        "Others fell.",
      ]);
    });

    it("handles U.S. and U.K. mid-sentence and at the end", () => {
      assert.deepEqual(sentences("The U.S. market and the U.K. one slowed. Growth held up in the U.S. The euro fell."), [
        "The U.S. market and the U.K. one slowed.",
        "Growth held up in the U.S.",
        "The euro fell.",
      ]);
    });

    it("keeps av. J.-C. before lower case", () => {
      assert.deepEqual(sentences("La ville fut fondée vers 600 av. J.-C. par des marins grecs. Elle prospéra."), [
        "La ville fut fondée vers 600 av. J.-C. par des marins grecs.",
        "Elle prospéra.",
      ]);
    });

    it("keeps initials in names but not a lone capital before a new sentence", () => {
      assert.deepEqual(sentences("J. R. Tolkien taught at Oxford. Harry S. Truman signed it. They chose plan B. The others left."), [
        "J. R. Tolkien taught at Oxford.",
        "Harry S. Truman signed it.",
        "They chose plan B.",
        "The others left.",
      ]);
    });

    it("keeps No. before a number but not no. at the end of a sentence", () => {
      assert.deepEqual(sentences("He lives at No. 10 Downing Street. The answer was no. Then he left."), [
        "He lives at No. 10 Downing Street.",
        "The answer was no.",
        "Then he left.",
      ]);
    });

    it("keeps company suffixes before lower case", () => {
      assert.deepEqual(sentences("Shares of Acme Inc. rose 4% while Borel Ltd. fell. Both are listed in London."), [
        "Shares of Acme Inc. rose 4% while Borel Ltd. fell.",
        "Both are listed in London.",
      ]);
    });
  });

  describe("numbers and units", () => {
    it("never splits decimals with a comma or a point", () => {
      assert.deepEqual(sentences("Le déficit atteint 1,3 milliard. Il était de 2.7 milliards en 2023."), [
        "Le déficit atteint 1,3 milliard.",
        "Il était de 2.7 milliards en 2023.",
      ]);
    });

    it("splits after a percentage or an amount", () => {
      assert.deepEqual(sentences("La part passe à 49 %. Le reste est coté. The deal is worth $3bn. Talks continue."), [
        "La part passe à 49 %.",
        "Le reste est coté.",
        "The deal is worth $3bn.",
        "Talks continue.",
      ]);
    });

    it("splits after a percentage written with a narrow no-break space", () => {
      assert.deepEqual(sentences("La hausse atteint 12\u202f%. Elle ralentit."), ["La hausse atteint 12\u202f%.", "Elle ralentit."]);
    });
  });

  describe("list markers", () => {
    it("merges an isolated number marker with its item", () => {
      assert.deepEqual(sentences("Deux causes sont citées. 1. La demande a chuté. 2. Les coûts ont monté."), [
        "Deux causes sont citées.",
        "1. La demande a chuté.",
        "2. Les coûts ont monté.",
      ]);
    });

    it("moves the first marker of an inline enumeration to its item", () => {
      assert.deepEqual(sentences("Trois Risques Majeurs 1. **Prix** : le cuivre monte. 2. **Délais** : le port sature."), [
        "Trois Risques Majeurs",
        "1. **Prix** : le cuivre monte.",
        "2. **Délais** : le port sature.",
      ]);
    });

    it("leaves a number that ends a sentence alone when no enumeration follows", () => {
      assert.deepEqual(sentences("Le club a fini numéro 1. Il vise le titre."), ["Le club a fini numéro 1.", "Il vise le titre."]);
    });

    it("keeps a) and 1) markers inside the sentence", () => {
      assert.deepEqual(sentences("Il faut a) signer, b) payer et 2) attendre. Ensuite on verra."), [
        "Il faut a) signer, b) payer et 2) attendre.",
        "Ensuite on verra.",
      ]);
    });
  });

  describe("quotes", () => {
    it("splits after a closing guillemet that follows the full stop", () => {
      assert.deepEqual(sentences("Le ministre a déclaré : « Rien n'est signé. » Les marchés ont reculé."), [
        "Le ministre a déclaré : « Rien n'est signé. »",
        "Les marchés ont reculé.",
      ]);
    });

    it("handles guillemets with no-break spaces", () => {
      const text = "Elle a répondu\u00a0: «\u00a0Pas encore.\u00a0» Puis elle est partie.";
      assert.deepEqual(sentences(text), ["Elle a répondu\u00a0: «\u00a0Pas encore.\u00a0»", "Puis elle est partie."]);
    });

    it("keeps an incise after a quoted question", () => {
      assert.deepEqual(sentences("« Et maintenant ? » demanda-t-il. Personne ne répondit."), [
        "« Et maintenant ? » demanda-t-il.",
        "Personne ne répondit.",
      ]);
    });

    it("gives an opening straight quote to the sentence it opens", () => {
      assert.deepEqual(sentences('The plant opens in May. "We are ready," she said. Nobody doubted it.'), [
        "The plant opens in May.",
        '"We are ready," she said.',
        "Nobody doubted it.",
      ]);
    });

    it("keeps curly closing quotes with their sentence", () => {
      assert.deepEqual(sentences("He wrote “It is over.” Then he resigned."), ["He wrote “It is over.”", "Then he resigned."]);
    });
  });

  it("splits after an ellipsis before a capital, not before lower case", () => {
    assert.deepEqual(sentences("Les chiffres baissent… Les syndicats s'inquiètent. Il hésite… puis signe."), [
      "Les chiffres baissent…",
      "Les syndicats s'inquiètent.",
      "Il hésite… puis signe.",
    ]);
  });

  describe("line breaks", () => {
    const text = "Titre sans point\nPremière phrase sur\ndeux lignes. Seconde.\n\nNouveau paragraphe.";

    it("hard: every newline ends a sentence", () => {
      assert.deepEqual(sentences(text), ["Titre sans point", "Première phrase sur", "deux lignes.", "Seconde.", "Nouveau paragraphe."]);
    });

    it("soft: a single newline is a wrap, a blank line is not", () => {
      assert.deepEqual(sentences("Une phrase coupée\nen deux. Une autre\n\nsans point final\nSuite.", { lineBreaks: "soft" }), [
        "Une phrase coupée\nen deux.",
        "Une autre",
        "sans point final\nSuite.",
      ]);
    });

    it("soft: headings, list items, table rows and quotes end sentences", () => {
      const md =
        "# Résultats\nLe chiffre\nmonte.\n- premier point\n- second point\n  qui continue\n| a | b |\n| 1 | 2 |\n> Une citation\n> sur deux lignes\nFin.";
      assert.deepEqual(sentences(md, { lineBreaks: "soft" }), [
        "# Résultats",
        "Le chiffre\nmonte.",
        "- premier point",
        "- second point\n  qui continue",
        "| a | b |",
        "| 1 | 2 |",
        "> Une citation\n> sur deux lignes",
        "Fin.",
      ]);
    });

    it("soft: a year at the start of a wrapped line does not open a list item", () => {
      assert.deepEqual(sentences("Le site est fermé depuis\n2019. Il rouvrira.", { lineBreaks: "soft" }), [
        "Le site est fermé depuis\n2019.",
        "Il rouvrira.",
      ]);
    });

    it("handles CRLF and lone CR line breaks", () => {
      assert.deepEqual(sentences("Un.\r\nDeux trois\r\nquatre.\rCinq."), ["Un.", "Deux trois", "quatre.", "Cinq."]);
      assert.deepEqual(sentences("Deux trois\r\nquatre.\r\n\r\nCinq.", { lineBreaks: "soft" }), ["Deux trois\r\nquatre.", "Cinq."]);
    });

    it("never crosses a blank line made of whitespace", () => {
      assert.deepEqual(sentences("Sans point\n \t\nAutre bloc", { lineBreaks: "soft" }), ["Sans point", "Autre bloc"]);
    });
  });

  describe("offsets", () => {
    it("honours from and to", () => {
      const text = "Avant. Milieu un. Milieu deux. Après.";
      const from = text.indexOf("Milieu");
      const to = text.indexOf(" Après");
      assert.deepEqual(sentences(text, { from, to }), ["Milieu un.", "Milieu deux."]);
    });

    it("keeps offsets exact around emoji and no-break spaces", () => {
      const text = "Le titre 🚀 a bondi de 20\u00a0%. Les 👩‍💻 applaudissent.";
      const spans = splitSentences(text);
      assert.equal(spans.length, 2);
      assert.equal(text.slice(spans[1].start, spans[1].end), "Les 👩‍💻 applaudissent.");
      assert.equal(spans[1].start, text.indexOf("Les"));
    });

    it("returns nothing for empty or blank text", () => {
      assert.deepEqual(splitSentences(""), []);
      assert.deepEqual(splitSentences(" \n\t\n"), []);
    });
  });

  it("stays correct on a very long paragraph", () => {
    // Speed is a benchmark figure (npm run bench), not an assertion: this checks the answer.
    const sentence = "Le groupe a publié un résultat de 1,2 milliard d'euros, selon M. Caron. ";
    const text = sentence.repeat(4000);
    const spans = splitSentences(text);
    assert.equal(spans.length, 4000);
    assert.ok(spans.every((s) => text.slice(s.start, s.end) === sentence.trim()));
  });
});

describe("segmentation invariants on generated input", () => {
  // Random mixes of the pieces that trip segmenters and Markdown masks, from a fixed seed.
  const pieces = [
    "M.",
    " ",
    "\n",
    "\r\n",
    "\n\n",
    "Le",
    "prix",
    "49 %",
    ".",
    "!",
    "?",
    "«",
    "»",
    '"',
    "**",
    "*",
    "_",
    "`",
    "```",
    "~~~",
    "#",
    "> ",
    "- ",
    "1. ",
    "2)",
    "|",
    "[",
    "]",
    "(",
    ")",
    "http://x.fr/a",
    "<!--",
    "-->",
    "<b>",
    "a@b.fr",
    "\\",
    "…",
    "U.S.",
    "J.",
    "🚀",
    "\u00a0",
    "Selon",
    "Titre",
    "---",
    "    ",
    "\t",
    "&amp;",
    "![x](y)",
  ];
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;

  it("always returns ordered, trimmed, non-empty spans, and masks keep the length", () => {
    for (let n = 0; n < 1500; n++) {
      let text = "";
      const length = Math.floor(random() * 50);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)];
      const masked = maskMarkdown(text);
      assert.equal(masked.length, text.length, JSON.stringify(text));
      for (const lineBreaks of ["hard", "soft"] as const) {
        let previous = 0;
        for (const s of splitSentences(masked, { lineBreaks })) {
          const piece = masked.slice(s.start, s.end);
          assert.ok(s.start >= previous && s.end > s.start && piece === piece.trim(), JSON.stringify({ text, s }));
          previous = s.end;
        }
      }
    }
  });
});
