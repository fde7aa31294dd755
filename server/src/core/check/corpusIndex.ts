import type { SourceDocument } from "../corpus/types";

/** Searchable index of the corpus sentences. (Implementation in progress.) */
export class CorpusIndex {
  private readonly docs = new Map<string, SourceDocument>();

  static build(documents: SourceDocument[]): CorpusIndex {
    const index = new CorpusIndex();
    for (const doc of documents) index.upsert(doc);
    return index;
  }

  /** Adds a document, or replaces the one with the same path. */
  upsert(doc: SourceDocument): void {
    this.docs.set(doc.path, doc);
  }

  /** Removes the document read from this absolute path, if any. */
  remove(path: string): void {
    this.docs.delete(path);
  }

  get documentCount(): number {
    return this.docs.size;
  }

  get sentenceCount(): number {
    let n = 0;
    for (const d of this.docs.values()) n += d.sentences.length;
    return n;
  }

  documents(): SourceDocument[] {
    return [...this.docs.values()];
  }
}
