// The walkthrough's sample draft: an untitled Markdown document whose figures the bundled corpus
// gives differently, in the writer's language, so a first conflict shows without any setup.
import * as vscode from "vscode";
import { locale } from "./i18n";

const SAMPLE = {
  en: "# Sample draft\n\nOpenAI proposes cutting Microsoft's stake to 20%.\n\nMicrosoft holds 39% of OpenAI's commercial arm.\n",
  fr: "# Brouillon d'exemple\n\nMicrosoft détient 39 % de la filiale commerciale d'OpenAI.\n\nOpenAI propose de ramener la participation de Microsoft à 33 %.\n",
};

export async function openSampleDraft(): Promise<vscode.TextDocument> {
  const content = SAMPLE[locale];
  const doc = await vscode.workspace.openTextDocument({ language: "markdown", content });
  await vscode.window.showTextDocument(doc);
  return doc;
}
