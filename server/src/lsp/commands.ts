// Commands the server executes for its code actions (workspace/executeCommand), so they work in any
// LSP client: opening the sources (window/showDocument) and adding a claim to .attest/ignore.json.
import { pathToFileURL } from "node:url";
import type { Connection } from "vscode-languageserver/node";
import { z } from "zod";
import { ServerCommands } from "../shared/protocol";
import type { IgnoreService } from "./ignoreService";
import { placeInSource, type Messages } from "./serverMessages";

const rangeSchema = z.object({
  start: z.object({ line: z.number(), character: z.number() }),
  end: z.object({ line: z.number(), character: z.number() }),
});
const showSourcesArgs = z.object({
  evidence: z.array(z.object({ document: z.string(), uri: z.string(), range: rangeSchema, page: z.number().int().min(1).optional(), quote: z.string() })).min(1),
});
const ignoreArgs = z.object({ uri: z.string(), claim: z.string().min(1), sentence: z.string() });

export interface CommandDeps {
  connection: Connection;
  ignore: IgnoreService;
  messages: Messages;
  canShowDocument: boolean;
  /** The document a source opens as, when not the file itself (its extracted text in VS Code). */
  sourceDocument?: (file: string) => string | undefined;
  /** Re-checks open drafts after the ignore list changed. */
  recheck: () => void;
}

export const serverCommandIds = [ServerCommands.showSources, ServerCommands.ignoreClaimInWorkspace];

export async function executeServerCommand(command: string, args: unknown[] | undefined, deps: CommandDeps): Promise<void> {
  const first = args?.[0];
  switch (command) {
    case ServerCommands.showSources: {
      const { evidence } = parseArgs(showSourcesArgs, first, command);
      if (!deps.canShowDocument) {
        const lines = evidence.map((e) => `${e.document} (${placeInSource(e, deps.messages)}): ${e.quote}`);
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
      const { uri, claim, sentence } = parseArgs(ignoreArgs, first, command);
      if (!deps.ignore.folderFor(uri)) {
        deps.connection.window.showWarningMessage(deps.messages("noWorkspaceForIgnore"));
        return;
      }
      await deps.ignore.add(uri, claim, sentence);
      deps.recheck();
      return;
    }
    default:
      throw new Error(`unknown command ${command}`);
  }
}

function parseArgs<T>(schema: z.ZodType<T>, value: unknown, command: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${command}: bad arguments (${issue?.path.join(".") || "argument"}: ${issue?.message ?? "invalid"})`);
  }
  return parsed.data;
}
