// Public surface of the checking core, shared by the CLI, the language server and the tests.
export * from "./types";
export { CorpusIndex } from "./index/corpusIndex";
export { indexCorpus, type IndexCorpusResult, type IndexCorpusStats } from "./cache/indexCorpus";
export { checkText, CheckCancelled, DraftChecker, type CheckResult } from "./drafting/draftChecker";
export { DeltaDecoder, DeltaEncoder, DeltaMismatch, type FindingDelta } from "./drafting/findingDelta";
export { loadCorpus, readSourceFile, languageModelLoaded } from "./corpus";
