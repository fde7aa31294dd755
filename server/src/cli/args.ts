import { parseArgs } from "node:util";
import { z } from "zod";
import { SUPPORTED_EXTENSIONS } from "../core/corpus/formats/extensions";

// Command-line input is external input: parsed by node:util, then validated with zod so every
// mistake ends in one clear line and exit status 2.

const checkOptionsSchema = z.object({
  corpus: z.array(z.string().min(1, "--corpus needs a folder")).default([]),
  db: z.string().min(1, "--db needs a postgresql:// URL or service=NAME").optional(),
  format: z.enum(["text", "json", "sarif", "html"], { error: () => "--format must be text, json, sarif or html" }).default("text"),
  lang: z.enum(["fr", "en"], { error: () => "--lang must be fr or en" }).optional(),
  locale: z.enum(["fr", "en"], { error: () => "--locale must be fr or en" }).optional(),
  color: z.boolean().optional(),
  showSupported: z.boolean().default(false),
  maxFileSize: z.coerce.number({ error: () => "--max-file-size must be a number of bytes" }).int().positive().optional(),
  minConfidence: z.coerce.number({ error: () => "--min-confidence must be a number from 0 to 1" }).min(0, "--min-confidence must be from 0 to 1").max(1, "--min-confidence must be from 0 to 1").optional(),
  exclude: z.array(z.string()).default([]),
  extensions: z
    .array(z.string().trim().toLowerCase().transform((e) => e.replace(/^\./, "")).pipe(z.enum(SUPPORTED_EXTENSIONS, { error: () => `--extensions takes ${SUPPORTED_EXTENSIONS.join(",")}` })))
    .optional(),
  config: z.string().min(1, "--config needs a file").optional(),
  files: z.array(z.string()).min(1, "no draft given: attest check [options] FILE..."),
});

export type CheckCommandOptions = z.infer<typeof checkOptionsSchema>;

export class UsageError extends Error {}

export function parseCheckArgs(argv: string[]): CheckCommandOptions {
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
    throw new UsageError((e as Error).message.split("\n")[0]);
  }
  const v = parsed.values;
  const result = checkOptionsSchema.safeParse({
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
  if (!result.success) throw new UsageError(result.error.issues[0]?.message ?? "invalid arguments");
  if (result.data.db !== undefined && result.data.corpus.length) throw new UsageError("--db and --corpus exclude each other: the archive is the corpus");
  return result.data;
}

export const HELP = `attest — check a draft against its source articles

Usage:
  attest check [options] FILE...     check drafts (Markdown or text; "-" reads standard input)
  attest lsp --stdio                 run the language server (for Neovim, Emacs, Helix, Zed…)
  attest index --db URL DIR...       load source folders into a PostgreSQL archive (incremental)
  attest db migrate --db URL         create or update the archive's schema
  attest --help | --version

Options of check:
  -c, --corpus DIR      a folder (or file) of source articles; repeat for several.
                        Default: the corpus bundled with Attest.
      --db URL          check against a PostgreSQL archive instead (postgresql://user@host/db
                        or service=NAME; the password from PGPASSWORD, ~/.pgpass or the service)
  -f, --format FORMAT   text (default): file:line:col: verdict: message, one per finding
                        json: the JSON report (version 1), supported claims included
                        sarif: SARIF 2.1.0, for CI code-scanning views
                        html: a self-contained report to send (no script), as
                        the editor's report view exports it
      --lang fr|en      language of the drafts (default: detected)
      --locale fr|en    language of the messages (default: from LANG, else English)
      --show-supported  text format: list supported claims too
      --color, --no-color
                        colour the text format (default: when writing to a terminal)
      --max-file-size N skip corpus files larger than N bytes (default 5 MiB)
      --min-confidence C  hide unsupported findings whose confidence is below C (0 to 1;
                        default 0, or minimumConfidence in the project file)
      --exclude GLOB    leave out corpus files matching GLOB; repeat for several
      --extensions LIST read only corpus files with these extensions, comma-separated
                        (default: ${SUPPORTED_EXTENSIONS.join(",")})
      --config FILE     the project file to use (default: .attest/config.json, found
                        from the first draft's folder upwards). Options given on the
                        command line win over it.

Exit status: 0 no conflict, 1 at least one conflict, 2 usage or input error.

Examples:
  attest check draft.md
  attest check --corpus ~/sources --format json draft.md > report.json
  attest check --format sarif drafts/*.md > attest.sarif
  attest check --format html draft.md > report.html
  attest index --db postgresql://writer@db.newsroom/attest ~/sources
  attest check --db postgresql://reader@db.newsroom/attest draft.md
`;
