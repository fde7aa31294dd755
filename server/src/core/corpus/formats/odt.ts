// An OpenDocument text (.odt, LibreOffice's format) → its paragraphs, headings, list items and
// table rows, read straight from content.xml (no converter needed: the XML is the structure),
// and title, creator and date from meta.xml. The archive is unpacked within the same budget as
// a Word file's.
import type { DomNode } from "./blocks";
import { capText, squeeze, type DocumentMetadata, type Extraction, type ExtractionLimits } from "./types";
import { unpackZip } from "./zip";
import { warningPart, type WarningPart } from "../../warnings";

interface XmlElement extends DomNode {
  getElementsByTagName(name: string): ArrayLike<XmlElement>;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DOMParser } = require("linkedom") as { DOMParser: new () => { parseFromString(xml: string, type: "text/xml"): XmlElement } };

/** Elements that hold a paragraph of their own. */
const PARAGRAPHS = new Set(["text:p", "text:h"]);
/** Elements whose text is not the document's running text. */
const SKIPPED = new Set(["office:annotation", "text:note", "text:tracked-changes", "text:bookmark-ref", "draw:frame"]);

export async function extractOdt(bytes: Uint8Array, limits: ExtractionLimits): Promise<Extraction> {
  const entries = unpackZip(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), limits.maxUnpackedBytes);
  if ("skip" in entries) return { skip: warningPart("warningPart.odtUnreadable", { reason: entries.skip }) };
  const content = entries.get("content.xml");
  if (!content) return { skip: warningPart("warningPart.odtNoContent") };
  let root: XmlElement;
  try {
    root = new DOMParser().parseFromString(content.toString("utf8"), "text/xml");
  } catch (error) {
    return { skip: warningPart("warningPart.odtUnreadable", { reason: (error as Error).message }) };
  }
  const body = root.getElementsByTagName("office:text")[0];
  const paragraphs = body ? odtParagraphs(body) : [];
  if (!paragraphs.length) return { skip: warningPart("warningPart.odtNoText") };
  const notes: WarningPart[] = [];
  const meta = entries.get("meta.xml");
  return { text: capText(paragraphs.join("\n\n"), limits, notes), metadata: meta ? odtMetadata(meta.toString("utf8")) : undefined, notes };
}

function odtParagraphs(body: DomNode): string[] {
  const out: string[] = [];
  const visit = (node: DomNode) => {
    const name = node.nodeName.toLowerCase();
    if (node.nodeType !== 1 || SKIPPED.has(name)) return;
    if (PARAGRAPHS.has(name)) {
      const text = squeeze(inlineText(node));
      if (text) out.push(text);
    } else if (name === "table:table-row") {
      const cells = Array.from(node.childNodes)
        .filter((c) => c.nodeName.toLowerCase() === "table:table-cell")
        .map((c) => odtParagraphs(c).join(" "))
        .filter(Boolean);
      if (cells.length) out.push(cells.join(" | "));
    } else {
      for (const child of Array.from(node.childNodes)) visit(child);
    }
  };
  visit(body);
  return out;
}

/** A paragraph's text: spans and links as they are, <text:s text:c="n"/> as n spaces, tabs and line breaks as spaces. */
function inlineText(node: DomNode): string {
  let out = "";
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) out += child.textContent ?? "";
    else if (child.nodeType === 1) {
      const name = child.nodeName.toLowerCase();
      if (SKIPPED.has(name)) continue;
      if (name === "text:s") out += " ".repeat(Math.min(100, Number(child.getAttribute?.("text:c") ?? 1) || 1));
      else if (name === "text:tab" || name === "text:line-break") out += " ";
      else out += inlineText(child);
    }
  }
  return out;
}

function odtMetadata(xml: string): DocumentMetadata | undefined {
  const root = new DOMParser().parseFromString(xml, "text/xml");
  const field = (...tags: string[]) => {
    for (const tag of tags) {
      const text = squeeze(root.getElementsByTagName(tag)[0]?.textContent ?? "");
      if (text) return text;
    }
    return undefined;
  };
  const metadata: DocumentMetadata = {};
  const title = field("dc:title");
  const author = field("meta:initial-creator", "dc:creator");
  const published = field("meta:creation-date", "dc:date");
  if (title) metadata.title = title;
  if (author) metadata.author = author;
  if (published) metadata.published = published;
  return Object.keys(metadata).length ? metadata : undefined;
}
