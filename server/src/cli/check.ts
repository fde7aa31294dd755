import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { DraftChecker, indexCorpus } from "../core";
import { describeExtensions } from "../core/corpus/formats";
import { initLanguageDetection } from "../core/corpus/language";
import { UsageError, type CheckCommandOptions } from "./args";
import { formatJson } from "./format/json";
import { formatSarif } from "./format/sarif";
import { formatText } from "./format/text";
import { bundledCorpus, packageVersion } from "./packageRoot";
import type { FileReport } from "./report";

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
  readStdin: () => Promise<string>;
}

function localeFromEnv(env: NodeJS.ProcessEnv): "fr" | "en" {
  const tag = env.ATTEST_LOCALE || env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return tag.toLowerCase().startsWith("fr") ? "fr" : "en";
}

async function readDraft(path: string, io: CliIO): Promise<string> {
  if (path === "-") return io.readStdin();
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(code === "ENOENT" ? `cannot read ${path}: no such file` : code === "EISDIR" ? `cannot read ${path}: it is a folder` : `cannot read ${path}: ${code ?? (e as Error).message}`);
  }
  if (bytes.includes(0)) throw new UsageError(`cannot check ${path}: it is a binary file`);
  return bytes.toString("utf8").replace(/^\uFEFF/, "");
}

/** `attest check`: returns the exit status (0 no conflict, 1 conflicts; usage errors throw). */
export async function runCheck(options: CheckCommandOptions, io: CliIO): Promise<number> {
  const drafts = await Promise.all(options.files.map(async (path) => ({ path, text: await readDraft(path, io) })));
  const corpusPaths = options.corpus.length ? options.corpus : [bundledCorpus()];
  await initLanguageDetection();
  // Large corpora are read on parse threads; the index is the same as reading them in order.
  const { index } = await indexCorpus(corpusPaths, {
    maxFileSize: options.maxFileSize,
    exclude: options.exclude,
    extensions: options.extensions,
    warn: (message) => io.stderr(`attest: warning: ${message}`),
  });
  // A draft kept inside a corpus folder must not be its own source.
  for (const d of drafts) if (d.path !== "-") index.remove(resolve(d.path));
  if (!index.documentCount) throw new UsageError(`no source article (${describeExtensions(options.extensions)}) found in ${corpusPaths.join(", ")}`);
  const locale = options.locale ?? localeFromEnv(io.env);
  const reports: FileReport[] = drafts.map((d) => ({
    path: d.path,
    absolutePath: d.path === "-" ? resolve("stdin") : resolve(d.path),
    findings: new DraftChecker(index).check(d.text, { lang: options.lang, locale }).findings,
  }));
  const color = options.color ?? (io.isTTY && !io.env.NO_COLOR);
  if (options.format === "json") io.stdout(formatJson(reports));
  else if (options.format === "sarif") io.stdout(formatSarif(reports, packageVersion()));
  else io.stdout(formatText(reports, { color, showSupported: options.showSupported }));
  return reports.some((r) => r.findings.some((f) => f.verdict === "conflict")) ? 1 : 0;
}
