// A DOM subtree → paragraphs, one line each: every block element (paragraph, heading, list item,
// quotation, caption) starts a new one, a table row is one line with its cells separated by
// " | ", and scripts, styles, forms and hidden elements give nothing. Shared by the HTML reader
// (on Readability's article) and the Word reader (on the HTML mammoth writes).
import { squeeze } from "./types";

/** The few DOM members read here, so that any DOM (linkedom, jsdom) fits. */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}

const BLOCKS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DETAILS", "DIV", "DL", "DT", "FIELDSET", "FIGCAPTION", "FIGURE", "FOOTER", "FORM",
  "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV", "OL", "P", "PRE", "SECTION", "SUMMARY", "TABLE", "TBODY", "THEAD", "TFOOT", "UL", "CAPTION",
]);
const SILENT = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "CANVAS", "IFRAME", "BUTTON", "SELECT", "TEXTAREA", "INPUT", "HEAD", "OBJECT"]);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export function blockParagraphs(root: DomNode): string[] {
  const out: string[] = [];
  let current = "";
  const flush = () => {
    const text = squeeze(current);
    if (text) out.push(text);
    current = "";
  };
  const visit = (node: DomNode) => {
    if (node.nodeType === TEXT_NODE) {
      current += node.textContent ?? "";
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = node.nodeName.toUpperCase();
    const hidden = node.getAttribute?.("hidden");
    if (SILENT.has(name) || (hidden !== null && hidden !== undefined)) return;
    if (name === "BR") {
      current += " ";
      return;
    }
    if (name === "TR") {
      flush();
      const cells: string[] = [];
      for (const cell of Array.from(node.childNodes)) {
        if (cell.nodeType !== ELEMENT_NODE) continue;
        const text = blockParagraphs(cell).join(" ");
        if (text) cells.push(text);
      }
      if (cells.length) out.push(cells.join(" | "));
      return;
    }
    const block = BLOCKS.has(name);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) visit(child);
    if (block) flush();
  };
  visit(root);
  flush();
  return out;
}
