import assert from "node:assert/strict";
import { resolve } from "node:path";
import { CorpusIndex, checkText, type Finding } from "../../server/src/core";
import { loadCorpus } from "../../server/src/core/corpus";

// Verdicts end to end through the core, on a small invented corpus (test/fixtures/sources): two
// French articles that disagree on a price, one English article, boilerplate included.

const SOURCES = resolve(__dirname, "../../../test/fixtures/sources");

describe("checkText verdicts", function () {
  this.timeout(20000);
  let index: CorpusIndex;

  before(async () => {
    const { documents } = await loadCorpus([SOURCES]);
    index = CorpusIndex.build(documents);
  });

  /** Findings of a one-sentence draft, with a readable failure message. */
  function check(sentence: string): Finding[] {
    return checkText(sentence + "\n", index).findings;
  }
  function verdictOf(findings: Finding[]): string {
    const v = new Set(findings.map((f) => f.verdict));
    return v.has("conflict") ? "conflict" : v.has("unsupported") ? "unsupported" : v.has("supported") ? "supported" : "none";
  }
  function expectVerdict(sentence: string, verdict: string): Finding[] {
    const findings = check(sentence);
    assert.equal(
      verdictOf(findings),
      verdict,
      `${sentence}\n${JSON.stringify(
        findings.map((f) => [f.verdict, f.claim, f.message]),
        null,
        1,
      )}`,
    );
    return findings;
  }
  function fixesOf(findings: Finding[]): string[] {
    return findings.flatMap((f) => f.fixes.map((x) => x.newText));
  }

  it("supports a French amount and cites the article", () => {
    const findings = expectVerdict("Globex a racheté Initech pour 2,4 milliards d'euros.", "supported");
    const money = findings.find((f) => f.claim.includes("2,4"))!;
    assert.ok(money.evidence.some((e) => e.document === "globex-initech.txt"));
  });

  it("reports that two sources disagree on the price, quoting both", () => {
    const [money] = check("Globex a racheté Initech pour 2,4 milliards d'euros.");
    assert.equal(money.sourcesDisagree, true);
    const docs = money.evidence.map((e) => e.document).sort();
    assert.deepEqual(docs, ["globex-initech-bis.txt", "globex-initech.txt"]);
  });

  it("flags a wrong amount in an English draft against French sources, with an English fix", () => {
    const findings = expectVerdict("Globex bought Initech for €3bn.", "conflict");
    assert.ok(fixesOf(findings).includes("€2.4bn"), JSON.stringify(fixesOf(findings)));
  });

  it("matches the fact, not the number: a figure stated for another fact does not support", () => {
    const findings = expectVerdict("Globex a racheté Initech pour 150 millions d'euros.", "conflict");
    assert.ok(
      fixesOf(findings).some((t) => t.includes("2,4 milliards")),
      JSON.stringify(fixesOf(findings)),
    );
  });

  it("supports percentages and years, and corrects a wrong stake in French style", () => {
    expectVerdict("Globex possède 12 % d'Initech depuis 2021.", "supported");
    const findings = expectVerdict("Globex possède 20 % d'Initech.", "conflict");
    assert.deepEqual(fixesOf(findings), ["12 %"]);
  });

  it("checks months across languages", () => {
    expectVerdict("The Initech transaction should be finalised in March 2026.", "supported");
    const findings = expectVerdict("The Initech transaction should be finalised in June 2026.", "conflict");
    assert.ok(fixesOf(findings).includes("March 2026"), JSON.stringify(fixesOf(findings)));
  });

  it("checks a French draft against an English source", () => {
    expectVerdict("Nova Energy a réalisé un chiffre d'affaires de 1,8 milliard de dollars en 2024.", "supported");
    const findings = expectVerdict("Nova Energy a réalisé un chiffre d'affaires de 2 milliards de dollars en 2024.", "conflict");
    assert.ok(
      fixesOf(findings).some((t) => t.startsWith("1,8 milliard")),
      JSON.stringify(fixesOf(findings)),
    );
  });

  it("compares counts of the same thing", () => {
    expectVerdict("Nova employs 4,200 people in Canada.", "supported");
    expectVerdict("Nova emploie 5 000 personnes au Canada.", "conflict");
  });

  it("keeps hedges: about $600 million is supported by $600 million", () => {
    expectVerdict("Nova will invest about $600 million in wind farms by 2028.", "supported");
  });

  it("flags the opposite predicate without figures", () => {
    expectVerdict("Nova started drilling in the Beaufort Sea.", "conflict");
  });

  it("flags a claim the source negates", () => {
    expectVerdict("Marie Durand a confirmé la suppression de postes.", "conflict");
  });

  it("calls a claim about a company the sources never mention unsupported", () => {
    const findings = expectVerdict("Acme paid $2.4 billion for Initech.", "unsupported");
    assert.match(findings[0].message, /Acme/);
  });

  it("never uses site boilerplate as evidence", () => {
    expectVerdict("Le cours du BTC/USDT recule de 3 %.", "unsupported");
  });

  it("does not treat commentary as a claim", () => {
    assert.deepEqual(check("Nous reviendrons sur ce sujet passionnant."), []);
    assert.deepEqual(check("Let us now look at what comes next."), []);
  });

  it("gives findings exact ranges in the draft", () => {
    const draft = "# Titre\n\nIntro sans chiffre.\n\nGlobex possède 20 % d'Initech.\n";
    const [f] = checkText(draft, index).findings.filter((x) => x.verdict === "conflict");
    assert.equal(f.claim, "20 %");
    assert.deepEqual(f.range.start, { line: 4, character: 15 });
    assert.equal(draft.slice(f.span.start, f.span.end), "20 %");
  });

  it("checks headings for their figures only, without reading Title Case as names", () => {
    assert.deepEqual(checkText("# Brouillon Sur Globex Et Initech\n", index).findings, []);
    const [f] = checkText("## Globex Possède 20 % D'Initech\n", index).findings;
    assert.equal(f.verdict, "conflict");
  });

  it("honours attest-ignore comments", () => {
    const draft = "<!-- attest-ignore -->\nGlobex possède 20 % d'Initech.\n";
    assert.equal(checkText(draft, index).findings.length, 0);
  });
});
