// Full check of the long draft against a cached index, in a fresh process with a time limit.
import { execFileSync } from "node:child_process";
import * as path from "node:path";

export interface FullCheck {
  /** Warm: the second check with a fresh checker. */
  ms: number;
  /** The first check of the process (lexicon tables built, code not yet optimised). */
  firstMs: number;
  counts: Record<string, number>;
  timedOut?: boolean;
}

export function measureFullCheck(corpus: string, cacheDir: string, draft: string, timeoutMs: number): FullCheck {
  try {
    const out = execFileSync(process.execPath, [path.join(__dirname, "checkChild.js"), corpus, cacheDir, draft], {
      encoding: "utf8",
      timeout: timeoutMs,
    });
    return JSON.parse(out.trim().split("\n").at(-1)!) as FullCheck;
  } catch (error) {
    if ((error as { signal?: string }).signal === "SIGTERM") return { ms: NaN, firstMs: NaN, counts: {}, timedOut: true };
    throw error;
  }
}
