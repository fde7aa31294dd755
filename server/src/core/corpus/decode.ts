// Bytes of a corpus file → text, or the reason it is not text.
import { warningPart, type WarningPart } from "../warnings";

export type Decoded = { text: string; note?: WarningPart } | { skip: WarningPart };

const utf8 = new TextDecoder("utf-8", { fatal: true });
const utf8Lenient = new TextDecoder("utf-8");

// Windows-1252 differs from Latin-1 in 0x80–0x9F (curly quotes, €, œ, dashes). Node's
// TextDecoder("windows-1252") decodes those as C1 controls, so they are mapped here; the five
// unassigned bytes stay as their Latin-1 code points.
const CP1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH.charCodeAt(b - 0x80) : b)));
  }
  return out;
}

// Control characters other than tab, newline, form feed and carriage return: rare in text, common in binaries.
function isControl(byte: number): boolean {
  return byte < 32 && byte !== 9 && byte !== 10 && byte !== 12 && byte !== 13 && byte !== 27;
}

/** The text of bytes that start with a UTF-16 or UTF-32 byte-order mark (BOM kept), or undefined. */
function decodeWideUnicode(bytes: Uint8Array): { text: string; encoding: string } | undefined {
  const [a, b, c, d] = bytes;
  // UTF-32LE first: its mark starts with the UTF-16LE one.
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return utf32(bytes, true);
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return utf32(bytes, false);
  if (a === 0xff && b === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes), encoding: "UTF-16LE" };
  if (a === 0xfe && b === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes), encoding: "UTF-16BE" };
  return undefined;
}

function utf32(bytes: Uint8Array, littleEndian: boolean): { text: string; encoding: string } | undefined {
  if (bytes.length % 4 !== 0) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 4 * 8192) {
    const points: number[] = [];
    for (let j = i; j < Math.min(bytes.length, i + 4 * 8192); j += 4) {
      const cp = view.getUint32(j, littleEndian);
      if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
      points.push(cp);
    }
    parts.push(String.fromCodePoint(...points));
  }
  return { text: parts.join(""), encoding: littleEndian ? "UTF-32LE" : "UTF-32BE" };
}

/** Text decoded from a wide encoding passes the same binary tests as bytes do, on its characters. */
function checkWideText(wide: { text: string; encoding: string }): Decoded {
  const { text } = wide;
  if (text.includes("\u0000")) return { skip: warningPart("warningPart.binaryNulCharacters", { encoding: wide.encoding }) };
  let controls = 0;
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) controls++;
  if (controls > 0.05 * text.length) return { skip: warningPart("warningPart.binaryControlCharacters", { encoding: wide.encoding }) };
  if ((text.match(/\ufffd/g) ?? []).length > 0.05 * text.length) return { skip: warningPart("warningPart.binaryInvalidText", { encoding: wide.encoding }) };
  return { text, note: warningPart("warningPart.readAs", { encoding: wide.encoding }) };
}

/**
 * UTF-16 or UTF-32 when the bytes start with their byte-order mark; UTF-8 when valid; otherwise
 * Windows-1252 (with a note) unless the bytes do not look like text at all.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { skip: warningPart("warningPart.emptyFile") };
  const wide = decodeWideUnicode(bytes);
  if (wide) return checkWideText(wide);
  if (bytes.includes(0)) return { skip: warningPart("warningPart.binaryNulBytes") };
  let controls = 0;
  for (const b of bytes) if (isControl(b)) controls++;
  if (controls > 0.05 * bytes.length) return { skip: warningPart("warningPart.binaryControlBytes") };
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    // Western text in a legacy 8-bit encoding is mostly ASCII with a few accented bytes; bytes
    // that are mostly high and not UTF-8 are binary data.
    let high = 0;
    for (const b of bytes) if (b > 127) high++;
    if (high > 0.3 * bytes.length) return { skip: warningPart("warningPart.binaryInvalidUtf8") };
    const bad = (utf8Lenient.decode(bytes).match(/\ufffd/g) ?? []).length;
    return { text: decodeWindows1252(bytes), note: warningPart("warningPart.readAsWindows1252", { count: bad }) };
  }
}
