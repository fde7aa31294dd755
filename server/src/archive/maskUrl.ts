// How an archive is named in every message and log: its connection string without the password.
// Apart from connection.ts so that code which never connects (the language server's main thread)
// can show it without loading the PostgreSQL client.

/** The connection string with any password replaced by "***" (URL form and key=value form). */
export function maskUrl(url: string): string {
  if (/^postgres(ql)?:\/\//i.test(url)) {
    try {
      const parsed = new URL(url);
      if (parsed.password) parsed.password = "***";
      for (const key of [...parsed.searchParams.keys()]) if (key.toLowerCase() === "password") parsed.searchParams.set(key, "***");
      return parsed.toString().replace("%2A%2A%2A", "***");
    } catch {
      return url.replace(/(\/\/[^:/@]*:)[^@]*@/, "$1***@");
    }
  }
  return url.replace(/(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)/gi, "$1***");
}
