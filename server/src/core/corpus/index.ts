// Corpus side of the checking core: reading, segmenting and flagging source articles.
export type { SourceDocument } from "./types";
export { loadCorpus, readSourceFile } from "./load";
export { parseSourceText } from "./parse";
export { initLanguageDetection, detectLanguage, languageModelLoaded } from "./language";
export { markBoilerplate } from "./boilerplate";
export { furnitureKind } from "./furniturePatterns";
