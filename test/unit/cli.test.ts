import { execFileSync } from "node:child_process";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { main } from "../../server/src/cli/main";
import type { CliIO } from "../../server/src/cli/check";

// The `attest` command, driven through main() with captured output, plus one real process for
// the bin script and its exit status.

const ROOT = resolve(__dirname, "../../..");
const SOURCES = join(ROOT, "test/fixtures/sources");

function captureIO(env: NodeJS.ProcessEnv = {}, stdin = ""): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (s) => out.push(s), stderr: (s) => err.push(s), isTTY: false, env, readStdin: async () => stdin };
}

function draft(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), "attest-cli-"));
  const file = join(dir, "draft.md");
  writeFileSync(file, text);
  return file;
}

describe("attest check (CLI)", function () {
  this.timeout(30000);
  const conflicting = () => draft("Globex possède 20 % d'Initech.\n\nNous y reviendrons.\n");
  const clean = () => draft("Globex possède 12 % d'Initech.\n");

  it("prints compiler-style lines and a summary, and exits 1 on a conflict", async () => {
    const io = captureIO();
    const code = await main(["check", "--corpus", SOURCES, conflicting()], io);
    assert.equal(code, 1);
    const text = io.out.join("\n");
    assert.match(text, /draft\.md:1:16: conflict: Sources give 12 %, not 20 %/);
    assert.match(text, /1 claim checked in 1 file: 1 conflict, 0 unsupported, 0 supported/);
    assert.ok(!text.includes("\u001b["), "no colour when not on a terminal");
  });

  it("exits 0 without conflicts and lists supported claims on request", async () => {
    const io = captureIO();
    assert.equal(await main(["check", "--corpus", SOURCES, "--show-supported", clean()], io), 0);
    assert.match(io.out.join("\n"), /supported: Sources give 12 %/);
  });

  it("hides unsupported findings below --min-confidence and rejects a value outside 0..1", async () => {
    const weak = draft("Globex va construire une usine de batteries à Vénissieux.\n");
    const all = captureIO();
    await main(["check", "--corpus", SOURCES, "--format", "json", weak], all);
    const findings = JSON.parse(all.out.join("\n")).files[0].findings as { verdict: string; confidence: number }[];
    const unsupported = findings.filter((f) => f.verdict === "unsupported");
    assert.ok(unsupported.length > 0, JSON.stringify(findings));
    const above = Math.max(...unsupported.map((f) => f.confidence)) + 0.01;
    const some = captureIO();
    await main(["check", "--corpus", SOURCES, "--format", "json", "--min-confidence", String(Math.min(1, above)), weak], some);
    assert.equal(
      JSON.parse(some.out.join("\n")).files[0].findings.filter((f: { verdict: string }) => f.verdict === "unsupported").length,
      0,
    );
    const bad = captureIO();
    assert.equal(await main(["check", "--corpus", SOURCES, "--min-confidence", "2", weak], bad), 2);
    assert.match(bad.err.join("\n"), /--min-confidence must be from 0 to 1/);
  });

  it("writes French messages when asked", async () => {
    const io = captureIO();
    await main(["check", "--corpus", SOURCES, "--locale", "fr", conflicting()], io);
    assert.match(io.out.join("\n"), /Les sources donnent 12 %, pas 20 %/);
  });

  it("writes a French run without an English word: verdicts, places, fixes, plural counts", async () => {
    // A figure the sources state differently, one they confirm (and disagree on), and names no source mentions.
    const file = draft(
      "Globex possède 20 % d'Initech.\n\nLe rachat d'Initech a coûté 2,4 milliards d'euros à Globex.\n\n" +
        "Globex emploie 4 000 ingénieurs à Tokyo.\n\nMarie Durand dirige Zorblax Industries depuis 1999.\n",
    );
    const io = captureIO();
    await main(["check", "--corpus", SOURCES, "--locale", "fr", "--show-supported", file], io);
    const text = io.out.join("\n").split(file).join("BROUILLON");
    assert.match(text, /contradiction: Les sources donnent 12 %, pas 20 % \(globex-initech\.txt, ligne 3\)/);
    assert.match(text, /4 affirmations vérifiées dans 1 fichier : 1 contradiction, 2 non sourcées, 1 confirmée/);
    const english = [
      "line",
      "conflict",
      "conflicts",
      "unsupported",
      "supported",
      "claim",
      "claims",
      "checked",
      "file",
      "files",
      "fix",
      "give",
      "not",
      "source mentions",
      "disagree",
      "and",
      "more",
      "warning",
    ];
    const found = english.filter((word) => new RegExp(`\\b${word}\\b`, "i").test(text));
    assert.deepEqual(found, [], text);
  });

  it("words findings like the draft and honours the line marker of a .txt draft", async () => {
    const dir = mkdtempSync(join(tmpdir(), "attest-cli-words-"));
    const sources = join(dir, "sources");
    mkdirSync(sources);
    writeFileSync(
      join(sources, "summit.txt"),
      "The Varnholm summit opened on November 14, 2024, its organisers said. Varnholm Airport was granted 22 slots for the summit, the regulator said.\n",
    );
    const file = join(dir, "draft.txt");
    const draftLines = [
      "The Varnholm summit opened on 12 November 2024.",
      "Varnholm Airport was granted 30 slots for the summit.",
      "Nordic Air Baltic Wings flew the delegates in. // attest-ignore: Nordic Air Baltic Wings",
    ];
    writeFileSync(file, draftLines.join("\n") + "\n");
    const io = captureIO();
    assert.equal(await main(["check", "--corpus", sources, file], io), 1);
    const text = io.out.join("\n");
    assert.match(text, /draft\.txt:1:31: conflict: Sources give 14 November 2024, not 12 November 2024/);
    assert.match(text, /draft\.txt:2:30: conflict: Sources give 22 slots, not 30 slots/);
    assert.doesNotMatch(text, /Nordic|Wings|draft\.txt:3:/);
  });

  it("writes the JSON contract: version, files, findings with ranges, evidence and fixes", async () => {
    const io = captureIO();
    await main(["check", "--corpus", SOURCES, "--format", "json", conflicting()], io);
    const report = JSON.parse(io.out.join("\n"));
    assert.equal(report.version, 1);
    const [finding] = report.files[0].findings;
    assert.deepEqual(Object.keys(finding).sort(), [
      "claim",
      "confidence",
      "evidence",
      "fixes",
      "message",
      "range",
      "sourcesDisagree",
      "verdict",
    ]);
    assert.ok(finding.confidence > 0 && finding.confidence <= 1);
    assert.equal(finding.verdict, "conflict");
    assert.equal(finding.claim, "20 %");
    assert.deepEqual(finding.range, { start: { line: 0, character: 15 }, end: { line: 0, character: 19 } });
    assert.equal(finding.evidence[0].document, "globex-initech.txt");
    assert.deepEqual(Object.keys(finding.evidence[0]).sort(), ["document", "quote", "range"]);
    assert.equal(finding.fixes[0].newText, "12 %");
  });

  it("writes SARIF 2.1.0 with rules, levels, related locations and fixes", async () => {
    const io = captureIO();
    await main(["check", "--corpus", SOURCES, "--format", "sarif", conflicting()], io);
    const sarif = JSON.parse(io.out.join("\n"));
    assert.equal(sarif.version, "2.1.0");
    const run = sarif.runs[0];
    assert.equal(run.tool.driver.name, "attest");
    const [result] = run.results;
    assert.equal(result.ruleId, "conflict");
    assert.equal(result.level, "error");
    assert.deepEqual(result.locations[0].physicalLocation.region, { startLine: 1, startColumn: 16, endLine: 1, endColumn: 20 });
    assert.match(result.relatedLocations[0].physicalLocation.artifactLocation.uri, /^file:.*globex-initech\.txt$/);
    assert.equal(result.fixes[0].artifactChanges[0].replacements[0].insertedContent.text, "12 %");
  });

  it("describes the SARIF rules in the language of the messages", async () => {
    const io = captureIO();
    await main(["check", "--corpus", SOURCES, "--format", "sarif", "--locale", "fr", conflicting()], io);
    const rules = JSON.parse(io.out.join("\n")).runs[0].tool.driver.rules as Array<{ id: string; shortDescription: { text: string } }>;
    assert.deepEqual(
      rules.map((r) => [r.id, r.shortDescription.text]),
      [
        ["conflict", "Les sources donnent une autre valeur ou le contraire pour ce fait."],
        ["unsupported", "Aucune source n'énonce ce fait."],
        ["supported", "Une source énonce ce fait."],
      ],
    );
  });

  it("never uses a draft kept inside the corpus folder as its own source", async () => {
    const folder = mkdtempSync(join(tmpdir(), "attest-inside-"));
    writeFileSync(join(folder, "source.txt"), "Globex détient 12 % d'Initech depuis 2021.\n");
    const inside = join(folder, "draft.md");
    writeFileSync(inside, "Globex détient 20 % d'Initech.\n");
    const io = captureIO();
    assert.equal(await main(["check", "--corpus", folder, inside], io), 1);
    assert.match(io.out.join("\n"), /Sources give 12 %/);
  });

  it("reads a draft from standard input with -", async () => {
    const io = captureIO({}, "Globex possède 20 % d'Initech.\n");
    assert.equal(await main(["check", "--corpus", SOURCES, "-"], io), 1);
  });

  for (const [args, message] of [
    [["check"], /no draft given/],
    [["check", "--format", "xml", "x.md"], /--format must be text, json, sarif or html/],
    [["check", "--bogus", "x.md"], /bogus/],
    [["check", "/nonexistent/draft.md"], /cannot read \/nonexistent\/draft\.md: no such file/],
    [["frobnicate"], /unknown command "frobnicate"/],
  ] as [string[], RegExp][]) {
    it(`exits 2 with one clear line on a usage error: ${args.join(" ")}`, async () => {
      const io = captureIO();
      assert.equal(await main(args, io), 2);
      assert.equal(io.err.length, 1);
      assert.match(io.err[0], message);
    });
  }

  it("refuses a binary draft and an empty corpus with exit 2", async () => {
    const binary = draft("x");
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]));
    const io = captureIO();
    assert.equal(await main(["check", "--corpus", SOURCES, binary], io), 2);
    assert.match(io.err.join("\n"), /binary/);
    const emptyCorpus = mkdtempSync(join(tmpdir(), "attest-empty-"));
    const io2 = captureIO();
    assert.equal(await main(["check", "--corpus", emptyCorpus, clean()], io2), 2);
    assert.match(io2.err.join("\n"), /no source article/);
  });

  it("refuses a named pipe given as a draft at once instead of waiting for a writer", async () => {
    const fifo = join(mkdtempSync(join(tmpdir(), "attest-fifo-")), "draft.md");
    execFileSync("mkfifo", [fifo]);
    const io = captureIO();
    assert.equal(await main(["check", "--corpus", SOURCES, fifo], io), 2);
    assert.match(io.err.join("\n"), /cannot check .*draft\.md: not a regular file \(a named pipe/);
  });

  it("refuses a draft over --max-file-size, naming its size and the limit, in both languages", async () => {
    const big = draft("Globex détient 12 % d'Initech. ".repeat(200));
    const io = captureIO();
    assert.equal(await main(["check", "--corpus", SOURCES, "--max-file-size", "2048", big], io), 2);
    assert.match(io.err.join("\n"), /cannot check .*: it is 7 KiB, over the 2 KiB limit \(--max-file-size\)/);
    const fr = captureIO();
    assert.equal(await main(["check", "--locale", "fr", "--corpus", SOURCES, "--max-file-size", "2048", big], fr), 2);
    assert.match(fr.err.join("\n"), /impossible de vérifier .* : le fichier fait 7 Kio, au-delà de la limite de 2 Kio/);
  });

  it("checks a UTF-16 draft with a byte-order mark as the text it holds", async () => {
    const folder = mkdtempSync(join(tmpdir(), "attest-utf16-"));
    writeFileSync(join(folder, "source.txt"), "Globex détient 12 % d'Initech depuis 2021.\n");
    const wide = join(folder, "draft.txt");
    writeFileSync(wide, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Globex détient 20 % d'Initech.\n", "utf16le")]));
    const io = captureIO();
    assert.equal(await main(["check", "--corpus", folder, wide], io), 1);
    assert.match(io.out.join("\n"), /Sources give 12 %/);
  });

  it("reports usage errors and prints its help in French when asked", async () => {
    for (const [args, message] of [
      [["check", "--locale", "fr", "--format", "xml", "x.md"], /^attest : --format vaut text, json, sarif ou html$/],
      [["check", "--bogus", "--locale=fr", "x.md"], /^attest : option inconnue --bogus/],
      [
        ["check", "--locale", "fr", "/nonexistent/brouillon.md"],
        /^attest : impossible de lire \/nonexistent\/brouillon\.md : fichier introuvable$/,
      ],
    ] as [string[], RegExp][]) {
      const io = captureIO();
      assert.equal(await main(args, io), 2);
      assert.match(io.err.join("\n"), message);
    }
    const io = captureIO({ LANG: "fr_FR.UTF-8" });
    assert.equal(await main(["--help"], io), 0);
    assert.match(io.out.join("\n"), /^attest — vérifie un brouillon/);
    assert.ok(io.out.join("\n").includes("--max-file-size N ignore les fichiers du corpus"));
  });

  it("documents every option in --help", async () => {
    const io = captureIO();
    assert.equal(await main(["--help"], io), 0);
    for (const option of [
      "--corpus",
      "--format",
      "--lang",
      "--locale",
      "--show-supported",
      "--color",
      "--max-file-size",
      "--exclude",
      "lsp --stdio",
    ]) {
      assert.ok(io.out.join("\n").includes(option), option);
    }
  });

  it("runs as the attest bin, with the bundled corpus by default", async () => {
    const file = draft("Microsoft détient 39 % de la filiale commerciale d'OpenAI.\n");
    const result = await new Promise<{ code: number | null; stdout: string }>((done) => {
      execFile(process.execPath, [join(ROOT, "bin/attest.js"), "check", "--format", "json", file], (error, stdout) =>
        done({ code: error ? (error as NodeJS.ErrnoException & { code: number }).code : 0, stdout }),
      );
    });
    assert.equal(result.code, 1);
    const finding = JSON.parse(result.stdout).files[0].findings[0];
    assert.equal(finding.fixes[0].newText, "49 %");
  });
});
