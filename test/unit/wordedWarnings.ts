// Corpus warnings as an English reader sees them, for tests that check what a warning says.
import { loadCorpus } from "../../server/src/core/corpus";
import type { CorpusLoadOptions } from "../../server/src/core/corpus/types";
import { describeWarning, type Warning, type WarningPart } from "../../server/src/core/warnings";

export function english(warning: Warning | WarningPart): string {
  return describeWarning(warning, "en");
}

/** loadCorpus, its warnings worded in English. */
export async function loadWorded(paths: string[], options: CorpusLoadOptions = {}) {
  const result = await loadCorpus(paths, options);
  return { ...result, warnings: result.warnings.map(english) };
}

type Worded<E> = E extends { skip: WarningPart }
  ? { skip: string }
  : E extends { notes: WarningPart[] }
    ? Omit<E, "notes"> & { notes: string[] }
    : E;

/** A format reader's result, its reason or notes worded in English. */
export function worded<E extends { skip: WarningPart } | { notes: WarningPart[] }>(extraction: E): Worded<E> {
  if ("skip" in extraction) return { skip: english(extraction.skip) } as Worded<E>;
  return { ...extraction, notes: extraction.notes.map(english) } as Worded<E>;
}
