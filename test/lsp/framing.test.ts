import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { serverMain } from "./harness";
import { FramingGuard } from "../../server/src/lsp/framing";
import { translator, type Wording } from "../../server/src/shared/i18n";

// Broken framing on stdin: the server cannot resynchronise, so it must say why and exit non-zero
// (an editor's client then restarts it) rather than stay alive and silent forever.

function feed(bytes: string, end: boolean): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [serverMain, "lsp", "--stdio"], { stdio: "pipe" });
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      fail(new Error(`still running after 20 s; stderr: ${stderr}`));
    }, 20000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      done({ code, stderr });
    });
    child.stdin.on("error", () => undefined);
    child.stdin.write(bytes);
    if (end) child.stdin.end();
  });
}

const body = '{"jsonrpc":"2.0","id":1,"method":"shutdown"}';

describe("framing errors on stdio", function () {
  this.timeout(30000);
  const cases: Array<[string, string, boolean, RegExp]> = [
    ["a missing Content-Length", `Content-Type: application/json\r\n\r\n${body}`, false, /Content-Length/i],
    ["a non-numeric Content-Length", `Content-Length: abc\r\n\r\n${body}`, false, /Content-Length/i],
    ["a negative Content-Length", `Content-Length: -5\r\n\r\n${body}`, false, /Content-Length/i],
    ["a zero Content-Length", `Content-Length: 0\r\n\r\n${body}`, false, /Content-Length/i],
    ["a huge Content-Length", `Content-Length: 99999999999\r\n\r\n${body}`, false, /Content-Length/i],
    ["LF-only headers", `Content-Length: ${body.length}\n\n${body}`, false, /line end|LF/i],
    ["garbage bytes", "\u0000\u0001garbage without any header at all".repeat(400), false, /header/i],
    ["a truncated header", "Content-Len", true, /ended|truncated/i],
    ["a truncated body", `Content-Length: ${body.length + 40}\r\n\r\n${body}`, true, /ended|truncated/i],
  ];
  for (const [name, bytes, end, cause] of cases) {
    it(`logs the cause of ${name} and exits non-zero`, async () => {
      const { code, stderr } = await feed(bytes, end);
      assert.notEqual(code, 0, stderr);
      assert.match(stderr, cause);
    });
  }
});

describe("the cause of a framing error", () => {
  it("is worded in the client's language when the server reports it", async () => {
    const causes: Wording[] = [];
    const guard = new FramingGuard((cause) => causes.push(cause));
    guard.on("data", () => undefined);
    await new Promise<void>((done) => guard.end(Buffer.from("Content-Length: 0\r\n\r\n"), done));
    assert.equal(causes.length, 1);
    assert.equal(causes[0]!(translator("fr")), "Content-Length vaut 0 (un message vide)");
    assert.equal(causes[0]!(translator("en")), "Content-Length is 0 (an empty message)");
  });
});
