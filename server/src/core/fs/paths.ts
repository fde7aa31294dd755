// Path containment, by string and by real path: the trust and write checks share these.
import { realpathSync } from "node:fs";
import * as nodePath from "node:path";

/** Whether `file` is `root` or lies under it (as strings: resolve links first when that matters). */
export function isInsideFolder(file: string, root: string): boolean {
  const relative = nodePath.relative(root, file);
  return relative === "" || (!relative.startsWith("..") && !nodePath.isAbsolute(relative));
}

/** The real path of `file` when it exists, else its absolute path. */
export function realPathOf(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return nodePath.resolve(file);
  }
}
