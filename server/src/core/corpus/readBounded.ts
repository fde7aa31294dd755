// Reads a corpus file without trusting what the path is: only a regular file is read, opened
// non-blocking (so a FIFO never waits for a writer), and never more than the size limit plus one
// byte, whatever stat said (a file that grows while read, a link to /dev/zero).
import { closeSync, constants, fstatSync, openSync, readSync, type Dirent, type Stats } from "node:fs";

export type BoundedRead = { bytes: Buffer; stat: Stats } | { skip: string; tooLarge?: number };

const CHUNK = 64 * 1024;

/** What kind of file a stat describes, in the words of a warning. */
export function fileKind(stat: Stats | Dirent): string {
  if (stat.isFile()) return "file";
  if (stat.isDirectory()) return "folder";
  if (stat.isFIFO()) return "named pipe (FIFO)";
  if (stat.isSocket()) return "socket";
  if (stat.isCharacterDevice()) return "character device";
  if (stat.isBlockDevice()) return "block device";
  if (stat.isSymbolicLink()) return "link";
  return "special file";
}

/** Reads `path` when it is a regular file of at most `limit` bytes; otherwise says why not. Throws only on I/O errors. */
export function readRegularFile(path: string, limit: number): BoundedRead {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { skip: `not a regular file (a ${fileKind(stat)})` };
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
