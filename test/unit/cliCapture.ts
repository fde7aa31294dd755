// The CLI run in process: what it prints, and which English words a French run let through.
import type { CliIO } from "../../server/src/cli/check";

/** A CliIO that keeps each line written to stdout and stderr. */
export function captureIO(env: NodeJS.ProcessEnv = {}): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (s) => out.push(s), stderr: (s) => err.push(s), isTTY: false, env, readStdin: async () => "" };
}

/** The words of `words` (regular expressions of one word) that occur in `text` as whole words. */
export function englishWordsIn(text: string, words: readonly string[]): string[] {
  return words.filter((word) => new RegExp(`\\b${word}\\b`, "i").test(text));
}
