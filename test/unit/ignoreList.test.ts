import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { addIgnoreEntry, isIgnoredByList, readIgnoreFile } from "../../server/src/core/ignore";
import { describeWarning } from "../../server/src/core/warnings";

describe(".attest/ignore.json", () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "attest-ignore-"))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("is created on the first entry, without duplicates, and read back", async () => {
    const file = path.join(dir, ".attest", "ignore.json");
    assert.deepEqual(await readIgnoreFile(file), { entries: [] });
    const entry = { claim: "39 %", sentence: "Microsoft détient 39 % de la filiale.", file: "draft.md" };
    await addIgnoreEntry(file, entry);
    await addIgnoreEntry(file, { ...entry, sentence: "Microsoft  détient 39 %\nde la filiale." });
    assert.deepEqual(JSON.parse(fs.readFileSync(file, "utf8")), { version: 1, ignore: [entry] });
    assert.deepEqual((await readIgnoreFile(file)).entries, [entry]);
  });

  it("matches claims by text (whitespace-insensitive), sentence and file when given", () => {
    const entries = [{ claim: "39 %", sentence: "A 39 % b.", file: "draft.md" }, { claim: "Tesla a livré." }];
    assert.ok(isIgnoredByList(entries, { claim: "39 %", sentence: "A  39 % b.", file: "draft.md" }));
    assert.ok(!isIgnoredByList(entries, { claim: "39 %", sentence: "A 39 % b.", file: "other.md" }));
    assert.ok(isIgnoredByList(entries, { claim: "Tesla a livré.", sentence: "anything", file: "x.md" }));
  });

  it("reports a damaged file instead of throwing", async () => {
    const file = path.join(dir, "ignore.json");
    fs.writeFileSync(file, "{ not json");
    const notJson = (await readIgnoreFile(file)).problem;
    assert.match(notJson ? describeWarning(notJson, "en") : "", /not valid JSON/);
    fs.writeFileSync(file, JSON.stringify({ ignore: [{ sentence: "no claim" }] }));
    const badEntry = (await readIgnoreFile(file)).problem;
    assert.match(badEntry ? describeWarning(badEntry, "en") : "", /ignore\.0\.claim: not a valid value/);
    assert.match(badEntry ? describeWarning(badEntry, "fr") : "", /ignore\.0\.claim : valeur non valide/);
  });
});
