// Where the archive's password comes from: never from settings or the command line shown in
// logs, but the environment and files libpq users already keep it in. PGPASSWORD first, then the
// service entry, then ~/.pgpass (or PGPASSFILE). A `service=NAME` target reads the connection
// parameters from the PostgreSQL service file (PGSERVICEFILE, ~/.pg_service.conf, or
// $PGSYSCONFDIR/pg_service.conf), as libpq does; node-postgres does not read service files itself.
import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import type { PoolConfig } from "pg";
import { parseIntoClientConfig } from "pg-connection-string";
import { z } from "zod";
import { warning, WarningError } from "../core/warnings";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const pgpass = require("pgpass") as (params: object, cb: (password: string | undefined) => void) => void;

const serviceEntrySchema = z.object({
  host: z.string().min(1).optional(),
  hostaddr: z.string().min(1).optional(),
  port: z.coerce.number().int().min(1).max(65535).optional(),
  dbname: z.string().min(1).optional(),
  user: z.string().min(1).optional(),
  password: z.string().optional(),
  sslmode: z.enum(["disable", "allow", "prefer", "require", "verify-ca", "verify-full"]).optional(),
  application_name: z.string().optional(),
});

type ServiceEntry = z.infer<typeof serviceEntrySchema>;

function serviceFiles(env: NodeJS.ProcessEnv): string[] {
  if (env.PGSERVICEFILE) return [env.PGSERVICEFILE];
  const files = [join(homedir(), ".pg_service.conf")];
  if (env.PGSYSCONFDIR) files.push(join(env.PGSYSCONFDIR, "pg_service.conf"));
  files.push("/etc/postgresql-common/pg_service.conf");
  return files;
}

/** The [name] section of an INI-style service file, or undefined when the file has none. */
export function parseServiceFile(text: string, name: string): Record<string, string> | undefined {
  let current: string | undefined;
  let found: Record<string, string> | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    const section = /^\[(.+)\]$/.exec(line);
    if (section) {
      current = section[1]!.trim();
      if (current === name) found ??= {};
      continue;
    }
    const eq = line.indexOf("=");
    if (current === name && found && eq > 0) found[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
  }
  return found;
}

/** The connection parameters of a service, validated; throws a WarningError when unknown or invalid. */
function readService(name: string, env: NodeJS.ProcessEnv = process.env): ServiceEntry {
  for (const file of serviceFiles(env)) {
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch {
      continue;
    }
    const entry = parseServiceFile(text, name);
    if (!entry) continue;
    const parsed = serviceEntrySchema.safeParse(entry);
    if (!parsed.success)
      throw new WarningError(warning("warning.serviceInvalid", { name, file, field: parsed.error.issues[0]?.path.join(".") ?? "" }));
    return parsed.data;
  }
  throw new WarningError(warning("warning.serviceNotFound", { name, files: serviceFiles(env).join(", ") }));
}

/** What `--db` names: a connection URL, or `service=NAME` (`service=` alone: $PGSERVICE). */
export function serviceName(target: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const m = /^service=(.*)$/.exec(target.trim());
  if (!m) return undefined;
  const name = m[1]!.trim() || env.PGSERVICE;
  if (!name) throw new WarningError(warning("warning.serviceUnnamed"));
  return name;
}

/** A URL's parameters; node-postgres would read an absent password as "" and never look further. */
function urlConfig(target: string): PoolConfig {
  const parsed = parseIntoClientConfig(target) as PoolConfig;
  if (!parsed.password) delete parsed.password;
  return parsed;
}

/** Pool settings for the target: the URL, or the service's parameters, and the password lookup. */
export function connectionConfig(target: string, env: NodeJS.ProcessEnv = process.env): PoolConfig {
  const name = serviceName(target, env);
  const service = name ? readService(name, env) : undefined;
  const config: PoolConfig = service
    ? {
        host: service.hostaddr ?? service.host,
        port: service.port,
        database: service.dbname,
        user: service.user,
        ssl:
          service.sslmode && service.sslmode !== "disable" && service.sslmode !== "allow" && service.sslmode !== "prefer"
            ? { rejectUnauthorized: service.sslmode !== "require" }
            : undefined,
      }
    : urlConfig(target);
  if (config.password) return config; // the URL's own password wins, as in libpq
  // node-postgres passes the connection parameters (host, port, database, user) its types omit.
  const lookup = async (params: object) =>
    env.PGPASSWORD ?? service?.password ?? (await new Promise<string | undefined>((resolve) => pgpass(params, resolve)));
  config.password = lookup as unknown as () => Promise<string>;
  return config;
}
