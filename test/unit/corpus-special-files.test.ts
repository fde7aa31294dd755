import assert from "node:assert/strict";
import { execFile, execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { decodeText } from "../../server/src/core/corpus/decode";
import { readRegularFile } from "../../server/src/core/corpus/readBounded";

// Corpus paths that are not plain files: named pipes, devices, sockets, dangling and looping links,
// files whose size stat does not tell. None may hang or flood a check; each is named in a warning.
// Run through the real `attest` process: a blocking read would hang this test's own thread.

const BIN = resolve(__dirname, "../../../bin/attest.js");
const POSIX = process.platform !== "win32";

function attest(args: string[], timeout = 20000): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...args], { timeout, killSignal: "SIGKILL" }, (error, stdout, stderr) => {
      done({ code: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr });
    });
  });
}

function folder(): string {
  return mkdtempSync(join(tmpdir(), "attest-special-"));
}

const FACT = "Globex a racheté Initech pour 2,4 milliards d'euros en 2023.\n";

describe("special files in the corpus", function () {
  this.timeout(60000);
  const sockets: Server[] = [];
  after(() => sockets.forEach((s) => s.close()));

  (POSIX ? it : it.skip)("does not hang on a FIFO named as a corpus file, and says why it skipped it", async () => {
    const dir = folder();
    const fifo = join(dir, "pipe.txt");
    execFileSync("mkfifo", [fifo]);
    writeFileSync(join(dir, "draft.md"), FACT);
    const run = await attest(["check", "--corpus", fifo, join(dir, "draft.md")]);
    assert.notEqual(run.code, null, "attest finished");
    assert.match(run.stderr, /pipe\.txt: not a regular file \(a named pipe \(FIFO\)\), skipped/);
  });

  (POSIX ? it : it.skip)("names each FIFO, device link, socket, dangling and looping link of a folder, and reads the rest", async () => {
    const dir = folder();
    const corpus = join(dir, "corpus");
    execFileSync("mkdir", [corpus]);
    writeFileSync(join(corpus, "real.txt"), FACT);
    execFileSync("mkfifo", [join(corpus, "pipe.txt")]);
    if (existsSync("/dev/zero")) symlinkSync("/dev/zero", join(corpus, "zero.txt"));
    symlinkSync(join(corpus, "nowhere.txt"), join(corpus, "dangling.txt"));
    symlinkSync(join(corpus, "loop.md"), join(corpus, "loop.md"));
    const server = createServer();
    await new Promise<void>((ok) => server.listen(join(corpus, "sock.txt"), ok));
    sockets.push(server);
    writeFileSync(join(dir, "draft.md"), FACT);
    const run = await attest(["check", "--corpus", corpus, "--show-supported", join(dir, "draft.md")]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /pipe\.txt: not a regular file \(a named pipe \(FIFO\)\), skipped/);
    if (existsSync("/dev/zero")) assert.match(run.stderr, /zero\.txt: not a regular file \(a character device\), skipped/);
    assert.match(run.stderr, /sock\.txt: not a regular file \(a socket\), skipped/);
    assert.match(run.stderr, /dangling\.txt: link to a missing file, skipped/);
    assert.match(run.stderr, /loop\.md: link that loops, skipped/);
    assert.match(run.stdout, /supported/);
  });

  (existsSync("/proc/self/status") ? it : it.skip)("limits what is read, not what stat says (a file whose size stat reports as 0)", () => {
    const result = readRegularFile("/proc/self/status", 16);
    assert.ok("skip" in result && result.tooLarge !== undefined && result.tooLarge > 16, JSON.stringify(result));
    const whole = readRegularFile("/proc/self/status", 1 << 20);
    assert.ok("bytes" in whole && whole.bytes.length > 16);
  });

  it("decodes UTF-16 and UTF-32 text that starts with a byte-order mark", () => {
    const text = "Le prix a été fixé à 14 milliards d'euros.";
    const le16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const be16 = Buffer.from(le16);
    be16.swap16();
    const cps = [0xfeff, ...Array.from(text, (c) => c.codePointAt(0)!)];
    const le32 = Buffer.alloc(cps.length * 4);
    cps.forEach((cp, i) => le32.writeUInt32LE(cp, i * 4));
    const be32 = Buffer.alloc(cps.length * 4);
    cps.forEach((cp, i) => be32.writeUInt32BE(cp, i * 4));
    for (const [name, bytes] of [
      ["UTF-16LE", le16],
      ["UTF-16BE", be16],
      ["UTF-32LE", le32],
      ["UTF-32BE", be32],
    ] as const) {
      const decoded = decodeText(bytes);
      assert.ok("text" in decoded, `${name}: ${JSON.stringify(decoded)}`);
      assert.equal(decoded.text.replace(/^\ufeff/, ""), text, name);
    }
  });

  it("still calls binary what only starts like UTF-16", () => {
    const bytes = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 2 ? 0 : (i * 7) % 32))),
    ]);
    assert.ok("skip" in decodeText(bytes));
  });
});
