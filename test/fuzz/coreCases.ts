// One fuzz case through the core: a few hostile sources are parsed and indexed, a hostile draft
// is checked against them (both as Markdown and as plain text), and the properties are tested.
// A failing case is shrunk: pieces are dropped while the same property still fails.
import { CorpusIndex, checkText } from "../../server/src/core";
import { parseSourceText } from "../../server/src/core/corpus";
import { decodeText } from "../../server/src/core/corpus/decode";
import { initLanguageDetection } from "../../server/src/core/corpus/language";
import { checkResultProblems, jsonProblems, spanProblems, timeBudgetMs } from "./properties";
import { caseSeed, Random } from "./random";
import { hostileDraft, hostileSource } from "./texts";

interface CoreCase {
  sources: string[][];
  draft: string[];
  /** Sources are also written as UTF-16 with a BOM and decoded, to fuzz decoding. */
  utf16: boolean;
}

export interface CaseFailure {
  seed: number;
  n: number;
  problems: string[];
  sources: string[];
  draft: string;
}

function generateCoreCase(seed: number, n: number): CoreCase {
  const rng = new Random(caseSeed(seed, n));
  const count = 1 + rng.int(3);
  return { sources: Array.from({ length: count }, () => hostileSource(rng)), draft: hostileDraft(rng), utf16: rng.chance(0.2) };
}

function utf16Bytes(text: string): Uint8Array {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
}

/** The broken properties of one case (empty when all hold); exceptions are problems too. */
function coreProblems(c: CoreCase): string[] {
  const problems: string[] = [];
  try {
    const texts = c.sources.map((s) => s.join(""));
    const docs = texts.map((raw, i) => {
      let text = raw;
      if (c.utf16) {
        const decoded = decodeText(utf16Bytes(raw));
        problems.push(...jsonProblems(`decoded source ${i}`, decoded));
        if ("text" in decoded) text = decoded.text;
      }
      const doc = parseSourceText(`s${i}${i % 2 ? ".md" : ".txt"}`, `/fuzz/s${i}${i % 2 ? ".md" : ".txt"}`, text);
      for (const [j, s] of doc.sentences.entries()) problems.push(...spanProblems(`source ${i} sentence ${j}`, doc.text, s));
      return doc;
    });
    const byUri = new Map(docs.map((d) => [d.path, d.text]));
    const index = CorpusIndex.build(docs);
    const draft = c.draft.join("");
    for (const lang of [undefined, "fr", "en"] as const) {
      const started = performance.now();
      const result = checkText(draft, index, lang ? { lang, locale: lang } : {});
      const elapsed = performance.now() - started;
      problems.push(...checkResultProblems(draft, result, (uri) => byUri.get(uri)));
      if (elapsed > timeBudgetMs(draft.length)) problems.push(`check took ${elapsed.toFixed(0)} ms for ${draft.length} characters`);
    }
  } catch (e) {
    const error = e as Error;
    problems.push(`exception: ${error?.stack?.split("\n").slice(0, 3).join(" | ") ?? String(e)}`);
  }
  return problems;
}

/** The first line of each problem, without numbers, so a shrunk case keeps failing the same way. */
function signature(problems: string[]): string {
  return problems.length ? problems[0]!.replace(/\d+/g, "#").split(" | ")[0]! : "";
}

/** Drops pieces of the draft and of the sources while the first problem stays the same. */
function shrink(c: CoreCase, problems: string[]): CoreCase {
  const target = signature(problems);
  let current = c;
  const stillFails = (candidate: CoreCase) => signature(coreProblems(candidate)) === target;
  const shrinkList = (get: (k: CoreCase) => string[], set: (k: CoreCase, v: string[]) => CoreCase) => {
    for (let chunk = Math.max(1, Math.floor(get(current).length / 2)); chunk >= 1; chunk = Math.floor(chunk / 2)) {
      for (let i = 0; i < get(current).length;) {
        const list = get(current);
        const candidate = set(current, [...list.slice(0, i), ...list.slice(i + chunk)]);
        if (stillFails(candidate)) current = candidate;
        else i += chunk;
      }
    }
  };
  shrinkList(
    (k) => k.draft,
    (k, draft) => ({ ...k, draft }),
  );
  for (let s = 0; s < current.sources.length; s++) {
    shrinkList(
      (k) => k.sources[s]!,
      (k, v) => ({ ...k, sources: k.sources.map((x, i) => (i === s ? v : x)) }),
    );
  }
  return current;
}

export interface CoreRunOptions {
  seed: number;
  from: number;
  cases: number;
  onFailure?: (failure: CaseFailure) => void;
  /** Stops after this many failures (each is shrunk, which costs time). */
  maxFailures?: number;
}

/** Runs `cases` cases from number `from`; returns the failures, shrunk. */
export async function runCoreCases(options: CoreRunOptions): Promise<CaseFailure[]> {
  await initLanguageDetection();
  const failures: CaseFailure[] = [];
  for (let n = options.from; n < options.from + options.cases; n++) {
    const c = generateCoreCase(options.seed, n);
    const problems = coreProblems(c);
    if (!problems.length) continue;
    const small = shrink(c, problems);
    const failure = {
      seed: options.seed,
      n,
      problems: coreProblems(small),
      sources: small.sources.map((s) => s.join("")),
      draft: small.draft.join(""),
    };
    failures.push(failure);
    options.onFailure?.(failure);
    if (failures.length >= (options.maxFailures ?? 5)) break;
  }
  return failures;
}
