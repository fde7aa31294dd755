// Connections to the archive. The password never comes from settings or arguments shown
// anywhere: `pg` reads PGPASSWORD, ~/.pgpass and PGSERVICE's entries the way libpq does, and every
// connection string this code prints has its password masked.
import { Pool, type PoolClient, type PoolConfig } from "pg";
import { connectionConfig } from "./credentials";
import { maskUrl } from "./maskUrl";
import { warning, WarningError } from "../core/warnings";

export { maskUrl };

/** Bound on every statement of the archive (ms): a slow query fails instead of hanging a check. */
export const DEFAULT_STATEMENT_TIMEOUT_MS = 15_000;
const CONNECT_TIMEOUT_MS = 5_000;

export interface ArchiveOptions {
  statementTimeoutMs?: number;
  /** application_name seen in pg_stat_activity: "attest index", "attest check". */
  application?: string;
}

/** The archive cannot be reached or refused us: one warning for the user (worded in their language), no stack. */
export class ArchiveUnreachable extends WarningError {
  constructor(
    readonly url: string,
    reason: string,
  ) {
    super(warning("warning.archiveUnreachable", { url: maskUrl(url), reason }));
  }
}

/** Error codes of a database that is not there for us (network, authentication, missing database). */
const UNREACHABLE_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ETIMEDOUT",
  "ECONNRESET",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EPIPE",
  "28P01",
  "28000",
  "3D000",
  "57P03",
  "57P01",
  "08006",
  "08001",
  "08004",
]);

/** Whether an error means the archive is not reachable (as opposed to a bug or bad data). */
function isUnreachable(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  if (e?.code && UNREACHABLE_CODES.has(e.code)) return true;
  return /timeout exceeded when trying to connect|Connection terminated|connect ETIMEDOUT/i.test(e?.message ?? "");
}

function reasonOf(error: unknown): string {
  const e = error as { code?: string; message?: string };
  const message = (e?.message ?? String(error)).split("\n")[0]!;
  return e?.code && !message.includes(e.code) ? `${message} (${e.code})` : message;
}

/** Wraps an error of the archive: unreachable ones become ArchiveUnreachable, others pass. */
function archiveError(url: string, error: unknown): Error {
  if (error instanceof ArchiveUnreachable) return error;
  return isUnreachable(error) ? new ArchiveUnreachable(url, reasonOf(error)) : (error as Error);
}

/**
 * Wraps an error of a check: a statement over its timeout (57014) counts too, since an archive
 * too slow to answer is, for a writer's check, one that does not answer; the next check tries
 * again. (Indexing and migrations keep it as the error it is.)
 */
export function checkError(url: string, error: unknown): Error {
  if ((error as { code?: string })?.code === "57014") return new ArchiveUnreachable(url, reasonOf(error));
  return archiveError(url, error);
}

export class Archive {
  readonly pool: Pool;

  constructor(
    readonly url: string,
    options: ArchiveOptions = {},
  ) {
    const config: PoolConfig = {
      ...connectionConfig(url),
      max: 4,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      statement_timeout: options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS,
      application_name: options.application ?? "attest",
      idleTimeoutMillis: 10_000,
    };
    this.pool = new Pool(config);
    // An idle connection dropped by the server must not crash the process; the next query reconnects.
    this.pool.on("error", () => undefined);
  }

  /** Where the archive is, for messages: never its password. */
  get shownUrl(): string {
    return maskUrl(this.url);
  }

  async connect(): Promise<PoolClient> {
    try {
      return await this.pool.connect();
    } catch (e) {
      throw archiveError(this.url, e);
    }
  }

  /** Runs `work` in one transaction on one connection; rolled back when it throws. */
  async transaction<T>(work: (client: PoolClient) => Promise<T>, mode = "BEGIN"): Promise<T> {
    const client = await this.connect();
    try {
      await client.query(mode);
      const result = await work(client);
      await client.query("COMMIT");
      return result;
    } catch (e) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw archiveError(this.url, e);
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
