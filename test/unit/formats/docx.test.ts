import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { extractDocx as extractDocxData } from "../../../server/src/core/corpus/formats/docx";
import { DEFAULT_EXTRACTION_LIMITS } from "../../../server/src/core/corpus/formats/types";
import { buildDocx, buildZip } from "../../fixtures/formats/build";
import { STAFF_NOTE, staffNoteDocx } from "../../fixtures/formats/samples";
import { loadWorded as loadCorpus, worded } from "../wordedWarnings";

/** The reader's result, its reason or notes worded in English. */
const extractDocx = async (...args: Parameters<typeof extractDocxData>) => worded(await extractDocxData(...args));

const SMALL = { ...DEFAULT_EXTRACTION_LIMITS, maxUnpackedBytes: 1024 * 1024 };

describe("Word reader", function () {
  this.timeout(20000);

  it("reads paragraphs and table rows, one to a line", async () => {
    const result = await extractDocx(staffNoteDocx(), DEFAULT_EXTRACTION_LIMITS);
    assert.ok(!("skip" in result));
    assert.equal(
      result.text,
      [
        "Bilan social",
        "L’effectif de Globex atteint 2 300 salariés fin 2025, contre 2 150 un an plus tôt.",
        "Site | Effectif",
        "Lyon | 640 salariés",
        "Nantes | 1 100 salariés",
        "Le taux d’absentéisme s’établit à 4,2 % sur l’année.",
      ].join("\n\n"),
    );
  });

  it("takes title, creator and creation date from the core properties", async () => {
    const result = await extractDocx(staffNoteDocx(), DEFAULT_EXTRACTION_LIMITS);
    assert.ok(!("skip" in result));
    assert.deepEqual(result.metadata, { title: STAFF_NOTE.title, author: STAFF_NOTE.creator, published: STAFF_NOTE.created });
  });

  it("skips a file that is not a ZIP archive", async () => {
    assert.deepEqual(await extractDocx(Buffer.from("Ceci est du texte enregistré sous le nom .docx."), SMALL), {
      skip: "not a readable Word document (not a ZIP archive)",
    });
  });

  it("skips a ZIP archive without a Word document inside", async () => {
    assert.deepEqual(await extractDocx(buildZip([{ name: "readme.txt", data: "hello" }]), SMALL), {
      skip: "not a Word document (no word/document.xml)",
    });
  });

  it("skips a zip bomb by its declared size without unpacking it", async () => {
    const bomb = buildZip([{ name: "word/document.xml", data: Buffer.alloc(8 * 1024 * 1024) }]);
    assert.ok(bomb.length < 64 * 1024);
    const result = await extractDocx(bomb, SMALL);
    assert.ok("skip" in result && /over the 1048576-byte limit \(zip bomb\?\)/.test(result.skip), JSON.stringify(result));
  });

  it("stops unpacking a zip bomb whose declared sizes lie", async () => {
    const bomb = buildZip([{ name: "word/document.xml", data: Buffer.alloc(8 * 1024 * 1024) }]);
    const directory = bomb.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bomb.writeUInt32LE(100, directory + 24);
    const result = await extractDocx(bomb, SMALL);
    assert.ok("skip" in result && /word\/document\.xml unpacks past the limit/.test(result.skip), JSON.stringify(result));
  });

  it("loads a good document beside a broken one, with a warning naming the broken one", async () => {
    const root = mkdtempSync(join(tmpdir(), "attest-docx-"));
    try {
      writeFileSync(join(root, "bilan.docx"), staffNoteDocx());
      writeFileSync(join(root, "faux.docx"), "pas un document Word");
      writeFileSync(join(root, "vide.docx"), buildDocx([]));
      const { documents, warnings } = await loadCorpus([root]);
      assert.deepEqual(
        documents.map((d) => d.id),
        ["bilan.docx"],
      );
      assert.deepEqual(warnings.sort(), [
        "faux.docx: not a readable Word document (not a ZIP archive), skipped",
        "vide.docx: no text in the Word document, skipped",
      ]);
      assert.equal(documents[0]!.metadata?.author, STAFF_NOTE.creator);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
