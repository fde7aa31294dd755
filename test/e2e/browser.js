// Headless Debian Chromium for the e2e drivers, with the flags this offline machine needs:
// without the background-networking ones Chromium keeps dialling hosts it cannot reach.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { chromium } = require(process.env.ATTEST_E2E_PLAYWRIGHT || "playwright-core");

/** A persistent context in a fresh profile under $TMPDIR; `close()` also removes the profile. */
async function launchChromium(viewport) {
  const profile = fs.mkdtempSync(path.join(process.env.TMPDIR || "/tmp", "chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.ATTEST_E2E_CHROMIUM || "/usr/bin/chromium",
    headless: true,
    viewport,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const close = async () => {
    await context.close().catch(() => undefined);
    fs.rmSync(profile, { recursive: true, force: true });
  };
  return { context, close };
}

module.exports = { launchChromium };
