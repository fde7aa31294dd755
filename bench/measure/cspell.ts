// The reference: cspell on the same draft, in this process (warm, as an editor extension runs it
// on every change) and as a command (cold, process start included).
import { execFileSync } from "node:child_process";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { timed } from "./time";

export interface CspellTimes {
  /** In-process spellCheckDocument, best of the warm runs. */
  warmMs: number;
  /** `cspell lint` as a command, wall time. */
  cliMs: number;
  issues: number;
}

type SpellCheck = (
  doc: { uri: string; text: string; languageId: string; locale: string },
  options: { generateSuggestions: boolean },
  settings: object,
) => Promise<{ issues: unknown[] }>;

export async function measureCspell(draftFile: string, text: string, repoRoot: string): Promise<CspellTimes> {
  // cspell-lib is ESM only; the compiled bench is CommonJS, and tsc keeps this import() as is.
  const lib = (await import("cspell-lib")) as unknown as { spellCheckDocument: SpellCheck };
  const doc = { uri: pathToFileURL(draftFile).href, text, languageId: "markdown", locale: "en" };
  let issues = 0;
  const runs: number[] = [];
  for (let i = 0; i < 4; i++) {
    const { ms, value } = await timed(() => lib.spellCheckDocument(doc, { generateSuggestions: false }, {}));
    issues = value.issues.length;
    if (i > 0) runs.push(ms);
  }
  const cli = path.join(repoRoot, "node_modules", "cspell", "bin.mjs");
  const { ms: cliMs } = await timed(async () => {
    try {
      execFileSync(process.execPath, [cli, "lint", "--no-progress", "--no-summary", "--no-color", draftFile], {
        stdio: "ignore",
        cwd: path.dirname(draftFile),
      });
    } catch {
      // Exit status 1 means spelling issues were found: expected on French text.
    }
  });
  return { warmMs: Math.min(...runs), cliMs, issues };
}
