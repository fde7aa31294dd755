import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { repoRoot, serverMain, tempFolder } from "./harness";

// A real third-party LSP client: Neovim 0.7 (headless, built-in client) against `attest lsp --stdio`.
// Without nvim the test fails on CI (CI is set) and is skipped with a message elsewhere.

const LUA = path.join(repoRoot, "test", "lsp", "neovim", "attest-client.lua");

/** `attest lsp --stdio`: the shipped command (bin/attest.js, the dist/ bundle) beside out/, else the entry built next to this test. */
function attestLspCommand(): string[] {
  if (path.resolve(__dirname, "../..") === path.join(repoRoot, "out"))
    return [process.execPath, path.join(repoRoot, "bin", "attest.js"), "lsp", "--stdio"];
  return [process.execPath, serverMain, "lsp", "--stdio"];
}

function hasNvim(): boolean {
  return spawnSync("nvim", ["--version"], { stdio: "ignore" }).status === 0;
}

describe("Neovim 0.7 built-in LSP client", function () {
  this.timeout(120000);

  before(function () {
    if (hasNvim()) return;
    if (process.env.CI) throw new Error("nvim is not installed, and CI is set: install Neovim (Debian package `neovim`)");
    console.warn("    nvim not found: skipping the Neovim test (install the `neovim` package to run it)");
    this.skip();
  });

  it("shows the conflict, hovers the source, applies the quick fix", async () => {
    const dir = tempFolder("attest-nvim-");
    const draft = path.join(dir, "draft.md");
    const result = path.join(dir, "result.txt");
    fs.writeFileSync(draft, "# Brouillon\n\nMicrosoft détient 39 % de la filiale commerciale d'OpenAI.\n");
    const env = {
      ...process.env,
      ATTEST_CMD: JSON.stringify(attestLspCommand()),
      ATTEST_DRAFT: draft,
      ATTEST_OUT: result,
      // Neovim writes its state (log, shada) under these: keep it out of the real home.
      HOME: dir,
      XDG_CONFIG_HOME: path.join(dir, "config"),
      XDG_DATA_HOME: path.join(dir, "data"),
      XDG_STATE_HOME: path.join(dir, "state"),
      XDG_CACHE_HOME: path.join(dir, "cache"),
    };
    const code = await new Promise<number | null>((resolve) => {
      const nvim = spawn("nvim", ["--headless", "-u", "NONE", "-i", "NONE", "-c", `luafile ${LUA}`], { env, stdio: "ignore" });
      nvim.on("exit", (status) => resolve(status));
    });
    const report = fs.existsSync(result) ? fs.readFileSync(result, "utf8") : "(no result file)";
    fs.rmSync(dir, { recursive: true, force: true });
    assert.equal(code, 0, report);
    assert.match(report, /RESULT PASS/, report);
    assert.doesNotMatch(report, /^FAIL /m, report);
  });
});
