// Checks drafts against the archive with the core's own checker. Each draft is checked on a view
// of what it touches; what the check asks and the view lacks is fetched, and the draft is checked
// again, until a check runs on answers that were all there: its findings are the embedded
// index's. All reads of one call share one snapshot (REPEATABLE READ), so an indexer running
// meanwhile never shows a check half of a document.
import type { PoolClient } from "pg";
import { DraftChecker, type CheckOptions, type CheckResult } from "../core/drafting/draftChecker";
import type { Archive } from "./connection";
import { fetchMisses, fetchTotals } from "./fetch";
import { LATEST_VERSION, schemaVersion } from "./migrations";
import { ArchiveData, ArchiveView, hasMisses } from "./view";

/** Postings fetched along with their frequency: keys this rare are the ones retrieval walks. */
const POSTINGS_ALONGSIDE = 500;
/** Rounds after which a check that still misses data is a bug, not a slow archive. */
const MAX_ROUNDS = 12;

export class ArchiveSchemaError extends Error {}

/** One snapshot of the archive, for the drafts of one CLI run. */
export class ArchiveSession {
  private readonly data = new ArchiveData();
  private rounds = 0;
  /** Fetch rounds of the last check (for tests and the bench). */
  lastRounds = 0;

  private constructor(private readonly client: PoolClient) {}

  static async open(archive: Archive): Promise<ArchiveSession> {
    const client = await archive.connect();
    try {
      await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
      const version = await schemaVersion(client);
      if (version < LATEST_VERSION) throw new ArchiveSchemaError(`the archive's schema is at version ${version}, this Attest needs ${LATEST_VERSION}: run attest db migrate`);
      const session = new ArchiveSession(client);
      await fetchTotals(client, session.data);
      return session;
    } catch (e) {
      await client.query("ROLLBACK").catch(() => undefined);
      client.release();
      throw e;
    }
  }

  get documentCount(): number {
    return this.data.documents.size;
  }

  get sentenceTotal(): number {
    return this.data.sentenceTotal;
  }

  /** Documents in the archive (from its statistics, in this snapshot). */
  async documentTotal(): Promise<number> {
    const { rows } = await this.client.query<{ documents: string }>("SELECT documents FROM archive_stats");
    return Number(rows[0]?.documents ?? 0);
  }

  async check(text: string, options: CheckOptions = {}): Promise<CheckResult> {
    this.lastRounds = 0;
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const view = new ArchiveView(this.data, ++this.rounds);
      const result = new DraftChecker(view).check(text, options);
      if (!hasMisses(view.misses)) return result;
      this.lastRounds++;
      // Keys above retrieval's common-key share are never walked: their postings are not fetched ahead.
      await fetchMisses(this.client, this.data, view.misses, Math.min(POSTINGS_ALONGSIDE, Math.max(50, this.data.sentenceTotal * 0.2)));
    }
    throw new Error(`archive check did not settle after ${MAX_ROUNDS} rounds`);
  }

  async close(): Promise<void> {
    try {
      await this.client.query("ROLLBACK");
    } finally {
      this.client.release();
    }
  }
}
