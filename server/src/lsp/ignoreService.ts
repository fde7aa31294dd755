// The workspace ignore lists (`.attest/ignore.json` of each workspace folder), loaded once and
// re-read when the file changes, applied to every check result.
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import type { Finding } from "../core";
import type { Warning } from "../core/warnings";
import { IGNORE_FILE, addIgnoreEntry, readIgnoreFile, removeIgnoreEntry, withoutIgnored, type IgnoreEntry } from "../core/ignore";
import { isInside } from "./corpusService";

export class IgnoreService {
  private lists = new Map<string, IgnoreEntry[]>();

  constructor(
    private readonly workspaceFolders: () => string[],
    private readonly report: (problem: Warning) => void,
  ) {}

  async load(): Promise<void> {
    const lists = new Map<string, IgnoreEntry[]>();
    for (const folder of this.workspaceFolders()) {
      const content = await readIgnoreFile(path.join(folder, IGNORE_FILE));
      if (content.problem) this.report(content.problem);
      lists.set(folder, content.entries);
    }
    this.lists = lists;
  }

  isIgnoreFile(file: string): boolean {
    return this.workspaceFolders().some((folder) => path.join(folder, IGNORE_FILE) === file);
  }

  /** The workspace folder that would hold the ignore entry for this draft. */
  folderFor(uri: string): string | undefined {
    const file = filePath(uri);
    const folders = this.workspaceFolders();
    return (file && folders.find((f) => isInside(file, f))) ?? folders[0];
  }

  /** The draft's path relative to its workspace folder (forward slashes), if it is in one. */
  relativePath(uri: string): string | undefined {
    const folder = this.folderFor(uri);
    return folder ? relativeFile(uri, folder) : undefined;
  }

  /** Adds the entry; resolves to what was written, for an Undo. */
  async add(uri: string, claim: string, sentence: string): Promise<{ file: string; entry: IgnoreEntry }> {
    const folder = this.folderFor(uri);
    // Never reached from a command: commands.ts tells the writer there is no folder before adding.
    if (!folder) throw new Error("no workspace folder");
    const written = { file: path.join(folder, IGNORE_FILE), entry: { claim, sentence, file: relativeFile(uri, folder) } };
    await addIgnoreEntry(written.file, written.entry);
    await this.load();
    return written;
  }

  async remove(written: { file: string; entry: IgnoreEntry }): Promise<void> {
    await removeIgnoreEntry(written.file, written.entry);
    await this.load();
  }

  /** Findings of a draft minus those the workspace ignore list names. */
  filter(uri: string, text: string, findings: Finding[]): Finding[] {
    const folder = this.folderFor(uri);
    const entries = folder ? (this.lists.get(folder) ?? []) : [];
    return withoutIgnored(entries, findings, text, folder ? relativeFile(uri, folder) : undefined);
  }
}

export function filePath(uri: string): string | undefined {
  try {
    return uri.startsWith("file:") ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

function relativeFile(uri: string, folder: string): string | undefined {
  const file = filePath(uri);
  if (!file || !isInside(file, folder)) return undefined;
  return path.relative(folder, file).split(path.sep).join("/");
}
