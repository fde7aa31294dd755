// Finds the corpus files under a folder (by default every supported extension), skipping hidden
// folders, node_modules and the asset folders of saved web pages, never following a directory
// link twice.
import { promises as fs } from "node:fs";
import * as nodePath from "node:path";

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
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const target = await fs.stat(full).catch(() => undefined);
        isDir = target?.isDirectory() ?? false;
        isFile = target?.isFile() ?? false;
      }
      if (isDir) {
        if (!entry.name.startsWith(".") && entry.name !== "node_modules" && !isSavedPageAssets(entry.name, entries)) await visit(full);
      } else if (isFile && accepts(entry.name) && !entry.name.startsWith(".")) {
        found.push({ path: full, id: toId(nodePath.relative(root, full)) });
      }
    }
  };
  await visit(root);
  return found;
}

export function toId(relative: string): string {
  return relative.split(nodePath.sep).join("/");
}

export function errorCode(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return code ?? (e instanceof Error ? e.message : String(e));
}
