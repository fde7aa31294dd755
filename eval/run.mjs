#!/usr/bin/env node
// Runs every accuracy set against the built CLI and prints one table:
// the public sets (../shared/eval: dev.jsonl, DACCORD, RTE3-FR dev) and the held-out ones
// (test/fixtures/heldout: drafts on a fresh corpus, English summaries, French pairs).
// Builds nothing: run `npm run build` first. Each set is one `attest check` run.
//
//   npm run eval [-- --show-misses] [-- --cli "node bin/attest.js"]
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const args = process.argv.slice(2);
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const shared = join(root, "../shared/eval");
const heldout = join(root, "test/fixtures/heldout");
const passThrough = [];
if (args.includes("--show-misses")) passThrough.push("--show-misses");
const cliAt = args.indexOf("--cli");
if (cliAt >= 0) passThrough.push("--cli", args[cliAt + 1]);

const pairs = (name, set) => ({ name, script: join(shared, "score_pairs.mjs"), args: ["--set", set], needs: [set] });
const sets = [
  {
    name: "dev (bundled corpus)",
    script: join(shared, "score.mjs"),
    args: ["--claims", join(shared, "dev.jsonl"), "--corpus", join(root, "corpus")],
    needs: [join(shared, "dev.jsonl")],
  },
  pairs("DACCORD", join(shared, "daccord/daccord_fr.jsonl")),
  pairs("RTE3-FR dev", join(shared, "rte3fr-dev/rte3fr_dev.jsonl")),
  { name: "held-out drafts", script: join(root, "eval/score-drafts.mjs"), args: [], needs: [] },
  pairs("held-out EN summaries", join(heldout, "en-summaries.jsonl")),
  pairs("held-out FR pairs", join(heldout, "fr-pairs.jsonl")),
];

const lineCount = (path) =>
  readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim()).length;
const rows = [];
for (const set of sets) {
  const missing = [set.script, ...set.needs].find((p) => !existsSync(p));
  if (missing) {
    console.log(`skip ${set.name}: ${missing} is absent`);
    continue;
  }
  const run = spawnSync(process.execPath, [set.script, ...set.args, ...passThrough], { cwd: root, encoding: "utf8", maxBuffer: 1 << 28 });
  const out = run.stdout ?? "";
  if (passThrough.includes("--show-misses")) console.log(`== ${set.name}\n${out.trimEnd()}\n`);
  const score = out.split("\n").find((l) => l.startsWith("score: "));
  if (!score || score.includes("checker-failed")) {
    console.log(`fail ${set.name}: ${(run.stderr || out).trim().split("\n").slice(-3).join(" / ")}`);
    continue;
  }
  const field = (k) => new RegExp(`\\b${k}=([0-9.]+)`).exec(score)?.[1];
  const threeWay = /three-way (\d+)\/(\d+)/.exec(out);
  rows.push({
    set: set.name,
    claims: field("claims") ?? String(set.needs.length ? lineCount(set.needs[0]) : "?"),
    balanced: field("balanced"),
    conflictPrecision: field("conflict_precision"),
    threeWay: threeWay ? (Number(threeWay[1]) / Number(threeWay[2])).toFixed(3) : "",
  });
}
const header = ["set", "claims", "balanced", "conflict_precision", "three-way"];
const cells = rows.map((r) => [r.set, r.claims, r.balanced, r.conflictPrecision, r.threeWay]);
const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => String(c[i]).length)));
const line = (c) => c.map((x, i) => (i ? String(x).padStart(widths[i]) : String(x).padEnd(widths[i]))).join("  ");
console.log(line(header));
for (const c of cells) console.log(line(c));
process.exit(rows.length === sets.length ? 0 : 1);
