// Public surface of the checking core, shared by the CLI, the language server and the tests.
export * from "./types";
export { LineMap } from "./text/lineMap";
export type { SourceDocument, SourceSentence, CorpusLoadOptions, CorpusLoadResult } from "./corpus/types";
export { CorpusIndex } from "./check/corpusIndex";
export { checkText, DraftChecker, type CheckOptions, type CheckResult } from "./check/checkText";
export { loadCorpus, readSourceFile, languageModelLoaded } from "./corpus";
