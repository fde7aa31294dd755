import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadWorded as loadCorpus } from "./wordedWarnings";
import { cacheFileFor, writeCache } from "../../server/src/core/cache/store";
import { parseSettings } from "../../server/src/shared/settings";
import { addIgnoreEntry, IGNORE_FILE } from "../../server/src/core/ignore";
import { resolveCorpusPaths } from "../../server/src/lsp/corpusService";

// A workspace is untrusted input: committed links must not make Attest write outside it, nor read
// outside it when the editor has not trusted it. Each test plants what a hostile repository could.

function folder(prefix: string): string {
  return realpathSync(mkdtempSync(join(tmpdir(), prefix)));
}

describe("writes stay inside the workspace", () => {
  let workspace: string;
  let outside: string;
  beforeEach(() => {
    workspace = folder("attest-ws-");
    outside = folder("attest-outside-");
  });

  it("does not write the cache through a linked .attest/cache folder", () => {
    mkdirSync(join(workspace, ".attest"));
    symlinkSync(outside, join(workspace, ".attest", "cache"));
    const { file, key } = cacheFileFor(join(workspace, ".attest", "cache"), { paths: [] });
    assert.throws(() => writeCache(file, key, []), /link/);
    assert.deepEqual(readdirSync(outside), []);
  });

  it("does not write the cache through a linked .attest folder", () => {
    symlinkSync(outside, join(workspace, ".attest"));
    const { file, key } = cacheFileFor(join(workspace, ".attest", "cache"), { paths: [] });
    assert.throws(() => writeCache(file, key, []), /link/);
    assert.deepEqual(readdirSync(outside), []);
  });

  it("does not create the target of a dangling .attest/cache/.gitignore link", () => {
    mkdirSync(join(workspace, ".attest", "cache"), { recursive: true });
    symlinkSync(join(outside, "planted"), join(workspace, ".attest", "cache", ".gitignore"));
    const { file, key } = cacheFileFor(join(workspace, ".attest", "cache"), { paths: [] });
    writeCache(file, key, []);
    assert.equal(existsSync(join(outside, "planted")), false);
    assert.ok(existsSync(file), "the cache itself is written");
  });

  it("does not overwrite through planted temporary-file links", () => {
    const cache = join(workspace, ".attest", "cache");
    mkdirSync(cache, { recursive: true });
    const { file, key } = cacheFileFor(cache, { paths: [] });
    writeFileSync(join(outside, "victim"), "keep me");
    symlinkSync(join(outside, "victim"), `${file}.${process.pid}.tmp`);
    writeCache(file, key, []);
    assert.equal(readFileSync(join(outside, "victim"), "utf8"), "keep me");
  });

  it("refuses to rewrite a linked .attest/ignore.json and leaves its target alone", async () => {
    mkdirSync(join(workspace, ".attest"));
    writeFileSync(join(outside, "ignore.json"), '{"version":1,"ignore":[]}');
    symlinkSync(join(outside, "ignore.json"), join(workspace, IGNORE_FILE));
    await assert.rejects(addIgnoreEntry(join(workspace, IGNORE_FILE), { claim: "12 %" }), /link/);
    assert.equal(readFileSync(join(outside, "ignore.json"), "utf8"), '{"version":1,"ignore":[]}');
  });
});

describe("an untrusted workspace reads only inside itself", () => {
  let workspace: string;
  let outside: string;
  beforeEach(() => {
    workspace = folder("attest-ws-");
    outside = folder("attest-outside-");
    writeFileSync(join(outside, "secret.txt"), "Le code secret du coffre est 4812 depuis 2021.\n");
  });

  it("refuses a configured corpus path that is a link inside the workspace to a folder outside", () => {
    symlinkSync(outside, join(workspace, "sources"));
    const settings = parseSettings({ corpus: { paths: ["sources"] } }).settings;
    const resolved = resolveCorpusPaths(settings, { workspaceFolders: [workspace], trusted: false });
    assert.deepEqual(resolved.paths, []);
    assert.match(resolved.warnings.join("\n"), /outside the workspace/);
    assert.equal(resolveCorpusPaths(settings, { workspaceFolders: [workspace], trusted: true }).paths.length, 1);
  });

  it("skips a linked file inside the corpus folder whose target is outside, naming it", async () => {
    mkdirSync(join(workspace, "sources"));
    writeFileSync(join(workspace, "sources", "own.txt"), "Globex a racheté Initech en 2023.\n");
    symlinkSync(join(outside, "secret.txt"), join(workspace, "sources", "linked.txt"));
    symlinkSync(outside, join(workspace, "sources", "linked-folder"));
    const { documents, warnings } = await loadCorpus([join(workspace, "sources")], { confineTo: [workspace] });
    assert.deepEqual(
      documents.map((d) => d.id),
      ["own.txt"],
    );
    assert.match(warnings.join("\n"), /linked\.txt: outside the workspace/);
    const trusted = await loadCorpus([join(workspace, "sources")]);
    assert.equal(trusted.documents.length, 3);
  });
});
