// Child process of the load test: several writers in one process, each with connections of its
// own, checking the same draft one check after the other; prints each check's latency and the
// verdicts it gave as JSON. Processes of their own, so the checkers share no JavaScript thread
// with the test and the archive sees as many clients as there are checkers.
import { readFileSync } from "node:fs";
import { Archive } from "../../server/src/archive/connection";
import { ArchiveSession } from "../../server/src/archive/checkArchive";
import { initLanguageDetection } from "../../server/src/core/corpus/language";
import { CorpusIndex, DraftChecker } from "../../server/src/core";

interface CheckRun {
  ms: number;
  verdicts: string[];
}

async function writer(url: string, text: string, rounds: number): Promise<CheckRun[]> {
  const archive = new Archive(url, { application: "attest load test" });
  const runs: CheckRun[] = [];
  try {
    for (let round = 0; round < rounds; round++) {
      const started = performance.now();
      // A session of its own each time, as a writer's check in the editor or the CLI opens one.
      const session = await ArchiveSession.open(archive);
      try {
        const { findings } = await session.check(text, { locale: "fr" });
        runs.push({ ms: performance.now() - started, verdicts: findings.map((f) => f.verdict) });
      } finally {
        await session.close();
      }
    }
  } finally {
    await archive.close();
  }
  return runs;
}

async function main(): Promise<void> {
  const [url, draftFile, writers, rounds] = process.argv.slice(2);
  const text = readFileSync(draftFile!, "utf8");
  await initLanguageDetection();
  // Warm, as a running editor is: the first check builds the lexicon tables for seconds on this
  // thread, which would starve the other writers' connection attempts past their timeout.
  new DraftChecker(new CorpusIndex()).check(text, { locale: "fr" });
  const runs = await Promise.all(Array.from({ length: Number(writers) }, () => writer(url!, text, Number(rounds))));
  process.stdout.write(JSON.stringify(runs.flat()) + "\n");
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? error}\n`);
  process.exitCode = 1;
});
