import assert from "node:assert/strict";
import { resolve } from "node:path";
import { CorpusIndex, checkText, type Finding } from "../../server/src/core";
import { loadCorpus } from "../../server/src/core/corpus";

// Characters a writer never sees — zero-width space, word joiner, soft hyphen, zero-width
// (non-)joiner, a stray byte-order mark — arrive with pasted text. Inside a figure or a word they
// must not change the verdict, and a fix must replace the figure as written (invisible characters
// included), never leave half of it next to the sourced value. CR-only line ends end lines.

const SOURCES = resolve(__dirname, "../../../test/fixtures/sources");
const INVISIBLE: Array<[string, string]> = [
  ["zero-width space", "\u200b"],
  ["word joiner", "\u2060"],
  ["soft hyphen", "\u00ad"],
  ["zero-width non-joiner", "\u200c"],
  ["zero-width joiner", "\u200d"],
  ["byte-order mark", "\ufeff"],
];

describe("invisible format characters and CR line ends", function () {
  this.timeout(30000);
  let index: CorpusIndex;
  before(async () => {
    index = CorpusIndex.build((await loadCorpus([SOURCES])).documents);
  });

  const figureFindings = (text: string): Finding[] => checkText(text, index).findings.filter((f) => f.kind === "figure");

  for (const [name, mark] of INVISIBLE) {
    it(`keeps a sourced amount supported with a ${name} inside its word and its number`, () => {
      for (const draft of [
        `Globex a racheté Initech pour 2,4 mil${mark}liards d'euros.\n`,
        `Globex a racheté Initech pour 2,${mark}4 milliards d'euros.\n`,
        `Globex a racheté Initech pour 2,4${mark} milliards d'euros.\n`,
      ]) {
        const findings = figureFindings(draft);
        const money = findings.find((f) => f.claim.includes("2,"));
        assert.equal(money?.verdict, "supported", `${JSON.stringify(draft)}: ${JSON.stringify(findings.map((f) => [f.verdict, f.claim]))}`);
      }
    });

    it(`fixes a wrong amount written with a ${name} without doubling a word`, () => {
      const draft = `Globex a racheté Initech pour 3,1 mil${mark}liards d'euros.\n`;
      const conflict = figureFindings(draft).find((f) => f.verdict === "conflict");
      assert.ok(conflict, JSON.stringify(figureFindings(draft).map((f) => [f.verdict, f.claim])));
      assert.ok(conflict.claim.includes(mark), "the claim's span covers the figure as written");
      const fix = conflict.fixes[0]!;
      const fixed = draft.slice(0, conflict.span.start) + fix.newText + draft.slice(conflict.span.end);
      assert.equal((fixed.match(/liards/g) ?? []).length, 1, fixed);
      assert.match(fixed, /2,4 milliards/);
    });
  }

  it("ends a heading at a CR-only line end", () => {
    const lf = checkText("# Le rachat\n\nJean Dupont a racheté Globex hier.\n", index).findings;
    const cr = checkText("# Le rachat\r\rJean Dupont a racheté Globex hier.\r", index).findings;
    assert.deepEqual(
      cr.map((f) => [f.verdict, f.claim]),
      lf.map((f) => [f.verdict, f.claim]),
    );
    assert.equal(cr.length, 1);
  });
});
