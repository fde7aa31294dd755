import type { Finding } from "../core";

/** The findings of one draft, as the CLI reports them. */
export interface FileReport {
  /** The path as given on the command line. */
  path: string;
  /** Absolute path (for SARIF and links). */
  absolutePath: string;
  findings: Finding[];
  /** The draft's text and language, for the HTML report's sentences. */
  text: string;
  lang: string;
}
