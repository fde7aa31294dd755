// Writes that stay where they were meant to go. A workspace may be hostile (a cloned repository):
// a committed link at `.attest`, `.attest/cache`, a planted temporary file name or a dangling
// `.gitignore` must not make Attest create or overwrite a file elsewhere. So every folder Attest
// creates is made one level at a time and checked not to be a link, the folder written into is
// checked by its real path to lie inside the root, files are first written to a new temporary
// file (O_CREAT|O_EXCL|O_NOFOLLOW) and then renamed over the target, and a target that is a link
// or not a regular file is refused. A write that fails throws a WarningError naming the file and
// why, worded where the writer reads it.
import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { warning, warningPart, WarningError, type WarningPart } from "../warnings";
import { isInsideFolder as inside } from "./paths";

/** A path the write refuses, with why; writeFileInside turns it into the warning of the file. */
class UnsafePathError extends Error {
  constructor(readonly reason: WarningPart) {
    super(reason.id);
  }
}

/**
 * Makes `dir` (which must lie under `root`) exist, creating missing folders one by one and
 * refusing any existing component below `root` that is a link or not a folder. `root` itself is
 * trusted and created when missing. Returns the real path of `dir`.
 */
function ensureFolderInside(root: string, dir: string): string {
  const absoluteRoot = path.resolve(root);
  const absolute = path.resolve(dir);
  if (!inside(absolute, absoluteRoot)) throw new UnsafePathError(warningPart("warningPart.writeOutside", { path: dir, root }));
  fs.mkdirSync(absoluteRoot, { recursive: true });
  const realRoot = fs.realpathSync(absoluteRoot);
  let current = absoluteRoot;
  for (const part of path.relative(absoluteRoot, absolute).split(path.sep).filter(Boolean)) {
    current = path.join(current, part);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.lstatSync(current);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
    }
    if (!stat) {
      fs.mkdirSync(current, { mode: 0o755 });
      stat = fs.lstatSync(current);
    }
    if (stat.isSymbolicLink()) throw new UnsafePathError(warningPart("warningPart.writeThroughLink", { path: current }));
    if (!stat.isDirectory()) throw new UnsafePathError(warningPart("warningPart.writeNotAFolder", { path: current }));
  }
  const real = fs.realpathSync(absolute);
  if (!inside(real, realRoot))
    throw new UnsafePathError(warningPart("warningPart.writeResolvesOutside", { path: dir, real, root: realRoot }));
  return real;
}

/**
 * Replaces `file` (under `root`) with `content` atomically and without following links: the
 * content goes to a fresh temporary file next to it, which is then renamed over `file`.
 */
export function writeFileInside(root: string, file: string, content: string | Uint8Array | readonly Uint8Array[]): void {
  try {
    writeInside(root, file, content);
  } catch (e) {
    if (e instanceof UnsafePathError) throw new WarningError(warning("warning.fileNotWritten", { file, reason: e.reason }));
    // The system's own code (EACCES, ENOSPC) is the datum; its message is libuv's English.
    const code = (e as NodeJS.ErrnoException).code;
    if (code) throw new WarningError(warning("warning.fileNotWritten", { file, reason: code }), { cause: e });
    throw e;
  }
}

function writeInside(root: string, file: string, content: string | Uint8Array | readonly Uint8Array[]): void {
  const folder = ensureFolderInside(root, path.dirname(path.resolve(file)));
  const target = path.join(folder, path.basename(file));
  refuseNonRegular(target);
  const temporary = path.join(folder, `${path.basename(file)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  const flags = fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | (fs.constants.O_NOFOLLOW ?? 0);
  const fd = fs.openSync(temporary, flags, 0o644);
  try {
    try {
      const parts = typeof content === "string" ? [Buffer.from(content, "utf8")] : content instanceof Uint8Array ? [content] : content;
      for (const part of parts) fs.writeSync(fd, part);
    } finally {
      fs.closeSync(fd);
    }
    refuseNonRegular(target);
    fs.renameSync(temporary, target);
  } catch (e) {
    fs.rmSync(temporary, { force: true });
    throw e;
  }
}

/** Creates `file` under `root` only when nothing (not even a dangling link) is there yet. */
export function createFileInside(root: string, file: string, content: string): void {
  try {
    fs.lstatSync(file);
    return;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
  }
  writeFileInside(root, file, content);
}

function refuseNonRegular(target: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(target);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return;
    throw e;
  }
  if (stat.isSymbolicLink()) throw new UnsafePathError(warningPart("warningPart.writeThroughLink", { path: target }));
  if (!stat.isFile()) throw new UnsafePathError(warningPart("warningPart.writeNotAFile", { path: target }));
}
