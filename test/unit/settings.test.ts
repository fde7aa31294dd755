import assert from "node:assert/strict";
import { translator } from "../../server/src/shared/i18n";
import { defaultSettings, formatSettingProblem, parseSettings } from "../../server/src/shared/settings";

describe("settings schema", () => {
  it("gives the documented defaults", () => {
    assert.deepEqual(defaultSettings(), {
      corpus: { paths: [], extensions: ["txt", "md", "markdown", "html", "htm", "pdf", "docx", "odt"], database: "" },
      languages: ["markdown", "plaintext"],
      severity: { conflict: "warning", unsupported: "information", supported: "off" },
      checkOn: "type",
      maxFileSize: 5 * 1024 * 1024,
      exclude: [],
      drafts: [],
      names: [],
      minimumConfidence: 0,
    });
  });

  it("reads nested sections (VS Code, LSP clients) and dotted keys alike", () => {
    const nested = parseSettings({ severity: { conflict: "error" }, corpus: { paths: ["/c"] }, checkOn: "save" });
    const dotted = parseSettings({ "severity.conflict": "error", "corpus.paths": ["/c"], checkOn: "save" });
    assert.deepEqual(nested.problems, []);
    assert.deepEqual(nested.settings, dotted.settings);
    assert.equal(nested.settings.severity.conflict, "error");
    assert.equal(nested.settings.severity.unsupported, "information");
  });

  it("names each invalid setting, says what was wrong and keeps the default for it only", () => {
    const { settings, problems } = parseSettings({
      severity: { conflict: "loud", supported: "hint" },
      maxFileSize: -3,
      languages: "markdown",
    });
    assert.deepEqual(
      problems.map((p) => p.setting),
      ["attest.languages", "attest.severity.conflict", "attest.maxFileSize"],
    );
    assert.match(problems[1]!.message, /"loud"/);
    assert.match(problems[1]!.message, /"warning"/);
    assert.equal(settings.severity.conflict, "warning");
    assert.equal(settings.severity.supported, "hint", "valid neighbours are kept");
    assert.equal(settings.maxFileSize, 5 * 1024 * 1024);
    assert.deepEqual(settings.languages, ["markdown", "plaintext"]);
  });

  it("says what is wrong in French for a French user, an empty entry included", () => {
    const { problems } = parseSettings({ checkOn: "often", exclude: ["drafts/", " "] }, "fr");
    const [checkOn, exclude] = problems.map((p) => formatSettingProblem(p, translator("fr")));
    assert.match(checkOn!, /^Réglage « attest\.checkOn » non valide : .*attendue.* ; reçu "often", valeur par défaut "type" utilisée\.$/);
    assert.match(exclude!, /une entrée ne doit pas être vide \(en 1\)/);
    assert.match(
      formatSettingProblem(parseSettings({ exclude: [""] }).problems[0]!),
      /an entry must not be empty \(at 0\); got \[""\], using the default \[\]/,
    );
  });

  it("treats null as unset and rejects a section that is not an object", () => {
    assert.deepEqual(parseSettings({ checkOn: null }).problems, []);
    const { settings, problems } = parseSettings("type");
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.setting, "attest");
    assert.deepEqual(settings, defaultSettings());
  });

  it("rejects empty strings in path and glob lists", () => {
    const { problems } = parseSettings({ corpus: { paths: ["  "] }, exclude: [""] });
    assert.deepEqual(
      problems.map((p) => p.setting),
      ["attest.corpus.paths", "attest.exclude"],
    );
  });

  it("reads the source extensions, refusing one Attest cannot read by name", () => {
    assert.deepEqual(parseSettings({ corpus: { extensions: ["pdf", "docx"] } }).settings.corpus.extensions, ["pdf", "docx"]);
    const { settings, problems } = parseSettings({ corpus: { extensions: ["pdf", "xlsx"] } });
    assert.deepEqual(
      problems.map((p) => p.setting),
      ["attest.corpus.extensions"],
    );
    assert.match(problems[0]!.message, /extensions must be among txt, md, markdown, html, htm, pdf, docx, odt/);
    assert.ok(settings.corpus.extensions.includes("txt"));
  });
});
