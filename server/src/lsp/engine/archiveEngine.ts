// The engine's archive mode (attest.corpus.database): checks read a PostgreSQL archive instead of
// the embedded index. Each check is one snapshot session; an archive that cannot be reached
// fails the check with one line (the server keeps the last findings and logs it), and the next
// check tries again, so checks resume by themselves when the archive is back.
import { Archive, ArchiveUnreachable } from "../../archive/connection";
import { ArchiveCache, ArchiveSession } from "../../archive/checkArchive";
import type { CheckResult } from "../../core";
import type { CheckOptions } from "../../core/drafting/draftChecker";
import { warningOf, type Warning } from "../../core/warnings";

export class ArchiveEngine {
  private readonly archive: Archive;
  /** What earlier checks read, kept while the archive does not change: keystrokes reuse it. */
  private readonly cache = new ArchiveCache();

  constructor(readonly url: string) {
    this.archive = new Archive(url, { application: "attest lsp" });
  }

  /** The archive's size, or why it cannot be read (one line, password masked). */
  async counts(): Promise<{ documents: number; sentences: number } | { failed: Warning }> {
    try {
      const session = await ArchiveSession.open(this.archive);
      try {
        return { documents: session.documentTotal, sentences: session.sentenceTotal };
      } finally {
        await session.close();
      }
    } catch (error) {
      return { failed: warningOf(error) };
    }
  }

  /** Checks a draft; `draft` (its URI) lets its next check reuse the paragraphs that did not change. */
  async check(text: string, options: CheckOptions, draft = ""): Promise<CheckResult> {
    const session = await ArchiveSession.open(this.archive, this.cache);
    try {
      return await session.check(text, options, draft);
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  /** Like check, but an unreachable archive is an answer (why, password masked), not an error. */
  async checkIfReachable(text: string, options: CheckOptions, draft: string): Promise<CheckResult | { unavailable: Warning }> {
    try {
      return await this.check(text, options, draft);
    } catch (error) {
      if (error instanceof ArchiveUnreachable) return { unavailable: error.warning };
      throw error;
    }
  }

  close(): Promise<void> {
    return this.archive.close().catch(() => undefined);
  }
}
