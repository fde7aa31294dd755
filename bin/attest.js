#!/usr/bin/env node
"use strict";
// The `attest` command: the same bundle the VS Code extension ships (dist/attest.js, made by
// `npm run build`), so the terminal and the editor run the same checker.
const path = require("node:path");
const fs = require("node:fs");

const bundle = path.join(__dirname, "..", "dist", "attest.js");
if (!fs.existsSync(bundle)) {
  process.stderr.write(`attest: ${bundle} is missing: run \`npm run build\` first\n`);
  process.exitCode = 2;
} else {
  require(bundle);
}
