// The warnings of the core and the archive (a skipped corpus file, a truncated PDF, an archive
// that does not answer) as data: a catalogue id and its parameters, never a sentence. They cross
// worker threads as they are and are worded only where a person reads them (the CLI, the
// language server), in that person's language. A parameter is a datum shown as it is (a path,
// an error code, a library's own message), a number, or a nested piece of wording.
import { z } from "zod";
import { en, translator, type Locale, type MessageId, type ParamsOf, type Translate } from "../shared/i18n";

/** A whole warning line (`warning.*` in the catalogue). */
export type WarningId = Extract<MessageId, `warning.${string}`>;
/** A piece of wording set into a warning: a reason, a kind of file, a size (`warningPart.*`). */
export type WarningPartId = Extract<MessageId, `warningPart.${string}`>;

type WarningParam = string | number | WarningPart;

type Phrase<Id extends MessageId> = { readonly id: Id; readonly params: Readonly<Record<ParamsOf<Id>, WarningParam>> };

/** One warning: the compiler checks its id and the names of its parameters against the English catalogue. */
export type Warning = { [Id in WarningId]: Phrase<Id> }[WarningId];
export type WarningPart = { [Id in WarningPartId]: Phrase<Id> }[WarningPartId];

type Args<Id extends MessageId> = [ParamsOf<Id>] extends [never] ? [] : [Readonly<Record<ParamsOf<Id>, WarningParam>>];

export function warning<Id extends WarningId>(id: Id, ...params: Args<Id>): Phrase<Id> {
  return { id, params: (params[0] ?? {}) as Phrase<Id>["params"] };
}

export function warningPart<Id extends WarningPartId>(id: Id, ...params: Args<Id>): Phrase<Id> {
  return { id, params: (params[0] ?? {}) as Phrase<Id>["params"] };
}

/** A warning about one corpus file: the reason a reader gave, with the file's id. */
export function fileSkipped(file: string, reason: WarningPart): Warning {
  return warning("warning.fileSkipped", { file, reason });
}

/** A size in bytes for a warning: MiB with one decimal from 1 MiB, KiB (rounded up) below. */
export function sizePart(bytes: number): WarningPart {
  return bytes >= 1024 * 1024
    ? warningPart("warningPart.mebibytes", { size: Math.round((bytes / 1024 / 1024) * 10) / 10 })
    : warningPart("warningPart.kibibytes", { size: Math.ceil(bytes / 1024) });
}

/** Why an unexpected error happened, as a warning (its detail is the error's own text). */
function internalError(error: unknown): Warning {
  return warning("warning.internalError", { detail: error instanceof Error ? error.message : String(error) });
}

/** An error that carries a warning for the user (the archive's, for one): `message` stays English for logs and stacks. */
export class WarningError extends Error {
  constructor(
    readonly warning: Warning,
    options?: ErrorOptions,
  ) {
    super(describeWarning(warning, "en"), options);
  }
}

/** The warning an error carries, or the error as an internal one. */
export function warningOf(error: unknown): Warning {
  return error instanceof WarningError ? error.warning : internalError(error);
}

export interface DescribeOptions {
  /** Applied to every datum (path, code, detail) before it is set in: the CLI makes control characters visible. */
  escape?: (text: string) => string;
}

const translators: Record<Locale, Translate> = { en: translator("en"), fr: translator("fr") };

/** The warning worded in `locale`, its pieces worded too, numbers written the language's way. */
export function describeWarning(w: Warning | WarningPart, locale: Locale, options: DescribeOptions = {}): string {
  const numbers = new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 1 });
  const shown = (name: string, value: WarningParam): string | number => {
    // `count` stays a number: it chooses the plural form.
    if (typeof value === "number") return name === "count" ? value : numbers.format(value);
    if (typeof value === "string") return options.escape ? options.escape(value) : value;
    return word(value);
  };
  const word = (phrase: Warning | WarningPart): string => {
    const params = Object.fromEntries(
      Object.entries(phrase.params as Readonly<Partial<Record<string, WarningParam>>>).map(([name, value]) => [name, shown(name, value!)]),
    );
    return (translators[locale] as (id: MessageId, params: object) => string)(phrase.id, params);
  };
  return word(w);
}

// Received from another thread: checked against the catalogue (id, and exactly its placeholders).
const placeholders = new Map<string, ReadonlySet<string>>(
  Object.entries(en).map(([id, message]) => {
    const texts = typeof message === "string" ? [message] : Object.values(message);
    const names = new Set(texts.flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)));
    if (typeof message !== "string") names.add("count");
    return [id, names];
  }),
);

function phraseSchema(prefix: string): z.ZodType<Warning | WarningPart> {
  return z
    .object({
      id: z.string().refine((id) => id.startsWith(prefix) && placeholders.has(id)),
      params: z.record(z.string(), z.union([z.string(), z.number().finite(), z.lazy(() => partSchema)])),
    })
    .strict()
    .refine(({ id, params }) => {
      // Zod runs this check even when the id was refused: an unknown id has no placeholders to match.
      const wanted = placeholders.get(id);
      const given = Object.keys(params);
      return wanted !== undefined && given.length === wanted.size && given.every((name) => wanted.has(name));
    }) as unknown as z.ZodType<Warning | WarningPart>;
}

const partSchema: z.ZodType<WarningPart> = phraseSchema("warningPart.") as z.ZodType<WarningPart>;
const warningSchema: z.ZodType<Warning> = phraseSchema("warning.") as z.ZodType<Warning>;

/** A warning received from a worker thread, validated; a malformed one becomes an internal error (never dropped silently). */
export function receivedWarning(value: unknown): Warning {
  const parsed = warningSchema.safeParse(value);
  return parsed.success ? parsed.data : warning("warning.internalError", { detail: `malformed warning ${JSON.stringify(value)}` });
}
