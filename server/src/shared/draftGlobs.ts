// The `drafts` setting: glob patterns (relative to the workspace folder) that say which files are
// drafts. Empty means every file of the checked languages. Shared by the server and the client.
import { minimatch } from "minimatch";

/** Whether a workspace-relative path (forward slashes) is a draft by these globs; undefined path: outside the workspace. */
export function isDraftPath(relative: string | undefined, globs: readonly string[]): boolean {
  if (globs.length === 0) return true;
  if (relative === undefined) return false;
  return globs.some((glob) => minimatch(relative, glob, { dot: true, matchBase: !glob.includes("/") }));
}
