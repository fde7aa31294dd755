import assert from "node:assert/strict";
import { addNamesToConfigText } from "../../server/src/shared/projectConfigEdit";
import { errorText } from "../../server/src/shared/errorText";

const FILE = ".attest/config.json";

describe("adding names to the project file", () => {
  it("appends to an existing list and leaves the rest of the file as it was", () => {
    const text = '{\n  "corpus": { "paths": ["sources"] },\n  "names": ["Ada"]\n}\n';
    const out = addNamesToConfigText(text, ["Zorblax"], FILE);
    assert.equal(out, '{\n  "corpus": { "paths": ["sources"] },\n  "names": ["Ada", "Zorblax"]\n}\n');
  });

  it("adds the key to a file without one, and creates the object for a missing file", () => {
    assert.equal(
      addNamesToConfigText('{\n  "checkOn": "save"\n}\n', ["Zorblax"], FILE),
      '{\n  "checkOn": "save",\n  "names": ["Zorblax"]\n}\n',
    );
    assert.deepEqual(JSON.parse(addNamesToConfigText('{ "checkOn": "save" }', ["Zorblax"], FILE)), { checkOn: "save", names: ["Zorblax"] });
    assert.deepEqual(JSON.parse(addNamesToConfigText(undefined, ["Zorblax"], FILE)), { names: ["Zorblax"] });
    assert.deepEqual(JSON.parse(addNamesToConfigText('{"names": []}', ["A", "B"], FILE)), { names: ["A", "B"] });
  });

  it("skips names already listed and ignores a 'names' string inside another value", () => {
    const text = '{ "drafts": ["names"], "names": ["Ada"] }';
    assert.equal(addNamesToConfigText(text, ["Ada"], FILE), text);
    assert.deepEqual(JSON.parse(addNamesToConfigText(text, ["Bob"], FILE)), { drafts: ["names"], names: ["Ada", "Bob"] });
  });

  it("refuses to edit a file that is not valid JSON", () => {
    assert.throws(() => addNamesToConfigText("{ names: ", ["A"], FILE), /not valid JSON/);
  });

  it("words its refusal in the reader's language where it is shown", () => {
    const refusal = (text: string): unknown => {
      try {
        addNamesToConfigText(text, ["Zorblax"], FILE);
      } catch (error) {
        return error;
      }
      assert.fail("the edit was not refused");
    };
    assert.equal(
      errorText(refusal("{ names: "), "fr"),
      ".attest/config.json n'est pas du JSON valide ; corrigez-le avant d'y ajouter des noms",
    );
    assert.equal(errorText(refusal('["Ada"]'), "fr"), ".attest/config.json doit contenir un objet pour qu'on y ajoute des noms");
    assert.equal(errorText(refusal('["Ada"]'), "en"), ".attest/config.json must hold an object to add names to it");
  });
});
