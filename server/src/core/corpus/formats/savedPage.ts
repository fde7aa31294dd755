// A web page saved "complete" by a browser is the page plus a folder of its assets beside it
// ("Article.html" and "Article_files/"), whose scripts, frames and styles are not sources.
import * as nodePath from "node:path";

/** Suffixes browsers give the assets folder, by the language of their interface. */
const ASSET_FOLDER = /^(.+?)(?:_files|_fichiers|-Dateien|_archivos|_file|\.fld)$/i;
const PAGE_EXTENSIONS = ["html", "htm", "xhtml", "mhtml"];

/** True for a folder named after a saved page beside it (Article_files next to Article.html). */
export function isSavedPageAssets(folder: string, siblings: readonly { name: string }[]): boolean {
  const stem = ASSET_FOLDER.exec(folder)?.[1];
  if (!stem) return false;
  const lower = stem.toLowerCase();
  return siblings.some((s) => {
    const name = s.name.toLowerCase();
    return PAGE_EXTENSIONS.some((ext) => name === `${lower}.${ext}`);
  });
}

/**
 * True when `file` lies in a saved page's assets folder somewhere below `root` (a watched file
 * change there is no source change). Checks each folder on the way for its page beside it.
 */
export function insideSavedPageAssets(root: string, file: string, exists: (path: string) => boolean): boolean {
  const relative = nodePath.relative(root, nodePath.dirname(file));
  if (!relative || relative.startsWith("..") || nodePath.isAbsolute(relative)) return false;
  let parent = root;
  for (const folder of relative.split(nodePath.sep)) {
    const stem = ASSET_FOLDER.exec(folder)?.[1];
    if (stem && PAGE_EXTENSIONS.some((ext) => exists(nodePath.join(parent, `${stem}.${ext}`)))) return true;
    parent = nodePath.join(parent, folder);
  }
  return false;
}
