import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../server/src/cli/main";
import { buildPdf, column } from "../fixtures/formats/build";
import { captureIO, englishWordsIn } from "./cliCapture";

// What `attest check` says about corpus files it cannot use: one line per file and a count, in
// the language of the run, with the file names' control characters made visible.

/** Words of the English warnings that a French run must never print. */
const ENGLISH_WORDS = [
  "warning",
  "skipped",
  "file",
  "files",
  "binary",
  "bytes",
  "over",
  "limit",
  "encrypted",
  "password",
  "needed",
  "readable",
  "corrupt",
  "not",
  "KiB",
  "MiB",
];

describe("corpus warnings of attest check", function () {
  this.timeout(30000);
  let root: string;
  let corpus: string;
  let draft: string;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "attest-cli-warnings-"));
    corpus = join(root, "sources");
    mkdirSync(corpus);
    writeFileSync(join(corpus, "bourse.txt"), "La société Norvane a versé un dividende de 3 euros par action en 2025.\n");
    draft = join(root, "brouillon.md");
    writeFileSync(draft, "Norvane a versé un dividende de 3 euros par action en 2025.\n");
  });

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  /** A corpus with a binary file, one over a 2 KiB limit, an encrypted PDF and a corrupt one. */
  function plantUnusableFiles(): void {
    writeFileSync(join(corpus, "photo.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a, 0x00, 0x0d]));
    writeFileSync(join(corpus, "annexe.md"), "Une ligne de remplissage pour dépasser la limite.\n".repeat(100));
    writeFileSync(join(corpus, "verrou.pdf"), buildPdf([{ lines: column(72, 700, ["Rapport confidentiel."]) }], { encrypted: true }));
    writeFileSync(join(corpus, "abime.pdf"), Buffer.from("%PDF-1.7\n\u0000\u0001 octets cassés"));
  }

  async function run(locale: "fr" | "en"): Promise<string[]> {
    const io = captureIO();
    const code = await main(["check", "--corpus", corpus, "--locale", locale, "--max-file-size", "2048", draft], io);
    assert.equal(code, 0, io.err.join("\n"));
    return io.err;
  }

  it("names each unusable corpus file in French, with a plural count, and no English word", async () => {
    plantUnusableFiles();
    const err = await run("fr");
    assert.deepEqual([...err].sort(), [
      "attest : avertissement : 4 fichiers de corpus ignorés",
      "attest : avertissement : abime.pdf : PDF illisible (fichier corrompu), ignoré",
      "attest : avertissement : annexe.md : 5 Kio dépasse la limite de 2 Kio, ignoré",
      "attest : avertissement : photo.txt : fichier binaire (octets NUL), ignoré",
      "attest : avertissement : verrou.pdf : PDF chiffré (mot de passe requis), ignoré",
    ]);
    const text = err.join("\n");
    assert.deepEqual(englishWordsIn(text, ENGLISH_WORDS), [], text);
  });

  it("names the same files in English", async () => {
    plantUnusableFiles();
    assert.deepEqual([...(await run("en"))].sort(), [
      "attest: warning: 4 corpus files skipped",
      "attest: warning: abime.pdf: not a readable PDF (corrupt file), skipped",
      "attest: warning: annexe.md: 5 KiB is over the 2 KiB limit, skipped",
      "attest: warning: photo.txt: binary file (NUL bytes), skipped",
      "attest: warning: verrou.pdf: encrypted PDF (password needed), skipped",
    ]);
  });

  it("counts one skipped file in the singular, in both languages", async () => {
    writeFileSync(join(corpus, "vide.txt"), "");
    assert.equal((await run("fr")).at(-1), "attest : avertissement : 1 fichier de corpus ignoré");
    assert.equal((await run("en")).at(-1), "attest: warning: 1 corpus file skipped");
  });

  it("prints nothing about the corpus when every file is read", async () => {
    assert.deepEqual(await run("fr"), []);
  });

  it("shows a line break in a file name as \\n, so a name cannot forge a line of its own", async () => {
    writeFileSync(join(corpus, "x\nattest: ok.txt"), Buffer.from([0x00, 0x01, 0x02]));
    const err = await run("en");
    assert.ok(
      err.every((line) => !line.includes("\n")),
      JSON.stringify(err),
    );
    assert.ok(err.includes("attest: warning: x\\nattest: ok.txt: binary file (NUL bytes), skipped"), JSON.stringify(err));
  });
});
