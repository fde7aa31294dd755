import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { main } from "../../server/src/cli/main";
import type { CliIO } from "../../server/src/cli/check";

// `attest check` with a project file: found from the draft's folder upwards or given by --config.

const SOURCES = resolve(__dirname, "../../../test/fixtures/sources");

function captureIO(): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (s) => out.push(s), stderr: (s) => err.push(s), isTTY: false, env: {}, readStdin: async () => "" };
}

/** A project folder: .attest/config.json (when given) and drafts/draft.md. */
function project(config: string | undefined, text: string): { dir: string; draft: string } {
  const dir = mkdtempSync(join(tmpdir(), "attest-project-cli-"));
  if (config !== undefined) {
    mkdirSync(join(dir, ".attest"));
    writeFileSync(join(dir, ".attest", "config.json"), config);
  }
  mkdirSync(join(dir, "drafts"));
  writeFileSync(join(dir, "drafts", "draft.md"), text);
  return { dir, draft: join(dir, "drafts", "draft.md") };
}

describe("attest check with a project file", function () {
  this.timeout(30000);
  const unknownName = "Zorblax Industries possède 12 % d'Initech.\n";

  it("takes the corpus from the project file, relative to the folder holding .attest", async () => {
    const { dir, draft } = project(JSON.stringify({ corpus: { paths: ["sources"] } }), "Globex possède 20 % d'Initech.\n");
    mkdirSync(join(dir, "sources"));
    writeFileSync(join(dir, "sources", "a.md"), "Globex détient 12 % d'Initech depuis mars.\n");
    const io = captureIO();
    assert.equal(await main(["check", draft], io), 1);
    assert.match(io.out.join("\n"), /conflict: Sources give 12 %, not 20 %/);
  });

  it("treats the project's names as known", async () => {
    const without = captureIO();
    await main(["check", "--corpus", SOURCES, project(undefined, unknownName).draft], without);
    assert.match(without.out.join("\n"), /No source mentions Zorblax/);
    const withNames = captureIO();
    await main(["check", "--corpus", SOURCES, project(JSON.stringify({ names: ["Zorblax Industries"] }), unknownName).draft], withNames);
    assert.doesNotMatch(withNames.out.join("\n"), /Zorblax/);
  });

  it("hides a verdict whose severity the project file turns off", async () => {
    const { draft } = project(JSON.stringify({ severity: { unsupported: "off" } }), unknownName);
    const io = captureIO();
    await main(["check", "--corpus", SOURCES, draft], io);
    assert.doesNotMatch(io.out.join("\n"), /unsupported:/);
  });

  it("warns once about a bad project file and checks with the defaults", async () => {
    const { draft } = project('{ "severity": { "conflict": "loud" } }', "Globex possède 20 % d'Initech.\n");
    const io = captureIO();
    assert.equal(await main(["check", "--corpus", SOURCES, draft], io), 1);
    assert.equal(io.err.length, 1);
    assert.match(io.err[0]!, /config\.json "severity\.conflict".*using the defaults\./);
  });

  it("warns in French about a project file and an ignore list it cannot use, with no English word", async () => {
    const cases: [string, string, RegExp][] = [
      [
        "config.json",
        '{ "severity": { "conflict": "fort" } }',
        /^attest : avertissement : .*config\.json « severity\.conflict » : .* ; réglages par défaut utilisés\.$/,
      ],
      [
        "config.json",
        '{ "corpos": {} }',
        /^attest : avertissement : .*config\.json n'a pas de réglage « corpos » \(réglages connus : .*\) ; réglages par défaut utilisés\.$/,
      ],
      [
        "config.json",
        '{ "minimumConfidence": 3 }',
        /« minimumConfidence » : doit être compris entre 0 et 1 ; réglages par défaut utilisés\.$/,
      ],
      ["config.json", "[1, 2]", /config\.json doit contenir un objet, par exemple \{ "corpus": \{ "paths": \["sources"\] \} \} ; réglages/],
      [
        "ignore.json",
        '{ "ignore": [{ "claim": 12 }] }',
        /^attest : avertissement : .*ignore\.json : ignore\.0\.claim : valeur non valide$/,
      ],
      ["ignore.json", "{ pas du json", /^attest : avertissement : .*ignore\.json n'est pas du JSON valide : /],
    ];
    for (const [name, content, expected] of cases) {
      const { dir, draft } = project(undefined, "Globex possède 20 % d'Initech.\n");
      mkdirSync(join(dir, ".attest"));
      writeFileSync(join(dir, ".attest", name), content);
      const io = captureIO();
      await main(["check", "--corpus", SOURCES, "--locale", "fr", draft], io);
      assert.equal(io.err.length, 1, io.err.join("\n"));
      assert.match(io.err[0]!, expected);
      // JSON's own parse error is the runtime's text, and setting names and values are data; the rest is the catalogue's.
      const words = io.err[0]!.replace(/JSON valide : .*$/, "")
        .replace(/\(réglages connus : [^)]*\)/, "")
        .replace(/"[^"]*"/g, "");
      assert.doesNotMatch(words, /\b(warning|using|defaults|setting|must|between|not|valid|value|hold|object|cannot|read)\b/i, words);
    }
  });

  it("reads the file given with --config instead of the nearest one", async () => {
    const { draft } = project(JSON.stringify({ names: [] }), unknownName);
    const elsewhere = mkdtempSync(join(tmpdir(), "attest-config-"));
    writeFileSync(join(elsewhere, "team.json"), JSON.stringify({ names: ["Zorblax"] }));
    const io = captureIO();
    await main(["check", "--corpus", SOURCES, "--config", join(elsewhere, "team.json"), draft], io);
    assert.doesNotMatch(io.out.join("\n"), /Zorblax/);
    const missing = captureIO();
    assert.equal(await main(["check", "--config", join(elsewhere, "none.json"), draft], missing), 2);
    assert.match(missing.err[0]!, /cannot read --config .*none\.json: no such file/);
  });

  it("writes a self-contained HTML report with --format html", async () => {
    const { draft } = project(undefined, "Globex possède 20 % d'Initech.\n");
    const io = captureIO();
    assert.equal(await main(["check", "--corpus", SOURCES, "--format", "html", "--locale", "fr", draft], io), 1);
    const html = io.out.join("\n");
    assert.match(html, /^<!DOCTYPE html>/);
    assert.match(
      html,
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-[^']+'; base-uri 'none'; form-action 'none';">/,
    );
    assert.ok(!/<script\b/.test(html), "no script");
    assert.match(html, /Rapport de vérification/);
    assert.match(html, /Globex possède <mark>20 %<\/mark> d&#39;Initech\./);
    assert.match(html, /<span class="badge conflict">1<\/span>/);
  });

  it("checks nothing in a draft whose front matter says attest: false", async () => {
    const { draft } = project(undefined, "---\ntitle: Brouillon\nattest: false\n---\nGlobex possède 20 % d'Initech.\n");
    const io = captureIO();
    assert.equal(await main(["check", "--corpus", SOURCES, draft], io), 0);
    assert.match(io.out.join("\n"), /0 claims checked/);
  });
});
