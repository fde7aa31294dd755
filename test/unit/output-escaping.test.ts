import assert from "node:assert/strict";
import type { Finding } from "../../server/src/core";
import { formatText } from "../../server/src/cli/format/text";
import { sourceLink } from "../../server/src/lsp/adapter";
import { escapeMarkdown } from "../../server/src/lsp/hover";

// What a corpus controls (file names, quotes) reaches terminals and hovers: it must not forge a
// finding line, send terminal escape sequences, break a link, or become a link itself.

const range = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 4 } });

function finding(document: string, quote: string): Finding {
  return {
    verdict: "conflict",
    kind: "figure",
    range: range(0),
    span: { start: 0, end: 4 },
    claim: "20 %",
    sentence: { start: 0, end: 10 },
    message: "Sources give 12 %, not 20 %.",
    evidence: [{ document, uri: `/corpus/${document}`, range: range(2), quote }],
    fixes: [{ title: "Replace with 12 %", range: range(0), newText: "12 %" }],
    sourcesDisagree: false,
  } as Finding;
}

describe("escaping what sources control", () => {
  it("prints a file name with a line break on one line, so it cannot forge a finding", () => {
    const out = formatText(
      [
        {
          path: "draft.md",
          absolutePath: "/d/draft.md",
          findings: [finding("evil\ndraft2.md:9:9: conflict: INJECTED.txt", "ok")],
          text: "",
          lang: "en",
        },
      ],
      { color: false, showSupported: false },
    );
    assert.ok(!out.split("\n").some((l) => l.startsWith("draft2.md:9:9")), out);
    assert.match(out, /evil\\ndraft2\.md/);
  });

  it("never lets ESC or OSC sequences of a quote reach the terminal, colour on or off", () => {
    for (const color of [false, true]) {
      const out = formatText(
        [
          {
            path: "d.md",
            absolutePath: "/d.md",
            findings: [finding("a.txt", "x \x1b]0;pwned\x07 \x1b[2J \u009b31m y")],
            text: "",
            lang: "en",
          },
        ],
        { color, showSupported: false },
      );
      // eslint-disable-next-line no-control-regex -- the test looks for the terminal escapes themselves
      const withoutOurColours = out.replace(/\x1b\[(?:0|2|3[123])m/g, "");
      // eslint-disable-next-line no-control-regex -- idem
      assert.doesNotMatch(withoutOurColours, /[\x00-\x08\x0b-\x1f\x7f\u0080-\u009f]/, JSON.stringify(out));
    }
  });

  it("keeps hover links whole when a folder name has ')' or spaces", () => {
    const link = sourceLink({ uri: "/home/me/notes (old)/my file.txt", range: range(3) });
    assert.doesNotMatch(link, /[() ]/, link);
    assert.equal(decodeURIComponent(link), "file:///home/me/notes (old)/my file.txt#L4");
  });

  it("does not turn a bare URL in a quote into a link", () => {
    const escaped = escapeMarkdown("see https://evil.example/x and www.evil.example now");
    assert.doesNotMatch(escaped, /https:\/\/|www\.e/);
  });
});
