// Just enough of the ZIP format to vet an archive before a reader opens it: the central
// directory, and each entry inflated with a cap on its output, so that a zip bomb (declared
// sizes that lie included) costs at most the budget, never the machine's memory.
import { inflateRawSync } from "node:zlib";
import { warningPart, type WarningPart } from "../../warnings";

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

type ZipListing = { entries: ZipEntry[] } | { skip: WarningPart };

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
  if (end < 0) return { skip: warningPart("warningPart.zipNotZip") };
  const count = bytes.readUInt16LE(end + 10);
  const directoryAt = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || directoryAt === 0xffffffff) return { skip: warningPart("warningPart.zip64") };
  if (count > MAX_ENTRIES) return { skip: warningPart("warningPart.zipTooManyEntries", { count, max: MAX_ENTRIES }) };
  const entries: ZipEntry[] = [];
  let at = directoryAt;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) return { skip: warningPart("warningPart.zipDamagedDirectory") };
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

/** An entry's bytes, inflated to at most `budget` bytes (`overBudget` past it), or why it cannot be read. */
function readZipEntry(bytes: Buffer, entry: ZipEntry, budget: number): Buffer | WarningPart | "overBudget" {
  const at = entry.localOffset;
  const damaged = warningPart("warningPart.zipDamagedEntry", { entry: entry.name });
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL_HEADER) return damaged;
  const dataAt = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const data = bytes.subarray(dataAt, dataAt + entry.compressedSize);
  if (entry.method === 0) return data.length > budget ? "overBudget" : data;
  if (entry.method !== 8) return warningPart("warningPart.zipMethod", { entry: entry.name, method: entry.method });
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, budget) });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === "ERR_BUFFER_TOO_LARGE" ? "overBudget" : damaged;
  }
}

/**
 * Unpacks every entry within a shared budget (the archive's total unpacked size); the entries
 * by name, or why the archive is refused.
 */
export function unpackZip(bytes: Buffer, budget: number): Map<string, Buffer> | { skip: WarningPart } {
  const listing = listZip(bytes);
  if ("skip" in listing) return listing;
  const declared = listing.entries.reduce((n, e) => n + e.size, 0);
  if (declared > budget) return { skip: warningPart("warningPart.zipDeclaredTooBig", { size: declared, budget }) };
  const out = new Map<string, Buffer>();
  let left = budget;
  for (const entry of listing.entries) {
    if (entry.name.endsWith("/")) continue;
    const data = readZipEntry(bytes, entry, left);
    if (data === "overBudget") return { skip: warningPart("warningPart.zipEntryTooBig", { entry: entry.name, budget }) };
    if (!Buffer.isBuffer(data)) return { skip: data };
    left -= data.length;
    out.set(entry.name, data);
  }
  return out;
}
