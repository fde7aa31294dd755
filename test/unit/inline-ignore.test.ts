import assert from "node:assert/strict";
import { resolve } from "node:path";
import { TextDocument } from "vscode-languageserver-textdocument";
import { CorpusIndex, checkText } from "../../server/src/core";
import { findIgnoreBlocks, findIgnoreMarkers, inlineIgnoreForm, listInlineIgnores } from "../../server/src/core/ignore";
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
  function inlineAction(text: string, claim: string, uri = URI, languageId = "markdown") {
    const draft = draftText(uri, text, languageId);
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

  describe("in a plain-text draft: the line marker", () => {
    const TXT = "file:///tmp/brouillon.txt";
    const apply = (text: string, claim: string) => {
      const action = inlineAction(text, claim, TXT, "plaintext")!;
      assert.ok(action, `an inline action on ${claim}`);
      return TextDocument.applyEdits(TextDocument.create(TXT, "plaintext", 1, text), action.edit!.changes![TXT]!);
    };

    it("writes a line marker naming the claim at the end of its line, never an HTML comment", () => {
      const text = "Bilan du rachat.\nGlobex détient 20 % d'Initech depuis 2019.\nLa suite demain.\n";
      const edited = apply(text, "20 %");
      assert.equal(edited, "Bilan du rachat.\nGlobex détient 20 % d'Initech depuis 2019. // attest-ignore: 20 %\nLa suite demain.\n");
      assert.doesNotMatch(edited, /<!--|-->/);
    });

    it("silences exactly the claim it names: the other figure of the sentence stays", () => {
      const text = "Globex détient 20 % d'Initech depuis 2019.\n";
      assert.deepEqual(claims(text).sort(), ["20 %", "2019"]);
      assert.deepEqual(claims(apply(text, "20 %")), ["2019"]);
    });

    it("is read on a line of its own as being about the next line", () => {
      const text = "// attest-ignore: 2019\nGlobex détient 20 % d'Initech depuis 2019.\n";
      assert.deepEqual(claims(text), ["20 %"]);
      assert.deepEqual(claims("// attest-ignore\n\nGlobex détient 20 % d'Initech depuis 2019.\n"), []);
    });

    it("is not checked as prose: the claim it names is no claim of the draft", () => {
      assert.deepEqual(claims("Rien à signaler. // attest-ignore: 45 %\n"), []);
    });

    it("silences a passage between start and end lines", () => {
      const text =
        "// attest-ignore-start\nGlobex détient 20 % d'Initech depuis 2019.\n// attest-ignore-end\nGlobex détient 20 % d'Initech.\n";
      assert.deepEqual(claims(text), ["20 %"]);
      assert.equal(findIgnoreBlocks(text).length, 1);
    });

    it("is the form of every draft that is not Markdown or HTML, by language id or extension", () => {
      assert.equal(inlineIgnoreForm("plaintext", "file:///a/b.txt"), "line");
      assert.equal(inlineIgnoreForm("restructuredtext", "file:///a/b.rst"), "line");
      assert.equal(inlineIgnoreForm("markdown", "file:///a/b.txt"), "comment");
      assert.equal(inlineIgnoreForm("plaintext", "file:///a/b.md"), "comment");
    });
  });
});

describe("parsing inline ignore markers", () => {
  const parsed = (text: string) => findIgnoreMarkers(text).map((m) => ({ form: m.form, claim: m.claim, text: text.slice(m.start, m.end) }));

  it("reads a line marker at the end of a line and on a line of its own, with and without a claim", () => {
    const text = "Le stade compte 30 places. // attest-ignore: 30 places\n// attest-ignore\nLa suite.";
    assert.deepEqual(parsed(text), [
      { form: "line", claim: "30 places", text: "// attest-ignore: 30 places" },
      { form: "line", claim: undefined, text: "// attest-ignore" },
    ]);
    const [eol, own] = findIgnoreMarkers(text);
    assert.equal(text.slice(eol!.target!.start, eol!.target!.end).trim(), "Le stade compte 30 places.");
    assert.equal(text.slice(own!.target!.start, own!.target!.end), "La suite.");
  });

  it("reads two markers on one line as two claims", () => {
    const text = "Il pèse 12 kg pour 3 m. // attest-ignore: 12 kg // attest-ignore: 3 m\n";
    assert.deepEqual(
      parsed(text).map((m) => m.claim),
      ["12 kg", "3 m"],
    );
  });

  it("takes neither a URL, a longer word, nor a sentence about the marker for one", () => {
    assert.deepEqual(parsed("Voir https://attest-ignore.example/doc.\n"), []);
    assert.deepEqual(parsed("Le mot // attest-ignored reste du texte.\n"), []);
    assert.deepEqual(parsed("// attest-ignore parce que la source date\n"), []);
    assert.deepEqual(parsed("Écrire `// attest-ignore: 30` en fin de ligne.\n"), []);
  });

  it("never opens or closes a comment: an HTML comment around it is left as it is", () => {
    const text = "<!-- note -->\nUn chiffre : 30 places. // attest-ignore: 30 places\n<!-- fin -->\n";
    const markers = findIgnoreMarkers(text);
    assert.equal(markers.length, 1);
    const marker = text.slice(markers[0]!.start, markers[0]!.end);
    assert.doesNotMatch(marker, /<!--|-->/);
  });

  it("says what to delete to stop ignoring: the marker and its space, or its own line whole", () => {
    const text = "Un chiffre : 30 places. // attest-ignore: 30 places\n// attest-ignore\nLa suite.\n<!-- attest-ignore --> Fin.";
    const removed = listInlineIgnores(text)
      .reverse()
      .reduce((t, i) => t.slice(0, i.removal.start) + t.slice(i.removal.end), text);
    assert.equal(removed, "Un chiffre : 30 places.\nLa suite.\nFin.");
    assert.deepEqual(
      listInlineIgnores(text).map((i) => i.about),
      ["Un chiffre : 30 places.", "La suite.", "Fin."],
    );
  });
});
