// A Word document (.docx) → its paragraphs and tables, with mammoth (which reads the document's
// structure, not its looks) turning it into HTML that the block reader flattens, and its core
// properties (title, creator, created) as metadata. The archive is vetted and unpacked first
// within a byte budget, so a zip bomb or a file that is no archive never reaches mammoth.
import mammoth from "mammoth";
import { blockParagraphs, type DomNode } from "./blocks";
import { capText, squeeze, type DocumentMetadata, type Extraction, type ExtractionLimits } from "./types";
import { writeZip } from "./zipWrite";
import { unpackZip } from "./zip";
import { warningPart, type WarningPart } from "../../warnings";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parseHTML } = require("linkedom") as { parseHTML(html: string): { document: { body: DomNode } } };

export async function extractDocx(bytes: Uint8Array, limits: ExtractionLimits): Promise<Extraction> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = unpackZip(buffer, limits.maxUnpackedBytes);
  if ("skip" in entries) return { skip: warningPart("warningPart.wordUnreadable", { reason: entries.skip }) };
  if (!entries.has("word/document.xml")) return { skip: warningPart("warningPart.wordNoDocument") };
  let html: string;
  try {
    // mammoth is handed the entries already unpacked (stored, not deflated again): it never
    // inflates anything the budget has not seen.
    ({ value: html } = await mammoth.convertToHtml({ buffer: writeZip([...entries].map(([name, data]) => ({ name, data }))) }));
  } catch (error) {
    return { skip: warningPart("warningPart.wordUnreadable", { reason: (error as Error).message }) };
  }
  const notes: WarningPart[] = [];
  const paragraphs = blockParagraphs(parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`).document.body);
  if (!paragraphs.length) return { skip: warningPart("warningPart.wordNoText") };
  const core = entries.get("docProps/core.xml");
  return { text: capText(paragraphs.join("\n\n"), limits, notes), metadata: core ? coreProperties(core.toString("utf8")) : undefined, notes };
}

const XML_ENTITIES = new Map([["amp", "&"], ["lt", "<"], ["gt", ">"], ["quot", '"'], ["apos", "'"]]);

function xmlText(raw: string): string {
  return squeeze(
    raw.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) =>
      name.startsWith("#x") ? String.fromCodePoint(parseInt(name.slice(2), 16)) : name.startsWith("#") ? String.fromCodePoint(Number(name.slice(1))) : (XML_ENTITIES.get(name) ?? whole),
    ),
  );
}

/** docProps/core.xml: dc:title, dc:creator, dcterms:created. */
function coreProperties(xml: string): DocumentMetadata | undefined {
  const field = (tag: string) => {
    const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(xml);
    return m ? xmlText(m[1]!) || undefined : undefined;
  };
  const metadata: DocumentMetadata = {};
  const title = field("dc:title");
  const author = field("dc:creator");
  const published = field("dcterms:created");
  if (title) metadata.title = title;
  if (author) metadata.author = author;
  if (published) metadata.published = published;
  return Object.keys(metadata).length ? metadata : undefined;
}
