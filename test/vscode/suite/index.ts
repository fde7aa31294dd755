// Mocha entry for an extension host (`extensionTestsPath`): runs every *.test.js of this folder.
import * as fs from "node:fs";
import * as path from "node:path";
import Mocha from "mocha";

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: "tdd", timeout: 60000, color: false });
  for (const file of fs.readdirSync(__dirname).filter((f) => f.endsWith(".test.js"))) mocha.addFile(path.join(__dirname, file));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} extension test(s) failed`)) : resolve()));
  });
}
