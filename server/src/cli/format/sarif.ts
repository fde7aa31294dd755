import { pathToFileURL } from "node:url";
import type { Range, Verdict } from "../../core";
import type { FileReport } from "../report";
import type { Translate } from "../../shared/i18n";

// SARIF 2.1.0, so CI systems (code scanning, review bots) can show findings. Columns are UTF-16
// code units, as in the LSP; SARIF lines and columns count from 1.

const LEVEL: Record<Verdict, string> = { conflict: "error", unsupported: "warning", supported: "note" };

const RULES: readonly Verdict[] = ["conflict", "unsupported", "supported"];

/** What each rule means, in the run's locale (code-scanning views show it beside each finding). */
function ruleDescription(verdict: Verdict, t: Translate): string {
  if (verdict === "conflict") return t("sarif.conflictRule");
  return verdict === "unsupported" ? t("sarif.unsupportedRule") : t("sarif.supportedRule");
}

function region(r: Range) {
  return { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
}

export function formatSarif(reports: FileReport[], version: string, t: Translate): string {
  const results = reports.flatMap((report) => {
    const artifactLocation = { uri: pathToFileURL(report.absolutePath).href };
    return report.findings.map((f) => ({
      ruleId: f.verdict,
      ruleIndex: RULES.indexOf(f.verdict),
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
              rules: RULES.map((id) => ({
                id,
                shortDescription: { text: ruleDescription(id, t) },
                defaultConfiguration: { level: LEVEL[id] },
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
