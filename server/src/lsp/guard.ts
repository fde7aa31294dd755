// Request handlers never take the server down: bad params get an InvalidParams error naming what is
// wrong, unexpected failures an InternalError; both are logged to the client's output, worded in
// the client's locale (a stack trace stays as the runtime wrote it).
import { ErrorCodes, ResponseError } from "vscode-languageserver/node";
import { translator, WordedError, type Locale } from "../shared/i18n";
import { errorReport, errorText } from "../shared/errorText";

/** Thrown with its wording, e.g. `new InvalidParamsError((t) => t("params.notAString", { field: "uri" }))`. */
export class InvalidParamsError extends WordedError {}

/** Where a guarded handler reports: the server's log, in the locale of its client. */
export interface GuardLog {
  readonly messagesLocale: Locale;
  logError(message: string): void;
}

export function guard<P, R>(
  what: string,
  log: GuardLog,
  handler: (params: P) => R | Promise<R>,
): (params: P) => Promise<R | ResponseError<void>> {
  return async (params: P) => {
    try {
      return await handler(params);
    } catch (error) {
      const locale = log.messagesLocale;
      const t = translator(locale);
      if (error instanceof InvalidParamsError) {
        const problem = errorText(error, locale);
        log.logError(t("server.requestMalformed", { request: what, problem }));
        return new ResponseError(ErrorCodes.InvalidParams, t("server.requestRejected", { request: what, problem }));
      }
      log.logError(t("server.requestFailed", { request: what, detail: errorReport(error, locale) }));
      return new ResponseError(ErrorCodes.InternalError, t("server.requestFailed", { request: what, detail: errorText(error, locale) }));
    }
  };
}

/** The `textDocument.uri` of request params, or an InvalidParamsError saying what is missing. */
export function requireUri(params: unknown): string {
  const uri = (params as { textDocument?: { uri?: unknown } } | undefined)?.textDocument?.uri;
  if (typeof uri !== "string") throw new InvalidParamsError((t) => t("params.notAString", { field: "textDocument.uri" }));
  return uri;
}

export function requirePosition(params: unknown): { line: number; character: number } {
  const position = (params as { position?: { line?: unknown; character?: unknown } } | undefined)?.position;
  if (typeof position?.line !== "number" || typeof position.character !== "number") {
    throw new InvalidParamsError((t) => t("params.badPosition"));
  }
  return { line: position.line, character: position.character };
}
