// Tier 2 of test/e2e/run.sh: what a writer sees. code-server (the .vsix installed) in headless
// Chromium, driven like a person would: open a French and an English draft, check the squiggles,
// the status bar, the Problems panel, the hover and its quote, the quick-fix menu and its effect,
// and the fact-check report (its link opens the source), then a large corpus whose indexing
// notification is cancelled. Screenshots go to $SHOTS.
// Waits are on the page (playwright's auto-waiting locators), never fixed sleeps.
//
//   node ui.js --url http://127.0.0.1:PORT/?folder=/path/to/workspace
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const util = require("node:util");
const { launchChromium } = require("./browser");

const { values: args } = util.parseArgs({ options: { url: { type: "string" } } });
if (!args.url) throw new Error("--url is required");
const SHOTS = process.env.SHOTS || path.join(__dirname, "screenshots");
const SOURCE_DOC = "002_2279de170b058ca1.txt";
const T = { load: 90000, lsp: 60000, ui: 20000 };

const t0 = Date.now();
const log = (...a) => console.log(`  [${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);
let checks = 0;
const ok = (what) => {
  checks += 1;
  log(`✔ ${what}`);
};
const flat = (text) => text.replace(/\s+/g, " ").trim();

async function main() {
  fs.mkdirSync(SHOTS, { recursive: true });
  const { context, close } = await launchChromium({ width: 1400, height: 860 });
  const page = context.pages()[0] || (await context.newPage());
  const shot = (name) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
  try {
    await page.goto(args.url);
    await page.locator(".monaco-workbench").waitFor({ timeout: T.load });
    await page.locator(".explorer-folders-view .monaco-list-row", { hasText: "brouillon.md" }).waitFor({ timeout: T.load });
    ok("workbench loaded, workspace listed");

    // ---- French draft -------------------------------------------------------------------------
    const editor = await openFile(page, "brouillon.md");
    const warning = editor.locator(".squiggly-warning");
    await warning.first().waitFor({ timeout: T.lsp });
    await editor.locator(".squiggly-info").first().waitFor({ timeout: T.lsp });
    ok(`squiggles: ${await warning.count()} warning (39 %), ${await editor.locator(".squiggly-info").count()} information (Tesla)`);

    const status = page.locator(".statusbar-item", { hasText: /3 sources/ });
    await status.first().waitFor({ timeout: T.lsp });
    ok(`status bar: "${flat(await status.first().innerText())}"`);

    await page.keyboard.press("Control+Shift+M");
    const problems = page.locator(".markers-panel .monaco-list-row");
    const conflictRow = problems.filter({ hasText: "39 %" }).filter({ hasText: "49 %" });
    await conflictRow.first().waitFor({ timeout: T.ui });
    await problems
      .filter({ hasText: /Tesla|2 millions/ })
      .first()
      .waitFor({ timeout: T.ui });
    ok(`Problems panel: ${await problems.filter({ hasText: "attest" }).count()} Attest rows (conflict and unsupported)`);
    await shot("fr-1-squiggles-problems");

    const hover = await hoverOn(page, warning.first(), "Microsoft détient déjà 49 %");
    const hoverText = flat(await hover.innerText());
    if (!hoverText.includes(`${SOURCE_DOC}, line`)) throw new Error(`hover without the source line: ${hoverText}`);
    // VS Code shows the diagnostic's block and Attest's hover together: the quote and the message once each.
    const quoteCount = hoverText.split("Microsoft détient déjà 49 %").length - 1;
    if (quoteCount !== 1) throw new Error(`the hover shows the quote ${quoteCount} times: ${hoverText}`);
    const messageCount = hoverText.split("Sources give 49 %").length - 1;
    if (messageCount > 1) throw new Error(`the hover repeats the message: ${hoverText}`);
    ok(`hover: quote and message once each: ${hoverText.slice(0, 140)}…`);
    await shot("fr-2-hover");

    const fix = await quickFixMenu(page, warning.first(), "49 %");
    ok(`quick-fix menu: ${flat(await page.locator(".action-widget").first().innerText())}`);
    await shot("fr-3-quickfix-menu");
    await page.keyboard.press("Escape");
    await fix.waitFor({ state: "hidden", timeout: T.ui });

    // The report, with the conflict; its source link opens the article.
    const report = await factCheckDocument(page);
    await report.locator("tr.claim.conflict", { hasText: "49 %" }).first().waitFor({ timeout: T.lsp });
    const counts = flat(await report.locator(".counts").innerText());
    if (!/1 Conflict/.test(counts)) throw new Error(`report counts: ${counts}`);
    ok(`report: ${flat(await report.locator("h1").innerText())}: ${counts}`);
    await shot("fr-4-report");
    // The verdict filter: unticking "Conflict" hides the conflict rows, ticking it shows them again.
    await report.locator(".counts label.conflict").click();
    await report.locator("tr.claim.conflict").first().waitFor({ state: "hidden", timeout: T.ui });
    await shot("fr-4b-report-filtered");
    await report.locator(".counts label.conflict").click();
    await report.locator("tr.claim.conflict").first().waitFor({ state: "visible", timeout: T.ui });
    ok("report filter: conflict rows hidden and shown again");
    await report.locator("tr.claim.conflict a.source").first().click();
    await page.locator(".tabs-container .tab", { hasText: SOURCE_DOC }).first().waitFor({ timeout: T.ui });
    ok(`report link opened ${SOURCE_DOC}`);

    // Apply the quick fix from the menu; the squiggle goes, the report follows on the next check.
    const fr = await activateTab(page, "brouillon.md");
    const frWarning = fr.locator(".squiggly-warning");
    const item = await quickFixMenu(page, frWarning.first(), "49 %");
    await item.click();
    await page.waitForFunction(
      () => {
        // Runs in the page (playwright serialises this function), where `document` is the workbench's.
        // eslint-disable-next-line no-undef -- a browser global, not Node's
        const lines = [...document.querySelectorAll(".editor-group-container.active .editor-instance .view-line")].map((l) =>
          l.textContent.replace(/\u00a0/g, " "),
        );
        return lines.filter((l) => l.includes("Microsoft détient 49 %")).length === 2 && !lines.some((l) => l.includes("39 %"));
      },
      null,
      { timeout: T.ui },
    );
    await frWarning.first().waitFor({ state: "detached", timeout: T.lsp });
    ok("quick fix applied: 39 % → 49 %, the warning squiggle is gone");
    await conflictRow.first().waitFor({ state: "detached", timeout: T.ui });
    ok("the conflict left the Problems panel");
    const again = await factCheckDocument(page);
    await again.locator(".counts", { hasText: /0 Conflict/ }).waitFor({ timeout: T.lsp });
    ok(`report after the fix: ${flat(await again.locator(".counts").innerText())}`);
    await shot("fr-5-fixed-report");

    // ---- English draft ------------------------------------------------------------------------
    await runCommand(page, "View: Close All Editors");
    await page.locator(".tabs-container .tab").first().waitFor({ state: "detached", timeout: T.ui });
    const en = await openFile(page, "draft.md");
    const enWarning = en.locator(".squiggly-warning");
    await enWarning.first().waitFor({ timeout: T.lsp });
    ok("English draft: warning squiggle");
    const enHover = await hoverOn(page, enWarning.first(), "participation de 33 %");
    ok(`hover: ${flat(await enHover.innerText()).slice(0, 140)}…`);
    await shot("en-1-hover");

    // Ignore in the workspace: the squiggle goes, the Ignored Claims view lists it, Undo brings it back.
    const ignoreItem = await quickFixMenu(page, enWarning.first(), "Ignore this claim in the workspace");
    await ignoreItem.click();
    await enWarning.first().waitFor({ state: "detached", timeout: T.lsp });
    const toast = page.locator(".notification-toast", { hasText: "is ignored in this workspace" }).first();
    await toast.waitFor({ timeout: T.ui });
    const viewHeader = page.locator(".pane-header", { hasText: "Attest: Ignored Claims" }).first();
    if ((await viewHeader.getAttribute("aria-expanded")) !== "true") await viewHeader.click();
    await page.locator(".pane-body .monaco-list-row", { hasText: "20%" }).first().waitFor({ timeout: T.ui });
    ok("ignored in the workspace: the squiggle went, the Ignored Claims view lists it, a notification offers Undo");
    await shot("en-1b-ignored-view-undo");
    await toast.locator(".monaco-button", { hasText: "Undo" }).click();
    await enWarning.first().waitFor({ timeout: T.lsp });
    ok("Undo: the warning squiggle is back");
    const enFix = await quickFixMenu(page, enWarning.first(), "33%");
    ok(`quick-fix menu: ${flat(await page.locator(".action-widget").first().innerText())}`);
    await shot("en-2-quickfix-menu");
    await enFix.click();
    await enWarning.first().waitFor({ state: "detached", timeout: T.lsp });
    ok("quick fix applied: 20% → 33%, the squiggle is gone");
    await shot("en-3-fixed");

    // ---- A large corpus: the indexing notification and its Cancel button ----------------------
    // A newsroom archive of thousands of articles, chosen as the corpus in the workspace settings.
    const workspace = new URL(args.url).searchParams.get("folder");
    const archive = path.join(workspace, "archive");
    fs.mkdirSync(archive, { recursive: true });
    const ARTICLES = 6000;
    for (let i = 0; i < ARTICLES; i++) {
      fs.writeFileSync(
        path.join(archive, `article-${i}.txt`),
        `Le conseil municipal de Ville${i} a voté ${i + 10} millions d'euros de travaux pour ${2000 + (i % 30)}.\n`.repeat(8),
      );
    }
    fs.mkdirSync(path.join(workspace, ".vscode"), { recursive: true });
    fs.writeFileSync(path.join(workspace, ".vscode", "settings.json"), JSON.stringify({ "attest.corpus.paths": ["archive"] }));
    const indexing = page.locator(".notification-toast", { hasText: "indexing the corpus" }).first();
    const cancel = indexing.locator(".monaco-button", { hasText: "Cancel" });
    await cancel.waitFor({ state: "visible", timeout: T.lsp });
    ok(`indexing notification with Cancel: ${flat(await indexing.innerText()).slice(0, 120)}`);
    await shot("en-4-indexing-cancel");
    await cancel.click();
    const cancelled = page.locator(".notification-toast", { hasText: "indexing cancelled" }).first();
    await cancelled.waitFor({ timeout: T.lsp });
    const told = flat(await cancelled.innerText());
    const indexed = Number(/indexing cancelled: (\d+) of (\d+)/.exec(told)?.[1]);
    if (!(indexed < ARTICLES) || !told.includes(`of ${ARTICLES}`)) throw new Error(`after Cancel: ${told}`);
    await indexing.waitFor({ state: "detached", timeout: T.ui });
    ok(`Cancel stopped indexing: ${told.slice(0, 120)}`);
    await shot("en-5-indexing-cancelled");
    return 0;
  } catch (error) {
    log(`✖ ${error.message.split("\n")[0]}`);
    await shot("failure").catch(() => undefined);
    return 1;
  } finally {
    log(`${checks} UI checks passed`);
    await close();
  }
}

/** Quick Open (Ctrl+P) a workspace file; resolves with its editor once it is the active one. */
async function openFile(page, name) {
  await page.keyboard.press("Control+P");
  const input = page.locator(".quick-input-widget input");
  await input.waitFor({ state: "visible", timeout: T.ui });
  await input.fill(name);
  await page.locator(".quick-input-list .monaco-list-row", { hasText: name }).first().click();
  await page.locator(".editor-group-container.active .tabs-container .tab.active", { hasText: name }).waitFor({ timeout: T.ui });
  const editor = page.locator(".editor-group-container.active .editor-instance .monaco-editor").first();
  await editor.locator(".view-lines").waitFor({ timeout: T.ui });
  return editor;
}

/** Where an element is on the page, once it is visible (the editor may redraw it meanwhile: ask again). */
async function boxOf(locator) {
  for (let attempt = 1; ; attempt++) {
    await locator.waitFor({ state: "visible", timeout: T.ui });
    const box = await locator.boundingBox();
    if (box) return box;
    if (attempt === 3) throw new Error("the element keeps disappearing");
  }
}

/** Clicks an open editor's tab, as a person would to go back to it; resolves with its editor. */
async function activateTab(page, name) {
  await page.locator(".tabs-container .tab", { hasText: name }).first().click();
  await page.locator(".editor-group-container.active .tabs-container .tab.active", { hasText: name }).waitFor({ timeout: T.ui });
  const editor = page.locator(".editor-group-container.active .editor-instance .monaco-editor").first();
  await editor.locator(".view-lines").waitFor({ timeout: T.ui });
  return editor;
}

/**
 * Moves the mouse onto a squiggle; resolves with the hover once Attest's own part shows (its verdict
 * heading and the source quote as a block quote), not just the diagnostic's message.
 */
async function hoverOn(page, squiggle, quote) {
  const box = await boxOf(squiggle);
  await page.mouse.move(box.x + 1, box.y + box.height / 2);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
  const hover = page.locator(".monaco-hover:not(.hidden)", { hasText: "Attest: Conflicts with the sources" }).first();
  await hover.waitFor({ state: "visible", timeout: T.ui });
  await hover.locator("blockquote", { hasText: quote }).first().waitFor({ state: "attached", timeout: T.ui });
  return hover;
}

/**
 * Puts the cursor in a squiggle and opens the quick-fix menu (Ctrl+.); resolves with the item
 * matching `text`. The page gives no signal that the editor took the key (the light bulb is not
 * reliably drawn), so the key is pressed again, at most three times, if the menu does not show.
 */
async function quickFixMenu(page, squiggle, text) {
  const box = await boxOf(squiggle);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.move(box.x + box.width / 2, box.y + 300); // away, so no hover covers the menu
  const item = page.locator(".action-widget .action-item, .action-widget .monaco-list-row", { hasText: text }).first();
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press("Control+.");
    try {
      await item.waitFor({ state: "visible", timeout: 5000 });
      return item;
    } catch (error) {
      if (attempt === 3) throw error;
      log(`  (quick-fix menu not shown after Ctrl+. #${attempt}, pressing again)`);
      await page.keyboard.press("Escape");
    }
  }
}

/** Runs a command from the command palette (Ctrl+Shift+P), by its label. */
async function runCommand(page, label) {
  await page.keyboard.press("Control+Shift+P");
  const input = page.locator(".quick-input-widget input");
  await input.waitFor({ state: "visible", timeout: T.ui });
  await input.fill(`>${label}`);
  await page.locator(".quick-input-list .monaco-list-row", { hasText: label }).first().click();
}

/** Runs "Attest: Fact-check Document" from the command palette; resolves with the report's frame. */
async function factCheckDocument(page) {
  await runCommand(page, "Attest: Fact-check Document");
  const report = page.frameLocator("iframe.webview.ready").last().frameLocator("#active-frame");
  await report.locator("h1", { hasText: "Fact-check report" }).waitFor({ timeout: T.lsp });
  return report;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
