// Finds the corpus files under a folder (by default every supported extension), skipping hidden
// folders, node_modules and the asset folders of saved web pages, never following a directory
// link twice. Named pipes, devices, sockets and links that lead nowhere are named in a warning
// rather than passed on (or silently dropped).
import { promises as fs, type Dirent } from "node:fs";
import * as nodePath from "node:path";
import { notRegularFile } from "./readBounded";
import { fileSkipped, warning, warningPart, type Warning, type WarningPart } from "../warnings";

import { sourceFileFilter } from "./formats";
import { isSavedPageAssets } from "./formats/savedPage";

export interface FoundFile {
  /** Absolute path. */
  path: string;
  /** Path relative to the root, with forward slashes. */
  id: string;
}

export async function walkFolder(root: string, warn: (warning: Warning) => void, accepts: (name: string) => boolean = sourceFileFilter()): Promise<FoundFile[]> {
  const found: FoundFile[] = [];
  const seen = new Set<string>();
  const visit = async (dir: string): Promise<void> => {
    let real: string;
    try {
      real = await fs.realpath(dir);
    } catch {
      real = dir;
    }
    if (seen.has(real)) return;
    seen.add(real);
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (e) {
      warn(warning("warning.cannotReadFolder", { path: dir, code: errorCode(e) }));
      return;
    }
    for (const entry of entries) {
      const full = nodePath.join(dir, entry.name);
      const id = toId(nodePath.relative(root, full));
      const kind = await entryKind(entry, full);
      if (kind === "folder") {
        if (!entry.name.startsWith(".") && entry.name !== "node_modules" && !isSavedPageAssets(entry.name, entries)) await visit(full);
      } else if (entry.name.startsWith(".")) {
        continue;
      } else if (kind === "file") {
        if (accepts(entry.name)) found.push({ path: full, id });
      } else if (kind.link || accepts(entry.name)) {
        warn(fileSkipped(id, kind.reason));
      }
    }
  };
  await visit(root);
  return found;
}

/** "file", "folder" (following links), or why the entry is skipped: a special file, or a link that leads nowhere. */
async function entryKind(entry: Dirent, full: string): Promise<"file" | "folder" | { reason: WarningPart; link: boolean }> {
  if (entry.isDirectory()) return "folder";
  if (entry.isFile()) return "file";
  if (!entry.isSymbolicLink()) return { reason: notRegularFile(entry), link: false };
  try {
    const target = await fs.stat(full);
    if (target.isFile()) return "file";
    if (target.isDirectory()) return "folder";
    return { reason: notRegularFile(target), link: false };
  } catch (e) {
    const code = errorCode(e);
    const reason =
      code === "ELOOP"
        ? warningPart("warningPart.linkLoops")
        : code === "ENOENT"
          ? warningPart("warningPart.linkToMissingFile")
          : warningPart("warningPart.linkUnfollowable", { code });
    return { reason, link: true };
  }
}

export function toId(relative: string): string {
  return relative.split(nodePath.sep).join("/");
}

export function errorCode(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return code ?? (e instanceof Error ? e.message : String(e));
}
