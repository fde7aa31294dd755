import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { ArchiveUnreachable } from "../../server/src/archive/connection";
import { ArchiveSchemaError } from "../../server/src/archive/checkArchive";
import { main } from "../../server/src/cli/main";
import type { CliIO } from "../../server/src/cli/check";
import type { CorpusLoadOptions } from "../../server/src/core/corpus/types";
import type { Extraction } from "../../server/src/core/corpus/formats/types";
import {
  describeWarning,
  fileSkipped,
  receivedWarning,
  sizePart,
  warning,
  warningPart,
  type Warning,
} from "../../server/src/core/warnings";

// Warnings are data (a catalogue id and parameters) until a person reads them: these tests word
// them in both languages, check what another thread may send, and keep English sentences from
// coming back into the modules that raise them.

const ROOT = resolve(__dirname, "../../..");

describe("warnings", () => {
  it("words a warning and the pieces set into it in the reader's language", () => {
    const skipped = fileSkipped(
      "archives/plan.txt",
      warningPart("warningPart.notRegularFile", { kind: warningPart("warningPart.kindFifo") }),
    );
    assert.equal(describeWarning(skipped, "en"), "archives/plan.txt: not a regular file (a named pipe (FIFO)), skipped");
    assert.equal(describeWarning(skipped, "fr"), "archives/plan.txt : pas un fichier ordinaire (un tube nommé (FIFO)), ignoré");
  });

  it("writes sizes with the language's decimal mark and unit", () => {
    const tooLarge = warning("warning.tooLarge", { file: "gros.txt", size: sizePart(6.5 * 1024 * 1024), limit: sizePart(3000) });
    assert.equal(describeWarning(tooLarge, "en"), "gros.txt: 6.5 MiB is over the 3 KiB limit, skipped");
    assert.equal(describeWarning(tooLarge, "fr"), "gros.txt : 6,5 Mio dépasse la limite de 3 Kio, ignoré");
  });

  it("chooses plural forms by count: French 1 is singular, English 1 too, both plural from 2", () => {
    const invalid = (count: number) =>
      warning("warning.fileNote", { file: "vieux.txt", note: warningPart("warningPart.readAsWindows1252", { count }) });
    assert.equal(describeWarning(invalid(1), "fr"), "vieux.txt : UTF-8 non valide (1 séquence invalide), lu en Windows-1252");
    assert.equal(describeWarning(invalid(3), "fr"), "vieux.txt : UTF-8 non valide (3 séquences invalides), lu en Windows-1252");
    assert.equal(describeWarning(invalid(1), "en"), "vieux.txt: not valid UTF-8 (1 invalid sequence), read as Windows-1252");
    assert.equal(describeWarning(warning("warning.filesSkipped", { count: 3 }), "fr"), "3 fichiers de corpus ignorés");
    assert.equal(describeWarning(warning("warning.filesSkipped", { count: 1 }), "en"), "1 corpus file skipped");
  });

  it("escapes only the data of a warning, never the catalogue's words", () => {
    const skipped = fileSkipped("a\nb.txt", warningPart("warningPart.emptyFile"));
    assert.equal(describeWarning(skipped, "en", { escape: (s) => s.replace(/\n/g, "\\n") }), "a\\nb.txt: empty file, skipped");
  });

  it("accepts from another thread only a warning the catalogue knows, with exactly its parameters", () => {
    const good = fileSkipped("x.pdf", warningPart("warningPart.pdfEncrypted"));
    assert.deepEqual(receivedWarning(JSON.parse(JSON.stringify(good))), good);
    const refused = [
      "x.pdf: encrypted PDF, skipped",
      { id: "warning.noSuchThing", params: {} },
      { id: "warningPart.pdfEncrypted", params: {} },
      { id: "warning.noText", params: {} },
      { id: "warning.noText", params: { file: "x.txt", extra: 1 } },
      { id: "warning.fileSkipped", params: { file: "x.txt", reason: { id: "warningPart.zipMethod", params: { entry: "a" } } } },
      { id: "warning.fileSkipped", params: { file: "x.txt", reason: { id: "warning.noText", params: { file: "y" } } } },
      { id: "warning.noText", params: { file: ["x.txt"] } },
    ];
    for (const value of refused) assert.equal(receivedWarning(value).id, "warning.internalError", JSON.stringify(value));
  });

  it("takes no plain sentence where a warning or a reason is expected (checked by the compiler)", () => {
    const options: CorpusLoadOptions = { warn: () => undefined };
    // @ts-expect-error a warning is a catalogue id with its parameters, never a sentence
    options.warn?.("notes.txt: empty file, skipped");
    // @ts-expect-error a reader's reason is a catalogue piece too
    const skipped: Extraction = { skip: "encrypted PDF (password needed)" };
    // @ts-expect-error parameters are checked against the message's placeholders
    const misnamed: Warning = warning("warning.noText", { path: "notes.txt" });
    assert.ok(skipped && misnamed);
  });
});

describe("archive warnings", function () {
  this.timeout(30000);

  it("words an unreachable archive in French, its password masked, and keeps English for the log", () => {
    const error = new ArchiveUnreachable("postgresql://lecteur:secret@db.example/presse", "connect ECONNREFUSED 10.0.0.9:5432");
    assert.equal(
      describeWarning(error.warning, "fr"),
      "archive postgresql://lecteur:***@db.example/presse injoignable : connect ECONNREFUSED 10.0.0.9:5432",
    );
    assert.equal(error.message, "archive postgresql://lecteur:***@db.example/presse unreachable: connect ECONNREFUSED 10.0.0.9:5432");
  });

  it("words an archive whose schema is too old in French", () => {
    const error = new ArchiveSchemaError(warning("warning.archiveSchemaOld", { version: 2, needed: 5 }));
    assert.equal(
      describeWarning(error.warning, "fr"),
      "le schéma de l'archive est en version 2, cet Attest demande la version 5 : lancez attest db migrate",
    );
  });

  it("tells a French run of attest check --db that its URL shows a password and the archive does not answer, in French", async () => {
    const dir = mkdtempSync(join(tmpdir(), "attest-archive-warning-"));
    try {
      const draft = join(dir, "brouillon.md");
      writeFileSync(draft, "La ville a voté un budget de 42 millions d'euros.\n");
      const err: string[] = [];
      const io: CliIO = { stdout: () => undefined, stderr: (s) => err.push(s), isTTY: false, env: {}, readStdin: async () => "" };
      // Port 1 of this machine: nothing listens there, so the connection is refused at once.
      const code = await main(["check", "--db", "postgresql://lecteur:secret@127.0.0.1:1/presse", "--locale", "fr", draft], io);
      assert.equal(code, 2);
      assert.equal(err.length, 2, err.join("\n"));
      assert.match(err[0]!, /^attest : avertissement : --db contient un mot de passe, que les autres utilisateurs/);
      assert.match(err[1]!, /^attest : archive postgresql:\/\/lecteur:\*\*\*@127\.0\.0\.1:1\/presse injoignable : /);
      assert.doesNotMatch(err.join("\n"), /unreachable|warning|secret/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("modules that raise warnings", () => {
  function sourceFiles(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? sourceFiles(full) : name.endsWith(".ts") ? [full] : [];
    });
  }

  it("never write a warning as a sentence in the corpus loader, the cache or the archive", () => {
    // A string or template literal where a warning or a reason goes: warn("…"), skip: `…`,
    // notes.push("…"), or an archive error built from text instead of a catalogue warning.
    const sentence = [
      /\bwarn\(\s*["'`]/,
      /\bskip:\s*["'`](?!too large")/,
      /\bnotes\.push\(\s*["'`]/,
      /\bnote:\s*["'`]/,
      /new (?:ArchiveUnreachable|ArchiveSchemaError|WarningError)\([^)]*["'`][^)]*\)\s*;?$/,
      /\bsuper\(\s*["'`]/,
    ];
    const folders = ["server/src/core/corpus", "server/src/core/cache", "server/src/core/fs", "server/src/archive"];
    const offenders = folders.flatMap((folder) =>
      sourceFiles(join(ROOT, folder)).flatMap((file) =>
        readFileSync(file, "utf8")
          .split("\n")
          .flatMap((line, i) =>
            sentence.some((pattern) => pattern.test(line)) ? [`${relative(ROOT, file)}:${i + 1}: ${line.trim()}`] : [],
          ),
      ),
    );
    assert.deepEqual(offenders, []);
  });
});
