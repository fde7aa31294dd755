import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { DraftChecker, indexCorpus, type Finding } from "../../server/src/core";
import type { Lang } from "../../server/src/core/types";
import { Archive } from "../../server/src/archive/connection";
import { migrate } from "../../server/src/archive/migrations";
import { indexIntoArchive } from "../../server/src/archive/indexer";
import { ArchiveSession } from "../../server/src/archive/checkArchive";
import { createTestDatabase, useTestDatabase } from "./testDatabase";
import { corpusGenerator } from "./generatedCorpus";

// Both backends, one corpus, the same drafts: every finding (verdict, range, message, evidence,
// fixes) must be the same, since the archive only changes where the corpus is read from.

const ROOT = resolve(__dirname, "../../..");
const EVAL = resolve(process.env.ATTEST_EVAL_DIR ?? join(ROOT, "../shared/eval"));
/** Pairs of the French RTE set pooled into one corpus: enough documents for shared words and ties. */
const PAIR_SAMPLE = 200;
/** Articles of the benchmark's generator: many documents sharing names and words, as an archive does. */
const GENERATED_ARTICLES = 300;
const GENERATOR_SEED = 14;

interface Draft {
  name: string;
  text: string;
  lang?: Lang;
  locale: "en" | "fr";
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

function readJsonl<T>(file: string): T[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as T);
}

async function compareBackends(corpus: string, drafts: Draft[], url: string): Promise<{ findings: number; verdicts: Map<string, number> }> {
  const { index } = await indexCorpus([corpus], { threads: 0 });
  const archive = new Archive(url);
  try {
    await migrate(archive);
    await indexIntoArchive(archive, [corpus]);
    const session = await ArchiveSession.open(archive);
    let findings = 0;
    const verdicts = new Map<string, number>();
    try {
      for (const d of drafts) {
        const embedded: Finding[] = new DraftChecker(index).check(d.text, { lang: d.lang, locale: d.locale }).findings;
        const archived: Finding[] = (await session.check(d.text, { lang: d.lang, locale: d.locale })).findings;
        assert.equal(archived.length, embedded.length, `${d.name}: as many findings`);
        for (let i = 0; i < embedded.length; i++)
          assert.deepStrictEqual(archived[i], embedded[i], `${d.name}: finding ${i} (${embedded[i]!.claim})`);
        for (const f of embedded) verdicts.set(f.verdict, (verdicts.get(f.verdict) ?? 0) + 1);
        findings += embedded.length;
      }
    } finally {
      await session.close();
    }
    return { findings, verdicts };
  } finally {
    await archive.close();
  }
}

describe("archive on PostgreSQL: the same findings as the embedded index", function () {
  this.timeout(600_000);
  const database = useTestDatabase("equality");

  it("gives every finding of the project's fixture drafts unchanged", async function () {
    const sources = join(ROOT, "test/fixtures/sources");
    const drafts: Draft[] = [
      {
        name: "fr",
        locale: "fr",
        text: "Globex possède 20 % d'Initech.\n\nGlobex possède 12 % d'Initech.\n\nNova Energy a annoncé une usine.\n",
      },
      { name: "en", locale: "en", text: "Globex owns 12% of Initech.\n\nGlobex holds 25 percent of Initech, said Tesla.\n" },
    ];
    const { findings } = await compareBackends(sources, drafts, database.url);
    assert.ok(findings >= 4, `the drafts give findings (${findings})`);
  });

  it("gives every finding of a generated draft against a generated newsroom corpus unchanged", async function () {
    const dir = mkdtempSync(join(tmpdir(), "attest-generated-"));
    const { vocabulary, writeCorpus, writeDraft } = corpusGenerator();
    const vocab = vocabulary(GENERATOR_SEED);
    const generated = writeCorpus(join(dir, "corpus"), GENERATED_ARTICLES, GENERATOR_SEED, vocab);
    const text = writeDraft(join(dir, "draft.md"), GENERATOR_SEED, 600, vocab);
    const db = await createTestDatabase(process.env.ATTEST_TEST_PG_URL!, "generated");
    try {
      const { findings, verdicts } = await compareBackends(generated.folder, [{ name: "generated", locale: "fr", text }], db.url);
      assert.ok(findings > 20 && verdicts.size >= 2, `findings of several verdicts compared (${findings})`);
    } finally {
      await db.drop();
    }
  });

  it("gives every finding of the public claims set on the bundled corpus unchanged", async function () {
    const dev = join(EVAL, "dev.jsonl");
    if (!existsSync(dev)) {
      console.warn(`    ${dev} not found: skipping (set ATTEST_EVAL_DIR to the shared eval folder)`);
      this.skip();
    }
    const claims = readJsonl<{ lang: Lang; claim: string }>(dev);
    const drafts: Draft[] = (["fr", "en"] as const).map((lang) => ({
      name: `dev-${lang}`,
      lang,
      locale: lang,
      text:
        claims
          .filter((c) => c.lang === lang)
          .map((c) => oneLine(c.claim))
          .join("\n\n") + "\n",
    }));
    const db = await createTestDatabase(process.env.ATTEST_TEST_PG_URL!, "dev");
    try {
      const { findings, verdicts } = await compareBackends(join(ROOT, "corpus"), drafts, db.url);
      assert.ok(findings >= claims.length * 0.9, `about one finding a claim (${findings} for ${claims.length})`);
      assert.ok(
        (verdicts.get("conflict") ?? 0) > 0 && (verdicts.get("supported") ?? 0) > 0,
        "conflicts and supported claims both compared",
      );
    } finally {
      await db.drop();
    }
  });

  it("gives every finding of pooled French pairs unchanged", async function () {
    const set = join(EVAL, "rte3fr-dev/rte3fr_dev.jsonl");
    if (!existsSync(set)) {
      console.warn(`    ${set} not found: skipping (set ATTEST_EVAL_DIR to the shared eval folder)`);
      this.skip();
    }
    const items = readJsonl<{ docs: { id: string; text: string }[]; claim: string }>(set).slice(0, PAIR_SAMPLE);
    const corpus = join(mkdtempSync(join(tmpdir(), "attest-pairs-")), "corpus");
    mkdirSync(corpus);
    for (const it of items) for (const d of it.docs) writeFileSync(join(corpus, `${d.id}.txt`), d.text + "\n");
    const drafts: Draft[] = [{ name: "rte3fr", locale: "fr", text: items.map((it) => oneLine(it.claim)).join("\n\n") + "\n" }];
    const db = await createTestDatabase(process.env.ATTEST_TEST_PG_URL!, "pairs");
    try {
      const { findings } = await compareBackends(corpus, drafts, db.url);
      assert.ok(findings >= items.length / 2, `findings compared (${findings})`);
    } finally {
      await db.drop();
    }
  });
});
