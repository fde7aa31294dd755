// A source's extracted text for clients that can show it (VS Code's `attest-source:` documents):
// PDF, web page, Word and OpenDocument sources are quoted from their extracted text, so a link to
// the file itself would open a binary, or raw HTML at the wrong line. The text is the index's,
// line for line, with each PDF page break shown as a marker line.
import * as path from "node:path";
import { z } from "zod";
import { isExtractedSource, readExtractedText } from "../core/corpus/formats";
import type { Evidence } from "../core";
import type { SourceText } from "../shared/protocol";
import type { AttestSettings } from "../shared/settings";
import { sourceTextUri } from "../shared/sourceUri";
import { sourceLink } from "./adapter";
import type { CorpusService } from "./corpusService";
import { InvalidParamsError } from "./guard";
import type { Translate } from "../shared/i18n";

const paramsSchema = z.object({ path: z.string().min(1) });

/** Where a quote links: its attest-source: document when the client shows them and the source is extracted, else the file at its line. */
export function evidenceLink(evidence: Pick<Evidence, "uri" | "range" | "page">, sourceDocuments: boolean): string {
  return sourceDocuments && isExtractedSource(evidence.uri)
    ? sourceTextUri(evidence.uri, evidence.range.start.line + 1)
    : sourceLink(evidence);
}

/** The document a source opens as (for window/showDocument): its attest-source: URI or undefined for the file itself. */
export function evidenceDocument(file: string, sourceDocuments: boolean): string | undefined {
  return sourceDocuments && isExtractedSource(file) ? sourceTextUri(file) : undefined;
}

export async function sourceTextFor(
  params: unknown,
  corpus: CorpusService,
  settings: AttestSettings,
  t: Translate,
): Promise<SourceText | null> {
  const parsed = paramsSchema.safeParse(params);
  if (!parsed.success) throw new InvalidParamsError((t) => t("params.notACorpusFile"));
  const file = path.resolve(parsed.data.path);
  // Only the corpus is served: the request must not read arbitrary files for a client.
  if (!corpus.isCorpusFile(file)) return null;
  const text = await readExtractedText(file, settings.maxFileSize);
  if (text === undefined) return null;
  let page = 1;
  // The form feed line between pages becomes a marker line: line numbers stay those of the index.
  return { text: text.replace(/^\f$/gm, () => `──────── ${t("source.pageBreak", { page: ++page })} ────────`) };
}
