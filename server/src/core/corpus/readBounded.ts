// Reads a corpus file without trusting what the path is: only a regular file is read, opened
// non-blocking (so a FIFO never waits for a writer), and never more than the size limit plus one
// byte, whatever stat said (a file that grows while read, a link to /dev/zero).
import { closeSync, constants, fstatSync, openSync, readSync, type Dirent, type Stats } from "node:fs";
import { warningPart, type WarningPart } from "../warnings";

/** The bytes, or why not: a reason, or "too large" with the size found. */
export type BoundedRead = { bytes: Buffer; stat: Stats } | { skip: WarningPart; tooLarge?: undefined } | { skip: "too large"; tooLarge: number };

const CHUNK = 64 * 1024;

/** What kind of file a stat describes, as a piece of a warning. */
function fileKind(stat: Stats | Dirent): WarningPart {
  if (stat.isFile()) return warningPart("warningPart.kindFile");
  if (stat.isDirectory()) return warningPart("warningPart.kindFolder");
  if (stat.isFIFO()) return warningPart("warningPart.kindFifo");
  if (stat.isSocket()) return warningPart("warningPart.kindSocket");
  if (stat.isCharacterDevice()) return warningPart("warningPart.kindCharacterDevice");
  if (stat.isBlockDevice()) return warningPart("warningPart.kindBlockDevice");
  if (stat.isSymbolicLink()) return warningPart("warningPart.kindLink");
  return warningPart("warningPart.kindSpecial");
}

/** "not a regular file (a named pipe (FIFO))", as a piece of a warning. */
export function notRegularFile(stat: Stats | Dirent): WarningPart {
  return warningPart("warningPart.notRegularFile", { kind: fileKind(stat) });
}

/** Reads `path` when it is a regular file of at most `limit` bytes; otherwise says why not. Throws only on I/O errors. */
export function readRegularFile(path: string, limit: number): BoundedRead {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { skip: notRegularFile(stat) };
    if (stat.size > limit) return { skip: "too large", tooLarge: stat.size };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK, limit + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      total += n;
      if (total > limit) return { skip: "too large", tooLarge: total };
    }
    return { bytes: Buffer.concat(chunks, total), stat };
  } finally {
    closeSync(fd);
  }
}
