// What the server uses of the LSP connection and of the open-document store, named so that tests
// can hand the server a small fake of each instead of a stdio connection.
import type { Connection, TextDocuments } from "vscode-languageserver/node";
import type { TextDocument } from "vscode-languageserver-textdocument";

/** The parts of the connection the server sends through (never the handler registrations: server.ts owns those). */
export type ServerConnection = Pick<Connection, "console" | "window" | "client" | "workspace" | "sendDiagnostics" | "sendNotification">;

/** The documents the client has open, as TextDocuments keeps them. */
export type OpenDocuments = Pick<TextDocuments<TextDocument>, "get" | "all">;
