import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { CorpusIndex, checkText } from "../../server/src/core";
import { loadCorpus } from "../../server/src/core/corpus";
import { main } from "../../server/src/cli/main";
import type { CliIO } from "../../server/src/cli/check";
import { PROPERTY_NAMES } from "../fuzz/texts";

// Words that are also JavaScript property names ("constructor", "valueOf", "__proto__") once
// crashed figure extraction, which looked words up in plain objects. Every built-in name goes
// through the whole pipeline here, as a draft word and as a source word, around figures of each
// kind so that every word table is consulted.

const ROOT = resolve(__dirname, "../../..");

const BUILTIN_NAMES = PROPERTY_NAMES;

/** Sentences that put `name` where each word table looks: number words, scales, currencies, quarters, fractions. */
function sentencesWith(name: string): string[] {
  return [
    `The ${name} arrived.`,
    `${name} 12 ${name} euros ${name}.`,
    `Globex paid $4 ${name} for 3 ${name} of Initech in the ${name} quarter of 2023.`,
    `Le ${name} a coûté 2,4 ${name} d'euros, soit un ${name} du budget, au 3 ${name} trimestre.`,
    `${name} ${name} 45 % ${name}, ${name} 1 ${name}, ${name}-${name} 7, ${name}10^6.`,
    `Une ${name} de 20 ${name}, twenty-${name} ${name} dozen, 5 ${name} dollars.`,
  ];
}

function capture(): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (s) => out.push(s), stderr: (s) => err.push(s), isTTY: false, env: {}, readStdin: async () => "" };
}

/** Every file under test/fixtures/sources with every sentence of the names appended, in a fresh folder. */
function hostileCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), "attest-builtin-"));
  const fixtures = join(ROOT, "test/fixtures/sources");
  const extra = BUILTIN_NAMES.flatMap(sentencesWith).join("\n\n");
  for (const name of readdirSync(fixtures)) {
    if (!statSync(join(fixtures, name)).isFile()) continue;
    writeFileSync(join(dir, name), readFileSync(join(fixtures, name), "utf8") + "\n\n" + extra + "\n");
  }
  return dir;
}

describe("built-in property names as words", function () {
  this.timeout(120000);
  let corpus: string;
  let index: CorpusIndex;

  before(async () => {
    corpus = hostileCorpus();
    const { documents, warnings } = await loadCorpus([corpus]);
    assert.deepEqual(warnings, [], "every source loads");
    index = CorpusIndex.build(documents);
  });

  it("checks a draft made of every built-in name around figures without an exception", () => {
    for (const name of BUILTIN_NAMES) {
      const draft = sentencesWith(name).join("\n\n") + "\n";
      const result = checkText(draft, index);
      for (const f of result.findings) {
        assert.ok(f.span.start >= 0 && f.span.end <= draft.length, `${name}: range inside the draft`);
      }
    }
  });

  it("still finds the sourced figures of a corpus that contains every built-in name", () => {
    const findings = checkText("Globex possède 20 % d'Initech.\n", index).findings;
    assert.ok(
      findings.some((f) => f.verdict === "conflict"),
      JSON.stringify(findings.map((f) => f.verdict)),
    );
  });

  it("runs `attest check` on such a draft against such a corpus and exits normally", async () => {
    const dir = mkdtempSync(join(tmpdir(), "attest-builtin-draft-"));
    const file = join(dir, "draft.md");
    writeFileSync(file, BUILTIN_NAMES.flatMap(sentencesWith).join("\n\n") + "\n");
    const io = capture();
    const code = await main(["check", "--corpus", corpus, "--format", "json", file], io);
    assert.ok(code === 0 || code === 1, `exit ${code}: ${io.err.join("\n")}`);
    JSON.parse(io.out.join("\n"));
  });
});
