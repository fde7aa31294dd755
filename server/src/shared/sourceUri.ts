// `attest-source:` URIs, shared by the server (which links to them) and the VS Code client (which
// shows them): the source file's absolute path as a URI path, so the tab is named after the file.
import { fileURLToPath, pathToFileURL } from "node:url";
import { SOURCE_TEXT_SCHEME } from "./protocol";

/** attest-source:/abs/path/report.pdf, with #L<line> (from 1) when given. */
export function sourceTextUri(path: string, line?: number): string {
  const uri = pathToFileURL(path).href.replace(/^file:\/\//, `${SOURCE_TEXT_SCHEME}:`);
  return line === undefined ? uri : `${uri}#L${line}`;
}

/** The file path of an attest-source: URI (its fragment and query ignored), or undefined. */
export function sourceTextPath(uri: string): string | undefined {
  if (!uri.startsWith(`${SOURCE_TEXT_SCHEME}:`)) return undefined;
  try {
    return fileURLToPath(`file://${uri.slice(SOURCE_TEXT_SCHEME.length + 1).replace(/[?#].*$/, "")}`);
  } catch {
    return undefined;
  }
}
