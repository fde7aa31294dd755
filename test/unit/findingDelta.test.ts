import assert from "node:assert/strict";
import { CorpusIndex, DeltaDecoder, DeltaEncoder, DeltaMismatch, DraftChecker, checkText } from "../../server/src/core";
import { parseSourceText } from "../../server/src/core/corpus";

// Findings sent as deltas between two checks of one draft: the receiver's list must always equal
// a fresh check's, and unchanged paragraphs must cost nothing to send.

const source = parseSourceText(
  "alpha.txt",
  "/virtual/alpha.txt",
  "Le groupe Norvik a racheté la start-up Pellan en mars. L'acquisition lui a coûté 80 millions d'euros.\nNorvik détient aussi 30 % de Tessel.\nTessel emploie 1 200 personnes à Lille.\n",
);
const index = CorpusIndex.build([source]);
const draft =
  ["Norvik détient 35 % de Tessel.", "Tessel emploie 1 500 personnes à Lille.", "Pellan a coûté 80 millions d'euros."].join("\n\n") + "\n";

function session() {
  const checker = new DraftChecker(index);
  const encoder = new DeltaEncoder();
  const decoder = new DeltaDecoder();
  return (text: string) => {
    const result = checker.check(text);
    const delta = encoder.encode(result.findings, result.origins);
    // Through a structured clone, as between the engine thread and the main thread.
    const received = decoder.apply(structuredClone(delta));
    assert.deepEqual(received, checkText(text, index).findings);
    return { delta, received };
  };
}

describe("finding deltas", () => {
  it("sends every finding the first time, then only the edited paragraph's", () => {
    const send = session();
    const first = send(draft);
    assert.equal(first.delta.basis, -1);
    assert.ok(first.delta.entries.length >= 3);
    const edited = draft.replace("1 500", "1 700");
    const second = send(edited);
    const full = second.delta.entries.filter((e) => !("from" in e));
    assert.equal(full.length, 1, "only the edited paragraph's finding is sent");
    assert.strictEqual(second.received[0], first.received[0], "a paragraph in place keeps its finding object");
  });

  it("moves the findings of paragraphs below an insertion, lines and offsets", () => {
    const send = session();
    const first = send(draft);
    const moved = send("Une phrase d'introduction sans fait.\n\nEncore une.\n\n" + draft);
    assert.ok(
      moved.delta.entries.some((e) => "from" in e && e.lines === 4),
      JSON.stringify(moved.delta.entries),
    );
    const stake = moved.received.find((f) => f.claim === "35 %")!;
    assert.equal(stake.range.start.line, first.received.find((f) => f.claim === "35 %")!.range.start.line + 4);
  });

  it("copes with repeated paragraphs and with ignore markers that change what is reported", () => {
    const send = session();
    send(draft + "\n" + draft);
    send(draft + "\n<!-- attest-ignore -->\n" + draft);
    send(draft.replace("35 %", "30 %") + "\n" + draft);
  });

  it("refuses a delta against a list it does not have", () => {
    const checker = new DraftChecker(index);
    const encoder = new DeltaEncoder();
    const first = checker.check(draft);
    encoder.encode(first.findings, first.origins);
    const second = checker.check(draft.replace("1 500", "1 600"));
    const delta = encoder.encode(second.findings, second.origins);
    assert.throws(() => new DeltaDecoder().apply(delta), DeltaMismatch);
  });

  it("a check run in steps, or abandoned midway and run again, finds what a one-shot check finds", () => {
    const fresh = checkText(draft, index).findings;
    const checker = new DraftChecker(index);
    const steps = checker.checkInSteps(draft);
    steps.next();
    steps.next();
    steps.next();
    // Superseded between two sentences: what was checked so far is kept for the next run.
    steps.return(undefined as never);
    const again = checker.checkInSteps(draft);
    let step = again.next();
    while (!step.done) step = again.next();
    assert.deepEqual(step.value.findings, fresh);
    assert.ok(checker.lastSentences.reused > 0, "sentences checked before the stop are reused");
  });
});
