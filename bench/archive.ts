// `npm run bench -- --db URL [--sizes 1000,3000] [--claims 60] [--keep]`: the PostgreSQL archive
// measured on the generated corpora: load rate, size on disk, check latency per claim and the
// checking process's memory. Each size gets a database of its own (CREATE DATABASE with the
// URL's role), dropped afterwards unless --keep.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { Client } from "pg";
import { Archive, maskUrl } from "../server/src/archive/connection";
import { indexIntoArchive } from "../server/src/archive/indexer";
import { migrate } from "../server/src/archive/migrations";
import { vocabulary, writeCorpus, writeDraft } from "./corpus/write";
import { quantile } from "./measure/time";

const SEED = 20251123;

interface ArchiveRun {
  articles: number;
  bytes: number;
  loadSeconds: number;
  articlesPerSecond: number;
  databaseBytes: number;
  claims: number;
  p50Ms: number;
  p95Ms: number;
  meanRounds: number;
  checkerPeakRssMB: number;
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
  const dataDir = path.resolve(option(argv, "--data") ?? path.join(repoRoot, "bench", "data", "archive"));
  const vocab = vocabulary(SEED);
  const draftFile = path.join(dataDir, "draft.md");
  writeDraft(draftFile, SEED, 3000, vocab);
  const runs: ArchiveRun[] = [];
  for (const n of sizes) {
    const generated = writeCorpus(path.join(dataDir, `corpus-${n}`), n, SEED, vocab);
    const name = `attest_bench_${n}`;
    const target = databaseUrl(url, name);
    await admin(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin(url, `CREATE DATABASE ${name}`);
    try {
      const archive = new Archive(target, { application: "attest bench", statementTimeoutMs: 120_000 });
      let loadSeconds: number;
      let databaseBytes: number;
      try {
        await migrate(archive);
        log(`loading ${n} articles into ${maskUrl(target)}`);
        const started = performance.now();
        await indexIntoArchive(archive, [generated.folder]);
        loadSeconds = (performance.now() - started) / 1000;
        const client = await archive.connect();
        try {
          await client.query("VACUUM ANALYZE");
          databaseBytes = Number(
            (await client.query<{ size: string }>("SELECT pg_database_size(current_database()) AS size")).rows[0]!.size,
          );
        } finally {
          client.release();
        }
      } finally {
        await archive.close();
      }
      log(`checking ${claims} claims one by one against ${n} articles`);
      const child = path.join(__dirname, "measure", "archiveChild.js");
      const out = JSON.parse(
        execFileSync(process.execPath, [child, target, draftFile, String(claims)], { encoding: "utf8", maxBuffer: 1 << 26 }),
      ) as { times: number[]; rounds: number[]; peakRssBytes: number };
      runs.push({
        articles: n,
        bytes: generated.bytes,
        loadSeconds,
        articlesPerSecond: n / loadSeconds,
        databaseBytes,
        claims: out.times.length,
        p50Ms: quantile(out.times, 0.5),
        p95Ms: quantile(out.times, 0.95),
        meanRounds: out.rounds.reduce((a, b) => a + b, 0) / Math.max(1, out.rounds.length),
        checkerPeakRssMB: out.peakRssBytes / 1e6,
      });
    } finally {
      if (!argv.includes("--keep")) await admin(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  }
  return runs;
}

export function renderArchiveTable(runs: ArchiveRun[]): string {
  const lines = [
    "| articles | corpus MB | load (articles/s) | archive on disk (MB) | check per claim p50 / p95 (ms) | fetch rounds a claim | checker peak RSS (MB) |",
    "|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const r of runs) {
    lines.push(
      `| ${r.articles} | ${(r.bytes / 1e6).toFixed(1)} | ${r.articlesPerSecond.toFixed(0)} | ${(r.databaseBytes / 1e6).toFixed(0)} | ${r.p50Ms.toFixed(0)} / ${r.p95Ms.toFixed(0)} | ${r.meanRounds.toFixed(1)} | ${r.checkerPeakRssMB.toFixed(0)} |`,
    );
  }
  return lines.join("\n");
}

export function writeArchiveResults(runs: ArchiveRun[], file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), runs }, null, 2) + "\n");
}
