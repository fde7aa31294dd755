#!/usr/bin/env node
"use strict";
// The `attest` command: built sources live in out/ (npm run build).
require("../out/server/src/cli/main.js")
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
