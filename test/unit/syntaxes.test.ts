import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";

// The figures grammar: valid JSON, wired in package.json, and its patterns scope what Attest checks.
// (JavaScript regexes stand in for Oniguruma; the patterns stick to the syntax both share.)

const root = path.resolve(__dirname, "../../..");
const grammar = JSON.parse(fs.readFileSync(path.join(root, "syntaxes/attest-figures.injection.tmLanguage.json"), "utf8"));
const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));

function scopesIn(text: string): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  for (const include of grammar.patterns as Array<{ include: string }>) {
    const rule = grammar.repository[include.include.slice(1)];
    for (const m of text.matchAll(new RegExp(rule.match, "gu"))) {
      if (!found.some(([, t]) => t.includes(m[0]))) found.push([rule.name, m[0]]);
    }
  }
  return found;
}

describe("figures grammar", () => {
  it("is contributed as an injection into Markdown and plain text", () => {
    const entry = pkg.contributes.grammars.find((g: { scopeName: string }) => g.scopeName === grammar.scopeName);
    assert.deepEqual(entry.injectTo, ["text.html.markdown", "text.plain.attest"]);
    assert.ok(fs.existsSync(path.join(root, entry.path)));
    assert.match(grammar.injectionSelector, /text\.html\.markdown/);
  });

  it("gives percentages, amounts, quantities and years their own scopes", () => {
    assert.deepEqual(scopesIn("Microsoft détient 39 % de la filiale."), [["constant.numeric.percentage.attest", "39 %"]]);
    assert.deepEqual(scopesIn("un investissement de 1,3 milliard de dollars"), [
      ["constant.numeric.amount.attest", "1,3 milliard de dollars"],
    ]);
    assert.deepEqual(scopesIn("Tesla a livré 2 millions de voitures en 2023."), [
      ["constant.numeric.quantity.attest", "2 millions"],
      ["constant.numeric.year.attest", "2023"],
    ]);
    assert.deepEqual(scopesIn("It raised $13 billion."), [["constant.numeric.amount.attest", "$13 billion"]]);
  });

  it("leaves other numbers alone", () => {
    assert.deepEqual(scopesIn("version 3.12 of chapter 7"), []);
  });
});
