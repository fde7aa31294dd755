import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

// The rules ARCHITECTURE.md states, checked on the sources: no import cycle between modules, the
// core imports neither vscode nor the language server, each core folder only imports the folders
// below it, and the core's one import outside itself is the message catalogue (shared/i18n).

const ROOT = resolve(__dirname, "../../..");

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full));
    else if (name.endsWith(".ts") && !name.endsWith(".d.ts")) out.push(full);
  }
  return out;
}

/** Module specifiers a file imports or re-exports (type-only imports included: they shape the design too). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const found: string[] = [];
  for (const m of text.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+"([^"]+)"/gms)) found.push(m[1]!);
  for (const m of text.matchAll(/\bimport\(\s*"([^"]+)"\s*\)/g)) found.push(m[1]!);
  return found;
}

/**
 * `#shared/x` is package.json's alias for server/src/shared/x.ts (the client's only way into the
 * server). Like node's "imports" patterns, it names a file: a folder is `#shared/folder/index`.
 */
const SHARED_ALIAS = "#shared/";

function resolveLocal(from: string, specifier: string): string | undefined {
  let candidates: string[];
  if (specifier.startsWith(SHARED_ALIAS)) candidates = [`${join(ROOT, "server/src/shared", specifier.slice(SHARED_ALIAS.length))}.ts`];
  else if (specifier.startsWith(".")) {
    const base = resolve(dirname(from), specifier.replace(/\.js$/, ""));
    candidates = [`${base}.ts`, join(base, "index.ts")];
  } else return undefined;
  for (const candidate of candidates) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not this form
    }
  }
  return undefined;
}

const files = [...sourceFiles(join(ROOT, "server/src")), ...sourceFiles(join(ROOT, "client/src"))];
const graph = new Map(
  files.map((f) => [
    f,
    importsOf(f)
      .map((s) => resolveLocal(f, s))
      .filter((t): t is string => t !== undefined),
  ]),
);
const rel = (f: string) => relative(ROOT, f);

describe("architecture rules", () => {
  it("has no import cycle between modules", () => {
    const state = new Map<string, "visiting" | "done">();
    const cycles: string[] = [];
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === "done") return;
      if (state.get(file) === "visiting") {
        cycles.push([...trail.slice(trail.indexOf(file)), file].map(rel).join(" -> "));
        return;
      }
      state.set(file, "visiting");
      for (const next of graph.get(file) ?? []) visit(next, [...trail, file]);
      state.set(file, "done");
    };
    for (const file of files) visit(file, []);
    assert.deepEqual(cycles, []);
  });

  it("keeps the core free of vscode and the language server", () => {
    const offenders = files
      .filter((f) => rel(f).startsWith("server/src/core/"))
      .filter((f) => importsOf(f).some((s) => s === "vscode" || s.startsWith("vscode-languageserver") || s.startsWith("vscode-jsonrpc")))
      .map(rel);
    assert.deepEqual(offenders, []);
  });

  it("keeps each core folder to the folders below it", () => {
    // Lower layers first: a folder may import its own files and the folders before it.
    const layers = [
      "types.ts",
      "warnings.ts",
      "text",
      "fs",
      "ignore",
      "lexicon",
      "figures",
      "analysis",
      "corpus",
      "index",
      "retrieval",
      "verdicts",
      "drafting",
      "cache",
    ];
    const layerOf = (file: string) => layers.indexOf(rel(file).slice("server/src/core/".length).split("/")[0]!);
    const offenders: string[] = [];
    for (const [file, targets] of graph) {
      if (!rel(file).startsWith("server/src/core/")) continue;
      const own = layerOf(file);
      if (own < 0) continue;
      for (const target of targets) {
        if (!rel(target).startsWith("server/src/core/")) continue;
        const theirs = layerOf(target);
        if (theirs > own) offenders.push(`${rel(file)} imports ${rel(target)}`);
      }
    }
    assert.deepEqual(offenders, []);
  });

  it("lets the core reach outside itself only for the message catalogue, which depends on nothing", () => {
    // shared/i18n holds every user-facing string; the core words its findings with it, so it must
    // stay pure data and functions: no package, no file outside its folder.
    const catalogue = "server/src/shared/i18n/";
    const offenders: string[] = [];
    for (const [file, targets] of graph) {
      const name = rel(file);
      if (name.startsWith("server/src/core/")) {
        for (const target of targets) {
          const theirs = rel(target);
          if (!theirs.startsWith("server/src/core/") && !theirs.startsWith(catalogue)) offenders.push(`${name} imports ${theirs}`);
        }
      }
      if (name.startsWith(catalogue)) {
        for (const specifier of importsOf(file)) {
          const target = resolveLocal(file, specifier);
          if (!target || !rel(target).startsWith(catalogue)) offenders.push(`${name} imports ${specifier}`);
        }
      }
    }
    assert.deepEqual(offenders, []);
  });

  it("lets the client reach the server only through #shared/* (the shared settings and protocol)", () => {
    const offenders: string[] = [];
    for (const file of files) {
      if (!rel(file).startsWith("client/src/")) continue;
      for (const specifier of importsOf(file)) {
        const target = resolveLocal(file, specifier);
        if (!target || rel(target).startsWith("client/src/")) continue;
        if (!specifier.startsWith(SHARED_ALIAS)) offenders.push(`${rel(file)} imports ${specifier} (a path out of client/src)`);
        else if (!rel(target).startsWith("server/src/shared/")) offenders.push(`${rel(file)} imports ${rel(target)}`);
      }
    }
    assert.deepEqual(offenders, []);
  });

  it("resolves every #shared/* import to a file of server/src/shared", () => {
    const unresolved = files.flatMap((file) =>
      importsOf(file)
        .filter((s) => s.startsWith(SHARED_ALIAS) && resolveLocal(file, s) === undefined)
        .map((s) => `${rel(file)}: ${s}`),
    );
    assert.deepEqual(unresolved, []);
  });
});
