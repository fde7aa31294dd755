// A web page saved "complete" by a browser is the page plus a folder of its assets beside it
// ("Article.html" and "Article_files/"), whose scripts, frames and styles are not sources.

/** Suffixes browsers give the assets folder, by the language of their interface. */
const ASSET_FOLDER = /^(.+?)(?:_files|_fichiers|-Dateien|_archivos|_file|\.fld)$/i;

/** True for a folder named after a saved page beside it (Article_files next to Article.html). */
export function isSavedPageAssets(folder: string, siblings: readonly { name: string }[]): boolean {
  const stem = ASSET_FOLDER.exec(folder)?.[1];
  if (!stem) return false;
  const lower = stem.toLowerCase();
  return siblings.some((s) => {
    const name = s.name.toLowerCase();
    return name === `${lower}.html` || name === `${lower}.htm` || name === `${lower}.xhtml` || name === `${lower}.mhtml`;
  });
}
