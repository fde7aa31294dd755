// `attest index --db`, `attest db migrate --db` and the archive side of `attest check --db`.
// Loaded only when one of them runs: the embedded path does not load `pg`.
import { resolve } from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { z } from "zod";
import { Archive, DEFAULT_STATEMENT_TIMEOUT_MS, maskUrl } from "../archive/connection";
import { ArchiveSession } from "../archive/checkArchive";
import { indexIntoArchive } from "../archive/indexer";
import { migrate } from "../archive/migrations";
import type { CheckResult } from "../core";
import type { CheckOptions } from "../core/drafting/draftChecker";
import { initLanguageDetection } from "../core/corpus/language";
import { UsageError, argumentError } from "./args";
import { translator, type Locale, type Translate } from "../shared/i18n";
import { warningLine, warningText } from "./warningLine";
import { warning, WarningError } from "../core/warnings";

/** What these commands write to (CliIO of check.ts, which loads this module on demand). */
interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

// Schemas worded in the run's language, as those of `attest check` (args.ts).
function dbSchema(t: Translate) {
  return z.string({ error: () => t("cli.dbNeedsUrl") }).min(1, t("cli.dbNeedsUrl"));
}

function timeoutSchema(t: Translate) {
  return z.coerce
    .number({ error: () => t("cli.badStatementTimeout") })
    .int()
    .positive()
    .optional();
}

function localeSchema(t: Translate) {
  return z.enum(["fr", "en"], { error: () => t("cli.badLocale") }).optional();
}

function indexOptionsSchema(t: Translate) {
  return z.object({
    db: dbSchema(t),
    statementTimeout: timeoutSchema(t),
    maxFileSize: z.coerce
      .number({ error: () => t("cli.badMaxFileSize") })
      .int()
      .positive()
      .optional(),
    exclude: z.array(z.string()).default([]),
    quiet: z.boolean().default(false),
    locale: localeSchema(t),
    folders: z.array(z.string()).min(1, t("cli.noFolder")),
  });
}

/** Options every archive command takes besides its own. */
const commonOptions = {
  db: { type: "string" },
  "statement-timeout": { type: "string" },
  locale: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const satisfies NonNullable<ParseArgsConfig["options"]>;

function parse<O extends NonNullable<ParseArgsConfig["options"]>>(argv: string[], options: O, t: Translate) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, strict: true, options });
  } catch (e) {
    throw new UsageError(argumentError(e as Error & { code?: string }, t));
  }
}

function validated<T>(schema: z.ZodType<T>, input: unknown, t: Translate): T {
  const result = schema.safeParse(input);
  if (!result.success) throw new UsageError(result.error.issues[0]?.message ?? t("cli.badArguments"));
  return result.data;
}

/** A password written in the URL is visible to every user of the machine (ps): say so, once. */
function warnPasswordInUrl(db: string, io: CliIO, locale: Locale): void {
  if (maskUrl(db) !== db) io.stderr(warningLine(warning("warning.passwordInUrl"), locale));
}

/** Runs `work` on the archive; an unreachable archive or a schema mismatch is one line and exit 2. */
async function withArchive<T>(
  db: string,
  io: CliIO,
  locale: Locale,
  application: string,
  statementTimeoutMs: number | undefined,
  work: (archive: Archive) => Promise<T>,
): Promise<T> {
  warnPasswordInUrl(db, io, locale);
  const t = translator(locale);
  let archive: Archive;
  try {
    archive = new Archive(db, { application, statementTimeoutMs: statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS });
  } catch (e) {
    // A service that is not there or not valid is worded by the catalogue; a URL the driver cannot read keeps its reason.
    if (e instanceof WarningError) throw new UsageError(warningText(e.warning, locale));
    throw new UsageError(t("cli.dbUnusable", { db: maskUrl(db), reason: (e as Error).message }));
  }
  try {
    return await work(archive);
  } catch (e) {
    // The archive down, its schema too old, a migration that failed: worded by the catalogue.
    if (e instanceof WarningError) throw new UsageError(warningText(e.warning, locale));
    // A refusal of the database itself (a read-only role asked to write, a query over its time
    // limit): one line with PostgreSQL's reason and code, not a stack.
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code))
      throw new UsageError(t("cli.archiveRefused", { url: maskUrl(db), reason: (e as Error).message.split("\n")[0]!, code }));
    throw e;
  } finally {
    await archive.close().catch(() => undefined);
  }
}

/** `attest index --db URL DIR...`: exit 0 when every file was indexed or unchanged. */
export async function runIndex(argv: string[], io: CliIO, locale: Locale = "en"): Promise<number> {
  const t = translator(locale);
  const parsed = parse(
    argv,
    {
      ...commonOptions,
      "max-file-size": { type: "string" },
      exclude: { type: "string", multiple: true },
      quiet: { type: "boolean", short: "q" },
    },
    t,
  );
  const v = parsed.values;
  if (v.help) {
    io.stdout(t("cli.helpIndex"));
    return 0;
  }
  const options = validated(
    indexOptionsSchema(t),
    {
      db: v.db,
      statementTimeout: v["statement-timeout"],
      maxFileSize: v["max-file-size"],
      exclude: v.exclude ?? [],
      quiet: v.quiet ?? false,
      locale: v.locale,
      folders: parsed.positionals,
    },
    t,
  );
  return withArchive(options.db, io, locale, "attest index", options.statementTimeout, async (archive) => {
    let lastShown = 0;
    const stats = await indexIntoArchive(archive, options.folders, {
      maxFileSize: options.maxFileSize,
      exclude: options.exclude,
      warn: (w) => io.stderr(warningLine(w, locale)),
      onProgress: (done, total) => {
        const now = Date.now();
        if (options.quiet || (done < total && now - lastShown < 2000)) return;
        lastShown = now;
        io.stderr(t("cli.indexProgress", { done, count: total }));
      },
    });
    io.stderr(indexSummary(maskUrl(options.db), stats, t));
    return 0;
  });
}

/** The last line of `attest index`: what became of the files, each count in its plural form. */
export function indexSummary(
  url: string,
  stats: { files: number; added: number; updated: number; unchanged: number; removed: number; skipped: number },
  t: Translate,
): string {
  return t("cli.indexSummary", {
    url,
    files: t("count.files", { count: stats.files }),
    added: t("count.filesAdded", { count: stats.added }),
    updated: t("count.filesUpdated", { count: stats.updated }),
    unchanged: t("count.filesUnchanged", { count: stats.unchanged }),
    removed: t("count.filesRemoved", { count: stats.removed }),
    skipped: t("count.filesSkipped", { count: stats.skipped }),
  });
}

/** `attest db migrate --db URL`. */
export async function runDb(argv: string[], io: CliIO, locale: Locale = "en"): Promise<number> {
  const t = translator(locale);
  const [sub, ...rest] = argv;
  if (sub === "--help" || sub === "-h" || sub === "help") {
    io.stdout(t("cli.helpDb"));
    return 0;
  }
  if (sub === undefined || sub.startsWith("-")) throw new UsageError(t("cli.noDbCommand"));
  if (sub !== "migrate") throw new UsageError(t("cli.unknownDbCommand", { command: sub }));
  const parsed = parse(rest, commonOptions, t);
  if (parsed.values.help) {
    io.stdout(t("cli.helpDb"));
    return 0;
  }
  if (parsed.positionals.length) throw new UsageError(t("cli.unexpectedArgument", { argument: parsed.positionals[0]! }));
  const db = validated(dbSchema(t), parsed.values.db, t);
  const timeout = validated(timeoutSchema(t), parsed.values["statement-timeout"], t);
  validated(localeSchema(t), parsed.values.locale, t);
  return withArchive(db, io, locale, "attest db migrate", timeout, async (archive) => {
    const applied = await migrate(archive);
    const url = maskUrl(db);
    io.stderr(
      applied.length
        ? t("cli.migrationsApplied", { url, versions: applied.join(", "), count: applied.length })
        : t("cli.schemaUpToDate", { url }),
    );
    return 0;
  });
}

/** Each draft's result, checked against the archive in one snapshot, and the archive's size. */
export async function checkWithArchive(
  db: string,
  drafts: { path: string; text: string }[],
  options: CheckOptions,
  io: CliIO,
): Promise<{ results: CheckResult[]; documents: number; sentences: number }> {
  await initLanguageDetection();
  return withArchive(db, io, options.locale ?? "en", "attest check", undefined, async (archive) => {
    // A draft kept in an archived folder must not be its own source (as with --corpus).
    const inArchive = drafts.filter((d) => d.path !== "-").map((d) => resolve(d.path));
    const session = await ArchiveSession.open(archive, undefined, inArchive);
    try {
      if (!session.sentenceTotal) throw new UsageError(translator(options.locale ?? "en")("cli.archiveEmpty", { url: maskUrl(db) }));
      const results: CheckResult[] = [];
      for (const d of drafts) results.push(await session.check(d.text, options));
      return { results, documents: session.documentTotal, sentences: session.sentenceTotal };
    } finally {
      await session.close().catch(() => undefined);
    }
  });
}
