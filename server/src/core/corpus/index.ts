// Corpus side of the checking core: reading, segmenting and flagging source articles.
export type { SourceDocument, SourceSentence, CorpusLoadOptions, CorpusLoadResult } from "./types";
export { loadCorpus, readSourceFile, isExcluded, DEFAULT_MAX_FILE_SIZE } from "./load";
export { parseSourceText } from "./parse";
export { initLanguageDetection, detectLanguage, languageModelLoaded } from "./language";
export { markBoilerplate, type BoilerplateUnit } from "./boilerplate";
export { furnitureKind, type FurnitureKind } from "./furniturePatterns";
export { decodeText } from "./decode";
