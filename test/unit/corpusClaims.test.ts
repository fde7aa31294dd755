import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { CorpusIndex, checkText, type Finding } from "../../server/src/core";
import { loadCorpus } from "../../server/src/core/corpus";

// Claims written for this test about the bundled corpus (not the shared dev set), French and
// English, each with its expected verdict: a regression guard on the whole pipeline.

const ROOT = resolve(__dirname, "../../..");

interface LabelledClaim {
  id: string;
  lang: "fr" | "en";
  claim: string;
  label: "supported" | "conflict" | "unsupported" | "none";
  sources?: string[];
  fix?: string[];
}

const claims: LabelledClaim[] = readFileSync(resolve(ROOT, "test/fixtures/claims/corpus-claims.jsonl"), "utf8")
  .split("\n")
  .filter(Boolean)
  .map((line) => JSON.parse(line) as LabelledClaim);

function verdictOf(findings: Finding[]): string {
  const v = new Set(findings.map((f) => f.verdict));
  return v.has("conflict") ? "conflict" : v.has("unsupported") ? "unsupported" : "ok";
}

describe("claims about the bundled corpus", function () {
  this.timeout(30000);
  let index: CorpusIndex;
  const results = new Map<string, Finding[]>();

  before(async () => {
    index = CorpusIndex.build((await loadCorpus([resolve(ROOT, "corpus")])).documents);
    for (const c of claims) results.set(c.id, checkText(c.claim + "\n", index, { lang: c.lang }).findings);
  });

  it("gets at least 90 % of the verdicts right, with every class above 75 %", () => {
    const byClass = new Map<string, { n: number; right: number }>();
    const wrong: string[] = [];
    for (const c of claims) {
      const gold = c.label === "supported" || c.label === "none" ? "ok" : c.label;
      const got = verdictOf(results.get(c.id)!);
      const tally = byClass.get(gold) ?? { n: 0, right: 0 };
      tally.n++;
      if (got === gold) tally.right++;
      else wrong.push(`${c.id} ${gold}→${got}: ${c.claim}`);
      byClass.set(gold, tally);
    }
    const right = [...byClass.values()].reduce((s, t) => s + t.right, 0);
    assert.ok(right / claims.length >= 0.9, wrong.join("\n"));
    for (const [gold, t] of byClass) assert.ok(t.right / t.n >= 0.75, `${gold}: ${t.right}/${t.n}\n${wrong.join("\n")}`);
  });

  it("offers the sourced value as the fix of every conflict it finds", () => {
    for (const c of claims.filter((x) => x.fix)) {
      const conflicts = results.get(c.id)!.filter((f) => f.verdict === "conflict");
      if (!conflicts.length) continue;
      const texts = conflicts.flatMap((f) => f.fixes.map((x) => x.newText));
      assert.ok(
        c.fix!.some((want) => texts.some((t) => t.includes(want))),
        `${c.id}: wanted ${c.fix} got ${JSON.stringify(texts)}`,
      );
    }
  });

  it("cites a source that states each supported claim", () => {
    for (const c of claims.filter((x) => x.label === "supported" && x.sources)) {
      const supported = results.get(c.id)!.filter((f) => f.verdict === "supported");
      if (!supported.length) continue;
      const docs = supported.flatMap((f) => f.evidence.map((e) => e.document));
      assert.ok(
        docs.some((d) => c.sources!.some((s) => d.startsWith(s))),
        `${c.id}: wanted ${c.sources} got ${docs}`,
      );
    }
  });
});
