import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { indexSummary } from "../../server/src/cli/archiveCommands";
import { main } from "../../server/src/cli/main";
import { translator } from "../../server/src/shared/i18n";
import { captureIO, englishWordsIn as wordsIn } from "./cliCapture";

// What `attest index --db` and `attest db migrate` say when they cannot start (usage, a service
// that is not there, an archive that does not answer), in the language of the run. No PostgreSQL
// is needed: each of these ends before a query (the archive tier runs the commands for real).

/** Words of the English messages of these commands that a French run must never print. */
const ENGLISH_WORDS = [
  "warning",
  "unreachable",
  "not",
  "found",
  "needs",
  "needed",
  "must",
  "given",
  "folder",
  "unknown",
  "unexpected",
  "try",
  "invalid",
  "names",
  "set",
  "files?",
  "added",
  "updated",
  "unchanged",
  "removed",
  "skipped",
  "applied",
  "schema",
  "holds",
  "usage",
  "skip",
  "larger",
  "than",
  "default",
];

function englishWordsIn(text: string): string[] {
  return wordsIn(text, ENGLISH_WORDS);
}

/** Sets process.env for the duration: the archive's credentials are read from it, as libpq does. */
async function withEnv<T>(changes: Record<string, string | undefined>, work: () => Promise<T>): Promise<T> {
  const saved = new Map(Object.keys(changes).map((name) => [name, process.env[name]]));
  const set = (name: string, value: string | undefined) => (value === undefined ? delete process.env[name] : (process.env[name] = value));
  for (const [name, value] of Object.entries(changes)) set(name, value);
  try {
    return await work();
  } finally {
    for (const [name, value] of saved) set(name, value);
  }
}

describe("archive commands in the language of the run", function () {
  this.timeout(30000);
  let root: string;
  let sources: string;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "attest-cli-archive-"));
    sources = root;
    writeFileSync(join(sources, "conseil.txt"), "Le conseil municipal de Brévanne a voté un budget de 18 millions d'euros.\n");
  });

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  async function run(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
    const io = captureIO();
    const code = await main(args, io);
    return { code, out: io.out, err: io.err };
  }

  it("says in French that the archive of attest index --db does not answer, with no English word", async () => {
    // Port 1 of this machine: nothing listens there, so the connection is refused at once.
    const result = await run(["index", "--db", "postgresql://redaction@127.0.0.1:1/presse", "--locale", "fr", sources]);
    assert.equal(result.code, 2);
    assert.equal(result.err.length, 1, result.err.join("\n"));
    assert.match(result.err[0]!, /^attest : archive postgresql:\/\/redaction@127\.0\.0\.1:1\/presse injoignable : .*ECONNREFUSED/);
    // The reason after the colon is the system's own (a datum); the words around it are the catalogue's.
    assert.deepEqual(englishWordsIn(result.err[0]!.replace(/injoignable : .*$/, "")), []);
  });

  it("says in French that the service attest index --db names is in no service file", async () => {
    const services = join(root, "pg_service.conf");
    writeFileSync(services, "[autre]\nhost=db.example\n");
    const result = await withEnv({ PGSERVICEFILE: services }, () => run(["index", "--db", "service=presse", "--locale", "fr", sources]));
    assert.equal(result.code, 2);
    assert.deepEqual(result.err, [`attest : service « presse » introuvable dans ${services}`]);
    assert.deepEqual(englishWordsIn(result.err.join("\n")), []);
  });

  it("names the setting of a service entry that is not valid, in both languages", async () => {
    const services = join(root, "pg_service.conf");
    writeFileSync(services, "[presse]\nhost=db.example\nport=cinq\n");
    const fr = await withEnv({ PGSERVICEFILE: services }, () => run(["db", "migrate", "--db", "service=presse", "--locale", "fr"]));
    assert.deepEqual(fr.err, [`attest : service « presse » dans ${services} : port non valide`]);
    const en = await withEnv({ PGSERVICEFILE: services }, () => run(["db", "migrate", "--db", "service=presse", "--locale", "en"]));
    assert.deepEqual(en.err, [`attest: service "presse" in ${services}: invalid port`]);
  });

  it("says in French that service= alone names no service when PGSERVICE is not set", async () => {
    const result = await withEnv({ PGSERVICE: undefined }, () => run(["index", "--db", "service=", "--locale", "fr", sources]));
    assert.deepEqual(result.err, ["attest : service= ne nomme aucun service, et PGSERVICE n'est pas défini"]);
  });

  it("words every usage error of attest index and attest db migrate in French", async () => {
    const cases: [string[], string][] = [
      [["index", "--db", "postgresql://redaction@127.0.0.1:1/presse"], "attest : aucun dossier donné : attest index --db URL DOSSIER..."],
      [["index", sources], "attest : --db attend une URL postgresql:// ou service=NOM"],
      [["index", "--db", "x", "--statement-timeout", "vite", sources], "attest : --statement-timeout attend un nombre de millisecondes"],
      [["index", "--db", "x", "--max-file-size", "0", sources], "attest : --max-file-size attend un nombre d'octets"],
      [["index", "--bavard", "--db", "x", sources], "attest : option inconnue --bavard (voir : attest --help)"],
      [["index", sources, "--db"], "attest : l'option --db attend une valeur"],
      [["db"], "attest : aucune commande db donnée (voir : attest db migrate --db URL)"],
      [["db", "vider"], "attest : commande db inconnue « vider » (voir : attest db migrate --db URL)"],
      [["db", "migrate"], "attest : --db attend une URL postgresql:// ou service=NOM"],
      [["db", "migrate", "--db", "x", "encore"], "attest : argument inattendu « encore » (voir : attest db --help)"],
      [["db", "migrate", "--db", "x", "--statement-timeout", "0"], "attest : --statement-timeout attend un nombre de millisecondes"],
    ];
    for (const [args, expected] of cases) {
      const result = await run([...args, "--locale", "fr"]);
      assert.equal(result.code, 2, args.join(" "));
      assert.deepEqual(result.err, [expected], args.join(" "));
      assert.deepEqual(englishWordsIn(expected.replace(/--[\w-]+/g, "")), [], expected);
    }
  });

  it("takes the language of the messages from the environment too", async () => {
    const io = captureIO({ LANG: "fr_FR.UTF-8" });
    assert.equal(await main(["db", "migrate"], io), 2);
    assert.deepEqual(io.err, ["attest : --db attend une URL postgresql:// ou service=NOM"]);
  });

  it("prints the help of attest index, attest db and attest check in French on standard output", async () => {
    for (const args of [
      ["index", "--help"],
      ["db", "--help"],
      ["db", "migrate", "-h"],
    ]) {
      const result = await run([...args, "--locale", "fr"]);
      assert.equal(result.code, 0, args.join(" "));
      assert.deepEqual(result.err, []);
      const help = result.out.join("\n");
      assert.match(help, /^Utilisation :$/m);
      assert.deepEqual(englishWordsIn(help.replace(/--[\w-]+/g, "")), [], help);
    }
    const check = await run(["check", "--help", "--locale", "fr"]);
    assert.equal(check.code, 0);
    assert.match(check.out.join("\n"), /^Options de check :$/m);
    const english = await run(["index", "--help", "--locale", "en"]);
    assert.match(english.out.join("\n"), /^\s+-q, --quiet\s+the summary only, no progress$/m);
  });

  it("sums up an index run with each count in its plural form, in French and English", () => {
    const stats = { files: 3, added: 1, updated: 0, unchanged: 0, removed: 2, skipped: 1 };
    const url = "postgresql://redaction@db.example/presse";
    assert.equal(
      indexSummary(url, stats, translator("fr")),
      `attest : ${url} : 3 fichiers, 1 ajouté, 0 mis à jour, 0 inchangé, 2 retirés, 1 ignoré`,
    );
    assert.equal(
      indexSummary(url, stats, translator("en")),
      `attest: ${url}: 3 files, 1 added, 0 updated, 0 unchanged, 2 removed, 1 skipped`,
    );
    assert.equal(
      indexSummary(url, { files: 1, added: 0, updated: 1, unchanged: 0, removed: 0, skipped: 0 }, translator("en")),
      `attest: ${url}: 1 file, 0 added, 1 updated, 0 unchanged, 0 removed, 0 skipped`,
    );
  });
});
