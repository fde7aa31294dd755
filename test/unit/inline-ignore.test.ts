import assert from "node:assert/strict";
import { resolve } from "node:path";
import { TextDocument } from "vscode-languageserver-textdocument";
import { CorpusIndex, checkText } from "../../server/src/core";
import { loadCorpus } from "../../server/src/core/corpus";
import { codeActionsFor, draftText, readDiagnosticData, toDiagnostics } from "../../server/src/lsp/adapter";
import { translator } from "../../server/src/shared/i18n";
import { defaultSettings } from "../../server/src/shared/settings";

// "Ignore this claim (inline comment)" silences the claim chosen, not its whole sentence, and never
// inserts a comment where an earlier `<!--` is still open (its `-->` would close that comment and
// hide everything in between). Old plain markers keep silencing the whole sentence.

const SOURCES = resolve(__dirname, "../../../test/fixtures/sources");
const URI = "file:///tmp/inline.md";

describe("inline ignore markers", function () {
  this.timeout(30000);
  let index: CorpusIndex;
  before(async () => {
    index = CorpusIndex.build((await loadCorpus([SOURCES])).documents);
  });

  const settings = { ...defaultSettings(), severity: { conflict: "warning", unsupported: "information", supported: "off" } } as ReturnType<
    typeof defaultSettings
  >;
  function inlineAction(text: string, claim: string) {
    const draft = draftText(URI, text);
    const diagnostic = toDiagnostics(checkText(text, index).findings, draft, settings).find(
      (d) => (d.data as { claim: string }).claim === claim,
    )!;
    assert.ok(diagnostic, `a diagnostic on ${claim}`);
    return codeActionsFor(diagnostic, readDiagnosticData(diagnostic)!, { draft, t: translator("en"), canIgnoreInWorkspace: true }).find(
      (a) => a.title === "Ignore this claim (inline comment)",
    );
  }
  const claims = (text: string) => checkText(text, index).findings.map((f) => f.claim);

  it("silences only the chosen figure of a sentence with two", () => {
    const text = "Globex détient 20 % d'Initech depuis 2019.\n";
    assert.deepEqual(claims(text).sort(), ["20 %", "2019"]);
    const action = inlineAction(text, "20 %")!;
    const edited = TextDocument.applyEdits(TextDocument.create(URI, "markdown", 1, text), action.edit!.changes![URI]!);
    assert.match(edited, /<!-- attest-ignore: 20 % -->/);
    assert.deepEqual(claims(edited), ["2019"]);
  });

  it("keeps the plain marker silencing the whole sentence", () => {
    assert.deepEqual(claims("<!-- attest-ignore --> Globex détient 20 % d'Initech depuis 2019.\n"), []);
  });

  it("offers no inline comment after a comment left open", () => {
    const text = "<!-- brouillon : à revoir\n\nGlobex détient 20 % d'Initech depuis 2019.\n";
    assert.ok(claims(text).includes("20 %"));
    assert.equal(inlineAction(text, "20 %"), undefined);
  });
});
