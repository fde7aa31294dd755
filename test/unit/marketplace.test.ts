import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";

// The extension's page and package: the user README vsce ships (package script's --readme-path),
// its images packaged with it, the icon, CHANGELOG and LICENSE.

const root = path.resolve(__dirname, "../../..");
const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
const vscodeignore = fs.readFileSync(path.join(root, ".vscodeignore"), "utf8");
const readmePath = /--readme-path (\S+)/.exec(pkg.scripts.package)?.[1];

describe("Marketplace page and package", () => {
  it("packages a user README whose images are files shipped in the .vsix", () => {
    assert.ok(readmePath, "the package script names the user README");
    const readme = fs.readFileSync(path.join(root, readmePath), "utf8");
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]!);
    assert.ok(images.length >= 2);
    for (const image of images) {
      assert.ok(!/^https?:/.test(image), `${image} loads from the package, not the network`);
      assert.ok(fs.existsSync(path.join(root, image)), `${image} exists`);
      assert.ok(image.startsWith("docs/images/") && vscodeignore.includes("!docs/images/**"), `${image} is packaged`);
    }
    assert.match(readme, /## Privacy/);
    assert.doesNotMatch(readme, /npm ci|bench/i, "no developer instructions on the user page");
  });

  it("has an icon, a CHANGELOG and a LICENSE in the package", () => {
    assert.ok(fs.readFileSync(path.join(root, pkg.icon)).subarray(1, 4).toString() === "PNG");
    assert.ok(fs.existsSync(path.join(root, "CHANGELOG.md")) && vscodeignore.includes("!CHANGELOG.md"));
    assert.ok(fs.existsSync(path.join(root, "LICENSE")) && vscodeignore.includes("!LICENSE*"));
    assert.doesNotMatch(pkg.scripts.package, /--skip-license/);
  });

  it("ships every walkthrough step's page", () => {
    for (const step of pkg.contributes.walkthroughs[0].steps) {
      assert.ok(fs.existsSync(path.join(root, step.media.markdown)), step.media.markdown);
    }
    assert.ok(vscodeignore.includes("!docs/walkthrough/**"));
  });
});
