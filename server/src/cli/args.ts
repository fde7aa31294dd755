import { parseArgs } from "node:util";
import { z } from "zod";
import { SUPPORTED_EXTENSIONS } from "../core/corpus/formats/extensions";
import { localeOf, translator, type Locale, type Translate } from "../shared/i18n";

// Command-line input is external input: parsed by node:util, then validated with zod so every
// mistake ends in one clear line and exit status 2, in the language of the messages.

function checkOptionsSchema(t: Translate) {
  return z.object({
    corpus: z.array(z.string().min(1, t("cli.corpusNeedsFolder"))).default([]),
    db: z.string().min(1, t("cli.dbNeedsUrl")).optional(),
    format: z.enum(["text", "json", "sarif", "html"], { error: () => t("cli.badFormat") }).default("text"),
    lang: z.enum(["fr", "en"], { error: () => t("cli.badLang") }).optional(),
    locale: z.enum(["fr", "en"], { error: () => t("cli.badLocale") }).optional(),
    color: z.boolean().optional(),
    showSupported: z.boolean().default(false),
    maxFileSize: z.coerce
      .number({ error: () => t("cli.badMaxFileSize") })
      .int()
      .positive({ error: () => t("cli.badMaxFileSize") })
      .optional(),
    minConfidence: z.coerce
      .number({ error: () => t("cli.badMinConfidence") })
      .min(0, t("cli.badMinConfidence"))
      .max(1, t("cli.badMinConfidence"))
      .optional(),
    exclude: z.array(z.string()).default([]),
    extensions: z
      .array(
        z
          .string()
          .trim()
          .toLowerCase()
          .transform((e) => e.replace(/^\./, ""))
          .pipe(z.enum(SUPPORTED_EXTENSIONS, { error: () => t("cli.badExtensions", { extensions: SUPPORTED_EXTENSIONS.join(",") }) })),
      )
      .optional(),
    config: z.string().min(1, t("cli.configNeedsFile")).optional(),
    files: z.array(z.string()).min(1, t("cli.noDraft")),
  });
}

export type CheckCommandOptions = z.infer<ReturnType<typeof checkOptionsSchema>>;

export class UsageError extends Error {}

/** The language of the messages from the environment: ATTEST_LOCALE, then the usual locale variables. */
export function localeFromEnv(env: NodeJS.ProcessEnv): Locale {
  return localeOf(env.ATTEST_LOCALE || env.LC_ALL || env.LC_MESSAGES || env.LANG || "");
}

/** `--locale fr` wins over the environment, even for the errors of the other arguments. */
export function messageLocale(argv: string[], fallback: Locale): Locale {
  for (const [i, arg] of argv.entries()) {
    const value = arg.startsWith("--locale=") ? arg.slice("--locale=".length) : arg === "--locale" ? argv[i + 1] : undefined;
    if (value === "fr" || value === "en") return value;
  }
  return fallback;
}

export function parseCheckArgs(argv: string[], locale: Locale = "en"): CheckCommandOptions {
  const t = translator(locale);
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        corpus: { type: "string", short: "c", multiple: true },
        db: { type: "string" },
        format: { type: "string", short: "f" },
        lang: { type: "string" },
        locale: { type: "string" },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        "show-supported": { type: "boolean" },
        "max-file-size": { type: "string" },
        "min-confidence": { type: "string" },
        exclude: { type: "string", multiple: true },
        extensions: { type: "string" },
        config: { type: "string" },
      },
    });
  } catch (e) {
    throw new UsageError(argumentError(e as Error & { code?: string }, t));
  }
  const v = parsed.values;
  const result = checkOptionsSchema(t).safeParse({
    corpus: v.corpus ?? [],
    db: v.db,
    format: v.format,
    lang: v.lang,
    locale: v.locale,
    color: v["no-color"] ? false : v.color,
    showSupported: v["show-supported"] ?? false,
    maxFileSize: v["max-file-size"],
    minConfidence: v["min-confidence"],
    exclude: v.exclude ?? [],
    extensions: v.extensions?.split(",").filter((e) => e.trim()),
    config: v.config,
    files: parsed.positionals,
  });
  if (!result.success) throw new UsageError(result.error.issues[0]?.message ?? t("cli.badArguments"));
  if (result.data.db !== undefined && result.data.corpus.length) throw new UsageError(t("cli.dbAndCorpus"));
  return result.data;
}

/** node:util's parse errors, by their code; the option is the quoted name in its message. */
export function argumentError(error: Error & { code?: string }, t: Translate): string {
  const option = /'(-[^']*)'/.exec(error.message)?.[1] ?? "";
  if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return t("cli.unknownOption", { option });
  if (error.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return t("cli.optionNeedsValue", { option });
  return t("cli.badArguments");
}
