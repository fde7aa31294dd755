import assert from "node:assert/strict";
import { sourceLink } from "../../../server/src/lsp/adapter";
import { evidenceLink } from "../../../server/src/lsp/sourceText";

// Where a quote's link goes: a text source at its line, a PDF at its page, a web page or Word
// file as a whole (its lines are the extracted text's), or, for clients that show them, the
// extracted text at the quoted line.

const at = (uri: string, line: number, page?: number) => ({
  uri,
  range: { start: { line, character: 0 }, end: { line, character: 9 } },
  ...(page ? { page } : {}),
});

describe("links to sources", () => {
  it("opens a text source at the quoted line and a PDF at its page", () => {
    assert.equal(sourceLink(at("/c/a.txt", 4)), "file:///c/a.txt#L5");
    assert.equal(sourceLink(at("/c/r.pdf", 8, 2)), "file:///c/r.pdf#page=2");
  });

  it("opens a web page or a Word file without a line that would not be the file's", () => {
    assert.equal(sourceLink(at("/c/p.html", 4)), "file:///c/p.html");
    assert.equal(sourceLink(at("/c/n.docx", 4)), "file:///c/n.docx");
  });

  it("links extracted sources to their attest-source: text when the client shows it", () => {
    assert.equal(evidenceLink(at("/c/p.html", 4), true), "attest-source:/c/p.html#L5");
    assert.equal(evidenceLink(at("/c/r.pdf", 8, 2), true), "attest-source:/c/r.pdf#L9");
    assert.equal(evidenceLink(at("/c/a.md", 4), true), "file:///c/a.md#L5");
    assert.equal(evidenceLink(at("/c/p.html", 4), false), "file:///c/p.html");
  });
});
