import { randomBytes } from "node:crypto";
import { Client } from "pg";

// The archive tests run against the cluster test/archive/pg-cluster.sh starts (its URL in
// ATTEST_TEST_PG_URL). Each suite creates a database of its own and drops it afterwards.
// Without a cluster the tests are skipped with a message, except on CI, where they fail.

const TEST_URL_VARIABLE = "ATTEST_TEST_PG_URL";

/** The cluster's URL, or undefined after skipping the suite (throws on CI). */
function clusterUrl(context: Mocha.Context): string | undefined {
  const url = process.env[TEST_URL_VARIABLE];
  if (url) return url;
  if (process.env.CI)
    throw new Error(`${TEST_URL_VARIABLE} is not set, and CI is set: start a cluster with eval "$(bash test/archive/pg-cluster.sh start)"`);
  console.warn(
    `    ${TEST_URL_VARIABLE} not set: skipping the PostgreSQL archive tests (eval "$(bash test/archive/pg-cluster.sh start)" to run them)`,
  );
  context.skip();
  return undefined;
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** Runs one statement on the cluster (CREATE/DROP DATABASE cannot run in a transaction). */
export async function onCluster(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh database on the cluster; `drop` removes it (and any connection left to it). */
export async function createTestDatabase(url: string, label: string): Promise<{ url: string; name: string; drop: () => Promise<void> }> {
  const name = `attest_${label}_${randomBytes(4).toString("hex")}`;
  await onCluster(url, `CREATE DATABASE ${name}`);
  return { name, url: withDatabase(url, name), drop: () => onCluster(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** A database of the test cluster for the current suite: created before its tests, dropped after. */
export function useTestDatabase(label: string): { url: string } {
  const state = { url: "" };
  let drop: (() => Promise<void>) | undefined;
  before(async function () {
    const cluster = clusterUrl(this);
    if (!cluster) return;
    const db = await createTestDatabase(cluster, label);
    state.url = db.url;
    drop = db.drop;
  });
  after(async () => drop?.());
  return state;
}

/** Runs `work` on a fresh database of the test cluster, dropped afterwards whatever happens. */
export async function withTestDatabase<T>(label: string, work: (db: { url: string; name: string }) => Promise<T>): Promise<T> {
  const db = await createTestDatabase(process.env[TEST_URL_VARIABLE]!, label);
  try {
    return await work(db);
  } finally {
    await db.drop();
  }
}
