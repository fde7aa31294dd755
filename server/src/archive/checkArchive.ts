// Checks drafts against the archive with the core's own checker. Each draft is checked on a view
// of what it touches; what the check asks and the view lacks is fetched, and the draft is checked
// again, until a check runs on answers that were all there: its findings are the embedded
// index's. All reads of one call share one snapshot (REPEATABLE READ), so an indexer running
// meanwhile never shows a check half of a document.
import type { PoolClient } from "pg";
import { DraftChecker, type CheckOptions, type CheckResult } from "../core/drafting/draftChecker";
import type { Archive } from "./connection";
import { excludeDocuments, fetchMisses, fetchTotals } from "./fetch";
import { LATEST_VERSION, schemaVersion } from "./migrations";
import { ArchiveData, ArchiveView, hasMisses, WALK_CAP } from "./view";
import { warning, WarningError } from "../core/warnings";

/** Postings fetched along with their frequency: keys this rare are the ones retrieval walks. */
const POSTINGS_ALONGSIDE = 500;
/** Rounds after which a check that still misses data is a bug, not a slow archive. */
const MAX_ROUNDS = 12;

export class ArchiveSchemaError extends WarningError {}

/** Sentences read whole, holders and links above which a long-lived cache starts afresh (its memory stays bounded). */
const CACHE_SENTENCES = 100_000;
const CACHE_POSTINGS = 1_000_000;
const CACHE_LINKS = 600_000;

/**
 * What was read from the archive, kept across checks while the archive does not change (its
 * version, raised by every writer): a keystroke then reads nothing new, and each draft keeps its
 * checker (paragraphs and sentences checked before are reused) as long as the view stays. A
 * fetch adds to the view without changing its earlier answers, so the checker stays too: only
 * the sentences that read missing data are checked again.
 */
export class ArchiveCache {
  data: ArchiveData;

  constructor(
    /** Holders fetched at most for one key (view.ts WALK_CAP). */
    private readonly walkCap = WALK_CAP,
  ) {
    this.data = new ArchiveData(walkCap);
  }

  version?: string;
  documents = 0;
  view?: ArchiveView;
  private views = 0;
  readonly checkers = new Map<string, { view: ArchiveView; checker: DraftChecker }>();

  /** Starts afresh unless the archive is at the version the cache was filled at. */
  adopt(totals: { sentences: number; documents: number; version: string }): void {
    const bounded =
      this.data.sentences.size <= CACHE_SENTENCES && this.data.postingCount <= CACHE_POSTINGS && this.data.linkCount <= CACHE_LINKS;
    if (totals.version === this.version && bounded) return;
    this.data = new ArchiveData(this.walkCap);
    this.data.sentenceTotal = totals.sentences;
    this.documents = totals.documents;
    this.version = totals.version;
    this.view = undefined;
    this.checkers.clear();
  }

  /** The view over what is cached, laid out again after a fetch. */
  currentView(): ArchiveView {
    if (!this.view) this.view = new ArchiveView(this.data, ++this.views);
    else this.view.resetMisses();
    return this.view;
  }

  /** The draft's checker on the current view: it keeps only results that read no missing data. */
  checkerFor(draft: string, view: ArchiveView): DraftChecker {
    const known = this.checkers.get(draft);
    if (known?.view === view) return known.checker;
    const checker = new DraftChecker(view);
    this.checkers.set(draft, { view, checker });
    return checker;
  }

  fetched(): void {
    this.view?.refresh();
  }
}

/** What a snapshot starts with: the schema's version and the archive's totals. */
interface Opened {
  schema: number;
  totals: { sentences: number; documents: number; version: string };
}

/** PostgreSQL's codes for a table or a column that does not exist: a schema not (or not fully) created. */
const MISSING_SCHEMA = new Set(["42P01", "42703"]);

/**
 * Starts the snapshot and reads the schema's version and the totals in one round trip (a
 * keystroke's check opens one); an archive without the schema answers with an error, and the
 * step-by-step reading then says which version it is at.
 */
async function openSnapshot(client: PoolClient): Promise<Opened> {
  try {
    const results = (await client.query(
      `BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY;
       SELECT (SELECT max(version) FROM schema_migrations) AS schema, sentences, documents, version FROM archive_stats`,
    )) as unknown as { rows: { schema: number | null; sentences: string; documents: string; version: string }[] }[];
    const row = results[1]!.rows[0];
    return {
      schema: row?.schema ?? 0,
      totals: { sentences: Number(row?.sentences ?? 0), documents: Number(row?.documents ?? 0), version: row?.version ?? "0" },
    };
  } catch (error) {
    if (!MISSING_SCHEMA.has((error as { code?: string }).code ?? "")) throw error;
    await client.query("ROLLBACK");
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const schema = await schemaVersion(client);
    return { schema, totals: schema < LATEST_VERSION ? { sentences: 0, documents: 0, version: "0" } : await fetchTotals(client) };
  }
}

/** One snapshot of the archive: the drafts of one CLI run, or one check of the language server. */
export class ArchiveSession {
  /** Fetch rounds of the last check (for tests and the bench). */
  lastRounds = 0;

  private constructor(
    private readonly client: PoolClient,
    private readonly cache: ArchiveCache,
  ) {}

  /** `exclude`: absolute paths of archived documents to leave out (drafts kept in the archive); for a fresh cache only. */
  static async open(archive: Archive, cache = new ArchiveCache(), exclude: string[] = []): Promise<ArchiveSession> {
    const client = await archive.connect();
    try {
      const opened = await openSnapshot(client);
      if (opened.schema < LATEST_VERSION)
        throw new ArchiveSchemaError(warning("warning.archiveSchemaOld", { version: opened.schema, needed: LATEST_VERSION }));
      cache.adopt(opened.totals);
      await excludeDocuments(client, cache.data, exclude);
      return new ArchiveSession(client, cache);
    } catch (e) {
      const broken = await client.query("ROLLBACK").then(
        () => undefined,
        (error: Error) => error,
      );
      client.release(broken);
      throw e;
    }
  }

  get sentenceTotal(): number {
    return this.cache.data.sentenceTotal;
  }

  /** Documents in the archive (from its statistics, in this snapshot). */
  get documentTotal(): number {
    return this.cache.documents - this.cache.data.excluded.size;
  }

  /** Checks a draft; `draft` names it, so that its next check reuses what did not change. */
  async check(text: string, options: CheckOptions = {}, draft = ""): Promise<CheckResult> {
    this.lastRounds = 0;
    const data = this.cache.data;
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const view = this.cache.currentView();
      // A stopped run keeps what it checked so far, but only what read no missing data (settled).
      const result = this.cache.checkerFor(draft, view).check(text, { ...options, settled: () => view.settled() });
      if (!hasMisses(view.misses)) return result;
      this.lastRounds++;
      // Keys above retrieval's common-key share are never walked: their postings are not fetched ahead.
      await fetchMisses(this.client, data, view.misses, Math.min(POSTINGS_ALONGSIDE, Math.max(50, data.sentenceTotal * 0.2)), view.asked);
      this.cache.fetched();
    }
    // A fault of this code (each round fetches what the last one missed), never a state of the
    // archive: a developer's trace, shown as the detail of an internal error like a stack.
    throw new Error(`archive check did not settle after ${MAX_ROUNDS} rounds`);
  }

  async close(): Promise<void> {
    try {
      await this.client.query("ROLLBACK");
    } catch (error) {
      // A dropped connection (the server went away, the backend was terminated) leaves the pool.
      this.client.release(error as Error);
      throw error;
    }
    this.client.release();
  }
}
