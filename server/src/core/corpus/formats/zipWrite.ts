// Writes a ZIP archive (no ZIP64): what the Word reader hands mammoth once the budgeted
// unpacking has vetted every entry (stored, so mammoth inflates nothing unvetted), and what the
// test fixtures build Word documents with (deflated, as Word writes them).
import { crc32, deflateRawSync } from "node:zlib";

export interface ZipWriteEntry {
  name: string;
  data: Buffer;
  /** Deflated when true, stored otherwise. */
  deflate?: boolean;
}

export function writeZip(entries: Iterable<ZipWriteEntry>): Buffer {
  const parts: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  let count = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const body = entry.deflate ? deflateRawSync(entry.data) : entry.data;
    const method = entry.deflate ? 8 : 0;
    const crc = crc32(entry.data);
    const local = record(30, [[0, 32, 0x04034b50], [4, 16, 20], [6, 16, 0x0800], [8, 16, method], [14, 32, crc], [18, 32, body.length], [22, 32, entry.data.length], [26, 16, name.length]]);
    const central = record(46, [[0, 32, 0x02014b50], [4, 16, 20], [6, 16, 20], [8, 16, 0x0800], [10, 16, method], [16, 32, crc], [20, 32, body.length], [24, 32, entry.data.length], [28, 16, name.length], [42, 32, offset]]);
    parts.push(local, name, body);
    directory.push(central, name);
    offset += 30 + name.length + body.length;
    count++;
  }
  const dir = Buffer.concat(directory);
  const end = record(22, [[0, 32, 0x06054b50], [8, 16, count], [10, 16, count], [12, 32, dir.length], [16, 32, offset]]);
  return Buffer.concat([...parts, dir, end]);
}

/** A little-endian header record: [offset, bits, value] fields, the rest zero. */
function record(size: number, fields: [number, 16 | 32, number][]): Buffer {
  const out = Buffer.alloc(size);
  for (const [at, bits, value] of fields) {
    if (bits === 16) out.writeUInt16LE(value, at);
    else out.writeUInt32LE(value, at);
  }
  return out;
}
