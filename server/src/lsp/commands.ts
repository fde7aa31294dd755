// Commands the server executes for its code actions (workspace/executeCommand), so they work in any
// LSP client: opening the sources (window/showDocument) and adding a claim to .attest/ignore.json.
import * as fs from "node:fs/promises";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { PROJECT_CONFIG_FILE } from "../shared/projectConfig";
import { addNamesToConfigText } from "../shared/projectConfigEdit";
import type { Connection } from "vscode-languageserver/node";
import { z } from "zod";
import { ServerCommands } from "../shared/protocol";
import type { IgnoreService } from "./ignoreService";
import { InvalidParamsError } from "./guard";
import type { Locale, Translate } from "../shared/i18n";
import { errorText } from "../shared/errorText";
import { WarningError } from "../core/warnings";
import { writeFileInside } from "../core/fs/safeWrite";
import { placeOf } from "../core/verdicts/evidence";

const rangeSchema = z.object({
  start: z.object({ line: z.number(), character: z.number() }),
  end: z.object({ line: z.number(), character: z.number() }),
});
const showSourcesArgs = z.object({
  evidence: z
    .array(
      z.object({ document: z.string(), uri: z.string(), range: rangeSchema, page: z.number().int().min(1).optional(), quote: z.string() }),
    )
    .min(1),
});
const ignoreArgs = z.object({ uri: z.string(), claim: z.string().min(1), sentence: z.string() });
const addNamesArgs = z.object({ uri: z.string(), names: z.array(z.string().trim().min(1)).min(1) });

export interface CommandDeps {
  connection: Pick<Connection, "window">;
  ignore: IgnoreService;
  t: Translate;
  /** The client's locale, for the errors of an edit that cannot be made. */
  locale: Locale;
  canShowDocument: boolean;
  /** The document a source opens as, when not the file itself (its extracted text in VS Code). */
  sourceDocument?: (file: string) => string | undefined;
  /** Re-checks open drafts after the ignore list changed. */
  recheck: () => void;
  /** Re-reads the settings after the project file changed. */
  reloadSettings: () => Promise<void>;
}

export const serverCommandIds = [ServerCommands.showSources, ServerCommands.ignoreClaimInWorkspace, ServerCommands.addNames];

export async function executeServerCommand(command: string, args: unknown[] | undefined, deps: CommandDeps): Promise<void> {
  const first = args?.[0];
  switch (command) {
    case ServerCommands.showSources: {
      const { evidence } = parseArgs(showSourcesArgs, first, command, deps.locale);
      if (!deps.canShowDocument) {
        const lines = evidence.map((e) => deps.t("command.sourceQuote", { place: placeOf(e, deps.t), quote: e.quote }));
        deps.connection.window.showInformationMessage(lines.join("\n"));
        return;
      }
      // Opened in reverse so the first (best) source ends up in front.
      for (const [i, e] of [...evidence].reverse().entries()) {
        const uri = deps.sourceDocument?.(e.uri) ?? (e.uri.startsWith("file:") ? e.uri : pathToFileURL(e.uri).href);
        await deps.connection.window.showDocument({ uri, selection: e.range, takeFocus: i === evidence.length - 1 });
      }
      return;
    }
    case ServerCommands.ignoreClaimInWorkspace: {
      const { uri, claim, sentence } = parseArgs(ignoreArgs, first, command, deps.locale);
      if (!deps.ignore.folderFor(uri)) {
        deps.connection.window.showWarningMessage(deps.t("server.noWorkspaceForIgnore"));
        return;
      }
      const added = await editOrTell(deps, () => deps.ignore.add(uri, claim, sentence));
      if (!added) return;
      const written = added.result;
      deps.recheck();
      // Writing a committed file deserves a word, and a way back. Not awaited: the answer may never come.
      const undo = deps.t("server.undo");
      void deps.connection.window
        .showInformationMessage(deps.t("server.ignoredInWorkspace", { claim: shortClaim(claim) }), { title: undo })
        .then(async (choice) => {
          if (choice?.title !== undo) return;
          if (await editOrTell(deps, () => deps.ignore.remove(written))) deps.recheck();
        })
        .catch(() => undefined);
      return;
    }
    case ServerCommands.addNames: {
      const { uri, names } = parseArgs(addNamesArgs, first, command, deps.locale);
      const folder = deps.ignore.folderFor(uri);
      if (!folder) {
        deps.connection.window.showWarningMessage(deps.t("server.noWorkspaceForIgnore"));
        return;
      }
      const file = path.join(folder, PROJECT_CONFIG_FILE);
      const before = await fs.readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
        if (error.code === "ENOENT") return undefined;
        throw error;
      });
      // Through links never, as the ignore list is written (core/fs/safeWrite.ts).
      const edited = await editOrTell(deps, async () =>
        writeFileInside(folder, file, addNamesToConfigText(before, names, PROJECT_CONFIG_FILE)),
      );
      if (!edited) return;
      await deps.reloadSettings();
      void deps.connection.window.showInformationMessage(
        deps.t("server.namesAdded", { names: names.join(", "), file: PROJECT_CONFIG_FILE }),
      );
      return;
    }
    default:
      throw new InvalidParamsError((t) => t("params.unknownCommand", { command: JSON.stringify(command) }));
  }
}

/**
 * Runs an edit of a workspace file; one the file refuses (not JSON, a link, no permission) is told
 * to the writer in their language and gives undefined: it is the file's state, not a server fault.
 */
async function editOrTell<T>(deps: CommandDeps, edit: () => Promise<T>): Promise<{ result: T } | undefined> {
  try {
    return { result: await edit() };
  } catch (error) {
    if (!(error instanceof WarningError)) throw error;
    void deps.connection.window.showErrorMessage(deps.t("server.problem", { problem: errorText(error, deps.locale) }));
    return undefined;
  }
}

function shortClaim(claim: string): string {
  const flat = claim.replace(/\s+/g, " ").trim();
  return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat;
}

function parseArgs<T>(schema: z.ZodType<T>, value: unknown, command: string, locale: Locale): T {
  // zod words what it expected in the client's language, as for settings.
  const parsed = schema.safeParse(value, { error: (locale === "fr" ? z.locales.fr() : z.locales.en()).localeError });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const problem = issue ? (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message) : "";
    throw new InvalidParamsError((t) => t("params.badArguments", { command, problem }));
  }
  return parsed.data;
}
