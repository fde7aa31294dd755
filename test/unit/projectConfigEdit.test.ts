import assert from "node:assert/strict";
import { addNamesToConfigText } from "../../server/src/shared/projectConfigEdit";

describe("adding names to the project file", () => {
  it("appends to an existing list and leaves the rest of the file as it was", () => {
    const text = '{\n  "corpus": { "paths": ["sources"] },\n  "names": ["Ada"]\n}\n';
    const out = addNamesToConfigText(text, ["Zorblax"]);
    assert.equal(out, '{\n  "corpus": { "paths": ["sources"] },\n  "names": ["Ada", "Zorblax"]\n}\n');
  });

  it("adds the key to a file without one, and creates the object for a missing file", () => {
    assert.equal(addNamesToConfigText('{\n  "checkOn": "save"\n}\n', ["Zorblax"]), '{\n  "checkOn": "save",\n  "names": ["Zorblax"]\n}\n');
    assert.deepEqual(JSON.parse(addNamesToConfigText('{ "checkOn": "save" }', ["Zorblax"])), { checkOn: "save", names: ["Zorblax"] });
    assert.deepEqual(JSON.parse(addNamesToConfigText(undefined, ["Zorblax"])), { names: ["Zorblax"] });
    assert.deepEqual(JSON.parse(addNamesToConfigText('{"names": []}', ["A", "B"])), { names: ["A", "B"] });
  });

  it("skips names already listed and ignores a 'names' string inside another value", () => {
    const text = '{ "drafts": ["names"], "names": ["Ada"] }';
    assert.equal(addNamesToConfigText(text, ["Ada"]), text);
    assert.deepEqual(JSON.parse(addNamesToConfigText(text, ["Bob"])), { drafts: ["names"], names: ["Ada", "Bob"] });
  });

  it("refuses to edit a file that is not valid JSON", () => {
    assert.throws(() => addNamesToConfigText("{ names: ", ["A"]), /not valid JSON/);
  });
});
