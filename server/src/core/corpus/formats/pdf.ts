// PDF → text with pdfjs-dist's legacy build (pure JavaScript, no canvas: text content only).
// Page by page: text items grouped into lines by baseline, two-column pages read column by
// column, paragraphs cut at wider gaps, words hyphenated at a line end joined, and the running
// headers, footers and page numbers repeated across pages dropped as furniture.
import { squeeze, PAGE_BREAK, capText, type DocumentMetadata, type Extraction, type ExtractionLimits } from "./types";
import { warningPart, type WarningPart } from "../../warnings";

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs", { with: { "resolution-mode": "import" } });

let loading: Promise<PdfJs> | undefined;

/**
 * pdfjs, loaded once. Its worker code runs in this thread ("fake worker"): registered on
 * globalThis.pdfjsWorker, pdfjs uses it instead of importing a worker file by URL, which keeps
 * the bundle self-contained. Its load-time warnings (no canvas: only rendering needs one) would
 * go to stdout, the language server's channel, so console.log is quiet while it loads.
 */
function loadPdfJs(): Promise<PdfJs> {
  return (loading ??= (async () => {
    const log = console.log;
    console.log = () => {};
    try {
      // pdfjs builds a DOMMatrix when it loads, for rendering, which text extraction never does.
      // Where no canvas package provides one (the bundle never loads native code), an identity
      // stand-in lets it load.
      (globalThis as { DOMMatrix?: unknown }).DOMMatrix ??= IdentityMatrix;
      // @ts-expect-error: the worker module ships without type declarations.
      const worker: unknown = await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
      const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
      return pdfjs;
    } finally {
      console.log = log;
    }
  })());
}

/** The 2D identity matrix, all that pdfjs's module-level code asks of DOMMatrix. */
class IdentityMatrix {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;
}

interface Item {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

interface Line {
  y: number;
  x: number;
  end: number;
  size: number;
  text: string;
  /** Cells set apart by wide gaps (a table row): a paragraph of its own, cells separated by " | ". */
  cells: boolean;
}

/** A gap this many font sizes wide inside a row separates table cells, not words. */
const CELL_GAP = 3;

export async function extractPdf(bytes: Uint8Array, limits: ExtractionLimits): Promise<Extraction> {
  const started = Date.now();
  let pdfjs: PdfJs;
  try {
    pdfjs = await loadPdfJs();
  } catch (error) {
    return { skip: warningPart("warningPart.pdfReaderUnavailable", { detail: (error as Error).message }) };
  }
  const task = pdfjs.getDocument({
    // A copy: pdfjs may detach the buffer it is given, and the caller still hashes the bytes.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    useWorkerFetch: false,
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  const notes: WarningPart[] = [];
  try {
    const deadline = started + limits.timeoutMs;
    // In-process pdfjs mostly resolves in microtasks, which a timer cannot interrupt: the clock
    // is also read between steps.
    const late = () => Date.now() >= deadline;
    const doc = await withDeadline(task.promise, deadline);
    if (doc === undefined || late()) return { skip: warningPart("warningPart.pdfNoPageInTime", { seconds: limits.timeoutMs / 1000 }) };
    const pageCount = Math.min(doc.numPages, limits.maxPages);
    if (doc.numPages > limits.maxPages) notes.push(warningPart("warningPart.pdfPagesCapped", { pages: doc.numPages, max: limits.maxPages }));
    const pages: Item[][][] = [];
    for (let n = 1; n <= pageCount; n++) {
      const content = n > 1 && late() ? undefined : await withDeadline(doc.getPage(n).then((page) => page.getTextContent()), deadline);
      if (content === undefined) {
        notes.push(warningPart("warningPart.pdfStoppedInTime", { read: n - 1, pages: doc.numPages, seconds: limits.timeoutMs / 1000 }));
        break;
      }
      const items: Item[] = [];
      for (const it of content.items) {
        // Whitespace items (pdfjs adds one across a wide gap, a gutter included) say nothing
        // that the positions do not: the gaps between words are measured when rows are joined.
        if (!("str" in it) || !it.str.trim()) continue;
        const [a, b, , , x, y] = it.transform as number[];
        items.push({ text: it.str, x: x!, y: y!, width: it.width, size: Math.hypot(a!, b!) || it.height || 10 });
      }
      pages.push(groupRows(items));
    }
    if (!pages.some((rows) => rows.some((row) => row.some((it) => /\p{L}{2}/u.test(it.text))))) return { skip: warningPart("warningPart.pdfNoTextLayer") };
    // Furniture first, on whole rows: a footer and its page number share a row that a column
    // split would cut in two.
    const furniture = runningFurniture(pages);
    const text = pages.map((rows, i) => paragraphs(readingOrder(rows.filter((row) => !furniture(row, i)))).join("\n\n")).join(PAGE_BREAK);
    const metadata = await readMetadata(doc).catch(() => undefined);
    return { text: capText(text, limits, notes), metadata, notes };
  } catch (error) {
    const name = (error as Error).name;
    if (name === "PasswordException") return { skip: warningPart("warningPart.pdfEncrypted") };
    if (name === "InvalidPDFException") return { skip: warningPart("warningPart.pdfCorrupt") };
    return { skip: warningPart("warningPart.pdfUnreadable", { detail: (error as Error).message }) };
  } finally {
    void task.destroy().catch(() => {});
  }
}

async function withDeadline<T>(promise: Promise<T>, deadline: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), Math.max(0, deadline - Date.now()))));
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Rows of one page as lines in reading order: top to bottom, a two-column band column by column. */
function readingOrder(rows: Item[][]): Line[] {
  const gutter = findGutter(rows);
  if (gutter === undefined) return rows.map((r) => joinRow(r));
  const out: Line[] = [];
  let left: Line[] = [];
  let right: Line[] = [];
  const flush = () => {
    out.push(...left, ...right);
    left = [];
    right = [];
  };
  for (const row of rows) {
    if (row.some((it) => it.x < gutter && it.x + it.width > gutter)) {
      flush();
      out.push(joinRow(row));
      continue;
    }
    const l = row.filter((it) => it.x + it.width <= gutter);
    const r = row.filter((it) => it.x >= gutter);
    if (l.length) left.push(joinRow(l));
    if (r.length) right.push(joinRow(r));
  }
  flush();
  return out;
}

/** Items sharing a baseline (within a third of the font size), rows top to bottom, items left to right. */
function groupRows(items: Item[]): Item[][] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Item[][] = [];
  for (const it of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0]!.y - it.y) <= it.size / 3) row.push(it);
    else rows.push([it]);
  }
  for (const row of rows) row.sort((a, b) => a.x - b.x);
  return rows;
}

/**
 * An x between the middle third of the text's width that no item of most rows crosses while
 * rows hold text on both sides: the gutter of a two-column layout.
 */
function findGutter(rows: Item[][]): number | undefined {
  const all = rows.flat();
  if (rows.length < 6 || !all.length) return undefined;
  const minX = Math.min(...all.map((i) => i.x));
  const maxX = Math.max(...all.map((i) => i.x + i.width));
  const width = maxX - minX;
  let best: { x: number; split: number } | undefined;
  for (let k = 1; k < 30; k++) {
    const x = minX + width * (1 / 3 + (k / 30) * (1 / 3));
    let split = 0;
    let crossed = 0;
    for (const row of rows) {
      if (row.some((it) => it.x < x && it.x + it.width > x)) crossed++;
      else if (row.some((it) => it.x + it.width <= x) && row.some((it) => it.x >= x)) split++;
    }
    if (split >= 0.5 * rows.length && crossed <= 0.25 * rows.length && (!best || split > best.split)) best = { x, split };
  }
  return best && columnsOfProse(rows, best.x) ? best.x : undefined;
}

const PROSE_WORDS = /\p{L}{2,}.*\s\p{L}{2,}/u;

/**
 * True when both sides of the split rows read as running text (two words or more on most
 * rows), not a table whose labels and figures must stay on their row.
 */
function columnsOfProse(rows: Item[][], gutter: number): boolean {
  let prose = 0;
  let split = 0;
  for (const row of rows) {
    const left = row.filter((it) => it.x + it.width <= gutter);
    const right = row.filter((it) => it.x >= gutter);
    if (!left.length || !right.length) continue;
    split++;
    if (PROSE_WORDS.test(joinRow(left).text) && PROSE_WORDS.test(joinRow(right).text)) prose++;
  }
  return prose >= 0.7 * split;
}

function joinRow(row: Item[]): Line {
  let text = "";
  let end = -Infinity;
  let cells = false;
  for (const it of row) {
    const gap = it.x - end;
    if (text && gap > it.size * CELL_GAP) {
      text += " | ";
      cells = true;
    } else if (text && gap > it.size * 0.15 && !/\s$/.test(text) && !/^\s/.test(it.text)) text += " ";
    text += it.text;
    end = it.x + it.width;
  }
  return { y: row[0]!.y, x: row[0]!.x, end, size: Math.max(...row.map((i) => i.size)), text: squeeze(text), cells };
}

/** Lines into paragraphs: a new one after a gap wider than the usual line spacing, a change of size, or at a table row. */
function paragraphs(lines: Line[]): string[] {
  const out: string[] = [];
  let current = "";
  let prev: Line | undefined;
  const spacings = lines.slice(1).map((l, i) => lines[i]!.y - l.y).filter((d) => d > 0).sort((a, b) => a - b);
  // The lower quartile: a short page has as many gaps between blocks as between lines.
  const usual = spacings[Math.floor(spacings.length / 4)] ?? 14;
  for (const line of lines) {
    if (!line.text) continue;
    const gap = prev ? prev.y - line.y : 0;
    const breaks = !prev || gap > usual * 1.4 || gap < 0 || Math.abs(line.size - prev.size) > 1 || line.cells || prev.cells;
    if (breaks) {
      if (current) out.push(current);
      current = line.text;
    } else if (/\p{Ll}[-\u00ad]$/u.test(current) && /^\p{Ll}/u.test(line.text)) {
      // A hyphen (or soft hyphen) between lowercase letters at a line end splits one word.
      current = current.slice(0, -1) + line.text;
    } else {
      current += " " + line.text;
    }
    prev = line;
  }
  if (current) out.push(current);
  return out;
}

const PAGE_NUMBER = /^(?:(?:page|p\.)\s*)?[-–—]?\s*\d{1,4}\s*(?:(?:\/|of|sur|de)\s*\d{1,4})?\s*[-–—]?$/i;

/**
 * Furniture of the page margins: rows among the top or bottom three of a page that recur
 * (digits aside) on at least half the pages, two at least, and bare page numbers.
 */
function runningFurniture(pages: Item[][][]): (row: Item[], page: number) => boolean {
  const texts = new Map<Item[], string>();
  const textOf = (row: Item[]) => {
    let text = texts.get(row);
    if (text === undefined) texts.set(row, (text = joinRow(row).text));
    return text;
  };
  const shape = (row: Item[]) => textOf(row).toLowerCase().replace(/\d+/g, "#");
  const margins = pages.map((rows) => new Set([...rows.slice(0, 3), ...rows.slice(-3)]));
  const counts = new Map<string, number>();
  for (const m of margins) for (const s of new Set([...m].map(shape))) counts.set(s, (counts.get(s) ?? 0) + 1);
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  return (row, page) => {
    if (!margins[page]!.has(row)) return false;
    return PAGE_NUMBER.test(textOf(row)) || (counts.get(shape(row)) ?? 0) >= needed;
  };
}

async function readMetadata(doc: { getMetadata(): Promise<{ info: unknown }> }): Promise<DocumentMetadata | undefined> {
  const { info } = await doc.getMetadata();
  const fields = (info ?? {}) as Record<string, unknown>;
  const text = (key: string) => (typeof fields[key] === "string" && squeeze(fields[key] as string)) || undefined;
  const metadata: DocumentMetadata = {};
  const title = text("Title");
  const author = text("Author");
  const date = pdfDate(text("CreationDate"));
  if (title) metadata.title = title;
  if (author) metadata.author = author;
  if (date) metadata.published = date;
  return Object.keys(metadata).length ? metadata : undefined;
}

/** "D:20250314090000+01'00'" → "2025-03-14T09:00:00+01:00" (as much of it as is given). */
export function pdfDate(raw: string | undefined): string | undefined {
  const m = raw && /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(Z|[+-]\d{2}'?\d{2}'?)?/.exec(raw);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, zone] = m;
  let out = y!;
  if (mo) out += `-${mo}`;
  if (mo && d) out += `-${d}`;
  if (d && h) out += `T${h}:${mi ?? "00"}:${s ?? "00"}`;
  if (h && zone) out += zone === "Z" ? "Z" : `${zone.slice(0, 3)}:${zone.replace(/'/g, "").slice(3, 5)}`;
  return out;
}
