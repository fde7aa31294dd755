import assert from "node:assert/strict";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, truncateSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readSourceFile } from "../../server/src/core/corpus";
import { english, loadWorded } from "./wordedWarnings";

const ARTICLE_FR = "Le port de Brest a traité 3,1 millions de tonnes en 2024. La hausse atteint 6 %.\n";
const ARTICLE_EN = "# Harbour traffic\n\nThe port handled 3.1 million tonnes in 2024, up 6% on the year.\n";

describe("loadCorpus", function () {
  this.timeout(20000);
  let root: string;

  /** Writes `content` at `relative` under the temporary corpus, creating folders. */
  function put(relative: string, content: string | Buffer): string {
    const full = join(root, relative);
    mkdirSync(join(full, ".."), { recursive: true });
    writeFileSync(full, content);
    return full;
  }

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "attest-corpus-"));
  });

  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it("walks folders recursively, takes .txt/.md/.markdown, skips hidden folders and node_modules", async () => {
    put("b.txt", ARTICLE_FR);
    put("sub/a.md", ARTICLE_EN);
    put("sub/deeper/c.markdown", ARTICLE_EN);
    put("sub/notes.pages", "not a source");
    put("sub/sheet.xlsx", "not a source");
    put("README", "no extension");
    put(".git/d.txt", ARTICLE_FR);
    put(".cache/e.md", ARTICLE_EN);
    put("node_modules/pkg/f.txt", ARTICLE_FR);
    const { documents, warnings } = await loadWorded([root]);
    assert.deepEqual(
      documents.map((d) => d.id),
      ["b.txt", "sub/a.md", "sub/deeper/c.markdown"],
    );
    assert.deepEqual(warnings, []);
    assert.equal(documents[0].path, join(root, "b.txt"));
    assert.equal(documents[0].lang, "fr");
    assert.equal(documents[1].lang, "en");
    assert.ok(documents[0].size > 0 && documents[0].mtimeMs > 0);
  });

  it("leaves out files matched by exclude globs, relative to the root", async () => {
    put("keep.txt", ARTICLE_FR);
    put("drafts/old.txt", ARTICLE_FR);
    put("sub/archive/x.txt", ARTICLE_FR);
    put("sub/y.md", ARTICLE_EN);
    const { documents } = await loadWorded([root], { exclude: ["drafts", "sub/archive/**", "*.md"] });
    assert.deepEqual(
      documents.map((d) => d.id),
      ["keep.txt"],
    );
  });

  it("takes single files, with their base name as id, and does not load a file twice", async () => {
    const file = put("one/article.txt", ARTICLE_FR);
    const { documents } = await loadWorded([file, join(root, "one")]);
    assert.deepEqual(
      documents.map((d) => d.id),
      ["article.txt"],
    );
  });

  it("sorts documents by id whatever the order of the paths", async () => {
    put("x/z.txt", ARTICLE_FR);
    put("y/a.txt", ARTICLE_FR);
    const { documents } = await loadWorded([join(root, "x"), join(root, "y")]);
    assert.deepEqual(
      documents.map((d) => d.id),
      ["a.txt", "z.txt"],
    );
  });

  it("skips binary files with a warning", async () => {
    put("ok.txt", ARTICLE_FR);
    put("image.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    const noise = Buffer.alloc(4000);
    for (let i = 0; i < noise.length; i++) noise[i] = 0x80 + ((i * 37) % 100);
    put("noise.md", noise);
    const { documents, warnings } = await loadWorded([root]);
    assert.deepEqual(
      documents.map((d) => d.id),
      ["ok.txt"],
    );
    assert.equal(warnings.length, 2);
    assert.match(
      warnings.find((w) => w.startsWith("image.txt"))!,
      /binary/,
    );
    assert.match(
      warnings.find((w) => w.startsWith("noise.md"))!,
      /binary/,
    );
  });

  it("reads invalid UTF-8 as Windows-1252, with a warning", async () => {
    // Windows-1252 bytes: ’ is 0x92, € is 0x80, é is 0xE9, û is 0xFB, œ is 0x9C.
    const cp1252: Record<string, number> = { "’": 0x92, "€": 0x80, é: 0xe9, û: 0xfb, œ: 0x9c };
    const sentence = "L’été dernier, le plein a coûté 5 € de plus à chaque ménage, selon l’œil de l’Insee.";
    put("legacy.txt", Buffer.from([...sentence].map((ch) => cp1252[ch] ?? (ch === "à" ? 0xe0 : ch.charCodeAt(0)))));
    const { documents, warnings } = await loadWorded([root]);
    assert.equal(documents.length, 1);
    assert.equal(documents[0].text, sentence);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], /^legacy\.txt: .*Windows-1252/);
  });

  it("skips files over the size limit without reading them", async () => {
    put("small.txt", ARTICLE_FR);
    put("big.txt", ARTICLE_FR.repeat(100));
    const huge = put("huge.txt", "");
    truncateSync(huge, 6 * 1024 * 1024); // sparse 6 MiB of NUL bytes: over the default 5 MiB limit
    const defaults = await loadWorded([root]);
    assert.deepEqual(
      defaults.documents.map((d) => d.id),
      ["big.txt", "small.txt"],
    );
    assert.match(defaults.warnings.join("\n"), /^huge\.txt: 6 MiB is over the 5 MiB limit, skipped$/m);
    const limited = await loadWorded([root], { maxFileSize: 1000 });
    assert.deepEqual(
      limited.documents.map((d) => d.id),
      ["small.txt"],
    );
    assert.equal(limited.warnings.length, 2);
  });

  it("skips empty and blank files with a warning", async () => {
    put("empty.txt", "");
    put("blank.md", "\ufeff \n\n\t\n");
    put("ok.txt", ARTICLE_FR);
    const { documents, warnings } = await loadWorded([root]);
    assert.deepEqual(
      documents.map((d) => d.id),
      ["ok.txt"],
    );
    assert.deepEqual(warnings.sort(), ["blank.md: no text, skipped", "empty.txt: empty file, skipped"]);
  });

  it("warns about a missing corpus path and goes on", async () => {
    put("ok.txt", ARTICLE_FR);
    const missing = join(root, "nowhere");
    const seen: string[] = [];
    const { documents, warnings } = await loadWorded([missing, root], { warn: (m) => seen.push(english(m)) });
    assert.deepEqual(
      documents.map((d) => d.id),
      ["ok.txt"],
    );
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], /nowhere: corpus path not found \(ENOENT\)/);
    assert.deepEqual(seen, warnings);
  });

  it("survives a warn callback that throws", async () => {
    put("empty.txt", "");
    const result = await loadWorded([root], {
      warn: () => {
        throw new Error("logger down");
      },
    });
    assert.equal(result.warnings.length, 1);
  });

  it("skips an unreadable file with a warning", async function () {
    if (process.getuid?.() === 0) {
      // root reads a file whatever its mode, so chmod 000 cannot make it unreadable here.
      this.skip();
    }
    put("ok.txt", ARTICLE_FR);
    const locked = put("locked.txt", ARTICLE_FR);
    chmodSync(locked, 0o000);
    try {
      const { documents, warnings } = await loadWorded([root]);
      assert.deepEqual(
        documents.map((d) => d.id),
        ["ok.txt"],
      );
      assert.deepEqual(warnings, ["locked.txt: cannot read (EACCES), skipped"]);
    } finally {
      chmodSync(locked, 0o644);
    }
  });

  it("skips an unreadable folder with a warning", async function () {
    if (process.getuid?.() === 0) this.skip(); // as above: root lists any folder
    put("ok.txt", ARTICLE_FR);
    put("locked/inner.txt", ARTICLE_FR);
    chmodSync(join(root, "locked"), 0o000);
    try {
      const { documents, warnings } = await loadWorded([root]);
      assert.deepEqual(
        documents.map((d) => d.id),
        ["ok.txt"],
      );
      assert.equal(warnings.length, 1);
      assert.match(warnings[0], /cannot read folder \(EACCES\)/);
    } finally {
      chmodSync(join(root, "locked"), 0o755);
    }
  });
});

describe("readSourceFile", function () {
  this.timeout(20000);
  let root: string;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "attest-reread-"));
    mkdirSync(join(root, "sub"));
  });

  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it("reads one file with its id relative to the corpus folder", async () => {
    const file = join(root, "sub", "port.txt");
    writeFileSync(file, ARTICLE_FR);
    const doc = await readSourceFile(file, root);
    assert.equal(doc?.id, "sub/port.txt");
    assert.equal(doc?.sentences.length, 2);
  });

  it("uses the base name when the file is outside the root", async () => {
    const file = join(root, "sub", "port.txt");
    writeFileSync(file, ARTICLE_FR);
    assert.equal((await readSourceFile(file, join(root, "elsewhere")))?.id, "port.txt");
  });

  it("returns undefined for excluded, non-source and vanished files", async () => {
    const file = join(root, "sub", "port.txt");
    writeFileSync(file, ARTICLE_FR);
    assert.equal(await readSourceFile(file, root, { exclude: ["sub/**"] }), undefined);
    writeFileSync(join(root, "notes.json"), "{}");
    assert.equal(await readSourceFile(join(root, "notes.json"), root), undefined);
    unlinkSync(file);
    const seen: string[] = [];
    assert.equal(await readSourceFile(file, root, { warn: (m) => seen.push(english(m)) }), undefined);
    assert.deepEqual(seen, ["sub/port.txt: cannot read (ENOENT), skipped"]);
  });
});
