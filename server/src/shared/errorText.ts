// How an error reads for the person who sees it (a window message, a command's answer, the
// output channel, the CLI's stderr). An error that carries its wording (a catalogue warning, a
// WordedError) is worded in their locale. Any other error is a fault of Attest or of the system:
// its own message is shown as a datum (Node's "EACCES: permission denied, open …" is libuv's
// wording, like a path), and a log line gets its stack trace, which is not prose.
import { describeWarning, WarningError } from "../core/warnings";
import { translator, WordedError, type Locale } from "./i18n";

/** The error's text for a message to the user: worded in `locale` when it can be. */
export function errorText(error: unknown, locale: Locale): string {
  if (error instanceof WarningError) return describeWarning(error.warning, locale);
  if (error instanceof WordedError) return error.wording(translator(locale));
  return error instanceof Error ? error.message : String(error);
}

/** The error for a log line: an expected failure by its worded text, a fault with its stack trace. */
export function errorReport(error: unknown, locale: Locale): string {
  if (error instanceof WarningError || error instanceof WordedError) return errorText(error, locale);
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
