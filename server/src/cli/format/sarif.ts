import { pathToFileURL } from "node:url";
import type { Range, Verdict } from "../../core";
import type { FileReport } from "../report";

// SARIF 2.1.0, so CI systems (code scanning, review bots) can show findings. Columns are UTF-16
// code units, as in the LSP; SARIF lines and columns count from 1.

const LEVEL: Record<Verdict, string> = { conflict: "error", unsupported: "warning", supported: "note" };

const RULES: { id: Verdict; description: string }[] = [
  { id: "conflict", description: "The sources state another value or the opposite for this fact." },
  { id: "unsupported", description: "No source states this fact." },
  { id: "supported", description: "A source states this fact." },
];

function region(r: Range) {
  return { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
}

export function formatSarif(reports: FileReport[], version: string): string {
  const results = reports.flatMap((report) => {
    const artifactLocation = { uri: pathToFileURL(report.absolutePath).href };
    return report.findings.map((f) => ({
      ruleId: f.verdict,
      ruleIndex: RULES.findIndex((r) => r.id === f.verdict),
      level: LEVEL[f.verdict],
      message: { text: f.message },
      locations: [{ physicalLocation: { artifactLocation, region: region(f.range) } }],
      relatedLocations: f.evidence.map((e, i) => ({
        id: i,
        message: { text: e.quote },
        physicalLocation: { artifactLocation: { uri: pathToFileURL(e.uri).href }, region: region(e.range) },
        // SARIF regions count lines of the extracted text; the page is what a reader of the PDF looks for.
        ...(e.page !== undefined ? { properties: { page: e.page } } : {}),
      })),
      properties: { sourcesDisagree: f.sourcesDisagree, claim: f.claim },
      ...(f.fixes.length
        ? {
            fixes: f.fixes.map((x) => ({
              description: { text: x.title },
              artifactChanges: [
                { artifactLocation, replacements: [{ deletedRegion: region(x.range), insertedContent: { text: x.newText } }] },
              ],
            })),
          }
        : {}),
    }));
  });
  return JSON.stringify(
    {
      $schema: "https://json.schemastore.org/sarif-2.1.0.json",
      version: "2.1.0",
      runs: [
        {
          tool: {
            driver: {
              name: "attest",
              version,
              rules: RULES.map((r) => ({
                id: r.id,
                shortDescription: { text: r.description },
                defaultConfiguration: { level: LEVEL[r.id] },
              })),
            },
          },
          columnKind: "utf16CodeUnits",
          results,
        },
      ],
    },
    null,
    2,
  );
}
