// Read-only `attest-source:` documents: a PDF, web page, Word or OpenDocument source shown as the
// text Attest quotes from (the server extracts it, PDF pages marked), opened at the quote from
// the hover or "Show sources"; and a command to open the original file with the system viewer.
import * as vscode from "vscode";
import { SOURCE_TEXT_SCHEME, SourceTextRequest, type SourceText } from "#shared/protocol";
import { sourceTextPath } from "#shared/sourceUri";
import type { AttestClient } from "./attestClient";
import { t } from "./i18n";

const OPEN_ORIGINAL_SOURCE = "attest.openOriginalSource";

export function registerSourceDocuments(context: vscode.ExtensionContext, attest: AttestClient): void {
  const provider: vscode.TextDocumentContentProvider = {
    async provideTextDocumentContent(uri) {
      const file = sourceTextPath(uri.toString());
      if (!file) return undefined;
      const reply = (await attest.languageClient.sendRequest(SourceTextRequest.method, { path: file })) as SourceText | null;
      return reply?.text ?? t("client.notACorpusSource", { file });
    },
  };
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(SOURCE_TEXT_SCHEME, provider),
    vscode.commands.registerCommand(OPEN_ORIGINAL_SOURCE, async (uri?: vscode.Uri) => {
      const target = uri ?? vscode.window.activeTextEditor?.document.uri;
      const file = target && sourceTextPath(target.toString());
      if (!file) return false;
      return vscode.env.openExternal(vscode.Uri.file(file));
    }),
  );
}
