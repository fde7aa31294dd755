// Runs the extension test suite in an installed desktop VS Code: ATTEST_VSCODE_EXECUTABLE=/path/to/code
// npm run test:vscode. Without it the suite is skipped with a message (downloading VS Code is not
// possible offline). The suite files themselves only use the `vscode` API and node:fs, so the same
// files run inside the extension host of the VS Code server bundled in code-server: tier 1 of
// `npm run test:e2e` (test/e2e/run.sh, test/e2e/exthost.js), which CI runs.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runTests } from "@vscode/test-electron";

async function main(): Promise<number> {
  const executable = process.env.ATTEST_VSCODE_EXECUTABLE;
  if (!executable) {
    console.log("Skipping the VS Code extension tests: set ATTEST_VSCODE_EXECUTABLE to an installed VS Code (the `code` binary).");
    return 0;
  }
  const root = path.resolve(__dirname, "../../..");
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "attest-vscode-"));
  const workspace = path.join(scratch, "workspace");
  fs.mkdirSync(workspace);
  try {
    await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(__dirname, "suite", "index.js"),
      launchArgs: [
        workspace,
        "--disable-extensions",
        "--disable-workspace-trust",
        "--skip-welcome",
        "--skip-release-notes",
        `--user-data-dir=${path.join(scratch, "user")}`,
        `--extensions-dir=${path.join(scratch, "extensions")}`,
      ],
    });
    return 0;
  } catch (error) {
    console.error(`VS Code extension tests failed: ${(error as Error).message ?? error}`);
    return 1;
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

void main().then((code) => (process.exitCode = code));
