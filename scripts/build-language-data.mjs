#!/usr/bin/env node
// Writes the language data the checker reads from well-kept resources, byte for byte the same on
// every run over the same packages (sorted, no dates):
// - server/src/core/lexicon/data/french-verbs.json: the forms of each French verb the lexicon
//   marks "~" (conjugated), from the Lefff (`french-verbs-lefff`): infinitive, participles, and
//   the third persons of every tense news is written in. The lexicon adds them to the forms of
//   the hand-written conjugation tables of lexicon/inflect.ts (README, "Language data").
//
//   node scripts/build-language-data.mjs [--check]   (--check: exit 1 if a committed file differs)
import { createRequire } from "node:module";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(join(root, "package.json"));
const dataDir = join(root, "server/src/core/lexicon/data");
const byCodePoint = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/** The infinitives the lexicon conjugates: "~acquérir", "s'~engager à" in the concept files. */
function lexiconVerbs() {
  const dir = join(root, "server/src/core/lexicon/concepts");
  const verbs = new Set();
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith(".ts")) continue;
    for (const m of readFileSync(join(dir, file), "utf8").matchAll(/~([\p{Ll}-]+)/gu)) verbs.add(m[1]);
  }
  return [...verbs].sort(byCodePoint);
}

function frenchVerbs() {
  const conjugations = JSON.parse(
    readFileSync(join(dirname(require.resolve("french-verbs-lefff/package.json")), "dist/conjugations.json"), "utf8"),
  );
  const out = {};
  for (const inf of lexiconVerbs()) {
    const tenses = conjugations[inf];
    if (!tenses) continue;
    const forms = new Set([inf]);
    // News states third persons, participles and infinitives: the other persons would only weigh on the bundle.
    for (const tense of Object.keys(tenses).sort()) {
      const kept = "GKW".includes(tense) ? tenses[tense] : "PIJFCS".includes(tense) ? [tenses[tense][2], tenses[tense][5]] : [];
      for (const f of kept) if (f && f !== "NA") forms.add(f);
    }
    out[inf] = [...forms].sort(byCodePoint);
  }
  return out;
}

const files = [["french-verbs.json", { source: "Lefff 3.4 (french-verbs-lefff)", verbs: frenchVerbs() }]];
let stale = false;
for (const [name, data] of files) {
  const path = join(dataDir, name);
  const text = JSON.stringify(data) + "\n";
  if (process.argv.includes("--check")) {
    if (readFileSync(path, "utf8") !== text) {
      console.error(`${path} is not what scripts/build-language-data.mjs makes: run it again`);
      stale = true;
    }
  } else {
    writeFileSync(path, text);
    console.log(`wrote ${path} (${text.length} bytes)`);
  }
}
if (stale) process.exit(1);
