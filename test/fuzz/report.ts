// How a shrunk failure is printed: enough to replay it and to read it.
import type { CaseFailure } from "./coreCases";

export function describeFailure(f: CaseFailure): string {
  return [
    `case ${f.n} of seed ${f.seed} (replay: npm run fuzz -- --seed ${f.seed} --from ${f.n} --cases 1)`,
    ...f.problems.map((p) => `  ${p}`),
    `  draft: ${JSON.stringify(f.draft)}`,
    ...f.sources.map((s, i) => `  source ${i}: ${JSON.stringify(s)}`),
  ].join("\n");
}
