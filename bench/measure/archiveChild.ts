// Child process of the archive benchmark: checks the draft's claims one by one against the
// archive, each in a session of its own (as a writer's check would), and prints the latencies
// and this process's peak memory as JSON. A process of its own, so loading is not counted.
import { readFileSync } from "node:fs";
import { Archive } from "../../server/src/archive/connection";
import { ArchiveSession } from "../../server/src/archive/checkArchive";
import { initLanguageDetection } from "../../server/src/core/corpus/language";

async function main(): Promise<void> {
  const [url, draftFile, limit] = process.argv.slice(2);
  const claims = readFileSync(draftFile!, "utf8")
    .split(/\n\s*\n/)
    .flatMap((p) => p.split(/(?<=[.!?])\s+/))
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s) && !s.startsWith("#"))
    .slice(0, Number(limit));
  await initLanguageDetection();
  const archive = new Archive(url!, { application: "attest bench" });
  const times: number[] = [];
  const rounds: number[] = [];
  let timeouts = 0;
  try {
    for (const claim of claims) {
      const started = performance.now();
      const session = await ArchiveSession.open(archive);
      try {
        await session.check(claim, { lang: "fr" });
        rounds.push(session.lastRounds);
        times.push(performance.now() - started);
      } catch (error) {
        // A query over the statement timeout is what a writer would meet too (the claim is then
        // "not checked"): counted, and the next claims measured, rather than the run lost.
        if (!/statement timeout/.test(String(error))) throw error;
        timeouts++;
      } finally {
        await session.close();
      }
    }
  } finally {
    await archive.close();
  }
  process.stdout.write(JSON.stringify({ times, rounds, timeouts, peakRssBytes: process.resourceUsage().maxRSS * 1024 }) + "\n");
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? error}\n`);
  process.exitCode = 1;
});
