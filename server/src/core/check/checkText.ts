import type { Finding, Lang } from "../types";
import type { CorpusIndex } from "./corpusIndex";

export interface CheckOptions {
  /** Language of the draft; detected when absent. */
  lang?: Lang;
}

export interface CheckResult {
  lang: Lang;
  findings: Finding[];
}

/** Checks a whole draft against the corpus. (Implementation in progress.) */
export function checkText(_text: string, _index: CorpusIndex, _options: CheckOptions = {}): CheckResult {
  throw new Error("checkText: not implemented yet");
}

/** Re-checks a draft after edits, reusing the results of unchanged paragraphs. */
export class DraftChecker {
  constructor(private readonly index: CorpusIndex) {}

  check(text: string, options: CheckOptions = {}): CheckResult {
    return checkText(text, this.index, options);
  }
}
