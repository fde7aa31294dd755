// The benchmark's results: their JSON shape, the targets of the performance issue, and the
// Markdown table printed (and pasted into the README).
import type { CspellTimes } from "./measure/cspell";
import type { ExtractionRun } from "./measure/extraction";
import type { FullCheck } from "./measure/fullCheck";
import type { IndexRun } from "./measure/indexing";
import type { LspTimes } from "./measure/lsp";

export interface Results {
  date: string;
  quick: boolean;
  machine: { cpu: string; cores: number; memoryGB: number; os: string; node: string };
  draft: { words: number; sentences: number; withFigures: number };
  corpora: { articles: number; bytes: number; words: number; indexing: { cold: IndexRun; cached: IndexRun }; fullCheck: FullCheck }[];
  lsp?: LspTimes;
  cspell?: CspellTimes;
  extraction?: ExtractionRun[];
  targets?: Target[];
}

interface Target {
  name: string;
  value: number;
  limit: string;
  met: boolean;
}

const mb = (bytes: number) => bytes / 1e6;

/** Indexing speed: bytes of the files indexed over the time to index them (cache writing excluded). */
function indexingRate(run: IndexRun): { mbPerSecond: number; articlesPerSecond: number } {
  const seconds = (run.ms - run.stats.cacheWriteMs) / 1000;
  return { mbPerSecond: mb(run.stats.indexedBytes) / seconds, articlesPerSecond: run.stats.indexed / seconds };
}

function targets(r: Results): Target[] {
  const largest = r.corpora.at(-1)!;
  const out: Target[] = [];
  if (r.lsp) out.push({ name: "incremental re-check p95 (ms)", value: r.lsp.p95, limit: "≤ 10", met: r.lsp.p95 <= 10 });
  if (r.cspell) {
    const ratio = largest.fullCheck.ms / r.cspell.warmMs;
    out.push({ name: "full check / cspell (warm, in process)", value: ratio, limit: "≤ 1.0", met: ratio <= 1 });
  }
  const rate = indexingRate(largest.indexing.cold).mbPerSecond;
  out.push({ name: "indexing (MB/s)", value: rate, limit: "≥ 20", met: rate >= 20 });
  const start = r.lsp?.readyMs ?? largest.indexing.cached.ms;
  out.push({ name: "cold start from the cache (ms)", value: start, limit: "≤ 1000", met: start <= 1000 });
  if (r.lsp) out.push({ name: "server peak RSS (MB)", value: r.lsp.peakRssMB, limit: "≤ 500", met: r.lsp.peakRssMB <= 500 });
  return out;
}

function fixed(n: number, digits = 0): string {
  if (!Number.isFinite(n)) return "–";
  return n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function renderTable(r: Results): string {
  r.targets = targets(r);
  const cols = r.corpora.map((c) => `${fixed(c.articles)} articles`);
  const row = (name: string, cells: string[]) => `| ${name} | ${cells.join(" | ")} |`;
  const lines = [
    `Machine: ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGB} GB, ${r.machine.os}, Node ${r.machine.node}${r.quick ? " (quick run)" : ""}`,
    `Draft: ${fixed(r.draft.words)} words, ${r.draft.sentences} sentences, ${r.draft.withFigures} with figures`,
    "",
    row("measure", cols),
    row(
      "---",
      cols.map(() => "---:"),
    ),
    row(
      "corpus size",
      r.corpora.map((c) => `${fixed(mb(c.bytes), 1)} MB, ${fixed(c.words / 1e6, 2)} M words`),
    ),
    row(
      "indexing, cold (MB/s)",
      r.corpora.map((c) => fixed(indexingRate(c.indexing.cold).mbPerSecond, 2)),
    ),
    row(
      "indexing, cold (articles/s)",
      r.corpora.map((c) => fixed(indexingRate(c.indexing.cold).articlesPerSecond)),
    ),
    row(
      "indexing threads",
      r.corpora.map((c) => String(c.indexing.cold.stats.threads)),
    ),
    row(
      "cache write (ms)",
      r.corpora.map((c) => fixed(c.indexing.cold.stats.cacheWriteMs)),
    ),
    row(
      "load from the cache (ms)",
      r.corpora.map((c) => fixed(c.indexing.cached.ms)),
    ),
    row(
      "full check of the draft (ms)",
      r.corpora.map((c) => (c.fullCheck.timedOut ? "timed out" : fixed(c.fullCheck.ms))),
    ),
    row(
      "full check, first in process (ms)",
      r.corpora.map((c) => fixed(c.fullCheck.firstMs)),
    ),
  ];
  if (r.lsp) {
    const last = (v: string) => r.corpora.map((_, i) => (i === r.corpora.length - 1 ? v : ""));
    lines.push(
      row("server start to ready, from the cache (ms)", last(fixed(r.lsp.readyMs))),
      row("server: first check of the draft (ms)", last(r.lsp.firstCheckTimedOut ? "timed out" : fixed(r.lsp.firstCheckMs))),
      row(`re-check after a 1-char edit, p50 / p95 (ms, ${r.lsp.edits} edits)`, last(`${fixed(r.lsp.p50, 1)} / ${fixed(r.lsp.p95, 1)}`)),
      ...(r.lsp.smallWhileLarge
        ? [
            row(
              `small-draft latency while a ${fixed(r.lsp.smallWhileLarge.largeBytes / 1024)} KB draft is checked (ms)`,
              last(fixed(r.lsp.smallWhileLarge.smallMs)),
            ),
            row("that large draft's first check (ms)", last(fixed(r.lsp.smallWhileLarge.largeMs))),
          ]
        : []),
      row("server peak RSS (MB)", last(fixed(r.lsp.peakRssMB))),
    );
  }
  if (r.cspell) {
    const largest = r.corpora.at(-1)!;
    lines.push(
      "",
      `cspell on the same draft: ${fixed(r.cspell.warmMs, 1)} ms in process (warm), ${fixed(r.cspell.cliMs)} ms as a command. ` +
        `Attest full check / cspell = ${fixed(largest.fullCheck.ms / r.cspell.warmMs, 2)} (in process), ${fixed(largest.fullCheck.ms / r.cspell.cliMs, 2)} (command).`,
    );
  }
  if (r.extraction?.length) {
    lines.push(
      "",
      "Text extraction, by source format (the reader alone, on one generated document each):",
      "",
      "| format | file | text | file MB/s | text M chars/s |",
      "| --- | ---: | ---: | ---: | ---: |",
      ...r.extraction.map(
        (x) =>
          `| ${x.format} | ${fixed(x.bytes / 1024)} KB | ${fixed(x.textChars / 1024)} K chars | ${fixed(x.mbPerSecond, 2)} | ${fixed(x.textChars / 1e6 / (x.ms / 1000), 2)} |`,
      ),
    );
  }
  lines.push("", "| target | value | limit | met |", "| --- | ---: | --- | --- |");
  for (const t of r.targets) lines.push(`| ${t.name} | ${fixed(t.value, t.value < 10 ? 2 : 0)} | ${t.limit} | ${t.met ? "yes" : "no"} |`);
  return lines.join("\n");
}
