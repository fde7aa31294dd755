// The extension's strings, in VS Code's display language, from the catalogue the server and the
// CLI use (server/src/shared/i18n): one place for every user-facing string.
import * as vscode from "vscode";
import { localeOf, translator } from "#shared/i18n/index";

/** VS Code's display language as a catalogue locale: what the extension words everything in. */
export const locale = localeOf(vscode.env.language);
export const t = translator(locale);
