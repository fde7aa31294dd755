import assert from "node:assert/strict";
import { disabledByFrontMatter } from "../../server/src/core/drafting/frontMatter";
import { attestFrontMatterEdit } from "../../server/src/shared/frontMatterEdit";

function apply(text: string, disable: boolean): string {
  const edit = attestFrontMatterEdit(text, disable);
  return edit ? text.slice(0, edit.start) + edit.newText + text.slice(edit.end) : text;
}

describe("turning Attest off for one draft (front matter)", () => {
  it("adds front matter to a draft without, and removes it again on enable", () => {
    const draft = "# Titre\n\nGlobex possède 20 % d'Initech.\n";
    const off = apply(draft, true);
    assert.ok(disabledByFrontMatter(off));
    assert.equal(apply(off, false), draft);
  });

  it("keeps the draft's own front matter and only adds or removes the attest line", () => {
    const draft = "---\ntitle: Budget\n---\nTexte.\n";
    const off = apply(draft, true);
    assert.equal(off, "---\nattest: false\ntitle: Budget\n---\nTexte.\n");
    assert.equal(apply(off, false), draft);
    assert.equal(apply("---\nattest: true\n---\nx", true), "---\nattest: false\n---\nx");
  });

  it("reads attest: false only in front matter at the very top", () => {
    assert.ok(disabledByFrontMatter("---\ntitle: x\nattest: false # relu\n---\nTexte."));
    assert.ok(!disabledByFrontMatter("Texte.\n\n---\nattest: false\n---\n"));
    assert.ok(!disabledByFrontMatter("---\nattest: true\n---\n"));
  });
});
