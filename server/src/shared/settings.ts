// The one definition of Attest's settings, imported by the VS Code client, the language server
// and the package.json consistency test. Settings are validated where they enter (client config,
// workspace/configuration answers, didChangeConfiguration, initializationOptions); a bad value is
// reported by name and replaced by its default, never fatal.
import { z } from "zod";
import { SUPPORTED_EXTENSIONS } from "../core/corpus/formats/extensions";
import { translator, type Locale, type Translate } from "./i18n";

const severityLevels = ["error", "warning", "information", "hint", "off"] as const;
export type SeverityLevel = (typeof severityLevels)[number];

const checkOnModes = ["type", "save", "manual"] as const;
type CheckOn = (typeof checkOnModes)[number];

const severity = (fallback: SeverityLevel) => z.enum(severityLevels).default(fallback);

/** One schema per setting, keyed by its name under `attest.` (as in package.json). */
export const settingSchemas = {
  "corpus.paths": z.array(z.string().trim().min(1)).default([]),
  "corpus.extensions": z.array(z.enum(SUPPORTED_EXTENSIONS)).default([...SUPPORTED_EXTENSIONS]),
  // A PostgreSQL archive (postgresql://user@host/db or service=NAME) instead of the paths; "" for none.
  "corpus.database": z.string().trim().default(""),
  languages: z.array(z.string().trim().min(1)).default(["markdown", "plaintext"]),
  "severity.conflict": severity("warning"),
  "severity.unsupported": severity("information"),
  "severity.supported": severity("off"),
  checkOn: z.enum(checkOnModes).default("type"),
  maxFileSize: z
    .number()
    .int()
    .min(1)
    .default(5 * 1024 * 1024),
  exclude: z.array(z.string().trim().min(1)).default([]),
  drafts: z.array(z.string().trim().min(1)).default([]),
  names: z.array(z.string().trim().min(1)).default([]),
  // Its bounds are worded by issueWording, in the reader's language.
  minimumConfidence: z.number().min(0).max(1).default(0),
} as const;

export type SettingKey = keyof typeof settingSchemas;
export const settingKeys = Object.keys(settingSchemas) as SettingKey[];

export interface AttestSettings {
  corpus: { paths: string[]; extensions: string[]; database: string };
  languages: string[];
  severity: { conflict: SeverityLevel; unsupported: SeverityLevel; supported: SeverityLevel };
  checkOn: CheckOn;
  maxFileSize: number;
  exclude: string[];
  /** Glob patterns of the drafts (workspace-relative); empty: every file of `languages`. */
  drafts: string[];
  /** Names the writer declares known although the corpus never uses them (like a spell checker's words). */
  names: string[];
  /** Unsupported findings below this confidence are not shown. */
  minimumConfidence: number;
}

export interface SettingProblem {
  /** Full setting name, e.g. `attest.severity.conflict`. */
  setting: string;
  /** What is wrong and which value is used instead, in the locale given to parseSettings. */
  message: string;
}

export interface ParsedSettings {
  settings: AttestSettings;
  problems: SettingProblem[];
}

type FlatSettings = { [K in SettingKey]: z.output<(typeof settingSchemas)[K]> };

export function defaultSettings(): AttestSettings {
  return parseSettings(undefined).settings;
}

/**
 * Validates raw settings: the `attest` section as a nested object (`{ severity: { conflict } }`,
 * as VS Code and most LSP clients send it) or with dotted keys (`{ "severity.conflict": … }`).
 * Missing values take their defaults; invalid ones are reported and take their defaults too.
 * Problems are worded in `locale` (zod's own wording of what is expected included).
 */
export function parseSettings(raw: unknown, locale: Locale = "en"): ParsedSettings {
  const t = translator(locale);
  const problems: SettingProblem[] = [];
  const source = isRecord(raw) ? raw : {};
  if (raw !== undefined && raw !== null && !isRecord(raw)) {
    problems.push({ setting: "attest", message: t("settings.notAnObject", { got: describe(raw, t) }) });
  }
  const flat: Partial<Record<SettingKey, unknown>> = {};
  for (const [key, schema] of Object.entries(settingSchemas) as Array<[SettingKey, z.ZodType]>) {
    const value = lookup(source, key);
    const parsed = schema.safeParse(value === null ? undefined : value, { error: issueWording(key, locale, t) });
    if (parsed.success) {
      flat[key] = parsed.data;
    } else {
      const fallback = schema.parse(undefined) as unknown;
      const reason = issueReason(parsed.error, t);
      problems.push({
        setting: `attest.${key}`,
        message: t("settings.usingDefault", { reason, got: describe(value, t), fallback: JSON.stringify(fallback) }),
      });
      flat[key] = fallback;
    }
  }
  return { settings: nest(flat as FlatSettings), problems };
}

/** What is wrong with `value` for the setting `key` (whose schema is given), in `locale`; undefined when it is valid. */
export function settingValueProblem(key: SettingKey, schema: z.ZodType, value: unknown, locale: Locale = "en"): string | undefined {
  const t = translator(locale);
  const parsed = schema.safeParse(value, { error: issueWording(key, locale, t) });
  return parsed.success ? undefined : issueReason(parsed.error, t);
}

/** The first issue zod found, with where in the value it is. */
function issueReason(error: z.ZodError, t: Translate): string {
  const issue = error.issues[0];
  return issue && issue.path.length > 0 ? t("settings.at", { reason: issue.message, path: issue.path.join(".") }) : (issue?.message ?? "");
}

/** A readable one-line report of setting problems, for notifications and logs. */
export function formatSettingProblem(problem: SettingProblem, t: Translate = translator("en")): string {
  return t("settings.invalid", { setting: problem.setting, problem: problem.message });
}

function nest(flat: FlatSettings): AttestSettings {
  return {
    corpus: { paths: flat["corpus.paths"], extensions: flat["corpus.extensions"], database: flat["corpus.database"] },
    languages: flat.languages,
    severity: {
      conflict: flat["severity.conflict"],
      unsupported: flat["severity.unsupported"],
      supported: flat["severity.supported"],
    },
    checkOn: flat.checkOn,
    maxFileSize: flat.maxFileSize,
    exclude: flat.exclude,
    drafts: flat.drafts,
    names: flat.names,
    minimumConfidence: flat.minimumConfidence,
  };
}

function lookup(source: Record<string, unknown>, key: string): unknown {
  // Own properties only: the client's JSON must not reach what every object inherits.
  if (Object.hasOwn(source, key)) return source[key];
  let node: unknown = source;
  for (const part of key.split(".")) {
    if (!isRecord(node) || !Object.hasOwn(node, part)) return undefined;
    node = node[part];
  }
  return node;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** zod words what it expected in the user's language; an empty entry gets Attest's own words. */
function issueWording(key: SettingKey, locale: Locale, t: Translate): z.core.$ZodErrorMap {
  const library = (locale === "fr" ? z.locales.fr() : z.locales.en()).localeError;
  return (issue) => {
    if (issue.code === "too_small" && issue.origin === "string") return t("settings.emptyEntry");
    if (key === "corpus.extensions" && issue.code === "invalid_value")
      return t("settings.badExtension", { extensions: SUPPORTED_EXTENSIONS.join(", ") });
    if (key === "minimumConfidence" && (issue.code === "too_small" || issue.code === "too_big")) return t("settings.betweenZeroAndOne");
    return library(issue);
  };
}

function describe(value: unknown, t: Translate): string {
  if (value === undefined) return t("settings.nothing");
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
