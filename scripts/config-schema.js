#!/usr/bin/env node
// Writes schemas/attest-config.schema.json from the settings' zod schema (run after `npm run build`;
// `npm run schema`). The descriptions are package.nls.json's English ones.
const fs = require("node:fs");
const path = require("node:path");
const root = path.resolve(__dirname, "..");
const { projectConfigJsonSchema, configSchemaDescriptions } = require(path.join(root, "out/server/src/shared/projectConfigSchema.js"));
const nls = JSON.parse(fs.readFileSync(path.join(root, "package.nls.json"), "utf8"));
const text = `${JSON.stringify(projectConfigJsonSchema(configSchemaDescriptions(nls)), null, 2)}\n`;
fs.writeFileSync(path.join(root, "schemas/attest-config.schema.json"), text);
