// The extension's view of ignores (the Ignored Claims view): the one ignore module of the core,
// re-exported here because the client reaches server code through shared/ only.
export { IGNORE_FILE, listInlineIgnores, readIgnoreFile, removeIgnoreEntry, type IgnoreEntry } from "../core/ignore";
