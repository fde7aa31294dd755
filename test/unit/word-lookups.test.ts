import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import ts from "typescript";

// A guard on the sources: a lookup by an arbitrary word in a plain object answers to the names
// every object inherits ("constructor", "__proto__"), which once crashed the checker. Word tables
// are Maps (core/text/wordTable.ts). This reads server/src with the TypeScript parser and names
// each place that looks a value up in a plain object by a computed key.

const SRC = resolve(__dirname, "../../../server/src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith(".ts") && !path.endsWith(".d.ts") ? [path] : [];
  });
}

/** A type annotation whose keys are any string: `Record<string, …>` or `{ [k: string]: … }`. */
function openKeyed(type: ts.TypeNode | undefined, file: ts.SourceFile): boolean {
  if (!type) return false;
  const text = type.getText(file).replace(/\s+/g, "");
  return /(^|<|\()Record<string,/.test(text) || /^\{\[\w+:string\]/.test(text);
}

function isLiteral(node: ts.Expression): boolean {
  return ts.isStringLiteral(node) || ts.isNumericLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node);
}

/** Places of `file` that look up a plain object by a computed key, as "path:line: what". */
export function plainObjectLookups(path: string, text: string): string[] {
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, true);
  const at = (node: ts.Node) => `${relative(SRC, path)}:${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}`;
  const found: string[] = [];
  // Module-level constants that are plain objects with open keys (or no declared key type at all).
  const tables = new Set<string>();
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const d of statement.declarationList.declarations) {
      if (!ts.isIdentifier(d.name) || !d.initializer) continue;
      let init: ts.Expression = d.initializer;
      while (ts.isAsExpression(init) || ts.isSatisfiesExpression(init) || ts.isParenthesizedExpression(init)) init = init.expression;
      if (ts.isObjectLiteralExpression(init) && (!d.type || openKeyed(d.type, file))) tables.add(d.name.text);
    }
  }
  const visit = (node: ts.Node): void => {
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.InKeyword && !isLiteral(node.left)) {
      found.push(`${at(node)}: \`${node.getText(file)}\` (an \`in\` test by a computed key)`);
    }
    if (ts.isVariableDeclaration(node) && openKeyed(node.type, file) && node.initializer) {
      let init: ts.Expression = node.initializer;
      while (ts.isAsExpression(init) || ts.isParenthesizedExpression(init)) init = init.expression;
      if (ts.isObjectLiteralExpression(init))
        found.push(`${at(node)}: \`${node.name.getText(file)}\` is a plain object keyed by any string`);
    }
    if (
      ts.isElementAccessExpression(node) &&
      ts.isIdentifier(node.expression) &&
      tables.has(node.expression.text) &&
      !isLiteral(node.argumentExpression)
    ) {
      found.push(`${at(node)}: \`${node.getText(file)}\` (a plain-object table read by a computed key)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe("word lookups in server/src", function () {
  this.timeout(30000);
  it("look words up in Maps and Sets, never in plain objects", () => {
    const found = sourceFiles(SRC).flatMap((path) => plainObjectLookups(path, readFileSync(path, "utf8")));
    assert.deepEqual(found, [], `use a Map (core/text/wordTable.ts) or a Set:\n${found.join("\n")}`);
  });

  it("names the lookups it guards against", () => {
    const sample = [
      "const UNITS: Record<string, number> = { un: 1 };",
      "const CODES = { USD: 'USD' } as const;",
      "export function read(w: string) { if (w in UNITS) return UNITS[w]; return CODES[w as keyof typeof CODES]; }",
      "export function fine(d: { skip: string } | { text: string }) { return 'skip' in d ? UNITS['un'] : 0; }",
    ].join("\n");
    const found = plainObjectLookups(join(SRC, "sample.ts"), sample);
    assert.deepEqual(
      found.map((f) => f.replace(/: `[^`]*`/, ": `…`")),
      [
        "sample.ts:1: `…` is a plain object keyed by any string",
        "sample.ts:3: `…` (an `in` test by a computed key)",
        "sample.ts:3: `…` (a plain-object table read by a computed key)",
        "sample.ts:3: `…` (a plain-object table read by a computed key)",
      ],
    );
  });
});
