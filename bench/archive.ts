// `npm run bench -- --db URL [--sizes 10000,100000] [--claims 60] [--edits 100] [--keep] [--reuse]`:
// the PostgreSQL archive measured on the generated corpora: load rate, size on disk, check
// latency per claim and the checking process's memory, then a real language server with
// attest.corpus.database set: one-character edits timed to their diagnostics, and its peak RSS.
// Each size gets a database of its own (CREATE DATABASE with the URL's role), dropped afterwards
// unless --keep; --reuse measures a database kept by an earlier run without loading it again
// (its load figures come from the load-N.json that run wrote).
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { Client } from "pg";
import { Archive, maskUrl } from "../server/src/archive/connection";
import { indexIntoArchive } from "../server/src/archive/indexer";
import { migrate } from "../server/src/archive/migrations";
import { vocabulary, writeCorpus, writeDraft } from "./corpus/write";
import { measureLsp } from "./measure/lsp";
import { quantile } from "./measure/time";

const SEED = 20251123;

interface ArchiveRun {
  articles: number;
  bytes: number;
  loadSeconds: number;
  articlesPerSecond: number;
  databaseBytes: number;
  claims: number;
  /** Claims whose check met the statement timeout (not in the latencies). */
  timeouts: number;
  p50Ms: number;
  p95Ms: number;
  meanRounds: number;
  checkerPeakRssMB: number;
  lsp?: { firstCheckMs: number; edits: number; p50Ms: number; p95Ms: number; peakRssMB: number };
}

/** What loading a size measured, kept beside the corpus so that --reuse can report it. */
interface LoadFigures {
  articles: number;
  bytes: number;
  loadSeconds: number;
  databaseBytes: number;
}

function option(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

function databaseUrl(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function runArchiveBench(argv: string[], repoRoot: string, log: (m: string) => void): Promise<ArchiveRun[]> {
  const url = option(argv, "--db")!;
  const sizes = option(argv, "--sizes")?.split(",").map(Number) ?? [1000];
  const claims = Number(option(argv, "--claims") ?? 60);
  const edits = Number(option(argv, "--edits") ?? 100);
  const reuse = argv.includes("--reuse");
  const dataDir = path.resolve(option(argv, "--data") ?? path.join(repoRoot, "bench", "data", "archive"));
  const vocab = vocabulary(SEED);
  const draftFile = path.join(dataDir, "draft.md");
  writeDraft(draftFile, SEED, 3000, vocab);
  // The language server's draft: a short article, as a writer has open (the long one is the CLI's).
  const editorDraft = path.join(dataDir, "editor-draft.md");
  writeDraft(editorDraft, SEED + 1, 200, vocab);
  const runs: ArchiveRun[] = [];
  for (const n of sizes) {
    const generated = writeCorpus(path.join(dataDir, `corpus-${n}`), n, SEED, vocab);
    const name = `attest_bench_${n}`;
    const target = databaseUrl(url, name);
    const figuresFile = path.join(dataDir, `load-${n}.json`);
    const kept = reuse && fs.existsSync(figuresFile) ? (JSON.parse(fs.readFileSync(figuresFile, "utf8")) as LoadFigures) : undefined;
    try {
      let loadSeconds: number;
      let databaseBytes: number;
      if (kept) {
        log(`reusing ${maskUrl(target)} (${n} articles, loaded in ${kept.loadSeconds.toFixed(0)} s)`);
        ({ loadSeconds, databaseBytes } = kept);
      } else {
        await admin(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin(url, `CREATE DATABASE ${name}`);
        ({ loadSeconds, databaseBytes } = await load(target, generated.folder, n, log));
        const figures: LoadFigures = { articles: n, bytes: generated.bytes, loadSeconds, databaseBytes };
        fs.writeFileSync(figuresFile, JSON.stringify(figures, null, 2) + "\n");
      }
      log(`checking ${claims} claims one by one against ${n} articles`);
      const child = path.join(__dirname, "measure", "archiveChild.js");
      const out = JSON.parse(
        execFileSync(process.execPath, [child, target, draftFile, String(claims)], { encoding: "utf8", maxBuffer: 1 << 26 }),
      ) as { times: number[]; rounds: number[]; timeouts: number; peakRssBytes: number };
      runs.push({
        articles: n,
        bytes: generated.bytes,
        loadSeconds,
        articlesPerSecond: n / loadSeconds,
        databaseBytes,
        claims: out.times.length,
        timeouts: out.timeouts,
        p50Ms: quantile(out.times, 0.5),
        p95Ms: quantile(out.times, 0.95),
        meanRounds: out.rounds.reduce((a, b) => a + b, 0) / Math.max(1, out.rounds.length),
        checkerPeakRssMB: out.peakRssBytes / 1e6,
      });
      if (edits > 0) {
        log(`language server on ${n} articles: ${edits} one-character edits`);
        const workspace = path.join(dataDir, "workspace");
        fs.mkdirSync(workspace, { recursive: true });
        const lsp = await measureLsp({
          corpus: generated.folder,
          database: target,
          cacheDir: path.join(dataDir, "cache"),
          workspace,
          draft: editorDraft,
          edits,
          editBudgetMs: 180_000,
          timeoutMs: 300_000,
          largeCopies: 0,
        });
        runs.at(-1)!.lsp = { firstCheckMs: lsp.firstCheckMs, edits: lsp.edits, p50Ms: lsp.p50, p95Ms: lsp.p95, peakRssMB: lsp.peakRssMB };
      }
    } finally {
      if (!argv.includes("--keep") && !kept) await admin(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  }
  return runs;
}

/** Loads the corpus into the database at `target`: seconds taken, and the database's size after VACUUM. */
async function load(
  target: string,
  folder: string,
  n: number,
  log: (m: string) => void,
): Promise<{ loadSeconds: number; databaseBytes: number }> {
  const archive = new Archive(target, { application: "attest bench", statementTimeoutMs: 600_000 });
  try {
    await migrate(archive);
    log(`loading ${n} articles into ${maskUrl(target)}`);
    const started = performance.now();
    await indexIntoArchive(archive, [folder]);
    const loadSeconds = (performance.now() - started) / 1000;
    const client = await archive.connect();
    try {
      await client.query("VACUUM ANALYZE");
      const { rows } = await client.query<{ size: string }>("SELECT pg_database_size(current_database()) AS size");
      return { loadSeconds, databaseBytes: Number(rows[0]!.size) };
    } finally {
      client.release();
    }
  } finally {
    await archive.close();
  }
}

export function renderArchiveTable(runs: ArchiveRun[]): string {
  const lines = [
    "| articles | corpus MB | load (articles/s) | archive on disk (MB) | check per claim p50 / p95 (ms) | fetch rounds a claim | checker peak RSS (MB) | server: first check (ms) | server: keystroke p50 / p95 (ms) | server peak RSS (MB) |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const r of runs) {
    lines.push(
      `| ${r.articles} | ${(r.bytes / 1e6).toFixed(1)} | ${r.articlesPerSecond.toFixed(0)} | ${(r.databaseBytes / 1e6).toFixed(0)} | ${r.p50Ms.toFixed(0)} / ${r.p95Ms.toFixed(0)}${r.timeouts ? ` (${r.timeouts} of ${r.claims + r.timeouts} over the statement timeout)` : ""} | ${r.meanRounds.toFixed(1)} | ${r.checkerPeakRssMB.toFixed(0)} | ${lspCells(r)} |`,
    );
  }
  return lines.join("\n");
}

function lspCells(r: ArchiveRun): string {
  if (!r.lsp) return " | | ";
  const { firstCheckMs, p50Ms, p95Ms, peakRssMB, edits } = r.lsp;
  return `${firstCheckMs.toFixed(0)} | ${p50Ms.toFixed(0)} / ${p95Ms.toFixed(0)} (${edits} edits) | ${peakRssMB.toFixed(0)}`;
}

export function writeArchiveResults(runs: ArchiveRun[], file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), runs }, null, 2) + "\n");
}
