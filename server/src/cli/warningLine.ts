// A warning of the core or the archive as the CLI prints it: in the run's language, each datum
// (a path, a code, a library's message) with its control characters made visible, so a file name
// can neither forge a line nor drive the terminal.
import { describeWarning, type Warning } from "../core/warnings";
import { translator, type Locale } from "../shared/i18n";
import { printable } from "./format/text";

/** The warning's text alone (for an error line). */
export function warningText(warning: Warning, locale: Locale): string {
  return describeWarning(warning, locale, { escape: printable });
}

/** "attest: warning: …" */
export function warningLine(warning: Warning, locale: Locale): string {
  return translator(locale)("cli.warning", { message: warningText(warning, locale) });
}
