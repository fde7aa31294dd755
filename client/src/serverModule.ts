// Finds the language server entry: next to the bundled extension (dist/server.js), or in the tsc
// output when running the extension from out/ during development.
import * as fs from "node:fs";
import * as path from "node:path";

export function serverModulePath(): string {
  const candidates = [path.join(__dirname, "server.js"), path.join(__dirname, "..", "..", "server", "src", "lsp", "main.js")];
  const found = candidates.find((file) => fs.existsSync(file));
  if (!found) throw new Error(`Attest language server not found (looked for ${candidates.join(", ")})`);
  return found;
}
