// Finds the corpus files under a folder (by default every supported extension), skipping hidden
// folders, node_modules and the asset folders of saved web pages, never following a directory
// link twice. Named pipes, devices, sockets and links that lead nowhere are named in a warning
// rather than passed on (or silently dropped).
import { promises as fs, type Dirent } from "node:fs";
import * as nodePath from "node:path";
import { fileKind } from "./readBounded";

import { sourceFileFilter } from "./formats";
import { isSavedPageAssets } from "./formats/savedPage";

export interface FoundFile {
  /** Absolute path. */
  path: string;
  /** Path relative to the root, with forward slashes. */
  id: string;
}

export async function walkFolder(root: string, warn: (message: string) => void, accepts: (name: string) => boolean = sourceFileFilter()): Promise<FoundFile[]> {
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
      warn(`${dir}: cannot read folder (${errorCode(e)}), skipped`);
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
      } else if (kind.startsWith("link") || accepts(entry.name)) {
        warn(`${id}: ${kind}, skipped`);
      }
    }
  };
  await visit(root);
  return found;
}

/** "file", "folder", or what else the entry is (following links), in the words of a warning. */
async function entryKind(entry: Dirent, full: string): Promise<string> {
  if (entry.isDirectory()) return "folder";
  if (entry.isFile()) return "file";
  if (!entry.isSymbolicLink()) return `not a regular file (a ${fileKind(entry)})`;
  try {
    const target = await fs.stat(full);
    return target.isFile() || target.isDirectory() ? fileKind(target) : `not a regular file (a ${fileKind(target)})`;
  } catch (e) {
    const code = errorCode(e);
    return code === "ELOOP" ? "link that loops" : code === "ENOENT" ? "link to a missing file" : `link that cannot be followed (${code})`;
  }
}

export function toId(relative: string): string {
  return relative.split(nodePath.sep).join("/");
}

export function errorCode(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return code ?? (e instanceof Error ? e.message : String(e));
}
