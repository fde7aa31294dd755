import { formatOf, pageAt } from "../corpus/formats";
import type { Translate } from "../../shared/i18n";
import type { Evidence } from "../types";
import type { IndexedSentence } from "../index/corpusIndex";

const MAX_QUOTE = 400;

/** The quote of a source sentence, with its place in the file (LSP range) for the hover link. */
export function evidenceOf(sentence: IndexedSentence, value?: string): Evidence {
  const { doc } = sentence;
  let quote = doc.text.slice(sentence.start, sentence.end).replace(/\s+/g, " ").trim();
  if (quote.length > MAX_QUOTE) quote = quote.slice(0, MAX_QUOTE - 1).trimEnd() + "…";
  const evidence: Evidence = {
    document: doc.id,
    uri: doc.path,
    range: { start: doc.lines.positionAt(sentence.start), end: doc.lines.positionAt(sentence.end) },
    quote,
  };
  if (formatOf(doc.path)?.paged) evidence.page = pageAt(doc.text, sentence.start);
  if (doc.metadata) evidence.source = doc.metadata;
  if (value !== undefined) evidence.value = value;
  return evidence;
}

/** "002_2279de170b058ca1.txt, line 13" (lines counted from 1, as people do), "ligne 13" in French; "report.pdf, p. 2" in a paged source. */
export function placeOf(e: Pick<Evidence, "document" | "range" | "page">, t: Translate): string {
  return e.page !== undefined
    ? t("place.page", { document: e.document, page: e.page })
    : t("place.line", { document: e.document, line: e.range.start.line + 1 });
}
