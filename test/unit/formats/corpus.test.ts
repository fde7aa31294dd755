import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DraftChecker, indexCorpus } from "../../../server/src/core";
import { placeOf } from "../../../server/src/core/verdicts/evidence";
import { translator } from "../../../server/src/shared/i18n";
import { main } from "../../../server/src/cli/main";
import type { CliIO } from "../../../server/src/cli/check";
import { annualReportPdf, NEWS_PAGE, newsPageHtml, REPORT_TITLE, staffNoteDocx } from "../../fixtures/formats/samples";

// A corpus of a saved web page, a PDF report and a Word note, checked end to end: through the
// CLI's JSON and SARIF reports, and through the index cache and its parse threads.

const DRAFT = [
  "Le taux de chômage est tombé à 7,5 % au quatrième trimestre, selon l’Insee.",
  "Le chiffre d’affaires de Globex a atteint 450 millions d’euros en 2025.",
  "L’effectif de Globex atteint 2 500 salariés fin 2025.",
  // Only in the page's "most read" box and the report's running footer: furniture.
  "La dette publique atteint 3 300 milliards d’euros.",
  "Globex SA est une société au capital de 12 500 000 euros.",
].join("\n\n");

function captureIO(): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (s) => out.push(s), stderr: (s) => err.push(s), isTTY: false, env: {}, readStdin: async () => "" };
}

interface JsonEvidence {
  document: string;
  page?: number;
  quote: string;
  source?: { title?: string; author?: string; published?: string };
}
interface JsonFinding {
  verdict: string;
  claim: string;
  message: string;
  evidence: JsonEvidence[];
  fixes: { newText: string }[];
}

describe("sources in web, PDF and Word formats", function () {
  this.timeout(60000);
  let root: string;
  let corpus: string;
  let draft: string;

  before(() => {
    root = mkdtempSync(join(tmpdir(), "attest-formats-"));
    corpus = join(root, "sources");
    mkdirSync(join(corpus, "chomage_files"), { recursive: true });
    writeFileSync(join(corpus, "chomage.html"), newsPageHtml());
    writeFileSync(
      join(corpus, "chomage_files", "encart.html"),
      "<html><body><article><p>La dette publique atteint 3 300 milliards d’euros, selon un encart publicitaire de la page.</p></article></body></html>",
    );
    writeFileSync(join(corpus, "rapport-annuel.pdf"), annualReportPdf());
    writeFileSync(join(corpus, "bilan-social.docx"), staffNoteDocx());
    draft = join(root, "draft.md");
    writeFileSync(draft, DRAFT + "\n");
  });

  after(() => rmSync(root, { recursive: true, force: true }));

  async function jsonFindings(): Promise<JsonFinding[]> {
    const io = captureIO();
    const code = await main(["check", "--corpus", corpus, "--format", "json", draft], io);
    assert.equal(code, 1);
    assert.deepEqual(io.err, []);
    return JSON.parse(io.out.join("\n")).files[0].findings;
  }

  const conflictOn = (findings: JsonFinding[], claim: string) => {
    const found = findings.find((f) => f.verdict === "conflict" && f.claim === claim);
    assert.ok(found, `no conflict on ${claim}: ${JSON.stringify(findings.map((f) => [f.verdict, f.claim]))}`);
    return found;
  };

  it("flags a figure a web page states differently, fixed from the page's article", async () => {
    const finding = conflictOn(await jsonFindings(), "7,5 %");
    assert.equal(finding.evidence[0]!.document, "chomage.html");
    assert.equal(finding.evidence[0]!.page, undefined);
    assert.equal(finding.fixes[0]!.newText, "7,1 %");
    assert.deepEqual(finding.evidence[0]!.source, { title: NEWS_PAGE.title, author: NEWS_PAGE.author, published: NEWS_PAGE.published });
  });

  it("flags a figure a PDF report states differently, citing its page", async () => {
    const finding = conflictOn(await jsonFindings(), "450 millions d’euros");
    const [evidence] = finding.evidence;
    assert.equal(evidence!.document, "rapport-annuel.pdf");
    assert.equal(evidence!.page, 2);
    assert.match(evidence!.quote, /412 millions d’euros en 2025/);
    assert.match(finding.message, /\(rapport-annuel\.pdf, p\. 2\)/);
    assert.match(finding.fixes[0]!.newText, /^412 millions d/);
  });

  it("flags a figure a Word document states differently", async () => {
    const finding = conflictOn(await jsonFindings(), "2 500");
    assert.equal(finding.evidence[0]!.document, "bilan-social.docx");
    assert.equal(finding.fixes[0]!.newText, "2 300");
  });

  it("never lets a figure found only in a page's furniture or a report's running footer support a claim", async () => {
    const findings = await jsonFindings();
    for (const claimText of ["3 300 milliards d’euros", "12 500 000 euros"]) {
      const about = findings.filter((f) => f.claim.includes(claimText) || claimText.includes(f.claim));
      assert.ok(
        about.every((f) => f.verdict !== "supported"),
        `${claimText}: ${JSON.stringify(about)}`,
      );
    }
    for (const f of findings)
      for (const e of f.evidence)
        assert.ok(!/3 300 milliards|12 500 000|Les plus lus|Rapport annuel 2025$/.test(e.quote), `furniture quoted: ${e.quote}`);
  });

  it("names the page of PDF evidence in SARIF related locations", async () => {
    const io = captureIO();
    await main(["check", "--corpus", corpus, "--format", "sarif", draft], io);
    const related = JSON.parse(io.out.join("\n")).runs[0].results.flatMap((r: { relatedLocations: unknown[] }) => r.relatedLocations) as {
      physicalLocation: { artifactLocation: { uri: string } };
      properties?: { page: number };
    }[];
    const fromPdf = related.filter((r) => r.physicalLocation.artifactLocation.uri.endsWith("rapport-annuel.pdf"));
    assert.ok(fromPdf.length > 0);
    assert.ok(fromPdf.every((r) => r.properties?.page === 2));
    assert.ok(related.filter((r) => !r.physicalLocation.artifactLocation.uri.endsWith(".pdf")).every((r) => r.properties === undefined));
  });

  it("reads only the extensions asked for", async () => {
    const io = captureIO();
    await main(["check", "--corpus", corpus, "--extensions", "pdf,docx", "--format", "json", draft], io);
    const documents = new Set(
      JSON.parse(io.out.join("\n")).files[0].findings.flatMap((f: JsonFinding) => f.evidence.map((e) => e.document)),
    );
    assert.ok(!documents.has("chomage.html"));
    assert.ok(documents.has("rapport-annuel.pdf"));
  });

  it("refuses an extension it cannot read, in one line", async () => {
    const io = captureIO();
    assert.equal(await main(["check", "--corpus", corpus, "--extensions", "pdf,xlsx", draft], io), 2);
    assert.match(io.err.join("\n"), /--extensions takes txt,md,markdown,html,htm,pdf,docx,odt/);
  });

  it("extracts on parse threads and reuses the cache for every format, pages included", async () => {
    const cacheDir = join(root, "cache");
    const first = await indexCorpus([corpus], { cacheDir, threads: 1 });
    assert.equal(first.stats.threads, 1);
    assert.equal(first.stats.indexed, 3);
    assert.deepEqual(first.warnings, []);
    const again = await indexCorpus([corpus], { cacheDir, threads: 1 });
    assert.equal(again.stats.fromCache, 3);
    assert.equal(again.stats.indexed, 0);
    const finding = new DraftChecker(again.index).check(DRAFT, { locale: "en" }).findings.find((f) => f.claim === "450 millions d’euros");
    assert.equal(finding?.evidence[0]?.page, 2);
    assert.equal(placeOf(finding!.evidence[0]!, translator("en")), "rapport-annuel.pdf, p. 2");
    assert.equal(finding!.evidence[0]!.source?.title, REPORT_TITLE, "metadata kept by the cache");
  });
});
