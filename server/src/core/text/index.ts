// Text utilities of the checking core: positions, lines, sentences, Markdown masking.
export { LineMap } from "./lineMap";
export { splitLines, trimSpan, isBlank, type LineSpan } from "./lines";
export { splitSentences, type SplitOptions, type LineBreakMode } from "./segment";
export { maskMarkdown, findIgnoreMarkers, findIgnoreBlocks } from "./markdown";
