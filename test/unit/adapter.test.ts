import assert from "node:assert/strict";
import { DiagnosticSeverity, type Diagnostic } from "vscode-languageserver/node";
import type { Finding } from "../../server/src/core";
import { codeActionsFor, draftText, readDiagnosticData, toDiagnostic, toDiagnostics } from "../../server/src/lsp/adapter";
import { findingsAt, hoverFor } from "../../server/src/lsp/hover";
import { translator } from "../../server/src/shared/i18n";
import { ServerCommands } from "../../server/src/shared/protocol";
import { defaultSettings, parseSettings } from "../../server/src/shared/settings";

// The adapter on hand-made findings: no corpus, no checking, only the mapping to LSP.

const TEXT = "# Draft\n\nMicrosoft détient 39 % de la filiale commerciale d'OpenAI.\n";
const URI = "file:///tmp/draft.md";
const SOURCE = "/corpus/002_2279de170b058ca1.txt";
const start = TEXT.indexOf("39 %");
const sentenceStart = TEXT.indexOf("Microsoft");
const draft = draftText(URI, TEXT);

function conflict(overrides: Partial<Finding> = {}): Finding {
  return {
    verdict: "conflict",
    kind: "figure",
    range: { start: { line: 2, character: start - sentenceStart }, end: { line: 2, character: start - sentenceStart + 4 } },
    span: { start, end: start + 4 },
    claim: "39 %",
    sentence: { start: sentenceStart, end: TEXT.indexOf(".\n", sentenceStart) + 1 },
    message: "Sources give 49 %, not 39 %",
    confidence: 0.9,
    evidence: [
      {
        document: "002_2279de170b058ca1.txt",
        uri: SOURCE,
        range: { start: { line: 12, character: 0 }, end: { line: 12, character: 60 } },
        quote: "Microsoft détient déjà 49 % de OpenAIfiliale à but lucratif de. <script>x</script>",
        value: "49 %",
      },
    ],
    fixes: [
      {
        title: "Replace with 49 %",
        range: { start: { line: 2, character: start - sentenceStart }, end: { line: 2, character: start - sentenceStart + 4 } },
        newText: "49 %",
      },
    ],
    sourcesDisagree: false,
    ...overrides,
  };
}

describe("adapter: findings to diagnostics", () => {
  it("maps a conflict to a Warning with source, code, related source sentence and data", () => {
    const d = toDiagnostic(conflict(), draft, defaultSettings())!;
    assert.equal(d.severity, DiagnosticSeverity.Warning);
    assert.equal(d.source, "attest");
    assert.equal(d.code, "figure-conflict");
    assert.equal(d.message, "Sources give 49 %, not 39 %");
    assert.deepEqual(
      d.relatedInformation?.map((r) => r.location.uri),
      ["file:///corpus/002_2279de170b058ca1.txt"],
    );
    assert.deepEqual(d.relatedInformation?.[0]?.location.range.start, { line: 12, character: 0 });
    const data = readDiagnosticData(d)!;
    assert.equal(data.sentence, "Microsoft détient 39 % de la filiale commerciale d'OpenAI.");
    assert.equal(data.fixes[0]!.expected, "39 %");
    assert.equal(data.evidence[0]!.value, "49 %");
  });

  it("follows the severity settings; supported claims are hidden by default", () => {
    const supported = conflict({ verdict: "supported", fixes: [] });
    const unsupported = conflict({ verdict: "unsupported", fixes: [], evidence: [] });
    assert.equal(toDiagnostic(supported, draft, defaultSettings()), undefined);
    assert.equal(toDiagnostic(unsupported, draft, defaultSettings())!.severity, DiagnosticSeverity.Information);
    const custom = parseSettings({ severity: { supported: "hint", conflict: "error", unsupported: "off" } }).settings;
    assert.deepEqual(
      toDiagnostics([conflict(), supported, unsupported], draft, custom).map((d) => d.severity),
      [DiagnosticSeverity.Error, DiagnosticSeverity.Hint],
    );
  });

  it("does not trust data sent back by a client: damaged or foreign data is ignored", () => {
    const d = toDiagnostic(conflict(), draft, defaultSettings())!;
    assert.equal(readDiagnosticData({ ...d, data: { claim: "39 %" } }), undefined);
    assert.equal(readDiagnosticData({ ...d, source: "other" }), undefined);
  });
});

describe("adapter: code actions", () => {
  const t = translator("en");
  const diagnostic = toDiagnostic(conflict(), draft, defaultSettings())!;
  const actions = (d: Diagnostic = diagnostic, text = draft) =>
    codeActionsFor(d, readDiagnosticData(d)!, { draft: text, t, canIgnoreInWorkspace: true });

  it("offers the sourced correction first, preferred, as an exact edit", () => {
    const [fix] = actions();
    assert.equal(fix!.title, "Replace with 49 %");
    assert.equal(fix!.isPreferred, true);
    assert.deepEqual(fix!.edit?.changes?.[URI], [{ range: diagnostic.range, newText: "49 %" }]);
  });

  it("drops the correction once the figure is no longer in the text", () => {
    const edited = draftText(URI, TEXT.replace("39 %", "49 %"));
    assert.ok(!actions(diagnostic, edited).some((a) => a.isPreferred));
  });

  it("offers ignore (inline marker before the sentence, or the workspace list) and show sources", () => {
    const titles = actions().map((a) => a.title);
    assert.deepEqual(titles.slice(1), [
      "Ignore this claim (inline comment)",
      "Ignore this claim in the workspace (.attest/ignore.json)",
      "Show sources",
    ]);
    const inline = actions()[1]!;
    assert.deepEqual(inline.edit?.changes?.[URI], [
      { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, newText: "<!-- attest-ignore: 39 % --> " },
    ]);
    const show = actions()[3]!;
    assert.equal(show.command?.command, ServerCommands.showSources);
    const ignore = actions()[2]!;
    assert.equal(ignore.command?.command, ServerCommands.ignoreClaimInWorkspace);
    assert.deepEqual(ignore.command?.arguments, [
      { uri: URI, claim: "39 %", sentence: "Microsoft détient 39 % de la filiale commerciale d'OpenAI." },
    ]);
  });

  it("offers to add an unknown name to the project's names, and only for such findings", () => {
    const unknown = conflict({
      verdict: "unsupported",
      evidence: [],
      fixes: [],
      message: "No source mentions Zorblax.",
      unknownNames: ["Zorblax"],
    });
    const d = toDiagnostic(unknown, draft, defaultSettings())!;
    const all = codeActionsFor(d, readDiagnosticData(d)!, { draft, t, canIgnoreInWorkspace: true });
    const add = all.find((a) => a.command?.command === ServerCommands.addNames)!;
    assert.equal(add.title, "Add “Zorblax” to names (.attest/config.json)");
    assert.deepEqual(add.command?.arguments, [{ uri: URI, names: ["Zorblax"] }]);
    assert.ok(!actions().some((a) => a.command?.command === ServerCommands.addNames));
  });
});

describe("hover", () => {
  const t = translator("en");

  it("shows the verdict, the quote with document, line and a link opening the source at that line", () => {
    const hover = hoverFor(findingsAt([conflict()], { line: 2, character: start - sentenceStart + 1 }), t)!;
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /Conflicts with the sources/);
    assert.match(value, /002_2279de170b058ca1\.txt, line 13\]\(file:\/\/\/corpus\/002_2279de170b058ca1\.txt#L13\)/);
    assert.match(value, /49 %/);
    assert.match(value, /confidence 90 %/, "the finding's confidence");
    assert.ok(!value.includes("<script>"), "corpus text is escaped");
  });

  it("lists every source when they disagree, and returns nothing away from claims", () => {
    const second = { ...conflict().evidence[0]!, document: "004.txt", uri: "/corpus/004.txt", value: "33 %" };
    const finding = conflict({ sourcesDisagree: true, evidence: [...conflict().evidence, second] });
    const value = (hoverFor([finding], t)!.contents as { value: string }).value;
    assert.match(value, /The sources disagree/);
    assert.match(value, /004\.txt, line 13/);
    assert.equal(hoverFor(findingsAt([finding], { line: 0, character: 1 }), t), null);
  });

  it("puts the disagreeing values right under the verdict, before the quotes", () => {
    const second = { ...conflict().evidence[0]!, document: "004.txt", uri: "/corpus/004.txt", value: "33 %" };
    const value = (
      hoverFor([conflict({ sourcesDisagree: true, evidence: [...conflict().evidence, second] })], t)!.contents as { value: string }
    ).value;
    assert.match(value.split("\n")[2]!, /The sources disagree:\*\* \*\*49 %\*\* · \*\*33 %\*\*/);
    assert.ok(value.indexOf("disagree") < value.indexOf("> "));
  });

  it("shows the quote once between the diagnostic and the hover, and no repeated message", () => {
    const finding = conflict();
    const d = toDiagnostic(finding, draft, defaultSettings())!;
    const diagnosticText = [d.message, ...(d.relatedInformation ?? []).map((r) => r.message)].join("\n");
    assert.ok(!diagnosticText.includes("Microsoft détient déjà"), "the diagnostic names the source, not the quote");
    const value = (hoverFor([finding], t, { shownAsDiagnostic: () => true })!.contents as { value: string }).value;
    assert.equal(value.split("Microsoft détient déjà").length - 1, 1);
    assert.ok(!value.includes(finding.message), "the message is in the diagnostic block already");
    assert.ok((hoverFor([finding], t, { shownAsDiagnostic: () => false })!.contents as { value: string }).value.includes(finding.message));
  });

  it("speaks French to French clients", () => {
    const value = (hoverFor([conflict()], translator("fr"))!.contents as { value: string }).value;
    assert.match(value, /En contradiction avec les sources/);
    assert.match(value, /ligne 13/);
  });
});
