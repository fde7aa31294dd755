import assert from "node:assert/strict";
import { furnitureKind } from "../../server/src/core/corpus/furniturePatterns";

// Share-button lines are recognised by their network tokens; a quick whole-line test now skips
// lines without any, so lists written with every separator must still be found.
describe("share lines", () => {
  it("finds network lists whatever the separator", () => {
    for (const line of [
      "Facebook · Twitter · E-mail",
      "x, linkedin",
      "WhatsApp / Telegram / Copier le lien",
      "Facebook|Twitter|",
      "·Facebook·Twitter·",
      "  Reddit   Pinterest  ",
      "Email • Messenger • Link",
    ]) {
      assert.equal(furnitureKind(line), "share", line);
    }
  });

  it("leaves prose that names networks", () => {
    for (const line of [
      "Facebook et Twitter ont annoncé un accord de 2 milliards.",
      "The X platform lost users.",
      "Linkedinx Facebookish are not networks",
    ]) {
      assert.equal(furnitureKind(line), undefined, line);
    }
  });
});
