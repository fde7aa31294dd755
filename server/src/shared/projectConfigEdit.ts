// Adds names to the `names` list of a project file's text as one insertion, so the rest of the
// file (its order, spacing, other keys) stays exactly as the writer left it. A file it cannot edit
// is a WarningError (a catalogue id and its parameters), worded where the writer reads it.
import { warning, WarningError } from "../core/warnings";

/**
 * The file's new text with `names` added (those already listed are skipped); the text itself when
 * nothing is new. `file` names the file in the error a text that is not an object of JSON raises.
 */
export function addNamesToConfigText(text: string | undefined, names: readonly string[], file: string): string {
  const source = text?.trim() ? text : "{}\n";
  let parsed: unknown;
  try {
    parsed = JSON.parse(source);
  } catch {
    throw new WarningError(warning("warning.projectFileNotJson", { file }));
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
    throw new WarningError(warning("warning.projectFileNotAnObject", { file }));
  const listed = (parsed as { names?: unknown }).names;
  const present = new Set(Array.isArray(listed) ? listed.filter((n): n is string => typeof n === "string") : []);
  const added = [...new Set(names)].filter((n) => !present.has(n));
  if (added.length === 0) return source;
  const quoted = added.map((n) => JSON.stringify(n)).join(", ");
  const key = topLevelKey(source, "names");
  if (key !== undefined && Array.isArray(listed)) {
    const close = closingBracket(source, source.indexOf("[", key));
    const separator = listed.length > 0 ? ", " : "";
    return `${source.slice(0, close).trimEnd()}${separator}${quoted}${source.slice(close)}`;
  }
  // A new key goes last, indented like the file's other keys.
  const close = source.lastIndexOf("}");
  const indent = /\n([ \t]+)"/.exec(source)?.[1] ?? "  ";
  const hasKeys = Object.keys(parsed).length > 0;
  return `${source.slice(0, close).trimEnd()}${hasKeys ? "," : ""}\n${indent}"names": [${quoted}]\n${source.slice(close)}`;
}

/** Offset of `"key"` as a key of the outermost object, skipping strings and nested values. */
function topLevelKey(text: string, key: string): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      const end = stringEnd(text, i);
      if (depth === 1 && JSON.parse(text.slice(i, end + 1)) === key && /^\s*:/.test(text.slice(end + 1))) return i;
      i = end;
    } else if (c === "{" || c === "[") depth++;
    else if (c === "}" || c === "]") depth--;
  }
  return undefined;
}

function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '"') i = stringEnd(text, i);
    else if (c === "[" || c === "{") depth++;
    else if ((c === "]" || c === "}") && --depth === 0) return i;
  }
  // Unreachable (the text parsed as JSON): a fault of this code, for the log's stack trace only.
  throw new Error("unbalanced brackets");
}

function stringEnd(text: string, quote: number): number {
  for (let i = quote + 1; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === '"') return i;
  }
  return text.length - 1;
}
