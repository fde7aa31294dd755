// Claims the writer chose to ignore: an inline `<!-- attest-ignore -->` comment right before the
// sentence, or an entry in the workspace's committed `.attest/ignore.json`. Plain Node, no LSP, so the
// CLI can honour the same file.
import * as fs from "node:fs/promises";
import { writeFileInside } from "../fs/safeWrite";
import * as path from "node:path";
import { z } from "zod";
import { warning, WarningError, type Warning } from "../warnings";

export const IGNORE_FILE = path.join(".attest", "ignore.json");

const ignoreEntrySchema = z.object({
  /** The checked text: the figure, or the whole sentence for text claims. */
  claim: z.string().min(1),
  /** The sentence the claim appeared in; when absent, the claim is ignored in any sentence. */
  sentence: z.string().min(1).optional(),
  /** Workspace-relative path of the draft (forward slashes); when absent, in every draft. */
  file: z.string().min(1).optional(),
});

const ignoreFileSchema = z.object({
  version: z.literal(1).default(1),
  ignore: z.array(ignoreEntrySchema).default([]),
});

export type IgnoreEntry = z.infer<typeof ignoreEntrySchema>;

export interface IgnoreFileContent {
  entries: IgnoreEntry[];
  /** Why the file could not be used (it is then treated as empty), worded where it is shown. */
  problem?: Warning;
}

export async function readIgnoreFile(file: string): Promise<IgnoreFileContent> {
  let text: string;
  try {
    // A committed link could show another file's content in error messages: links are not read.
    if ((await fs.lstat(file)).isSymbolicLink()) return { entries: [], problem: warning("warning.ignoreFileLink", { file }) };
    text = await fs.readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { entries: [] };
    return { entries: [], problem: warning("warning.ignoreFileUnreadable", { file, reason: (error as Error).message }) };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { entries: [], problem: warning("warning.ignoreFileNotJson", { file, reason: (error as Error).message }) };
  }
  const parsed = ignoreFileSchema.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join(".");
    const problem = where
      ? warning("warning.ignoreFileBadEntry", { file, path: where })
      : warning("warning.ignoreFileNotAnObject", { file, example: '{ "version": 1, "ignore": [] }' });
    return { entries: [], problem };
  }
  return { entries: parsed.data.ignore };
}

/**
 * Adds an entry (unless an equal one is there) and writes the file, creating `.attest/`, never
 * through a link nor outside `root` (the workspace folder: by default the folder holding `.attest`).
 * The file is edited as the writer wrote it: keys and entry fields Attest does not know
 * (`$schema`, `reason`, comments as keys), their order, the indentation and line ends are kept.
 */
export async function addIgnoreEntry(file: string, entry: IgnoreEntry, root = path.dirname(path.dirname(file))): Promise<void> {
  const current = await readIgnoreFile(file);
  if (current.problem) throw new WarningError(current.problem);
  const exists = current.entries.some((e) => same(e.claim, entry.claim) && same(e.sentence, entry.sentence) && e.file === entry.file);
  if (exists) return;
  await editIgnoreList(file, root, (list) => [...list, entry]);
}

/**
 * Rewrites the `ignore` list of the file's own JSON (every other key and entry field kept), in the
 * file's indentation and line ends, without following links (core/fs/safeWrite.ts).
 */
async function editIgnoreList(file: string, root: string, edit: (list: unknown[]) => unknown[]): Promise<void> {
  const text = await fs.readFile(file, "utf8").catch(() => "");
  const raw = (text.trim() ? JSON.parse(text) : { version: 1 }) as { ignore?: unknown[] } & Record<string, unknown>;
  raw.ignore = edit(Array.isArray(raw.ignore) ? raw.ignore : []);
  const indent = /^[ \t]+(?=")/m.exec(text)?.[0] ?? "  ";
  const newline = text.includes("\r\n") ? "\r\n" : "\n";
  const out = JSON.stringify(raw, null, indent).replace(/\n/g, newline);
  writeFileInside(root, file, text && !/\r?\n$/.test(text) ? out : out + newline);
}

/**
 * The folder whose `.attest/ignore.json` governs a draft: the nearest one from the draft's folder
 * upwards (as the editor uses its workspace folder's). Undefined when there is none.
 */
export async function findIgnoreRoot(draftFolder: string): Promise<string | undefined> {
  for (let dir = path.resolve(draftFolder); ; dir = path.dirname(dir)) {
    const found = await fs.lstat(path.join(dir, IGNORE_FILE)).then(
      () => true,
      () => false,
    );
    if (found) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** Findings of a draft minus those an ignore list names; `file` is the draft's path relative to the list's folder. */
export function withoutIgnored<F extends { claim: string; sentence: { start: number; end: number } }>(
  entries: readonly IgnoreEntry[],
  findings: F[],
  text: string,
  file: string | undefined,
): F[] {
  if (entries.length === 0) return findings;
  return findings.filter(
    (f) => !isIgnoredByList(entries, { claim: f.claim, sentence: text.slice(f.sentence.start, f.sentence.end), file }),
  );
}

/** Removes the entries equal to `entry` (Undo, "Stop ignoring"); true when one was there. */
export async function removeIgnoreEntry(file: string, entry: IgnoreEntry, root = path.dirname(path.dirname(file))): Promise<boolean> {
  const current = await readIgnoreFile(file);
  if (current.problem) throw new WarningError(current.problem);
  const kept = current.entries.filter((e) => !(same(e.claim, entry.claim) && same(e.sentence, entry.sentence) && e.file === entry.file));
  if (kept.length === current.entries.length) return false;
  const matches = (e: unknown) => {
    const parsed = ignoreEntrySchema.safeParse(e);
    return (
      parsed.success &&
      same(parsed.data.claim, entry.claim) &&
      same(parsed.data.sentence, entry.sentence) &&
      parsed.data.file === entry.file
    );
  };
  await editIgnoreList(file, root, (list) => list.filter((e) => !matches(e)));
  return true;
}

export interface ClaimToMatch {
  claim: string;
  sentence: string;
  /** Workspace-relative path of the draft, when it is in the workspace. */
  file?: string;
}

export function isIgnoredByList(entries: readonly IgnoreEntry[], claim: ClaimToMatch): boolean {
  return entries.some(
    (e) =>
      same(e.claim, claim.claim) &&
      (e.sentence === undefined || same(e.sentence, claim.sentence)) &&
      (e.file === undefined || e.file === claim.file),
  );
}

function same(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return normalize(a) === normalize(b);
}

function normalize(text: string): string {
  return text.normalize("NFC").replace(/\s+/gu, " ").trim();
}
