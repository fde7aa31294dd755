import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { conceptOfWord } from "../../server/src/core/lexicon/lexicon";
import { frenchVerbForms } from "../../server/src/core/lexicon/inflect";

// The language data generated from the Lefff (scripts/build-language-data.mjs) is what the
// script makes, and the lexicon reads it.

const ROOT = resolve(__dirname, "../../..");

describe("language data", function () {
  this.timeout(60000);

  it("is byte for byte what scripts/build-language-data.mjs makes from the installed packages", async () => {
    const code = await new Promise<number>((done) => {
      execFile(process.execPath, [resolve(ROOT, "scripts/build-language-data.mjs"), "--check"], { cwd: ROOT }, (err) =>
        done(err ? ((err as { code?: number }).code ?? 1) : 0),
      );
    });
    assert.equal(code, 0);
  });

  it("knows the participles of a conjugated verb that the hand-written tables miss", () => {
    // "~détruire" is conjugated in the lexicon; its tables give no "détruit(e)".
    assert.ok(!frenchVerbForms("détruire").includes("détruite"));
    assert.ok(conceptOfWord("détruire", "fr"));
    assert.equal(conceptOfWord("détruite", "fr"), conceptOfWord("détruire", "fr"));
    assert.equal(conceptOfWord("détruits", "fr"), conceptOfWord("détruire", "fr"));
  });
});
