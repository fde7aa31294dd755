// Tier 1 of test/e2e/run.sh: runs the extension test suite (test/vscode/suite, mocha) inside the Node
// extension host of a real VS Code server (code-server's, started with --enable-smoke-test-driver).
// Headless Chromium opens the workbench with the extension development path and the tests path in
// the URL payload; the extension host's console and its exit code come back through the smoke-test
// hooks window.codeAutomationLog / window.codeAutomationExit.
//
//   node exthost.js --server 127.0.0.1:PORT --extension DIR --tests SUITE/index.js --folder WORKSPACE
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const util = require("node:util");
const { launchChromium } = require("./browser");

const { values: args } = util.parseArgs({
  options: {
    server: { type: "string" },
    extension: { type: "string" },
    tests: { type: "string" },
    folder: { type: "string" },
    timeout: { type: "string", default: "480" },
  },
});
for (const name of ["server", "extension", "tests", "folder"]) {
  if (!args[name]) throw new Error(`--${name} is required`);
}
const shots = process.env.SHOTS || path.join(__dirname, "screenshots");
const remote = (p) => `vscode-remote://${args.server}${p}`;
const payload = JSON.stringify([
  ["extensionDevelopmentPath", remote(args.extension)],
  ["extensionTestsPath", remote(args.tests)],
  ["skipWelcome", "true"],
  ["skipReleaseNotes", "true"],
]);
const url = `http://${args.server}/?folder=${encodeURIComponent(remote(args.folder))}&payload=${encodeURIComponent(payload)}`;

// Workbench chatter that says nothing about Attest (offline marketplace, built-in chat, service worker).
const noise =
  /AgentHost|ChatModel|chatSessions|Service Worker|open-vsx|marketplace|ENOTFOUND|copilot|authentication provider|AccountPolicyGate|connection token|Creating a socket|reconnection-grace-time|builtin extensions cache/i;

async function main() {
  fs.mkdirSync(shots, { recursive: true });
  const { context, close } = await launchChromium({ width: 1400, height: 900 });
  try {
    const page = context.pages()[0] || (await context.newPage());
    let exit;
    const exited = new Promise((resolve) => (exit = resolve));
    await page.exposeFunction("codeAutomationLog", (type, logArgs) => {
      const line = util.format(...(Array.isArray(logArgs) ? logArgs : [logArgs]));
      if (!noise.test(line)) console.log(type === "error" ? `[ext-host:error] ${line}` : line);
    });
    await page.exposeFunction("codeAutomationExit", (code) => exit(code));
    page.on("pageerror", (error) => {
      if (!noise.test(error.message)) console.log(`[page error] ${error.message}`);
    });
    await page.goto(url);
    let timer;
    const deadline = new Promise((resolve) => (timer = setTimeout(() => resolve("timeout"), Number(args.timeout) * 1000)));
    const code = await Promise.race([exited, deadline]);
    clearTimeout(timer);
    await page.screenshot({ path: path.join(shots, "exthost-tests.png") }).catch(() => undefined);
    if (code === "timeout") console.log(`the extension tests did not finish within ${args.timeout} s`);
    else console.log(`extension host tests exit code: ${code}`);
    return code === 0 ? 0 : 1;
  } finally {
    await close();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
