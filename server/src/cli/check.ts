import { existsSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { DraftChecker, indexCorpus, type CheckResult, type Finding } from "../core";
import { describeExtensions } from "../core/corpus/formats";
import { visibleFindings } from "../shared/findingFilter";
import { findIgnoreRoot, IGNORE_FILE, readIgnoreFile, withoutIgnored } from "../core/ignore";
import { findProjectConfig, readProjectConfig, settingsWithProblems } from "../shared/projectConfig";
import type { AttestSettings } from "../shared/settings";
import { initLanguageDetection } from "../core/corpus/language";
import { translator, type Locale, type Translate } from "../shared/i18n";
import { UsageError, localeFromEnv, type CheckCommandOptions } from "./args";
import { formatHtml } from "./format/html";
import { formatJson } from "./format/json";
import { formatSarif } from "./format/sarif";
import { formatText } from "./format/text";
import { bundledCorpus, packageVersion } from "./packageRoot";
import type { FileReport } from "./report";
import { warningLine } from "./warningLine";
import { describeWarning, sizePart, warning } from "../core/warnings";
import { readDraftFile } from "../core/corpus/readDraftFile";

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
  readStdin: () => Promise<string>;
}

/** A draft named on the command line, read as the editor reads a closed draft: a regular file, at most `maxFileSize` bytes. */
async function readDraft(path: string, io: CliIO, t: Translate, maxFileSize: number, locale: Locale): Promise<string> {
  if (path === "-") return io.readStdin();
  let read;
  try {
    if (statSync(path).isDirectory()) throw new UsageError(t("cli.isFolder", { path }));
    read = readDraftFile(path, maxFileSize);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UsageError(t("cli.noSuchFile", { path }));
    throw new UsageError(t("cli.unreadable", { path, reason: code ?? (e as Error).message }));
  }
  if ("tooLarge" in read)
    throw new UsageError(
      t("cli.draftTooLarge", {
        path,
        size: describeWarning(sizePart(read.tooLarge), locale),
        limit: describeWarning(sizePart(maxFileSize), locale),
      }),
    );
  if ("skip" in read) throw new UsageError(t("cli.draftNotText", { path, reason: describeWarning(read.skip, locale) }));
  return read.text;
}

/**
 * The settings of this run: the command line's options, then the project file (`--config`, or the
 * nearest `.attest/config.json` from the first draft's folder), then the defaults.
 */
function runSettings(options: CheckCommandOptions, io: CliIO, locale: Locale): AttestSettings {
  const t = translator(locale);
  let file: string | undefined;
  if (options.config) {
    file = resolve(options.config);
    if (!existsSync(file)) throw new UsageError(t("cli.configMissing", { path: options.config }));
  } else {
    const first = options.files.find((f) => f !== "-");
    file = findProjectConfig(first ? dirname(resolve(first)) : process.cwd());
  }
  const project = file ? readProjectConfig(file) : undefined;
  // Setting names as keys (no lookup by arbitrary words): checked against the schema by parseSettings.
  const explicit = {
    ...(options.corpus.length ? { "corpus.paths": options.corpus.map((p) => resolve(p)) } : {}),
    ...(options.maxFileSize !== undefined ? { maxFileSize: options.maxFileSize } : {}),
    ...(options.minConfidence !== undefined ? { minimumConfidence: options.minConfidence } : {}),
    ...(options.exclude.length ? { exclude: options.exclude } : {}),
    ...(options.extensions?.length ? { "corpus.extensions": options.extensions } : {}),
  } satisfies Record<string, unknown>;
  const { settings, problems } = settingsWithProblems(project, explicit, locale);
  for (const message of problems) io.stderr(t("cli.warning", { message }));
  return settings;
}

/** Findings the project's settings leave visible: minimum confidence, and verdicts whose severity is `off` (supported ones stay: --show-supported and json decide). */
function shownFindings(findings: Finding[], settings: AttestSettings): Finding[] {
  return visibleFindings(findings, settings).filter((f) => f.verdict === "supported" || settings.severity[f.verdict] !== "off");
}

/** Findings minus those `.attest/ignore.json` names, found from the draft's folder upwards, as the editor does. */
async function withoutWorkspaceIgnored(
  absolutePath: string,
  stdin: boolean,
  text: string,
  findings: Finding[],
  io: CliIO,
  locale: Locale,
): Promise<Finding[]> {
  const root = await findIgnoreRoot(stdin ? process.cwd() : dirname(absolutePath));
  if (!root) return findings;
  const list = await readIgnoreFile(join(root, IGNORE_FILE));
  if (list.problem) io.stderr(warningLine(list.problem, locale));
  const relativePath = relative(root, absolutePath);
  const file = stdin || relativePath.startsWith("..") ? undefined : relativePath.split(sep).join("/");
  return withoutIgnored(list.entries, findings, text, file);
}

/** What a backend gives for the drafts: each draft's result, and the corpus's size (for the HTML report). */
interface Checked {
  results: CheckResult[];
  documents: number;
  sentences: number;
}

async function embeddedResults(
  drafts: { path: string; text: string }[],
  options: CheckCommandOptions,
  settings: AttestSettings,
  locale: "en" | "fr",
  io: CliIO,
): Promise<Checked> {
  const t = translator(locale);
  const corpusPaths = settings.corpus.paths.length ? settings.corpus.paths : [bundledCorpus()];
  await initLanguageDetection();
  // Large corpora are read on parse threads; the index is the same as reading them in order.
  const { index, stats } = await indexCorpus(corpusPaths, {
    maxFileSize: settings.maxFileSize,
    exclude: settings.exclude,
    extensions: settings.corpus.extensions,
    warn: (w) => io.stderr(warningLine(w, locale)),
  });
  // Found but not indexed: each said why above; the count closes the list.
  const skipped = stats.files - stats.fromCache - stats.indexed;
  if (skipped > 0 && !stats.cancelled) io.stderr(warningLine(warning("warning.filesSkipped", { count: skipped }), locale));
  // A draft kept inside a corpus folder must not be its own source.
  for (const d of drafts) if (d.path !== "-") index.remove(resolve(d.path));
  if (!index.documentCount) {
    throw new UsageError(
      t("cli.noSourceArticle", { extensions: describeExtensions(settings.corpus.extensions), paths: corpusPaths.join(", ") }),
    );
  }
  const results = drafts.map((d) => new DraftChecker(index).check(d.text, { lang: options.lang, locale, names: settings.names }));
  return { results, documents: index.documentCount, sentences: index.sentenceCount };
}

async function archiveResults(
  db: string,
  drafts: { path: string; text: string }[],
  options: CheckCommandOptions,
  settings: AttestSettings,
  locale: "en" | "fr",
  io: CliIO,
): Promise<Checked> {
  // Loaded here: checks against the embedded index never load the PostgreSQL client.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { checkWithArchive }: typeof import("./archiveCommands") = require("./archiveCommands");
  return checkWithArchive(db, drafts, { lang: options.lang, locale, names: settings.names }, io);
}

/** `attest check`: returns the exit status (0 no conflict, 1 conflicts; usage errors throw). */
export async function runCheck(options: CheckCommandOptions, io: CliIO): Promise<number> {
  const locale = options.locale ?? localeFromEnv(io.env);
  const settings = runSettings(options, io, locale);
  const t = translator(locale);
  const drafts = await Promise.all(
    options.files.map(async (path) => ({ path, text: await readDraft(path, io, t, settings.maxFileSize, locale) })),
  );
  const checked =
    options.db !== undefined
      ? await archiveResults(options.db, drafts, options, settings, locale, io)
      : await embeddedResults(drafts, options, settings, locale, io);
  const reports: FileReport[] = await Promise.all(
    drafts.map(async (d, i) => {
      const result = checked.results[i]!;
      const absolutePath = d.path === "-" ? resolve("stdin") : resolve(d.path);
      // The workspace ignore list first (as the editor does), then what the settings hide.
      const kept = await withoutWorkspaceIgnored(absolutePath, d.path === "-", d.text, result.findings, io, locale);
      return { path: d.path, absolutePath, findings: shownFindings(kept, settings), text: d.text, lang: result.lang };
    }),
  );
  const color = options.color ?? (io.isTTY && !io.env.NO_COLOR);
  if (options.format === "json") io.stdout(formatJson(reports));
  else if (options.format === "sarif") io.stdout(formatSarif(reports, packageVersion(), translator(locale)));
  else if (options.format === "html")
    io.stdout(formatHtml(reports, { documents: checked.documents, sentences: checked.sentences }, locale));
  else io.stdout(formatText(reports, { color, showSupported: options.showSupported, locale }));
  return reports.some((r) => r.findings.some((f) => f.verdict === "conflict")) ? 1 : 0;
}
