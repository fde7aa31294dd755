// A draft read from disk (the CLI's arguments, "Fact-check Workspace" on closed files) goes through
// the same door as a corpus file: a regular file only, opened without blocking (a FIFO never
// waits for a writer), never read past the size limit whatever stat says, and decoded as sources
// are (UTF-8, UTF-16/32 with a byte-order mark, else Windows-1252).
import { readRegularFile } from "./readBounded";
import { decodeText } from "./decode";
import type { WarningPart } from "../warnings";

/** The draft's text (byte-order mark dropped), or why it is not checked: over the limit (with the size found), or a reason. */
export type DraftFileRead = { text: string } | { tooLarge: number } | { skip: WarningPart };

/** Reads a draft of at most `limit` bytes. An empty file is an empty draft, not a skipped one. Throws only on I/O errors (ENOENT, EACCES…). */
export function readDraftFile(path: string, limit: number): DraftFileRead {
  const read = readRegularFile(path, limit);
  if ("skip" in read) return read.tooLarge !== undefined ? { tooLarge: read.tooLarge } : { skip: read.skip };
  if (read.bytes.length === 0) return { text: "" };
  const decoded = decodeText(read.bytes);
  if ("skip" in decoded) return { skip: decoded.skip };
  return { text: decoded.text.replace(/^\uFEFF/, "") };
}
