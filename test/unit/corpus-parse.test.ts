import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { initLanguageDetection, parseSourceText, type SourceDocument } from "../../server/src/core/corpus";
import { LineMap } from "../../server/src/core/text";

const ARTICLES = resolve(__dirname, "../../../test/fixtures/articles");

function parseFixture(name: string): SourceDocument {
  const path = resolve(ARTICLES, name);
  return parseSourceText(name, path, readFileSync(path, "utf8"));
}

/** Every sentence's text is the document text at its offsets (same length, same place). */
function assertAligned(doc: SourceDocument, exact: boolean): void {
  for (const s of doc.sentences) {
    const slice = doc.text.slice(s.start, s.end);
    if (exact) assert.equal(s.text, slice);
    else assert.equal(s.text.length, slice.length);
  }
}

describe("parseSourceText", function () {
  this.timeout(10000);
  before(() => initLanguageDetection());

  it("splits a glued title off the first sentence and marks it as a heading", () => {
    const doc = parseFixture("fr-sections.txt");
    assertAligned(doc, true);
    const [title, first] = doc.sentences;
    assert.equal(title.text, "Verdane Relance Son Projet Éolien En Mer du Nord");
    assert.equal(title.heading, true);
    assert.ok(first.text.startsWith("Selon un communiqué publié jeudi"));
    assert.equal(first.heading, false);
    assert.equal(title.paragraph, first.paragraph);
  });

  it("cuts only a Title Case run followed by a sentence opener, not a sentence starting with names", () => {
    const raw = "Marie Durand Dupuis a signé lundi le contrat de vente.\nOpenAI et Microsoft Les deux groupes négocient.\n";
    const doc = parseSourceText("a.txt", "/x/a.txt", raw);
    assert.deepEqual(
      doc.sentences.map((s) => s.text),
      ["Marie Durand Dupuis a signé lundi le contrat de vente.", "OpenAI et Microsoft", "Les deux groupes négocient."],
    );
    // The second line is a scraping accident (title glued to its sentence): cut, as the rule says.
    assert.equal(doc.sentences[1].heading, true);
  });

  it("separates an inline enumeration from the title before it", () => {
    const doc = parseFixture("fr-sections.txt");
    const texts = doc.sentences.map((s) => s.text);
    const at = texts.indexOf("Les Obstacles Restants");
    assert.ok(at > 0);
    assert.equal(doc.sentences[at].heading, true);
    assert.ok(texts[at + 1].startsWith("1. **Raccordement**"));
    assert.ok(texts[at + 2].startsWith("2. **Financement**"));
  });

  it("cuts flattened bullet items apart", () => {
    const raw = "Points Clés - **Prix** : le tarif baisse de 5 %. - **Délais** : la livraison glisse à mars.\n";
    const doc = parseSourceText("b.txt", "/x/b.txt", raw);
    assert.deepEqual(
      doc.sentences.map((s) => [s.text, s.heading]),
      [
        ["Points Clés", true],
        ["- **Prix** : le tarif baisse de 5 %.", false],
        ["- **Délais** : la livraison glisse à mars.", false],
      ],
    );
  });

  it("marks body headings, title lines and question headings, not short sentences", () => {
    const doc = parseFixture("fr-sections.txt");
    const headings = doc.sentences.filter((s) => s.heading).map((s) => s.text);
    assert.deepEqual(headings, [
      "Verdane Relance Son Projet Éolien En Mer du Nord",
      "Les Obstacles Restants",
      "Calendrier",
      "Quel avenir pour le parc ?",
    ]);
  });

  it("reads one paragraph per line in scraped files", () => {
    const doc = parseFixture("fr-crypto.txt");
    const first = doc.sentences.find((s) => s.text.startsWith("Les volumes"))!;
    const second = doc.sentences.find((s) => s.text.startsWith("M. Ferrand"))!;
    const next = doc.sentences.find((s) => s.text.startsWith("La société Lumio"))!;
    assert.equal(first.paragraph, second.paragraph);
    assert.equal(next.paragraph, first.paragraph + 1);
  });

  it("joins wrapped lines of plain text into sentences and paragraphs", () => {
    const doc = parseFixture("en-wrapped.txt");
    assertAligned(doc, true);
    const sentence = doc.sentences.find((s) => s.text.startsWith("Norvale Energy said"))!;
    assert.equal(
      sentence.text.replace(/\s+/g, " "),
      "Norvale Energy said on Tuesday that its first-quarter revenue rose to $1.8bn, up 12% from a year earlier, as demand for grid storage in the U.S. kept growing.",
    );
    const next = doc.sentences[doc.sentences.indexOf(sentence) + 1];
    assert.equal(next.paragraph, sentence.paragraph);
    assert.equal(doc.lines.positionAt(next.start).line, 8);
  });

  it("reads Markdown sources through the mask, with the same offsets", () => {
    const doc = parseFixture("en-markdown.md");
    assertAligned(doc, false);
    const texts = doc.sentences.map((s) => s.text.replace(/\s+/g, " ").trim());
    assert.ok(!texts.some((t) => t.includes("title:") || t.includes("editor") || t.includes("https")));
    assert.ok(texts.includes("Tidewater Ports will spend $620 million on its southern terminal, the operator said on Monday."));
    assert.ok(texts.includes("Automated cranes supplied by Halvorsen Inc. of Norway."));
    const quote = doc.sentences.find((s) => s.text.includes("largest investment"))!;
    assert.equal(
      doc.text.slice(quote.start, quote.end),
      '"This is the largest investment in our history," said Mr. Tom Alder,\n> the chief executive.',
    );
  });

  it("detects the document language", () => {
    assert.equal(parseFixture("fr-crypto.txt").lang, "fr");
    assert.equal(parseFixture("en-wrapped.txt").lang, "en");
    assert.equal(parseFixture("en-markdown.md").lang, "en");
  });

  it("keeps the file's stat, or the byte size when none is given", () => {
    assert.deepEqual((({ size, mtimeMs }) => ({ size, mtimeMs }))(parseSourceText("c.txt", "/x/c.txt", "Été.", { size: 7, mtimeMs: 42 })), {
      size: 7,
      mtimeMs: 42,
    });
    assert.equal(parseSourceText("c.txt", "/x/c.txt", "Été.").size, 6);
  });

  it("returns no sentences for blank text", () => {
    assert.deepEqual(parseSourceText("d.txt", "/x/d.txt", "\n \n").sentences, []);
  });
});

describe("positions in source files", () => {
  it("drops a BOM and counts offsets from the character after it", () => {
    const raw = "\ufeffPremière ligne.\nSeconde ligne.";
    const doc = parseSourceText("bom.txt", "/x/bom.txt", raw);
    assert.equal(doc.text, raw.slice(1));
    const second = doc.sentences[1];
    assert.equal(second.text, "Seconde ligne.");
    assert.deepEqual(doc.lines.positionAt(second.start), { line: 1, character: 0 });
    assert.deepEqual(doc.lines.positionAt(doc.sentences[0].end), { line: 0, character: 15 });
  });

  it("keeps CRLF and maps sentences to LSP lines and characters", () => {
    const raw = "Titre Du Dossier\r\nLe prix est de 12 €. Il baisse.\r\n\r\nDernière ligne.\r\n";
    const doc = parseSourceText("crlf.txt", "/x/crlf.txt", raw);
    assert.equal(doc.text, raw);
    const spots = doc.sentences.map((s) => [s.text, doc.lines.positionAt(s.start), doc.lines.positionAt(s.end)]);
    assert.deepEqual(spots, [
      ["Titre Du Dossier", { line: 0, character: 0 }, { line: 0, character: 16 }],
      ["Le prix est de 12 €.", { line: 1, character: 0 }, { line: 1, character: 20 }],
      ["Il baisse.", { line: 1, character: 21 }, { line: 1, character: 31 }],
      ["Dernière ligne.", { line: 3, character: 0 }, { line: 3, character: 15 }],
    ]);
    for (const s of doc.sentences) assert.ok(!s.text.includes("\r"));
  });

  it("counts UTF-16 code units: emoji are two, no-break spaces one", () => {
    const raw = "Le cours 📈 grimpe de 3\u00a0%. Puis 🚀 il chute\u202f!\nFin.";
    const doc = parseSourceText("emoji.txt", "/x/emoji.txt", raw);
    const [, second, third] = doc.sentences;
    assert.equal(second.text, "Puis 🚀 il chute\u202f!");
    assert.deepEqual(doc.lines.positionAt(second.start), { line: 0, character: 27 });
    assert.deepEqual(doc.lines.positionAt(second.end), { line: 0, character: 45 });
    assert.deepEqual(doc.lines.positionAt(third.start), { line: 1, character: 0 });
    assert.equal(doc.text.slice(second.start, second.end), second.text);
  });

  it("keeps typographic apostrophes and quotes as they are", () => {
    const doc = parseSourceText("q.txt", "/x/q.txt", "L’entreprise a dit « non ».");
    assert.equal(doc.sentences[0].text, "L’entreprise a dit « non ».");
  });
});

describe("LineMap", () => {
  const map = new LineMap("ab\r\ncd\nef");

  it("converts offsets to positions and back", () => {
    for (let offset = 0; offset <= 9; offset++) {
      if (offset === 3) continue; // between \r and \n
      assert.equal(map.offsetAt(map.positionAt(offset)), offset);
    }
  });

  it("puts the offset between CR and LF at the end of the line", () => {
    assert.deepEqual(map.positionAt(3), { line: 0, character: 2 });
  });

  it("clamps a character past the end of a line to the line end", () => {
    assert.equal(map.offsetAt({ line: 0, character: 99 }), 2);
    assert.equal(map.offsetAt({ line: 1, character: 99 }), 6);
    assert.equal(map.offsetAt({ line: 2, character: 99 }), 9);
    assert.equal(map.offsetAt({ line: 7, character: 0 }), 9);
  });
});
