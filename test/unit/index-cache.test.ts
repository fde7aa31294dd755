import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { CorpusIndex, indexCorpus, loadCorpus, type IndexCorpusResult } from "../../server/src/core";

// The persisted corpus index: a second start reads the cache instead of re-indexing, a changed
// file alone is read again, and whatever the path (cache, parse threads), the index is the one
// a plain in-order build gives.

const bundled = path.resolve(__dirname, "../../../corpus");

/** The index as comparable data: everything but file times, keys sorted, undefined fields dropped. */
function dataOf(index: CorpusIndex): string {
  const sortKeys = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sortKeys)
      : v && typeof v === "object"
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
              .map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]),
          )
        : v;
  return JSON.stringify(
    index.documentData().map((d) => sortKeys({ ...d, doc: { ...d.doc, mtimeMs: 0, path: path.basename(d.doc.path) } })),
  );
}

/** Every key's postings and document frequency, as plain data. */
function postingsOf(index: CorpusIndex): string {
  const keys = new Set<string>();
  for (const d of index.documentData()) for (const s of d.sentences) for (const k of s.keys) keys.add(k);
  return JSON.stringify([...keys].sort().map((k) => [k, index.documentFrequency(k), Array.from(index.postingsOf(k))]));
}

describe("index cache", function () {
  this.timeout(60000);
  let corpus: string;
  let cacheDir: string;
  let reference: string;
  let referencePostings: string;

  before(async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "attest-cache-"));
    corpus = path.join(root, "corpus");
    cacheDir = path.join(root, "cache");
    fs.cpSync(bundled, corpus, { recursive: true });
    const built = CorpusIndex.build((await loadCorpus([corpus])).documents);
    reference = dataOf(built);
    referencePostings = postingsOf(built);
  });

  after(() => fs.rmSync(path.dirname(corpus), { recursive: true, force: true }));

  const run = (): Promise<IndexCorpusResult> => indexCorpus([corpus], { cacheDir, threads: 0 });

  it("indexes every file on the first start and writes the cache", async () => {
    const { stats, index } = await run();
    assert.deepEqual([stats.fromCache, stats.indexed, stats.cacheWritten], [0, 3, true]);
    assert.ok(fs.existsSync(stats.cacheFile!));
    assert.equal(dataOf(index), reference);
  });

  it("reads the cache on a second start instead of re-indexing, and builds the same index", async () => {
    const { stats, index } = await run();
    assert.deepEqual([stats.fromCache, stats.indexed, stats.cacheWritten], [3, 0, false]);
    assert.equal(dataOf(index), reference);
    assert.equal(postingsOf(index), referencePostings);
    // The adopted postings take later changes like built ones.
    const doc = index.documents()[0]!;
    index.remove(doc.path);
    assert.ok(index.sentenceCount < CorpusIndex.build((await loadCorpus([corpus])).documents).sentenceCount);
  });

  it("keeps a file whose time changed but whose bytes did not", async () => {
    const file = path.join(corpus, fs.readdirSync(corpus)[0]!);
    const later = new Date(Date.now() + 60_000);
    fs.utimesSync(file, later, later);
    const { stats } = await run();
    assert.deepEqual([stats.fromCache, stats.indexed], [3, 0]);
  });

  it("re-indexes only the changed file, and drops a deleted one", async () => {
    const [first, second] = fs.readdirSync(corpus).sort();
    fs.appendFileSync(path.join(corpus, first!), "\nTesla a livré 12 voitures en 2024.\n");
    let { stats, index } = await run();
    assert.deepEqual([stats.fromCache, stats.indexed], [2, 1]);
    assert.equal(dataOf(index), dataOf(CorpusIndex.build((await loadCorpus([corpus])).documents)));
    fs.rmSync(path.join(corpus, second!));
    ({ stats, index } = await run());
    assert.deepEqual([stats.fromCache, stats.indexed, index.documentCount], [2, 0, 2]);
  });

  it("ignores a damaged cache file and indexes from scratch", async () => {
    const { stats } = await run();
    fs.writeFileSync(stats.cacheFile!, "not a cache");
    const again = await run();
    assert.deepEqual([again.stats.fromCache, again.stats.indexed], [0, 2]);
  });

  it("ignores a cache file cut short (a disk full mid-copy) and indexes from scratch", async () => {
    const { stats } = await run();
    const size = fs.statSync(stats.cacheFile!).size;
    fs.truncateSync(stats.cacheFile!, Math.floor(size / 2));
    const again = await run();
    assert.deepEqual([again.stats.fromCache, again.stats.indexed], [0, 2]);
    const third = await run();
    assert.deepEqual([third.stats.fromCache, third.stats.indexed], [2, 0], "the cache was written anew");
  });

  it("stops when cancelled, keeping the documents indexed so far", async () => {
    let polls = 0;
    const { stats, index } = await indexCorpus([corpus], { threads: 0, cancelled: () => ++polls > 1 });
    assert.equal(stats.cancelled, true);
    assert.equal(index.documentCount, 1);
  });

  it("builds the same index on parse threads", async () => {
    fs.cpSync(bundled, corpus, { recursive: true, force: true });
    const threaded = await indexCorpus([corpus], { threads: 2 });
    assert.equal(threaded.stats.threads, 2);
    assert.equal(dataOf(threaded.index), dataOf(CorpusIndex.build((await loadCorpus([corpus])).documents)));
  });
});
