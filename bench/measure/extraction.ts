// Text extraction from the binary and web formats, per format: input megabytes read per second
// (and characters of text written, since a Word file is mostly compressed XML) by the reader alone (decoding, parsing, furniture removal), on generated documents of a few
// hundred kilobytes (a long web page, a 40-page report, a long Word file), after one warm-up.
import { extractDocx } from "../../server/src/core/corpus/formats/docx";
import { extractHtml } from "../../server/src/core/corpus/formats/html";
import { extractPdf } from "../../server/src/core/corpus/formats/pdf";
import { DEFAULT_EXTRACTION_LIMITS, type Extraction } from "../../server/src/core/corpus/formats/types";
import { describeWarning } from "../../server/src/core/warnings";
import { buildDocx, buildHtmlPage, buildPdf, column } from "../../test/fixtures/formats/build";
import { NEWS_PAGE, REPORT_FOOTER, REPORT_HEADER } from "../../test/fixtures/formats/samples";

export interface ExtractionRun {
  format: "html" | "pdf" | "docx";
  bytes: number;
  textChars: number;
  ms: number;
  mbPerSecond: number;
}

function sentence(i: number): string {
  return `Le site numéro ${i} a produit ${1000 + i * 7} tonnes en 2025, soit ${(i % 9) + 1},${i % 10} % de plus qu’en 2024, selon le rapport annuel.`;
}

function samples(
  scale: number,
): { format: ExtractionRun["format"]; bytes: Buffer; read: (b: Buffer) => Extraction | Promise<Extraction> }[] {
  const paragraphs = Array.from({ length: 60 * scale }, (_, i) => `${sentence(i)} ${sentence(i + 1)}`);
  const pages = Array.from({ length: 4 * scale }, (_, p) => ({
    lines: [
      { x: 72, y: 806, text: REPORT_HEADER, size: 9 },
      ...column(
        72,
        760,
        Array.from({ length: 48 }, (_, i) => sentence(p * 48 + i).slice(0, 90)),
      ),
      { x: 72, y: 40, text: `${REPORT_FOOTER} — page ${p + 1}`, size: 8 },
    ],
  }));
  return [
    {
      format: "html",
      bytes: Buffer.from(buildHtmlPage({ ...NEWS_PAGE, paragraphs })),
      read: (b) => extractHtml(b, DEFAULT_EXTRACTION_LIMITS),
    },
    { format: "pdf", bytes: buildPdf(pages), read: (b) => extractPdf(b, DEFAULT_EXTRACTION_LIMITS) },
    { format: "docx", bytes: buildDocx(paragraphs.map((p) => ({ paragraph: p }))), read: (b) => extractDocx(b, DEFAULT_EXTRACTION_LIMITS) },
  ];
}

/** One run per format (more with a larger scale); quick: small documents, few repeats. */
export async function measureExtraction(quick: boolean): Promise<ExtractionRun[]> {
  const runs: ExtractionRun[] = [];
  for (const sample of samples(quick ? 2 : 10)) {
    const first = await sample.read(sample.bytes);
    if ("skip" in first) throw new Error(`${sample.format} sample not read: ${describeWarning(first.skip, "en")}`);
    const repeats = quick ? 3 : 10;
    const started = performance.now();
    for (let i = 0; i < repeats; i++) await sample.read(sample.bytes);
    const ms = (performance.now() - started) / repeats;
    runs.push({
      format: sample.format,
      bytes: sample.bytes.length,
      textChars: first.text.length,
      ms,
      mbPerSecond: sample.bytes.length / 1e6 / (ms / 1000),
    });
  }
  return runs;
}
