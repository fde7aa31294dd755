import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { z } from "zod";
import { settingKeys, settingSchemas } from "../../server/src/shared/settings";

// package.json's contributes.configuration must say what the shared zod schema says, and every
// user-facing string must exist in English and French.

const root = path.resolve(__dirname, "../../..");
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(root, file), "utf8"));
const pkg = readJson("package.json");
const properties: Record<string, Record<string, unknown>> = pkg.contributes.configuration.properties;

describe("package.json settings", () => {
  it("declares exactly the settings of the schema", () => {
    assert.deepEqual(Object.keys(properties).sort(), settingKeys.map((k) => `attest.${k}`).sort());
  });

  it("keeps untrusted workspaces from choosing what the server reads: corpus paths and the archive", () => {
    assert.deepEqual(pkg.capabilities.untrustedWorkspaces.restrictedConfigurations, ["attest.corpus.paths", "attest.corpus.database"]);
  });

  for (const key of settingKeys) {
    it(`attest.${key} has the schema's type, values and default`, () => {
      const json = z.toJSONSchema(settingSchemas[key] as z.ZodType, { io: "input" }) as Record<string, unknown>;
      const declared = properties[`attest.${key}`]!;
      const type = json.type === "integer" ? "integer" : json.type;
      assert.equal(declared.type, type);
      assert.deepEqual(declared.default, json.default);
      if (json.enum) assert.deepEqual(declared.enum, json.enum);
      if (json.items) {
        const items = json.items as { type: string; enum?: unknown[] };
        assert.deepEqual(declared.items, items.enum ? { type: items.type, enum: items.enum } : { type: items.type });
      }
      if (typeof json.minimum === "number") assert.equal(declared.minimum, json.minimum);
    });
  }
});

describe("translations", () => {
  const nls = readJson("package.nls.json");
  const nlsFr = readJson("package.nls.fr.json");

  it("has an English and a French string for every %key% of package.json", () => {
    const keys = [...JSON.stringify(pkg).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!);
    assert.ok(keys.length > 10);
    for (const key of keys) {
      assert.ok(typeof nls[key] === "string", `package.nls.json lacks ${key}`);
      assert.ok(typeof nlsFr[key] === "string", `package.nls.fr.json lacks ${key}`);
    }
    assert.deepEqual(Object.keys(nlsFr).sort(), Object.keys(nls).sort());
  });

  it("words the client's strings from the one catalogue, never with vscode.l10n", () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (file.endsWith(".ts") && /\bl10n\.t\(/.test(fs.readFileSync(file, "utf8"))) offenders.push(path.relative(root, file));
      }
    };
    walk(path.join(root, "client", "src"));
    assert.deepEqual(offenders, [], "strings belong in server/src/shared/i18n (en.ts and fr.ts)");
  });
});
