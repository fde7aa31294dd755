// Finds the language server: the bundle that is also the `attest` command (dist/attest.js), next
// to the bundled extension. The extension starts it as `attest lsp`.
import * as fs from "node:fs";
import * as path from "node:path";
import { t } from "./i18n";

export function serverModulePath(): string {
  const bundle = path.join(__dirname, "attest.js");
  if (!fs.existsSync(bundle)) throw new Error(t("client.serverNotFound", { file: bundle }));
  return bundle;
}
