// Everything Attest knows of ignores, for the checker, the CLI, the server and the extension alike:
// the inline markers of a draft (inlineMarkers.ts) and the workspace list .attest/ignore.json
// (ignoreList.ts: read, matched, edited as text, written without following links).
export * from "./ignoreList";
export * from "./inlineMarkers";
