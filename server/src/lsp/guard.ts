// Request handlers never take the server down: bad params get an InvalidParams error naming what is
// wrong, unexpected failures an InternalError; both are logged to the client's output.
import { ErrorCodes, ResponseError } from "vscode-languageserver/node";

export class InvalidParamsError extends Error {}

export function guard<P, R>(
  what: string,
  log: (message: string) => void,
  handler: (params: P) => R | Promise<R>,
): (params: P) => Promise<R | ResponseError<void>> {
  return async (params: P) => {
    try {
      return await handler(params);
    } catch (error) {
      if (error instanceof InvalidParamsError) {
        log(`${what}: malformed request: ${error.message}`);
        return new ResponseError(ErrorCodes.InvalidParams, `${what}: ${error.message}`);
      }
      log(`${what} failed: ${(error as Error)?.stack ?? String(error)}`);
      return new ResponseError(ErrorCodes.InternalError, `${what} failed: ${(error as Error)?.message ?? String(error)}`);
    }
  };
}

/** The `textDocument.uri` of request params, or an InvalidParamsError saying what is missing. */
export function requireUri(params: unknown): string {
  const uri = (params as { textDocument?: { uri?: unknown } } | undefined)?.textDocument?.uri;
  if (typeof uri !== "string") throw new InvalidParamsError("params.textDocument.uri must be a string");
  return uri;
}

export function requirePosition(params: unknown): { line: number; character: number } {
  const position = (params as { position?: { line?: unknown; character?: unknown } } | undefined)?.position;
  if (typeof position?.line !== "number" || typeof position.character !== "number") {
    throw new InvalidParamsError("params.position must be { line: number, character: number }");
  }
  return { line: position.line, character: position.character };
}
