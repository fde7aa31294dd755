#!/usr/bin/env node
// Scores `attest check` on the held-out drafts against their per-line expectations.
//
//   node eval/score-drafts.mjs [--cli "npx --no-install attest"] [--show-misses]
//
// All drafts are checked in one run against test/fixtures/heldout/corpus; prints per-tag results,
// per-class recall, fixes, citations and a last line `score: balanced=… conflict_precision=…`.
import { execSync } from "node:child_process";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadExpectations, scoreExpectations } from "./expectations.mjs";

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const heldout = join(root, "test/fixtures/heldout");
const cli = opt("--cli", "npx --no-install attest");
const rows = loadExpectations(join(heldout, "drafts/expectations.jsonl"));
const files = [...new Set(rows.map((r) => r.file))];

const t0 = performance.now();
let out;
try {
  out = execSync(
    `${cli} check --corpus ${JSON.stringify(join(heldout, "corpus"))} --format json ${files.map((f) => JSON.stringify(join(heldout, "drafts", f))).join(" ")}`,
    { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 1 << 28 },
  );
} catch (e) {
  // exit status 1 only means that conflicts were found
  out = e.stdout;
  if (!out || !out.trim().startsWith("{")) {
    console.error(e.stderr || e.message);
    console.log("score: checker-failed");
    process.exit(1);
  }
}
const ms = performance.now() - t0;
const report = JSON.parse(out);
const byFileLine = new Map();
for (const file of report.files)
  for (const f of file.findings) {
    const key = `${basename(file.path)}:${f.range.start.line}`;
    byFileLine.set(key, [...(byFileLine.get(key) ?? []), f]);
  }
const s = scoreExpectations(rows, (file, line) => byFileLine.get(`${file}:${line}`) ?? []);

if (args.includes("--show-misses")) {
  // grouped by tag, so that one kind of difficulty reads as one block
  const byTag = new Map();
  for (const m of s.misses) for (const tag of m.row.tags) byTag.set(tag, [...(byTag.get(tag) ?? []), m]);
  for (const [tag, list] of [...byTag].sort()) {
    console.log(`miss [${tag}]`);
    for (const m of list) console.log(`  ${m.row.file}:${m.row.line} ${m.row.label}→${m.got} (${m.kind}): ${m.row.text ?? ""}`);
  }
}
console.log("tag                 right/n  false conflicts");
for (const [tag, e] of [...s.tags].sort()) console.log(`${tag.padEnd(19)} ${`${e.right}/${e.n}`.padStart(7)}  ${e.falseConflicts}`);
for (const [k, t] of s.tally) console.log(`${k.padEnd(12)} ${t.right}/${t.n}`);
console.log(`fixes        ${s.fix.right}/${s.fix.n}`);
console.log(`citations    ${s.cite.right}/${s.cite.n}`);
const r = (x) => x.toFixed(3);
console.log(
  `score: balanced=${r(s.balanced)} ok=${r(s.recall.get("ok"))} conflict=${r(s.recall.get("conflict"))} unsupported=${r(s.recall.get("unsupported"))} conflict_precision=${r(s.conflictPrecision)} claims=${s.claims} check_ms=${Math.round(ms)}`,
);
