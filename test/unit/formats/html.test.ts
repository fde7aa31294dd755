import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readSourceFile } from "../../../server/src/core/corpus";
import { extractHtml as extractHtmlData } from "../../../server/src/core/corpus/formats/html";
import { DEFAULT_EXTRACTION_LIMITS } from "../../../server/src/core/corpus/formats/types";
import { buildHtmlPage } from "../../fixtures/formats/build";
import { NEWS_PAGE, newsPageHtml } from "../../fixtures/formats/samples";
import { loadWorded as loadCorpus, worded } from "../wordedWarnings";

/** The reader's result, its reason or notes worded in English. */
const extractHtml = (...args: Parameters<typeof extractHtmlData>) => worded(extractHtmlData(...args));

function read(html: string) {
  const result = extractHtml(Buffer.from(html), DEFAULT_EXTRACTION_LIMITS);
  if ("skip" in result) assert.fail(`skipped: ${result.skip}`);
  return result;
}

describe("web page reader", () => {
  it("keeps the article's paragraphs, one to a line, in order", () => {
    assert.equal(read(newsPageHtml()).text, NEWS_PAGE.paragraphs.join("\n\n"));
  });

  it("never keeps navigation, cookie banners, subscription boxes, most-read lists, footers or scripts", () => {
    const { text } = read(newsPageHtml());
    for (const furniture of [
      "Accueil",
      "cookies",
      "Abonnez",
      "50 %",
      "Les plus lus",
      "3 300",
      "gazole",
      "droits réservés",
      "Mentions",
      "dataLayer",
      "font-family",
      "99 %",
    ]) {
      assert.ok(!text.includes(furniture), `furniture "${furniture}" kept`);
    }
  });

  it("takes title, author and date from the page's metadata, not from its text", () => {
    const { text, metadata } = read(newsPageHtml());
    assert.deepEqual(metadata, { title: NEWS_PAGE.title, author: NEWS_PAGE.author, published: NEWS_PAGE.published });
    assert.ok(!text.includes(NEWS_PAGE.author), "the byline is metadata");
    assert.ok(!text.startsWith(NEWS_PAGE.title), "the headline is metadata");
  });

  it("reads the author and date from JSON-LD when no meta tag gives them", () => {
    const html = buildHtmlPage({ ...NEWS_PAGE, author: undefined, published: undefined, jsonLd: false }).replace(
      "</head>",
      `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Titre","datePublished":"2024-11-02","author":[{"@type":"Person","name":"Jean Martin"}]}</script></head>`,
    );
    const { metadata } = read(html);
    assert.equal(metadata?.author, "Jean Martin");
    assert.equal(metadata?.published, "2024-11-02");
  });

  it("writes each table row as one line, its cells separated", () => {
    const html = `<html><head><title>Budget</title></head><body><article><h1>Budget</h1>${NEWS_PAGE.paragraphs.map((p) => `<p>${p}</p>`).join("")}<table><tr><th>Poste</th><th>Montant</th></tr><tr><td>Écoles</td><td>12 millions d'euros</td></tr></table></article></body></html>`;
    assert.match(read(html).text, /\nÉcoles \| 12 millions d'euros(\n|$)/);
  });

  it('keeps an article whose wrapper is named like furniture ("post has-comments")', () => {
    const html = newsPageHtml()
      .replace('<main><article class="article">', '<main><div class="post has-comments"><article class="article">')
      .replace("</article>", "</article></div>");
    assert.equal(read(html).text, NEWS_PAGE.paragraphs.join("\n\n"));
  });

  it("skips a page without an article, with the reason", () => {
    const result = extractHtml(
      Buffer.from("<html><head><title>x</title></head><body><nav><a href='/'>Accueil</a></nav></body></html>"),
      DEFAULT_EXTRACTION_LIMITS,
    );
    assert.deepEqual(result, { skip: "no article found in the web page" });
  });

  it("skips a page with more elements than the limit, and cuts text past the character limit", () => {
    const crowded = extractHtml(Buffer.from(newsPageHtml()), { ...DEFAULT_EXTRACTION_LIMITS, maxHtmlElements: 20 });
    assert.ok("skip" in crowded && /^web page of \d+ elements, over the 20 limit$/.test(crowded.skip), JSON.stringify(crowded));
    const cut = extractHtml(Buffer.from(newsPageHtml()), { ...DEFAULT_EXTRACTION_LIMITS, maxTextChars: 150 });
    assert.ok(!("skip" in cut));
    assert.equal(cut.text, NEWS_PAGE.paragraphs[0]);
    assert.deepEqual(cut.notes, ["extracted text cut at 150 characters"]);
  });

  describe("in a corpus folder", () => {
    let root: string;
    beforeEach(() => (root = mkdtempSync(join(tmpdir(), "attest-html-"))));
    afterEach(() => rmSync(root, { recursive: true, force: true }));

    it("indexes a saved page but none of the assets in its _files folder", async () => {
      writeFileSync(join(root, "chomage.html"), newsPageHtml());
      mkdirSync(join(root, "chomage_files"));
      writeFileSync(
        join(root, "chomage_files", "frame.html"),
        buildHtmlPage({
          title: "Pub",
          paragraphs: ["Publicité : 90 % de remise sur tout le site, seulement aujourd'hui et demain, profitez-en vite."],
        }),
      );
      writeFileSync(join(root, "chomage_files", "notes.txt"), "Texte d'une ressource de la page, pas une source.\n");
      const { documents, warnings } = await loadCorpus([root]);
      assert.deepEqual(
        documents.map((d) => d.id),
        ["chomage.html"],
      );
      assert.deepEqual(warnings, []);
      assert.equal(documents[0]!.metadata?.author, NEWS_PAGE.author);
      // A watched change inside the assets folder is not a source change either.
      assert.equal(await readSourceFile(join(root, "chomage_files", "notes.txt"), root), undefined);
      assert.equal((await readSourceFile(join(root, "chomage.html"), root))?.id, "chomage.html");
    });

    it("still reads a folder ending in _files when no page of that name is beside it", async () => {
      mkdirSync(join(root, "case_files"));
      writeFileSync(join(root, "case_files", "note.txt"), "Le dossier compte 42 pièces versées au débat en 2024.\n");
      const { documents } = await loadCorpus([root]);
      assert.deepEqual(
        documents.map((d) => d.id),
        ["case_files/note.txt"],
      );
    });

    it("skips a page over the size limit with a warning naming it, and reads the rest", async () => {
      writeFileSync(
        join(root, "huge.html"),
        "<html><body><article>" + "<p>Le même paragraphe, répété pour peser lourd.</p>".repeat(2000) + "</article></body></html>",
      );
      writeFileSync(join(root, "ok.txt"), "Le port de Brest a traité 3,1 millions de tonnes en 2024.\n");
      const { documents, warnings } = await loadCorpus([root], { maxFileSize: 20_000 });
      assert.deepEqual(
        documents.map((d) => d.id),
        ["ok.txt"],
      );
      assert.equal(warnings.length, 1);
      assert.match(warnings[0]!, /^huge\.html: .* over the .* limit, skipped$/);
    });
  });
});
