// The engine's archive mode (attest.corpus.database): checks read a PostgreSQL archive instead of
// the embedded index. Each check is one snapshot session; an archive that cannot be reached (down,
// a dropped connection, a statement over its timeout) makes the check an answer of its own: where
// the draft's claims are, to be marked "not checked" (never "unsupported"), and the next check
// tries again, so checks resume by themselves when the archive is back.
import { Archive, checkError, ArchiveUnreachable } from "../../archive/connection";
import { ArchiveCache, ArchiveSession } from "../../archive/checkArchive";
import { CorpusIndex, DraftChecker, type CheckResult } from "../../core";
import type { CheckOptions } from "../../core/drafting/draftChecker";
import { warningOf, type Warning } from "../../core/warnings";
import type { UncheckedClaim } from "./protocol";

export class ArchiveEngine {
  private readonly archive: Archive;
  /** What earlier checks read, kept while the archive does not change: keystrokes reuse it. */
  private readonly cache = new ArchiveCache();
  /** An index with nothing in it: a draft checked against it shows where its claims are. */
  private readonly nothing = new CorpusIndex();

  constructor(
    readonly url: string,
    statementTimeoutMs?: number,
  ) {
    this.archive = new Archive(url, { application: "attest lsp", statementTimeoutMs });
  }

  /** The archive's size, why it cannot be reached, or why it cannot be used (password masked). */
  async counts(): Promise<{ documents: number; sentences: number } | { unavailable: Warning } | { failed: Warning }> {
    try {
      const session = await ArchiveSession.open(this.archive);
      try {
        return { documents: session.documentTotal, sentences: session.sentenceTotal };
      } finally {
        await session.close().catch(() => undefined);
      }
    } catch (error) {
      const wrapped = checkError(this.url, error);
      return wrapped instanceof ArchiveUnreachable ? { unavailable: wrapped.warning } : { failed: warningOf(wrapped) };
    }
  }

  /** Checks a draft; `draft` (its URI) lets its next check reuse the paragraphs that did not change. */
  async check(text: string, options: CheckOptions, draft = ""): Promise<CheckResult> {
    try {
      const session = await ArchiveSession.open(this.archive, this.cache);
      try {
        return await session.check(text, options, draft);
      } finally {
        // The answer does not wait for the snapshot's end (a round trip): the next check takes
        // another connection of the pool if this one is still ending it.
        void session.close().catch(() => undefined);
      }
    } catch (error) {
      throw checkError(this.url, error);
    }
  }

  /** Like check, but an unreachable archive is an answer (why, password masked, and the claims not checked), not an error. */
  async checkIfReachable(
    text: string,
    options: CheckOptions,
    draft: string,
  ): Promise<CheckResult | { unavailable: Warning; unchecked: UncheckedClaim[] }> {
    try {
      return await this.check(text, options, draft);
    } catch (error) {
      if (!(error instanceof ArchiveUnreachable)) throw error;
      const { locale, names } = options;
      const claims = new DraftChecker(this.nothing).check(text, { locale, names }).findings;
      return { unavailable: error.warning, unchecked: claims.map((f) => ({ range: f.range, claim: f.claim })) };
    }
  }

  close(): Promise<void> {
    return this.archive.close().catch(() => undefined);
  }
}
