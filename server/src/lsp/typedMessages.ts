// The shared protocol objects come from the root vscode-languageserver-protocol (the client's copy);
// vscode-languageserver bundles its own copy, whose classes TypeScript treats as different types.
// These helpers register and send the shared messages by method name, keeping their payload types.
import type { Connection, ResponseError } from "vscode-languageserver/node";
import type { NotificationType, RequestType, RequestType0 } from "vscode-languageserver-protocol";

type Reply<R> = R | ResponseError<void> | Promise<R | ResponseError<void>>;
type AnyHandler = (...params: unknown[]) => unknown;

export function onRequest<P, R>(connection: Connection, type: RequestType<P, R, void>, handler: (params: P) => Reply<R>): void {
  connection.onRequest(type.method, handler as AnyHandler as never);
}

export function onRequest0<R>(connection: Connection, type: RequestType0<R, void>, handler: (_: void) => Reply<R>): void {
  connection.onRequest(type.method, handler as AnyHandler as never);
}

export function sendNotification<P>(connection: Pick<Connection, "sendNotification">, type: NotificationType<P>, params: P): void {
  void connection.sendNotification(type.method, params);
}
