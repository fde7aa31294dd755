// Just enough of the ZIP format to vet an archive before a reader opens it: the central
// directory, and each entry inflated with a cap on its output, so that a zip bomb (declared
// sizes that lie included) costs at most the budget, never the machine's memory.
import { inflateRawSync } from "node:zlib";

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

type ZipListing = { entries: ZipEntry[] } | { skip: string };

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const MAX_ENTRIES = 10_000;

/** The entries of the central directory, or why the bytes are not a usable archive. */
function listZip(bytes: Buffer): ZipListing {
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes.readUInt32LE(i) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) return { skip: "not a ZIP archive" };
  const count = bytes.readUInt16LE(end + 10);
  const directoryAt = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || directoryAt === 0xffffffff) return { skip: "ZIP64 archive not supported" };
  if (count > MAX_ENTRIES) return { skip: `${count} entries in the archive, over ${MAX_ENTRIES}` };
  const entries: ZipEntry[] = [];
  let at = directoryAt;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) return { skip: "damaged ZIP directory" };
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    entries.push({
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      name: bytes.toString("utf8", at + 46, at + 46 + nameLength),
      localOffset: bytes.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { entries };
}

/** An entry's bytes, inflated to at most `budget` bytes; a string says why it cannot be read. */
function readZipEntry(bytes: Buffer, entry: ZipEntry, budget: number): Buffer | string {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL_HEADER) return `damaged entry ${entry.name}`;
  const dataAt = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const data = bytes.subarray(dataAt, dataAt + entry.compressedSize);
  if (entry.method === 0) return data.length > budget ? `${entry.name} unpacks past the limit` : data;
  if (entry.method !== 8) return `${entry.name}: compression method ${entry.method} not supported`;
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, budget) });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === "ERR_BUFFER_TOO_LARGE" ? `${entry.name} unpacks past the limit` : `damaged entry ${entry.name}`;
  }
}

/**
 * Unpacks every entry within a shared budget (the archive's total unpacked size); the entries
 * by name, or why the archive is refused.
 */
export function unpackZip(bytes: Buffer, budget: number): Map<string, Buffer> | { skip: string } {
  const listing = listZip(bytes);
  if ("skip" in listing) return listing;
  const declared = listing.entries.reduce((n, e) => n + e.size, 0);
  if (declared > budget) return { skip: `unpacks to ${declared} bytes, over the ${budget}-byte limit (zip bomb?)` };
  const out = new Map<string, Buffer>();
  let left = budget;
  for (const entry of listing.entries) {
    if (entry.name.endsWith("/")) continue;
    const data = readZipEntry(bytes, entry, left);
    if (typeof data === "string") return { skip: data.includes("past the limit") ? `${data} of ${budget} bytes (zip bomb?)` : data };
    left -= data.length;
    out.set(entry.name, data);
  }
  return out;
}
