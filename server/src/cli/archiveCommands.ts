// `attest index --db`, `attest db migrate --db` and the archive side of `attest check --db`.
// Loaded only when one of them runs: the embedded path does not load `pg`.
import { resolve } from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { z } from "zod";
import { Archive, ArchiveUnreachable, DEFAULT_STATEMENT_TIMEOUT_MS, maskUrl } from "../archive/connection";
import { ArchiveSchemaError, ArchiveSession } from "../archive/checkArchive";
import { indexIntoArchive } from "../archive/indexer";
import { migrate } from "../archive/migrations";
import type { CheckResult } from "../core";
import type { CheckOptions } from "../core/drafting/draftChecker";
import { initLanguageDetection } from "../core/corpus/language";
import { UsageError } from "./args";
import type { Locale } from "../shared/i18n";
import { warningLine, warningText } from "./warningLine";
import { warning } from "../core/warnings";

/** What these commands write to (CliIO of check.ts, which loads this module on demand). */
interface CliIO {
  stderr: (s: string) => void;
}

const dbSchema = z
  .string({ error: () => "--db is needed: a postgresql:// URL or service=NAME" })
  .min(1, "--db is needed: a postgresql:// URL or service=NAME");
const timeoutSchema = z.coerce
  .number({ error: () => "--statement-timeout must be a number of milliseconds" })
  .int()
  .positive()
  .optional();

const indexOptionsSchema = z.object({
  db: dbSchema,
  statementTimeout: timeoutSchema,
  maxFileSize: z.coerce
    .number({ error: () => "--max-file-size must be a number of bytes" })
    .int()
    .positive()
    .optional(),
  exclude: z.array(z.string()).default([]),
  quiet: z.boolean().default(false),
  folders: z.array(z.string()).min(1, "no folder given: attest index --db URL DIR..."),
});

function parse(argv: string[], options: NonNullable<ParseArgsConfig["options"]>) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, strict: true, options });
  } catch (e) {
    throw new UsageError((e as Error).message.split("\n")[0]);
  }
}

function validated<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (!result.success) throw new UsageError(result.error.issues[0]?.message ?? "invalid arguments");
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
  let archive: Archive;
  try {
    archive = new Archive(db, { application, statementTimeoutMs: statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS });
  } catch (e) {
    throw new UsageError(`--db ${maskUrl(db)}: ${(e as Error).message}`);
  }
  try {
    return await work(archive);
  } catch (e) {
    if (e instanceof ArchiveUnreachable || e instanceof ArchiveSchemaError) throw new UsageError(warningText(e.warning, locale));
    // A refusal of the database itself (a read-only role asked to write, a query over its time
    // limit): one line with PostgreSQL's reason and code, not a stack.
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code))
      throw new UsageError(`archive ${maskUrl(db)}: ${(e as Error).message.split("\n")[0]} (${code})`);
    throw e;
  } finally {
    await archive.close().catch(() => undefined);
  }
}

/** `attest index --db URL DIR...`: exit 0 when every file was indexed or unchanged. */
export async function runIndex(argv: string[], io: CliIO, locale: Locale = "en"): Promise<number> {
  const parsed = parse(argv, {
    db: { type: "string" },
    "statement-timeout": { type: "string" },
    "max-file-size": { type: "string" },
    exclude: { type: "string", multiple: true },
    quiet: { type: "boolean", short: "q" },
  });
  const v = parsed.values as Record<string, string | string[] | boolean | undefined>;
  const options = validated(indexOptionsSchema, {
    db: v.db,
    statementTimeout: v["statement-timeout"],
    maxFileSize: v["max-file-size"],
    exclude: v.exclude ?? [],
    quiet: v.quiet ?? false,
    folders: parsed.positionals,
  });
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
        io.stderr(`attest: ${done}/${total} files`);
      },
    });
    io.stderr(
      `attest: ${maskUrl(options.db)}: ${stats.files} files, ${stats.added} added, ${stats.updated} updated, ${stats.unchanged} unchanged, ${stats.removed} removed, ${stats.skipped} skipped`,
    );
    return 0;
  });
}

/** `attest db migrate --db URL`. */
export async function runDb(argv: string[], io: CliIO, locale: Locale = "en"): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub !== "migrate") throw new UsageError(`unknown db command "${sub ?? ""}" (try: attest db migrate --db URL)`);
  const parsed = parse(rest, { db: { type: "string" }, "statement-timeout": { type: "string" } });
  if (parsed.positionals.length) throw new UsageError(`unexpected argument "${parsed.positionals[0]}"`);
  const db = validated(dbSchema, parsed.values.db);
  const timeout = validated(timeoutSchema, parsed.values["statement-timeout"]);
  return withArchive(db, io, locale, "attest db migrate", timeout, async (archive) => {
    const applied = await migrate(archive);
    io.stderr(
      applied.length ? `attest: ${maskUrl(db)}: migrations ${applied.join(", ")} applied` : `attest: ${maskUrl(db)}: schema up to date`,
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
      if (!session.sentenceTotal) throw new UsageError(`the archive ${maskUrl(db)} holds no source article: attest index --db URL DIR`);
      const results: CheckResult[] = [];
      for (const d of drafts) results.push(await session.check(d.text, options));
      return { results, documents: session.documentTotal, sentences: session.sentenceTotal };
    } finally {
      await session.close().catch(() => undefined);
    }
  });
}
