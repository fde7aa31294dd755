// The index cache on disk: one file per corpus configuration, holding the analysed documents
// (snapshot.ts) with the size, time and content hash each was read at. Written to a temporary
// file and renamed, so a crash mid-write leaves the previous cache, never half of one; never
// written through a link (fs/safeWrite.ts), since `.attest/cache` may sit in a hostile workspace.
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import type { DocumentIndexData } from "../index/documentAnalysis";
import { createFileInside, writeFileInside } from "../fs/safeWrite";
import { codeFingerprint } from "./fingerprint";
import type { PackedPostings } from "../index/corpusIndex";
import { decodeSnapshotFrom, encodeSnapshot } from "./snapshot";

const MAGIC = "ATC1";

export interface CachedDocument {
  data: DocumentIndexData;
  hash: string;
}

interface CacheHeader {
  fingerprint: string;
  key: string;
  hashes: string[];
}

/** The cache file of a corpus configuration (roots, size limit, exclusions) under `dir`. */
export function cacheFileFor(dir: string, key: unknown): { file: string; key: string } {
  const digest = createHash("sha1").update(JSON.stringify(key)).digest("hex").slice(0, 16);
  return { file: path.join(dir, `index-${digest}.bin`), key: digest };
}

export interface CacheContents {
  /** The cached documents by path, in the order they were written. */
  documents: Map<string, CachedDocument>;
  /** Their postings, numbered in that order. */
  postings?: PackedPostings;
}

/** What the cache holds: nothing when the file is missing, stale or unreadable. */
export function readCache(file: string, key: string): CacheContents {
  const out = new Map<string, CachedDocument>();
  let fd: number;
  try {
    fd = fs.openSync(file, "r");
  } catch {
    return { documents: out };
  }
  try {
    // Section by section: a newsroom archive's cache is a hundred megabytes, and reading it whole
    // would hold it in memory beside what is decoded from it.
    const read = (offset: number, length: number) => {
      const bytes = new Uint8Array(length);
      let done = 0;
      while (done < length) {
        const n = fs.readSync(fd, bytes, done, length - done, offset + done);
        if (n === 0) throw new Error("truncated index cache");
        done += n;
      }
      return bytes;
    };
    const prefix = Buffer.from(read(0, 8));
    if (prefix.subarray(0, 4).toString("latin1") !== MAGIC) return { documents: out };
    const headerLength = prefix.readUInt32LE(4);
    const header = JSON.parse(Buffer.from(read(8, headerLength)).toString("utf8")) as CacheHeader;
    if (header.fingerprint !== codeFingerprint() || header.key !== key) return { documents: out };
    const start = (8 + headerLength + 3) & ~3;
    const { documents, postings } = decodeSnapshotFrom((offset, length) => read(start + offset, length));
    documents.forEach((data, i) => out.set(data.doc.path, { data, hash: header.hashes[i] ?? "" }));
    return { documents: out, postings };
  } catch {
    // A damaged cache is a cold start, not an error.
    return { documents: new Map() };
  } finally {
    fs.closeSync(fd);
  }
}

export function writeCache(file: string, key: string, documents: readonly CachedDocument[]): void {
  const snapshot = encodeSnapshot(documents.map((d) => d.data));
  const header = Buffer.from(
    JSON.stringify({ fingerprint: codeFingerprint(), key, hashes: documents.map((d) => d.hash) } satisfies CacheHeader),
    "utf8",
  );
  const start = (8 + header.length + 3) & ~3;
  const prefix = Buffer.alloc(start);
  prefix.write(MAGIC, 0, "latin1");
  prefix.writeUInt32LE(header.length, 4);
  header.copy(prefix, 8);
  const root = cacheRoot(path.dirname(file));
  ignoreFolderInGit(root, path.dirname(file));
  writeFileInside(root, file, [prefix, snapshot]);
}

/**
 * The folder a cache folder must stay inside: the workspace for `<workspace>/.attest/cache`
 * (whose `.attest` and `cache` may be committed links), else the cache folder itself (given by
 * the client or the user's cache folder, trusted).
 */
function cacheRoot(dir: string): string {
  const parent = path.dirname(path.resolve(dir));
  return path.basename(dir) === "cache" && path.basename(parent) === ".attest" ? path.dirname(parent) : dir;
}

/** A cache under a workspace's .attest/ must not end up in the writer's commits. */
function ignoreFolderInGit(root: string, dir: string): void {
  createFileInside(root, path.join(dir, ".gitignore"), "*\n");
}
