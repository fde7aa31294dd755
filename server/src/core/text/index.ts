// Text utilities of the checking core: positions, lines, sentences, Markdown masking.
export { LineMap } from "./lineMap";
export { splitSentences, type SplitOptions } from "./segment";
export { maskMarkdown } from "./markdown";
