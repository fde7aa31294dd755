// A compact binary form of analysed documents: the on-disk cache and what worker threads hand
// back to the thread that owns the index (an ArrayBuffer moves between threads without a copy).
//
// Layout: "ATS2", a u32 header length, a JSON header (document metadata and section sizes),
// then sections, each 4-byte aligned: the string table (UTF-8, with UTF-16 lengths), the
// document texts (UTF-8, one run per document), the integers (Int32: sentence offsets and
// key ids), the figures (JSON, styles deduplicated, their text kept so that no document text
// needs decoding to read them), and the postings (per key: the sentences holding it, numbered in snapshot
// order), so that a restart adopts the inverted index instead of rebuilding it.
import type { Figure } from "../figures";
import type { SourceMetadata } from "../types";
import type { DocumentIndexData, SentenceData } from "../index/documentAnalysis";
import { figureValueKeys } from "../index/figureValueKeys";

const MAGIC = "ATS2";
const encoder = new TextEncoder();
const decoder = new TextDecoder();

interface Header {
  docs: { id: string; path: string; lang: "fr" | "en"; size: number; mtimeMs: number; textBytes: number; metadata?: SourceMetadata }[];
  stringCount: number;
  stringBytes: number;
  textBytes: number;
  ints: number;
  figureBytes: number;
  postingInts: number;
}

/** The inverted index of a snapshot: for each key (string table id), its sentences in snapshot order. */
import type { PackedPostings } from "../index/corpusIndex";

type StoredFigure = Omit<Figure, "style"> & { style: number };

/**
 * A decoded document's metadata. Its text stays UTF-8 bytes and is decoded when read (a quote, a
 * fix, a cache rewrite); the texts decoded last are kept (up to DECODED_TEXT_CHARS in all), so a
 * long session quoting much of an archive does not end up holding all of it twice.
 */
class DecodedDocument {
  constructor(
    readonly id: string,
    readonly path: string,
    readonly lang: "fr" | "en",
    readonly size: number,
    public mtimeMs: number,
    private readonly bytes: Uint8Array,
    readonly metadata?: SourceMetadata,
  ) {}

  get text(): string {
    let text = decodedTexts.get(this);
    if (text === undefined) {
      text = decoder.decode(this.bytes);
      decodedChars += text.length;
      for (const [doc, old] of decodedTexts) {
        if (decodedChars <= DECODED_TEXT_CHARS) break;
        decodedTexts.delete(doc);
        decodedChars -= old.length;
      }
    } else decodedTexts.delete(this);
    // Most recently read last: a Map iterates in insertion order.
    decodedTexts.set(this, text);
    return text;
  }
}

/** Characters of decoded texts kept (about 16 MB of strings). */
const DECODED_TEXT_CHARS = 8_000_000;
const decodedTexts = new Map<DecodedDocument, string>();
let decodedChars = 0;

/** The key ids of a decoded snapshot (a copy of its integer section) and its string table. */
class KeyPool {
  constructor(
    readonly ints: Int32Array,
    readonly strings: string[],
  ) {}

  read(at: number, count: number): string[] {
    const out: string[] = new Array(count);
    for (let i = 0; i < count; i++) out[i] = this.strings[this.ints[at + i]!]!;
    return out;
  }
}

const NO_FIGURES: Figure[] = [];

/**
 * A decoded sentence. Its keys and polarity keys stay ids in the snapshot's integers until read:
 * a restart adopts the postings and reads a sentence's keys only to drop or re-save it, so the
 * hundreds of thousands of small arrays they would make are never allocated. Shaped like an
 * IndexedSentence (id, doc and lang set on adoption), so the index adopts the object itself.
 */
class DecodedSentence implements SentenceData {
  id = -1;
  doc: unknown = undefined;

  constructor(
    private readonly pool: KeyPool,
    readonly ordinal: number,
    readonly start: number,
    readonly end: number,
    public lang: "fr" | "en",
    public prev: number,
    readonly figures: Figure[],
    private readonly keyAt: number,
    private readonly keyCount: number,
    private readonly polarCount: number,
  ) {}

  get keys(): string[] {
    return this.pool.read(this.keyAt, this.keyCount);
  }

  get polar(): string[] {
    return this.pool.read(this.keyAt + this.keyCount, this.polarCount);
  }
}

export function encodeSnapshot(documents: readonly DocumentIndexData[]): Uint8Array {
  const stringIds = new Map<string, number>();
  const strings: string[] = [];
  const id = (s: string) => {
    let n = stringIds.get(s);
    if (n === undefined) {
      n = strings.length;
      stringIds.set(s, n);
      strings.push(s);
    }
    return n;
  };
  const styleIds = new Map<string, number>();
  const styles: unknown[] = [];
  const figures: StoredFigure[] = [];
  const ints: number[] = [];
  const texts: Uint8Array[] = [];
  const docs: Header["docs"] = [];
  const postings = new Map<number, number[]>();
  let sentenceNo = 0;
  const post = (key: string, sentence: number) => {
    const k = id(key);
    let list = postings.get(k);
    if (!list) postings.set(k, (list = []));
    if (list[list.length - 1] !== sentence) list.push(sentence);
  };
  for (const data of documents) {
    const text = encoder.encode(data.doc.text);
    texts.push(text);
    docs.push({
      id: data.doc.id,
      path: data.doc.path,
      lang: data.doc.lang,
      size: data.doc.size,
      mtimeMs: data.doc.mtimeMs,
      textBytes: text.length,
      ...(data.doc.metadata ? { metadata: data.doc.metadata } : {}),
    });
    ints.push(data.names.length);
    for (const [name, count] of data.names) ints.push(id(name), count);
    ints.push(data.sentences.length);
    for (const s of data.sentences) {
      // The same order as CorpusIndex.insert: the sentence's keys, then its figures' value keys.
      const n = sentenceNo++;
      for (const k of s.keys) post(k, n);
      for (const k of new Set(s.figures.flatMap(figureValueKeys))) post(k, n);
      ints.push(s.ordinal, s.start, s.end, s.prev, s.keys.length, s.polar.length, s.figures.length);
      for (const k of s.keys) ints.push(id(k));
      for (const k of s.polar) ints.push(id(k));
      for (const f of s.figures) {
        const { style, ...rest } = f;
        const styleKey = JSON.stringify(style);
        let styleId = styleIds.get(styleKey);
        if (styleId === undefined) {
          styleId = styles.length;
          styleIds.set(styleKey, styleId);
          styles.push(style);
        }
        figures.push({ ...rest, style: styleId });
      }
    }
  }
  const postingInts: number[] = [];
  for (const [k, list] of postings) postingInts.push(k, list.length, ...list);
  const stringLengths = strings.map((s) => s.length);
  const stringBlob = encoder.encode(strings.join(""));
  const figureBlob = encoder.encode(JSON.stringify({ styles, figures }));
  const textBytes = texts.reduce((n, t) => n + t.length, 0);
  const header: Header = {
    docs,
    stringCount: strings.length,
    stringBytes: stringBlob.length,
    textBytes,
    ints: ints.length,
    figureBytes: figureBlob.length,
    postingInts: postingInts.length,
  };
  const headerBlob = encoder.encode(JSON.stringify(header));

  const sections = [
    align(8 + headerBlob.length),
    align(stringLengths.length * 4),
    align(stringBlob.length),
    align(textBytes),
    align(ints.length * 4),
    align(figureBlob.length),
    postingInts.length * 4,
  ];
  const out = new Uint8Array(sections.reduce((a, b) => a + b, 0));
  const view = new DataView(out.buffer);
  out.set(encoder.encode(MAGIC), 0);
  view.setUint32(4, headerBlob.length, true);
  out.set(headerBlob, 8);
  let at = sections[0]!;
  new Int32Array(out.buffer, at, stringLengths.length).set(stringLengths);
  at += sections[1]!;
  out.set(stringBlob, at);
  at += sections[2]!;
  for (const t of texts) {
    out.set(t, at);
    at += t.length;
  }
  at += sections[3]! - textBytes;
  new Int32Array(out.buffer, at, ints.length).set(ints);
  at += sections[4]!;
  out.set(figureBlob, at);
  at += sections[5]!;
  new Int32Array(out.buffer, at, postingInts.length).set(postingInts);
  return out;
}

/** The documents of a snapshot in memory (what a parse thread hands back). */
export function decodeSnapshot(bytes: Uint8Array): DocumentIndexData[] {
  return decodeSnapshotFrom((offset, length) => bytes.subarray(offset, offset + length)).documents;
}

/** Reads `length` bytes at `offset` of a snapshot. Arrays it returns whole (offset 0 in their own buffer) are kept as they are. */
export type SnapshotReader = (offset: number, length: number) => Uint8Array;

/** Is the array all of its own buffer (so keeping it keeps nothing else alive, and it is aligned)? */
function ownsBuffer(a: Uint8Array): boolean {
  return a.byteOffset === 0 && a.byteLength === a.buffer.byteLength;
}

function int32s(a: Uint8Array, count: number): Int32Array {
  // A view over a larger buffer would keep it alive (and may be unaligned): copy then.
  const own = ownsBuffer(a) ? a : a.slice();
  return new Int32Array(own.buffer, 0, count);
}

/**
 * The snapshot read section by section (from a file: no section but the one being read is in
 * memory twice, and the figures' JSON is dropped once parsed).
 */
export function decodeSnapshotFrom(read: SnapshotReader): { documents: DocumentIndexData[]; postings: PackedPostings } {
  const head = read(0, 8);
  if (decoder.decode(head.subarray(0, 4)) !== MAGIC) throw new Error("not an Attest index snapshot");
  const headerLength = new DataView(head.buffer, head.byteOffset, 8).getUint32(4, true);
  const header = JSON.parse(decoder.decode(read(8, headerLength))) as Header;
  let at = align(8 + headerLength);
  const lengths = int32s(read(at, header.stringCount * 4), header.stringCount);
  at += align(header.stringCount * 4);
  const joined = decoder.decode(read(at, header.stringBytes));
  at += align(header.stringBytes);
  const strings: string[] = new Array(header.stringCount);
  let offset = 0;
  for (let i = 0; i < header.stringCount; i++) {
    const n = lengths[i]!;
    strings[i] = joined.slice(offset, offset + n);
    offset += n;
  }
  // Kept: the documents read their texts from it when asked.
  let textSection = read(at, header.textBytes);
  if (!ownsBuffer(textSection)) textSection = textSection.slice();
  at += align(header.textBytes);
  // Kept: sentences read their keys from it.
  const ints = int32s(read(at, header.ints * 4), header.ints);
  const pool = new KeyPool(ints, strings);
  at += align(header.ints * 4);
  const stored = JSON.parse(decoder.decode(read(at, header.figureBytes))) as { styles: Figure["style"][]; figures: StoredFigure[] };
  at += align(header.figureBytes);
  const postingData = int32s(read(at, header.postingInts * 4), header.postingInts);

  const out: DocumentIndexData[] = [];
  let p = 0;
  let textAt = 0;
  let figureAt = 0;
  for (const meta of header.docs) {
    // Each text decoded on its own: a one-byte string when it can be, and freed with its document.
    const doc = new DecodedDocument(
      meta.id,
      meta.path,
      meta.lang,
      meta.size,
      meta.mtimeMs,
      textSection.subarray(textAt, textAt + meta.textBytes),
      meta.metadata,
    );
    textAt += meta.textBytes;
    const names: [string, number][] = new Array(ints[p++]!);
    for (let i = 0; i < names.length; i++) names[i] = [strings[ints[p++]!]!, ints[p++]!];
    const sentences: SentenceData[] = new Array(ints[p++]!);
    for (let i = 0; i < sentences.length; i++) {
      const ordinal = ints[p++]!;
      const start = ints[p++]!;
      const end = ints[p++]!;
      const prev = ints[p++]!;
      const keyCount = ints[p++]!;
      const polarCount = ints[p++]!;
      const figureCount = ints[p++]!;
      const keyAt = p;
      p += keyCount + polarCount;
      const figures: Figure[] = figureCount ? new Array(figureCount) : NO_FIGURES;
      for (let k = 0; k < figureCount; k++) {
        // Completed in place: a copy per figure doubles what the garbage collector has to move.
        const f = stored.figures[figureAt++]! as unknown as Figure & { style: unknown };
        f.style = stored.styles[f.style as unknown as number]!;
        figures[k] = f;
      }
      sentences[i] = new DecodedSentence(pool, ordinal, start, end, meta.lang, prev, figures, keyAt, keyCount, polarCount);
    }
    out.push({ doc, names, sentences });
  }
  return { documents: out, postings: { strings, data: postingData } };
}

function align(n: number): number {
  return (n + 3) & ~3;
}
