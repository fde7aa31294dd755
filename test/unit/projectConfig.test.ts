import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import {
  findProjectConfig,
  parseProjectConfig,
  projectConfigProblem,
  settingsWithProblems,
  withProjectConfig,
} from "../../server/src/shared/projectConfig";
import { configSchemaDescriptions, projectConfigJsonSchema } from "../../server/src/shared/projectConfigSchema";
import { parseSettings } from "../../server/src/shared/settings";

const root = path.resolve(__dirname, "../../..");
const file = path.join("/work/story", ".attest", "config.json");

describe("project file (.attest/config.json)", () => {
  it("reads nested and dotted keys and resolves corpus paths from the folder holding .attest", () => {
    const config = parseProjectConfig(
      JSON.stringify({ $schema: "x", corpus: { paths: ["sources", "/abs"] }, "severity.conflict": "error", names: ["Zorblax"] }),
      file,
    );
    assert.equal(config.problem, undefined);
    assert.deepEqual(config.values.get("corpus.paths"), [path.resolve("/work/story/sources"), "/abs"]);
    assert.equal(config.values.get("severity.conflict"), "error");
    assert.deepEqual(config.values.get("names"), ["Zorblax"]);
  });

  it("lets the editor's explicit settings win and fills the rest from the file", () => {
    const config = parseProjectConfig(JSON.stringify({ checkOn: "save", severity: { unsupported: "hint" } }), file);
    const { settings } = parseSettings(withProjectConfig(config, { severity: { unsupported: "error" } }));
    assert.equal(settings.checkOn, "save");
    assert.equal(settings.severity.unsupported, "error");
    assert.equal(settings.severity.conflict, "warning");
  });

  it("words every settings problem the extension logs in the display language it is given", () => {
    // What the VS Code client calls with VS Code's display language (client/src/settings.ts).
    const config = parseProjectConfig(JSON.stringify({ checkOn: "save", corpos: { paths: [] } }), file);
    const { settings, problems } = settingsWithProblems(config, { checkOn: "often", maxFileSize: "big" }, "fr");
    assert.equal(settings.checkOn, "type", "the invalid value gives way to the default, the refused file gives nothing");
    assert.equal(problems.length, 3);
    assert.match(problems[0]!, /n'a pas de réglage « corpos » .*réglages par défaut utilisés\.$/);
    assert.match(problems[1]!, /^Réglage « attest\.checkOn » non valide : .* reçu "often", valeur par défaut "type" utilisée\.$/);
    assert.match(problems[2]!, /^Réglage « attest\.maxFileSize » non valide : /);
    assert.doesNotMatch(problems.join("\n"), /Invalid|using the default|has no setting/);
    assert.match(settingsWithProblems(config, { checkOn: "often" }, "en").problems[1]!, /^Invalid setting "attest\.checkOn"/);
  });

  it("refuses a whole file with an unknown key, naming it, and keeps the defaults", () => {
    const config = parseProjectConfig(JSON.stringify({ checkOn: "save", corpos: { paths: [] } }), file);
    assert.equal(config.values.size, 0);
    assert.match(projectConfigProblem(config)!, /has no setting "corpos".*using the defaults/);
  });

  it("refuses a file with a wrong value or broken JSON in one message", () => {
    const wrong = parseProjectConfig(JSON.stringify({ minimumConfidence: 3 }), file);
    assert.match(projectConfigProblem(wrong)!, /"minimumConfidence": must be between 0 and 1/);
    assert.match(projectConfigProblem(parseProjectConfig("{ corpus: ", file), "fr")!, /n'est pas|is not valid JSON.*réglages par défaut/);
  });

  it("is found from a draft's folder upwards", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "attest-project-"));
    fs.mkdirSync(path.join(dir, ".attest"));
    fs.mkdirSync(path.join(dir, "drafts", "2026"), { recursive: true });
    fs.writeFileSync(path.join(dir, ".attest", "config.json"), "{}");
    assert.equal(findProjectConfig(path.join(dir, "drafts", "2026")), path.join(dir, ".attest", "config.json"));
  });

  it("ships the JSON schema generated from the settings' zod schema (npm run schema)", () => {
    const nls = JSON.parse(fs.readFileSync(path.join(root, "package.nls.json"), "utf8"));
    const committed = JSON.parse(fs.readFileSync(path.join(root, "schemas", "attest-config.schema.json"), "utf8"));
    assert.deepEqual(committed, projectConfigJsonSchema(configSchemaDescriptions(nls)));
    const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
    assert.deepEqual(pkg.contributes.jsonValidation, [{ fileMatch: "**/.attest/config.json", url: "./schemas/attest-config.schema.json" }]);
  });
});
