import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { LOCALES, catalogues, en, localeOf, translator, type Message, type MessageId } from "../../server/src/shared/i18n";

// The message catalogue is the one place user-facing strings live. These tests fail when a
// message is missing in a language, never used, left in English in French, or when code shows
// text that bypasses the catalogue.

const ROOT = resolve(__dirname, "../../..");
const CATALOGUE_DIR = "server/src/shared/i18n/";

/** Messages that read the same in both languages on purpose (a name, a word French borrowed). */
const SAME_IN_BOTH = new Set<MessageId>([
  "client.statusName",
  "count.documents",
  "count.sources",
  "place.page",
  "source.pageBreak",
  "report.sources",
  "report.verdict",
]);

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full));
    else if (name.endsWith(".ts")) out.push(full);
  }
  return out;
}

const codeFiles = [...sourceFiles(join(ROOT, "server/src")), ...sourceFiles(join(ROOT, "client/src"))].filter(
  (f) => !relative(ROOT, f).startsWith(CATALOGUE_DIR),
);
const ids = Object.keys(en) as MessageId[];

function textsOf(message: Message): string[] {
  return typeof message === "string" ? [message] : Object.values(message).filter((v): v is string => typeof v === "string");
}

function placeholdersOf(message: Message): string[] {
  const names = new Set(textsOf(message).flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)));
  if (typeof message !== "string") names.add("count");
  return [...names].sort();
}

describe("message catalogue", () => {
  it("has every message in every language, and no other", () => {
    for (const locale of LOCALES) assert.deepEqual(Object.keys(catalogues[locale]).sort(), [...ids].sort(), locale);
  });

  it("gives each translation the placeholders of the English message", () => {
    for (const id of ids) {
      for (const locale of LOCALES) assert.deepEqual(placeholdersOf(catalogues[locale][id]), placeholdersOf(en[id]), `${locale} ${id}`);
    }
  });

  it("writes plural forms only for the categories the language has, always with `other`", () => {
    for (const locale of LOCALES) {
      const categories = new Set<string>(new Intl.PluralRules(locale).resolvedOptions().pluralCategories);
      for (const id of ids) {
        const message = catalogues[locale][id];
        if (typeof message === "string") continue;
        assert.ok(typeof message.other === "string", `${locale} ${id} lacks "other"`);
        for (const category of Object.keys(message))
          assert.ok(categories.has(category), `${locale} ${id}: "${category}" is never chosen in ${locale}`);
      }
    }
  });

  it("translates every message into French, except the few that read the same on purpose", () => {
    const untranslated = ids.filter((id) => !SAME_IN_BOTH.has(id) && JSON.stringify(catalogues.fr[id]) === JSON.stringify(en[id]));
    assert.deepEqual(untranslated, []);
    const needlesslyListed = [...SAME_IN_BOTH].filter((id) => JSON.stringify(catalogues.fr[id]) !== JSON.stringify(en[id]));
    assert.deepEqual(needlesslyListed, []);
  });

  it("has every warning the code raises, and every piece set into one, in English and French", () => {
    const code = codeFiles.map((f) => readFileSync(f, "utf8")).join("\n");
    const raised = new Set([...code.matchAll(/"(warning(?:Part)?\.\w+)"/g)].map((m) => m[1]!));
    assert.ok(raised.size > 40, `only ${raised.size} warning ids found in the code`);
    const known = new Set<string>(ids);
    assert.deepEqual(
      [...raised].filter((id) => !known.has(id)),
      [],
    );
    for (const id of raised as Set<MessageId>) {
      for (const locale of LOCALES)
        assert.ok(
          textsOf(catalogues[locale][id]).every((text) => text.trim() !== ""),
          `${locale} ${id}`,
        );
      assert.notEqual(JSON.stringify(catalogues.fr[id]), JSON.stringify(en[id]), `${id} is not translated`);
    }
  });

  it("uses every message somewhere in the code", () => {
    const code = codeFiles.map((f) => readFileSync(f, "utf8")).join("\n");
    assert.deepEqual(
      ids.filter((id) => !code.includes(`"${id}"`)),
      [],
    );
  });
});

describe("text the user reads", () => {
  // Developer-only failures that never reach a user as prose (each says why in a comment at its line).
  const DEVELOPER_TRACES = new Set([
    'server/src/lsp/ignoreService.ts: if (!folder) throw new Error("no workspace folder");',
    'server/src/lsp/engine/engineWorker.ts: .then((outcome) => (outcome.superseded ? Promise.reject(new Error("check cancelled")) : outcome.value)),',
    'server/src/shared/projectConfigEdit.ts: throw new Error("unbalanced brackets");',
    "server/src/archive/checkArchive.ts: throw new Error(`archive check did not settle after ${MAX_ROUNDS} rounds`);",
  ]);

  it("never bypasses the catalogue in a window message, a log line, stderr or a thrown error", () => {
    // A literal with English words where a person reads it: a message, a log line, an error.
    const shown =
      /\b(?:show(?:Error|Warning|Information)Message|logError|log|warn|output\.(?:info|warn|error)|stderr)\(\s*["'`][^"'`]*[A-Za-z]{2,} [a-z]/;
    const thrown = /new \w*Error\(\s*["'`][^"'`]*[A-Za-z]{2,} [a-z]/;
    const folders = ["client/src", "server/src/lsp", "server/src/cli", "server/src/archive", "server/src/shared"];
    const offenders = codeFiles
      .filter((file) => folders.some((folder) => relative(ROOT, file).startsWith(folder)))
      .flatMap((file) =>
        readFileSync(file, "utf8")
          .split("\n")
          .filter((line) => !/^\s*(?:\/\/|\*)/.test(line) && (shown.test(line) || thrown.test(line)))
          .map((line) => `${relative(ROOT, file)}: ${line.trim()}`),
      )
      .filter((line) => !DEVELOPER_TRACES.has(line));
    assert.deepEqual(offenders, []);
  });
});

describe("translator", () => {
  it("fills placeholders by name", () => {
    const t = translator("en");
    assert.equal(t("place.line", { document: "a.txt", line: 3 }), "a.txt, line 3");
    assert.equal(translator("fr")("place.line", { document: "a.txt", line: 3 }), "a.txt, ligne 3");
  });

  it("chooses plural forms by the language's rules: French 0 and 1 are singular, English 0 is plural", () => {
    const fr = translator("fr");
    const en = translator("en");
    assert.deepEqual(
      [0, 1, 2, 6].map((count) => fr("count.conflicts", { count })),
      ["0 contradiction", "1 contradiction", "2 contradictions", "6 contradictions"],
    );
    assert.deepEqual(
      [0, 1, 2].map((count) => en("count.conflicts", { count })),
      ["0 conflicts", "1 conflict", "2 conflicts"],
    );
    assert.equal(fr("count.supported", { count: 6 }), "6 confirmées");
    assert.equal(fr("count.claimsChecked", { count: 1 }), "1 affirmation vérifiée");
  });

  it("falls back on the `other` form for a category a message does not list", () => {
    // French has a "many" category (a million and more); the catalogue writes no such form.
    assert.equal(new Intl.PluralRules("fr").select(1_000_000), "many");
    assert.equal(translator("fr")("count.sentences", { count: 1_000_000 }), "1000000 phrases");
  });

  it("reads French from any French locale tag and English from anything else", () => {
    assert.deepEqual(["fr", "fr-CA", "FR_fr.UTF-8", "en-US", "de", undefined, ""].map(localeOf), [
      "fr",
      "fr",
      "fr",
      "en",
      "en",
      "en",
      "en",
    ]);
  });
});
