import assert from "node:assert/strict";
import { resolve } from "node:path";
import { CorpusIndex, checkText } from "../../server/src/core";
import { loadCorpus } from "../../server/src/core/corpus";
import { maskMarkdown } from "../../server/src/core/text/markdown";

// Costs that once grew with the square of a line's length: the heading test searched back to the
// line start for every sentence (a 1 MB single-line draft took 8.6 s, 2 MB far longer), and the
// table-row pattern backtracked over deep indentation (list depth 2,000: 25 s). The bounds below
// are generous for a loaded machine and far below what the quadratic versions take.

const SOURCES = resolve(__dirname, "../../../test/fixtures/sources");

describe("linear cost on long lines and deep nesting", function () {
  this.timeout(120000);
  let index: CorpusIndex;
  before(async () => {
    index = CorpusIndex.build((await loadCorpus([SOURCES])).documents);
  });

  function timed(run: () => void): number {
    const started = performance.now();
    run();
    return performance.now() - started;
  }

  it("checks a 2 MB draft written on one line in seconds", () => {
    const sentence = "Globex possède 20 % d'Initech depuis hier soir. ";
    const draft = sentence.repeat(Math.ceil(2e6 / sentence.length));
    const ms = timed(() => checkText(draft, index));
    assert.ok(ms < 15000, `${ms.toFixed(0)} ms`);
  });

  it("masks a line indented by 200,000 blanks at once", () => {
    const ms = timed(() => maskMarkdown(" ".repeat(200000) + "- x\n"));
    assert.ok(ms < 2000, `${ms.toFixed(0)} ms`);
  });
});
