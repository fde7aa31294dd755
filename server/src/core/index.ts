// Public surface of the checking core, shared by the CLI, the language server and the tests.
export * from "./types";
export { LineMap } from "./text/lineMap";
export type { SourceDocument, SourceSentence, CorpusLoadOptions, CorpusLoadResult } from "./corpus/types";
export { CorpusIndex, type IndexedDocument } from "./index/corpusIndex";
export { indexCorpus, type IndexCorpusOptions, type IndexCorpusResult, type IndexCorpusStats } from "./cache/indexCorpus";
export { checkText, CheckCancelled, DraftChecker, type CheckOptions, type CheckResult } from "./drafting/draftChecker";
export { DeltaDecoder, DeltaEncoder, DeltaMismatch, type DeltaEntry, type FindingDelta, type FindingOrigin } from "./drafting/findingDelta";
export { loadCorpus, readSourceFile, languageModelLoaded } from "./corpus";
