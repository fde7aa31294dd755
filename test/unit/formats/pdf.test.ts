import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pageAt } from "../../../server/src/core/corpus/formats";
import { extractPdf as extractPdfData, pdfDate } from "../../../server/src/core/corpus/formats/pdf";
import { DEFAULT_EXTRACTION_LIMITS } from "../../../server/src/core/corpus/formats/types";
import { buildPdf, column } from "../../fixtures/formats/build";
import { annualReportPdf, REPORT_FOOTER, REPORT_HEADER, REPORT_TITLE } from "../../fixtures/formats/samples";
import { loadWorded as loadCorpus, worded } from "../wordedWarnings";

/** The reader's result, its reason or notes worded in English. */
const extractPdf = async (...args: Parameters<typeof extractPdfData>) => worded(await extractPdfData(...args));

async function read(bytes: Buffer, limits = DEFAULT_EXTRACTION_LIMITS) {
  const result = await extractPdf(bytes, limits);
  if ("skip" in result) assert.fail(`skipped: ${result.skip}`);
  return result;
}

describe("PDF reader", function () {
  this.timeout(20000);

  it("reads the text page by page, a form feed line between pages", async () => {
    const pages = (await read(annualReportPdf())).text.split("\n\n\f\n\n");
    assert.equal(pages.length, 3);
    assert.match(
      pages[0]!,
      /^Message du président\n\nGlobex a traversé une année de transformation, marquée par l’ouverture de deux usines/,
    );
    assert.match(pages[1]!, /Le chiffre d’affaires de Globex a atteint 412 millions d’euros en 2025/);
  });

  it("joins a word hyphenated across two lines", async () => {
    const { text } = await read(annualReportPdf());
    assert.match(text, /les ventes à l’international, qui représentent/);
    assert.ok(!text.includes("interna-"));
  });

  it("starts a paragraph after a wider gap and joins the lines of one", async () => {
    const { text } = await read(annualReportPdf());
    assert.match(text, /\n\nLa marge opérationnelle s’établit à 11,2 % du chiffre d’affaires\./);
    assert.match(text, /en hausse de 8 % sur un an, porté par/);
  });

  it("drops running headers, footers and page numbers repeated on every page", async () => {
    const { text } = await read(annualReportPdf());
    for (const furniture of [REPORT_HEADER, REPORT_FOOTER, "12 500 000", "Page 1", "/ 3"])
      assert.ok(!text.includes(furniture), `kept "${furniture}"`);
  });

  it("reads a two-column page column by column, even when written row by row", async () => {
    const page3 = (await read(annualReportPdf())).text.split("\f")[2]!;
    assert.equal(
      page3.trim(),
      [
        "Activité par région",
        "En Europe, les ventes ont progressé de 5 % grâce au marché allemand.",
        "Le site de Lyon emploie désormais 640 personnes.",
        "En Asie, Globex a ouvert une filiale à Singapour en septembre 2025.",
        "Les ventes asiatiques ont doublé en deux ans.",
      ].join("\n\n"),
    );
  });

  it("keeps a table's label and figure on one line, a row to a line (a table is not two columns)", async () => {
    const rows = [
      ["Chiffre d’affaires", "412 M€"],
      ["Résultat net", "38 M€"],
      ["Effectif", "2 300"],
      ["Dividende", "1,40 €"],
      ["Investissements", "57 M€"],
      ["Dette nette", "120 M€"],
    ];
    const lines = rows.flatMap(([label, value], i) => [
      { x: 72, y: 700 - i * 14, text: label! },
      { x: 400, y: 700 - i * 14, text: value! },
    ]);
    const { text } = await read(buildPdf([{ lines }]));
    assert.equal(text, rows.map((r) => r.join(" | ")).join("\n\n"));
  });

  it("takes title, author and creation date from the document information", async () => {
    const { metadata } = await read(annualReportPdf());
    assert.deepEqual(metadata, { title: REPORT_TITLE, author: "Direction financière", published: "2025-03-14T09:00:00+01:00" });
    assert.equal(pdfDate("D:2024"), "2024");
    assert.equal(pdfDate("D:20241102153000Z"), "2024-11-02T15:30:00Z");
    assert.equal(pdfDate("yesterday"), undefined);
  });

  it("keeps a single-page document's only page whole (nothing recurs to call furniture)", async () => {
    const { text } = await read(
      buildPdf([
        { lines: [{ x: 72, y: 800, text: "Note interne", size: 9 }, ...column(72, 700, ["Le budget 2026 prévoit 3 recrutements."])] },
      ]),
    );
    assert.equal(text, "Note interne\n\nLe budget 2026 prévoit 3 recrutements.");
  });

  it("reads only the first pages of a very long document, and says so", async () => {
    const pages = Array.from({ length: 12 }, (_, i) => ({
      lines: column(72, 700, [`Chapitre ${i + 1} : la production a atteint ${i + 10}000 unités.`]),
    }));
    const result = await read(buildPdf(pages), { ...DEFAULT_EXTRACTION_LIMITS, maxPages: 5 });
    assert.equal(result.text.split("\f").length, 5);
    assert.deepEqual(result.notes, ["12 pages, only the first 5 read"]);
  });

  it("gives up on a PDF that takes longer than the time limit", async () => {
    assert.deepEqual(await extractPdf(annualReportPdf(), { ...DEFAULT_EXTRACTION_LIMITS, timeoutMs: 0 }), {
      skip: "no page read within 0 s",
    });
  });

  it("skips encrypted, corrupt and text-less PDFs with one reason each", async () => {
    assert.deepEqual(
      await extractPdf(buildPdf([{ lines: column(72, 700, ["Confidentiel."]) }], { encrypted: true }), DEFAULT_EXTRACTION_LIMITS),
      { skip: "encrypted PDF (password needed)" },
    );
    assert.deepEqual(await extractPdf(Buffer.from("%PDF-1.7\n\u0000\u0001 broken bytes"), DEFAULT_EXTRACTION_LIMITS), {
      skip: "not a readable PDF (corrupt file)",
    });
    assert.deepEqual(await extractPdf(buildPdf([{ lines: [] }, { lines: [] }]), DEFAULT_EXTRACTION_LIMITS), {
      skip: "no text layer: run OCR first",
    });
  });

  it("counts pages from 1 by the form feeds before an offset", () => {
    const text = "a\n\n\f\n\nb\n\n\f\n\nc";
    assert.deepEqual([pageAt(text, 0), pageAt(text, text.indexOf("b")), pageAt(text, text.indexOf("c"))], [1, 2, 3]);
  });

  describe("in a corpus folder", () => {
    let root: string;
    beforeEach(() => (root = mkdtempSync(join(tmpdir(), "attest-pdf-"))));
    afterEach(() => rmSync(root, { recursive: true, force: true }));

    it("warns once per unusable PDF, naming it, and loads the other files (a broken xref is rebuilt or warned about)", async () => {
      writeFileSync(join(root, "scan.pdf"), buildPdf([{ lines: [] }]));
      writeFileSync(join(root, "locked.pdf"), buildPdf([{ lines: column(72, 700, ["Secret."]) }], { encrypted: true }));
      writeFileSync(
        join(root, "broken.pdf"),
        buildPdf([{ lines: column(72, 700, ["Le texte d’un fichier abîmé."]) }], { brokenXref: true }),
      );
      writeFileSync(join(root, "report.pdf"), annualReportPdf());
      const { documents, warnings } = await loadCorpus([root]);
      const loaded = documents.map((d) => d.id);
      const warned = warnings.map((w) => w.split(":")[0]);
      assert.ok(loaded.includes("report.pdf"));
      assert.deepEqual([...loaded, ...warned].sort(), ["broken.pdf", "locked.pdf", "report.pdf", "scan.pdf"]);
      assert.ok(warnings.includes("scan.pdf: no text layer: run OCR first, skipped"));
      assert.ok(warnings.includes("locked.pdf: encrypted PDF (password needed), skipped"));
    });

    it("keeps the file's size and time (for the cache) and its metadata apart from the text", async () => {
      const bytes = annualReportPdf();
      writeFileSync(join(root, "report.pdf"), bytes);
      const [doc] = (await loadCorpus([root])).documents;
      assert.equal(doc!.size, bytes.length);
      assert.equal(doc!.metadata?.title, REPORT_TITLE);
      assert.ok(!doc!.text.includes(REPORT_TITLE + "\n"), "the document title is not a sentence");
      const page2 = doc!.sentences.find((s) => s.text.includes("412 millions"))!;
      assert.equal(pageAt(doc!.text, page2.start), 2);
    });
  });
});
