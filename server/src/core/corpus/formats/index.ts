// The source formats the corpus loader reads, by file extension: plain text and Markdown
// (decoded as they are), saved web pages, PDF, Word and OpenDocument files (their text extracted). The heavy
// readers (pdfjs, Readability, mammoth) are loaded on the first file that needs one.
import { readFile, stat } from "node:fs/promises";
import { decodeText } from "../decode";
import { SUPPORTED_EXTENSIONS } from "./extensions";
import { DEFAULT_EXTRACTION_LIMITS, type Extraction, type ExtractionLimits } from "./types";

type FormatName = "text" | "html" | "pdf" | "docx" | "odt";

export interface SourceFormat {
  name: FormatName;
  extensions: readonly string[];
  /**
   * Largest file read, in bytes, when the format has its own bound (PDF and Word files carry
   * images and fonts, so their size says little about their text, which maxFileSize bounds).
   */
  maxBytes?: number;
  /** True when evidence names a page (the text holds a form feed line between pages). */
  paged: boolean;
  extract(bytes: Uint8Array, limits: ExtractionLimits): Extraction | Promise<Extraction>;
}

/* eslint-disable @typescript-eslint/no-require-imports -- loaded on first use, not at start-up */
const FORMATS: readonly SourceFormat[] = [
  {
    name: "text",
    extensions: ["txt", "md", "markdown"],
    paged: false,
    extract: (bytes) => {
      const decoded = decodeText(bytes);
      return "skip" in decoded ? decoded : { text: decoded.text, notes: decoded.note ? [decoded.note] : [] };
    },
  },
  { name: "html", extensions: ["html", "htm"], paged: false, extract: (bytes, limits) => (require("./html") as typeof import("./html")).extractHtml(bytes, limits) },
  { name: "pdf", extensions: ["pdf"], maxBytes: 100 * 1024 * 1024, paged: true, extract: (bytes, limits) => (require("./pdf") as typeof import("./pdf")).extractPdf(bytes, limits) },
  { name: "docx", extensions: ["docx"], maxBytes: 50 * 1024 * 1024, paged: false, extract: (bytes, limits) => (require("./docx") as typeof import("./docx")).extractDocx(bytes, limits) },
  { name: "odt", extensions: ["odt"], maxBytes: 50 * 1024 * 1024, paged: false, extract: (bytes, limits) => (require("./odt") as typeof import("./odt")).extractOdt(bytes, limits) },
];
/* eslint-enable @typescript-eslint/no-require-imports */


const BY_EXTENSION = new Map(FORMATS.flatMap((f) => f.extensions.map((e) => [e, f] as const)));

function extensionOf(path: string): string {
  const dot = path.lastIndexOf(".");
  return dot < 0 || dot < Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) ? "" : path.slice(dot + 1).toLowerCase();
}

/** The format of a file, by its extension; undefined when Attest does not read it. */
export function formatOf(path: string): SourceFormat | undefined {
  return BY_EXTENSION.get(extensionOf(path));
}

/**
 * Which file names are corpus files: those with one of `extensions` (all supported ones when
 * absent; names Attest cannot read are ignored), compared without case or leading dot.
 */
export function sourceFileFilter(extensions?: readonly string[]): (name: string) => boolean {
  const wanted = new Set((extensions ?? SUPPORTED_EXTENSIONS).map((e) => e.replace(/^\./, "").toLowerCase()).filter((e) => BY_EXTENSION.has(e)));
  return (name) => wanted.has(extensionOf(name));
}

/** True for sources quoted from extracted text (web pages, PDF, Word, OpenDocument): their lines are not the file's. */
export function isExtractedSource(path: string): boolean {
  const format = formatOf(path);
  return format !== undefined && format.name !== "text";
}

/** ".txt, .md, .pdf" for messages. */
export function describeExtensions(extensions?: readonly string[]): string {
  return (extensions ?? SUPPORTED_EXTENSIONS).map((e) => `.${e.replace(/^\./, "")}`).join(", ");
}

/** Page (1-based) of an offset in a paged document's text: one more than the page breaks before it. */
export function pageAt(text: string, offset: number): number {
  let page = 1;
  for (let i = text.indexOf("\f"); i >= 0 && i < offset; i = text.indexOf("\f", i + 1)) page++;
  return page;
}

export { DEFAULT_EXTRACTION_LIMITS, type ExtractionLimits } from "./types";

/**
 * A source file's extracted text alone (no segmenting, no language model), as the index holds
 * it: what a viewer of the source shows. Undefined when the file is not a supported source or
 * cannot be read within the limits.
 */
export async function readExtractedText(path: string, maxFileSize: number, limits: Partial<ExtractionLimits> = {}): Promise<string | undefined> {
  const format = formatOf(path);
  if (!format) return undefined;
  try {
    // Only regular files within the size limit are read (a FIFO or a device would block or never end).
    const info = await stat(path);
    if (!info.isFile() || info.size > Math.max(maxFileSize, format.maxBytes ?? 0)) return undefined;
    const bytes = await readFile(path);
    const extracted = await format.extract(bytes, { ...DEFAULT_EXTRACTION_LIMITS, maxTextChars: maxFileSize, ...limits });
    return "skip" in extracted ? undefined : extracted.text.replace(/^\ufeff/, "");
  } catch {
    return undefined;
  }
}
