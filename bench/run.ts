// `npm run bench`: generates the benchmark corpora and draft (seeded, so every run measures the
// same data), measures indexing, the cache, checks, the language server and cspell, and prints a
// table and bench/results.json. `--quick` runs a small version in seconds (CI, tests).
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { countWords, vocabulary, writeCorpus, writeDraft } from "./corpus/write";
import { measureCspell } from "./measure/cspell";
import { measureExtraction } from "./measure/extraction";
import { measureFullCheck } from "./measure/fullCheck";
import { measureIndexing } from "./measure/indexing";
import { measureLsp } from "./measure/lsp";
import { renderTable, type Results } from "./report";

const SEED = 20251123;
const repoRoot = path.resolve(__dirname, "..", "..");

interface Plan {
  sizes: number[];
  draftWords: number;
  edits: number;
  editBudgetMs: number;
  checkTimeoutMs: number;
  /** The large draft of "small-draft latency while a large draft is checked": this many copies of the draft. */
  largeCopies: number;
  dataDir: string;
  out: string;
}

function plan(argv: string[]): Plan {
  const quick = argv.includes("--quick");
  const option = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const dataDir = path.resolve(option("--data") ?? path.join(repoRoot, "bench", "data", quick ? "quick" : "full"));
  return {
    sizes: option("--sizes")?.split(",").map(Number) ?? (quick ? [60] : [1000, 10000]),
    draftWords: quick ? 400 : 5000,
    edits: Number(option("--edits") ?? (quick ? 10 : 200)),
    editBudgetMs: quick ? 30_000 : 120_000,
    // A full check slower than this is reported as timed out, so the run ends in minutes.
    checkTimeoutMs: Number(option("--check-timeout") ?? (quick ? 60_000 : 120_000)),
    largeCopies: quick ? 40 : 15,
    dataDir,
    out: path.resolve(option("--out") ?? (quick ? path.join(dataDir, "results.json") : path.join(repoRoot, "bench", "results.json"))),
  };
}

function machine(): Results["machine"] {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? "unknown",
    cores: os.availableParallelism(),
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
  };
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const log = (m: string) => process.stderr.write(`bench: ${m}\n`);
  if (argv.includes("--db")) {
    // The PostgreSQL archive (bench/archive.ts), loaded only when asked: it needs a cluster.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { runArchiveBench, writeArchiveResults, renderArchiveTable }: typeof import("./archive") = require("./archive");
    const runs = await runArchiveBench(argv, repoRoot, log);
    writeArchiveResults(runs, path.join(repoRoot, "bench", "data", "archive", "results.json"));
    process.stdout.write(renderArchiveTable(runs) + "\n");
    return;
  }
  const p = plan(argv);
  fs.mkdirSync(p.dataDir, { recursive: true });
  const vocab = vocabulary(SEED);
  const draftFile = path.join(p.dataDir, "draft.md");
  const draft = writeDraft(draftFile, SEED, p.draftWords, vocab);
  const results: Results = {
    date: new Date().toISOString(),
    quick: p.sizes.every((n) => n < 1000),
    machine: machine(),
    draft: draftStats(draft),
    corpora: [],
  };

  for (const n of p.sizes) {
    log(`corpus of ${n} articles`);
    const generated = writeCorpus(path.join(p.dataDir, `corpus-${n}`), n, SEED, vocab);
    const cacheDir = path.join(p.dataDir, `cache-${n}`);
    log(`indexing ${n} articles (cold, then from the cache)`);
    const indexing = measureIndexing(generated.folder, cacheDir);
    log(`full check of the draft against ${n} articles`);
    const fullCheck = measureFullCheck(generated.folder, cacheDir, draftFile, p.checkTimeoutMs);
    results.corpora.push({ articles: n, bytes: generated.bytes, words: generated.words, indexing, fullCheck });
  }

  const largest = results.corpora.at(-1)!;
  log(`language server with ${largest.articles} articles: restart from the cache, ${p.edits} edits`);
  const workspace = path.join(p.dataDir, "workspace");
  fs.mkdirSync(workspace, { recursive: true });
  results.lsp = await measureLsp({
    corpus: path.join(p.dataDir, `corpus-${largest.articles}`),
    cacheDir: path.join(p.dataDir, `cache-${largest.articles}`),
    workspace,
    draft: draftFile,
    edits: p.edits,
    editBudgetMs: p.editBudgetMs,
    timeoutMs: p.checkTimeoutMs,
    largeCopies: p.largeCopies,
  });
  log("text extraction from web pages, PDF and Word files");
  results.extraction = await measureExtraction(results.quick);
  log("cspell on the draft");
  results.cspell = await measureCspell(draftFile, draft, repoRoot);

  const table = renderTable(results);
  fs.mkdirSync(path.dirname(p.out), { recursive: true });
  fs.writeFileSync(p.out, JSON.stringify(results, null, 2) + "\n");
  process.stdout.write(table + "\n");
  log(`results written to ${path.relative(process.cwd(), p.out)}`);
}

function draftStats(text: string): Results["draft"] {
  const sentences = text.split(/(?<=[.!?])\s+/).filter((s) => /\p{L}/u.test(s) && !s.startsWith("#"));
  return { words: countWords(text), sentences: sentences.length, withFigures: sentences.filter((s) => /\d/.test(s)).length };
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${(error as Error).stack ?? error}\n`);
  process.exitCode = 1;
});
