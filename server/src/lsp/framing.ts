// Checks the LSP base-protocol framing of stdin before the JSON-RPC reader sees it. The reader
// ignores what it cannot parse (garbage, LF-only headers) or waits forever (a huge or truncated
// Content-Length), leaving the server alive and silent; a broken stream cannot be resynchronised,
// so the cause is reported and the server exits, and the client restarts it. Bytes pass unchanged.
import { Transform, type TransformCallback } from "node:stream";
import type { Wording } from "../shared/i18n";

/** Longest header block accepted: real clients send one or two short lines. */
const MAX_HEADER_BYTES = 8192;
/** Largest message accepted (a whole draft with its JSON escaping fits many times over). */
const MAX_MESSAGE_BYTES = 256 * 1024 * 1024;

const CR = 13;
const LF = 10;

export class FramingGuard extends Transform {
  private header: number[] = [];
  /** Body bytes still expected for the current message; 0 when reading a header. */
  private remaining = 0;
  private failed = false;

  constructor(private readonly fatal: (cause: Wording) => void) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    if (this.failed) return done();
    let i = 0;
    while (i < chunk.length) {
      if (this.remaining > 0) {
        const take = Math.min(this.remaining, chunk.length - i);
        this.remaining -= take;
        i += take;
        continue;
      }
      const byte = chunk[i]!;
      i++;
      if (byte === LF && this.header[this.header.length - 1] !== CR) return this.fail((t) => t("framing.lfAlone"), done);
      if (byte !== CR && byte !== LF && (byte < 32 || byte > 126))
        return this.fail((t) => t("framing.badHeaderByte", { byte: byte.toString(16).padStart(2, "0") }), done);
      this.header.push(byte);
      if (this.header.length > MAX_HEADER_BYTES) return this.fail((t) => t("framing.headerTooLong", { max: MAX_HEADER_BYTES }), done);
      const n = this.header.length;
      if (n >= 4 && this.header[n - 4] === CR && this.header[n - 3] === LF && this.header[n - 2] === CR && byte === LF) {
        const problem = this.startBody(Buffer.from(this.header).toString("ascii"));
        if (problem) return this.fail(problem, done);
        this.header = [];
      }
    }
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    if (!this.failed && (this.remaining > 0 || this.header.length > 0)) {
      this.fail(
        this.remaining > 0 ? (t) => t("framing.truncatedBody", { missing: this.remaining }) : (t) => t("framing.truncatedHeader"),
        done,
      );
      return;
    }
    done();
  }

  /** Reads a complete header block; returns the problem with it, if any. */
  private startBody(block: string): Wording | undefined {
    let length: number | undefined;
    for (const line of block.split("\r\n").filter(Boolean)) {
      const colon = line.indexOf(":");
      if (colon <= 0) return (t) => t("framing.badHeaderLine", { line: JSON.stringify(line.slice(0, 80)) });
      if (line.slice(0, colon).trim().toLowerCase() !== "content-length") continue;
      const value = line.slice(colon + 1).trim();
      if (!/^\d+$/.test(value)) return (t) => t("framing.badLength", { value: JSON.stringify(value.slice(0, 40)) });
      length = Number(value);
    }
    if (length === undefined) return (t) => t("framing.noLength");
    if (length === 0) return (t) => t("framing.zeroLength");
    if (length > MAX_MESSAGE_BYTES) return (t) => t("framing.lengthOverLimit", { length, max: MAX_MESSAGE_BYTES });
    this.remaining = length;
    return undefined;
  }

  private fail(cause: Wording, done: TransformCallback): void {
    this.failed = true;
    done();
    this.fatal(cause);
  }
}
