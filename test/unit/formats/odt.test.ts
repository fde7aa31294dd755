import assert from "node:assert/strict";
import { extractOdt as extractOdtData } from "../../../server/src/core/corpus/formats/odt";
import { DEFAULT_EXTRACTION_LIMITS } from "../../../server/src/core/corpus/formats/types";
import { buildOdt, buildZip } from "../../fixtures/formats/build";
import { worded } from "../wordedWarnings";

/** The reader's result, its reason or notes worded in English. */
const extractOdt = async (...args: Parameters<typeof extractOdtData>) => worded(await extractOdtData(...args));

describe("OpenDocument reader", () => {
  const note = () =>
    buildOdt(
      [
        { heading: "Compte rendu" },
        { paragraph: "La commune a investi 3,4 millions d’euros  dans ses écoles en 2025." },
        {
          table: [
            ["Poste", "Montant"],
            ["Cantines", "1,1 million d’euros"],
          ],
        },
      ],
      { title: "Conseil municipal", creator: "Secrétariat", created: "2025-06-30T18:00:00" },
    );

  it("reads headings, paragraphs (runs of spaces included) and table rows", async () => {
    const result = await extractOdt(note(), DEFAULT_EXTRACTION_LIMITS);
    assert.ok(!("skip" in result));
    assert.equal(
      result.text,
      "Compte rendu\n\nLa commune a investi 3,4 millions d’euros dans ses écoles en 2025.\n\nPoste | Montant\n\nCantines | 1,1 million d’euros",
    );
  });

  it("takes title, creator and creation date from meta.xml", async () => {
    const result = await extractOdt(note(), DEFAULT_EXTRACTION_LIMITS);
    assert.ok(!("skip" in result));
    assert.deepEqual(result.metadata, { title: "Conseil municipal", author: "Secrétariat", published: "2025-06-30T18:00:00" });
  });

  it("skips an archive without content.xml and a file that is no archive", async () => {
    assert.deepEqual(await extractOdt(buildZip([{ name: "mimetype", data: "x" }]), DEFAULT_EXTRACTION_LIMITS), {
      skip: "not an OpenDocument text (no content.xml)",
    });
    assert.deepEqual(await extractOdt(Buffer.from("texte"), DEFAULT_EXTRACTION_LIMITS), {
      skip: "not a readable OpenDocument file (not a ZIP archive)",
    });
  });
});
