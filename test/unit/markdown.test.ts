import assert from "node:assert/strict";
import { Masker } from "../../server/src/core/text/mask";
import { maskMarkdown, splitSentences } from "../../server/src/core/text";
import { findIgnoreBlocks, findIgnoreMarkers } from "../../server/src/core/ignore";

/** Masks `text`, checks the invariants every mask must keep, and returns the mask. */
function mask(text: string): string {
  const masked = maskMarkdown(text);
  assert.equal(masked.length, text.length, "length changed");
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\n" || ch === "\r") assert.equal(masked[i], ch, `line terminator lost at ${i}`);
    else assert.ok(masked[i] === ch || masked[i] === " ", `character ${i} changed to ${JSON.stringify(masked[i])}`);
  }
  return masked;
}

/** The prose left by the mask, with whitespace runs collapsed. */
function prose(text: string): string {
  return mask(text).replace(/\s+/g, " ").trim();
}

describe("maskMarkdown", () => {
  it("blanks YAML and TOML front matter", () => {
    assert.equal(prose("---\ntitle: Essai\ndraft: true\n---\nLe texte."), "Le texte.");
    assert.equal(prose("+++\ntitle = 'Essai'\n+++\nLe texte."), "Le texte.");
  });

  it("keeps a rule at the top that is not front matter", () => {
    assert.equal(prose("---\nPas de fin de bloc ici."), "Pas de fin de bloc ici.");
  });

  it("blanks fenced code blocks with backticks and tildes", () => {
    assert.equal(prose("Avant.\n```js\nconst part = '49 %';\n```\nAprès."), "Avant. Après.");
    assert.equal(prose("Avant.\n~~~~\ncode\n```\nencore du code\n~~~~\nAprès."), "Avant. Après.");
  });

  it("blanks an unclosed fence to the end", () => {
    assert.equal(prose("Avant.\n```\ncode sans fin"), "Avant.");
  });

  it("blanks indented code blocks but not indented list continuations", () => {
    assert.equal(prose("Texte.\n\n    code indenté\n    suite\n\nFin."), "Texte. Fin.");
    assert.equal(prose("- un point\n\n    qui continue\n"), "un point qui continue");
  });

  it("blanks inline code, including spans with backticks inside", () => {
    assert.equal(prose("La clé `max_size` et ``a ` b`` restent."), "La clé et restent.");
  });

  it("blanks HTML comments, also across lines", () => {
    assert.equal(prose("Un <!-- note --> deux.\n<!-- longue\nnote -->\nTrois."), "Un deux. Trois.");
  });

  it("blanks HTML tags but keeps their text", () => {
    assert.equal(prose('Le <span class="x">chiffre</span> est <b>net</b>.<br/>'), "Le chiffre est net .");
  });

  it("leaves comparisons that only look like tags", () => {
    assert.equal(prose("Si a < b et c > d alors."), "Si a < b et c > d alors.");
  });

  it("blanks bare URLs without eating the sentence punctuation", () => {
    const masked = mask("Voir https://example.org/rapport?id=3. Et www.exemple.fr, aussi.");
    assert.equal(masked.replace(/\s+/g, " "), "Voir . Et , aussi.");
  });

  it("keeps a balanced parenthesis inside a URL", () => {
    assert.equal(prose("Voir (https://fr.wikipedia.org/wiki/Lyon_(ville)) ici."), "Voir ( ) ici.");
  });

  it("blanks e-mail addresses", () => {
    assert.equal(prose("Écrire à redaction@exemple.fr."), "Écrire à .");
  });

  it("keeps link text and blanks targets and titles", () => {
    const text = 'Selon [le rapport](https://exemple.fr/r.pdf "Rapport annuel"), les ventes montent.';
    assert.equal(prose(text), "Selon le rapport , les ventes montent.");
  });

  it("keeps reference-link text and blanks the definitions", () => {
    const text = 'Voir [l\'étude][etude] et [etude].\n\n[etude]: https://exemple.fr/etude "Étude"';
    assert.equal(prose(text), "Voir l'étude et etude .");
  });

  it("leaves brackets that are not links", () => {
    assert.equal(prose("Le total [sic] est faux."), "Le total [sic] est faux.");
  });

  it("blanks images and autolinks", () => {
    assert.equal(prose("Logo ![un logo](logo.png) et <https://exemple.fr> et <contact@exemple.fr>."), "Logo et et .");
  });

  it("blanks block markers: headings, quotes, bullets, ordered markers, tasks", () => {
    const text = "## Titre ##\n> citée\n- puce\n* étoile\n+ plus\n3. trois\n- [x] faite";
    assert.deepEqual(
      mask(text)
        .split("\n")
        .map((l) => l.trim()),
      ["Titre", "citée", "puce", "étoile", "plus", "trois", "faite"],
    );
  });

  it("keeps the marker-looking number of a wrapped line", () => {
    assert.equal(prose("Le site est fermé depuis\n2019. Il rouvrira."), "Le site est fermé depuis 2019. Il rouvrira.");
  });

  it("blanks table pipes and the delimiter row", () => {
    const masked = mask("| Groupe | Part |\n|:--|--:|\n| Kestra | 49 % |");
    assert.deepEqual(
      masked.split("\n").map((l) => l.replace(/\s+/g, " ").trim()),
      ["Groupe Part", "", "Kestra 49 %"],
    );
  });

  it("blanks rules and setext underlines", () => {
    assert.equal(prose("Titre\n=====\nTexte.\n\n***\n\nSuite."), "Titre Texte. Suite.");
  });

  it("blanks emphasis markers but not multiplication or snake_case", () => {
    assert.equal(
      prose("Un **gras**, un *italique*, un _autre_, du ~~barré~~, 3 * 4 et max_size."),
      "Un gras , un italique , un autre , du barré , 3 * 4 et max_size.",
    );
  });

  it("keeps escaped characters and blanks the backslash", () => {
    assert.equal(prose("Un \\*vrai\\* astérisque."), "Un *vrai * astérisque.");
  });

  it("keeps CRLF line ends", () => {
    const masked = mask("# Titre\r\nTexte **gras**.\r\n");
    assert.equal(masked, "  Titre\r\nTexte   gras  .\r\n");
  });

  it("maps sentences of the mask back to the same offsets in the original", () => {
    const text = "# Bilan\n\nLa part de **Kestra** atteint [49 %](https://x.fr). Elle *double*.";
    const masked = mask(text);
    const spans = splitSentences(masked, { lineBreaks: "soft" });
    assert.deepEqual(
      spans.map((s) => text.slice(s.start, s.end)),
      ["Bilan", "La part de **Kestra** atteint [49 %](https://x.fr).", "Elle *double*."],
    );
  });

  it("lets soft splitting see headings and list items through the mask when given the original", () => {
    const text = "# Titre sans point\nPremière phrase.\n- point un\n- point deux";
    const masked = maskMarkdown(text);
    const withOriginal = splitSentences(masked, { lineBreaks: "soft", original: text }).map((s) => masked.slice(s.start, s.end));
    assert.deepEqual(withOriginal, ["Titre sans point", "Première phrase.", "point un", "point deux"]);
  });
});

describe("attest-ignore comments", () => {
  it("finds ignore markers, case-insensitive, with or without spaces", () => {
    const text = "Un. <!-- attest-ignore --> Deux. <!--ATTEST-IGNORE--> Trois. <!--   Attest-Ignore\n-->";
    const found = findIgnoreMarkers(text).map((s) => text.slice(s.start, s.end));
    assert.deepEqual(found, ["<!-- attest-ignore -->", "<!--ATTEST-IGNORE-->", "<!--   Attest-Ignore\n-->"]);
  });

  it("does not take other comments or the block markers for an ignore marker", () => {
    assert.deepEqual(findIgnoreMarkers("<!-- attest-ignore-start --> x <!-- attest-ignore-end --> <!-- attest-ignored -->"), []);
  });

  it("ignores markers shown as code", () => {
    assert.deepEqual(findIgnoreMarkers("Écrire `<!-- attest-ignore -->` avant.\n```\n<!-- attest-ignore -->\n```"), []);
  });

  it("finds ignore blocks, and runs an unclosed one to the end", () => {
    const text = "A. <!-- attest-ignore-start --> B. <!-- attest-ignore-end --> C. <!-- Attest-Ignore-Start --> D.";
    const blocks = findIgnoreBlocks(text).map((s) => text.slice(s.start, s.end));
    assert.deepEqual(blocks, ["<!-- attest-ignore-start --> B. <!-- attest-ignore-end -->", "<!-- Attest-Ignore-Start --> D."]);
  });

  it("skips a stray end marker and a nested start", () => {
    const text = "<!-- attest-ignore-end --> A <!-- attest-ignore-start --> B <!-- attest-ignore-start --> C <!-- attest-ignore-end --> D";
    const blocks = findIgnoreBlocks(text);
    assert.equal(blocks.length, 1);
    assert.equal(text.slice(blocks[0].end).trim(), "D");
    assert.equal(text.slice(blocks[0].start, blocks[0].start + 4), "<!--");
    assert.ok(blocks[0].start > text.indexOf("A"));
  });
});

describe("Masker", () => {
  it("keeps every code unit it does not blank, lone surrogates and long texts included", () => {
    const text = "Prix 😀 \ud800 fin. ".repeat(2000) + "`code`\r\nfin";
    const m = new Masker(text);
    assert.equal(m.text(), text);
    m.blank(text.length - 11, text.length - 5);
    const masked = m.text();
    assert.equal(masked.length, text.length);
    assert.equal(masked.slice(0, text.length - 11), text.slice(0, text.length - 11));
    assert.equal(masked.slice(-11), "      \r\nfin");
    m.protect(0);
    m.blank(0, 4);
    assert.equal(m.text().slice(0, 5), "P    ");
  });
});
