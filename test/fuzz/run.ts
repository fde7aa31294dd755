// `npm run fuzz -- [--cases N] [--seed S] [--from N] [--lsp N]`: the seeded property fuzzer by
// hand. Prints each failure, shrunk, with the seed and case number that replay it; exits 1 when
// any property failed.
import { runCoreCases } from "./coreCases";
import { runLspCases } from "./lspCases";
import { describeFailure } from "./report";

function option(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = Number(args[i + 1]);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} wants a whole number, not ${args[i + 1]}`);
  return value;
}

async function run(): Promise<number> {
  const args = process.argv.slice(2);
  const cases = option(args, "cases", 1000);
  const seed = option(args, "seed", 20261203);
  const from = option(args, "from", 0);
  const lsp = option(args, "lsp", Math.min(2000, Math.ceil(cases / 5)));
  const started = Date.now();
  let done = 0;
  const failures = await runCoreCases({
    seed,
    from,
    cases,
    maxFailures: 20,
    onFailure: (f) => process.stdout.write(describeFailure(f) + "\n\n"),
  });
  done += cases;
  const lspFailures = lsp ? await runLspCases({ seed, messages: lsp }) : [];
  for (const f of lspFailures) process.stdout.write(`LSP: ${f}\n`);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `${done} core cases and ${lsp} LSP messages (seed ${seed}) in ${seconds} s: ${failures.length + lspFailures.length} failures\n`,
  );
  return failures.length + lspFailures.length ? 1 : 0;
}

run().then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`fuzz: ${(e as Error).stack ?? e}\n`);
    process.exit(2);
  },
);
