// Markdown drafts: a same-length mask that keeps only prose.
import { Masker } from "./mask";
import { maskCodeBlocks, maskFrontMatter, maskHtmlBlocks, maskLineMarkers } from "./markdownBlocks";
import { maskInline } from "./markdownInline";

/**
 * The text with everything that is not prose replaced by spaces (front matter, code, comments,
 * HTML, URLs, e-mail addresses, link targets, images, block and emphasis markers). Same length,
 * line terminators kept: an offset in the mask is the same place in the original.
 */
export function maskMarkdown(text: string): string {
  const m = new Masker(text);
  maskFrontMatter(m, text);
  maskCodeBlocks(m, text);
  maskHtmlBlocks(m);
  const labels = maskLineMarkers(m);
  maskInline(m, labels);
  return m.text();
}
