// Finds the corpus files under a folder: .txt, .md and .markdown, skipping hidden folders and
// node_modules, never following a directory link twice.
import { promises as fs } from "node:fs";
import * as nodePath from "node:path";

export const SOURCE_EXTENSIONS = /\.(?:txt|md|markdown)$/i;

export interface FoundFile {
  /** Absolute path. */
  path: string;
  /** Path relative to the root, with forward slashes. */
  id: string;
}

export async function walkFolder(root: string, warn: (message: string) => void): Promise<FoundFile[]> {
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
        if (!entry.name.startsWith(".") && entry.name !== "node_modules") await visit(full);
      } else if (isFile && SOURCE_EXTENSIONS.test(entry.name) && !entry.name.startsWith(".")) {
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
