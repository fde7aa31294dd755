/**
 * Results kept by key (a paragraph's or a sentence's text) for the check under way and the two
 * before it: an edit leaves most keys as they were, and a deleted keystroke or an undo brings
 * back those of the check before last. Older results are dropped, so memory follows the draft.
 */
export class RecentResults<V> {
  private next = new Map<string, V>();
  private current = new Map<string, V>();
  private older = new Map<string, V>();

  get(key: string): V | undefined {
    return this.next.get(key) ?? this.current.get(key) ?? this.older.get(key);
  }

  /** Records a result of the check under way. */
  set(key: string, value: V): void {
    this.next.set(key, value);
  }

  /** Starts a check. */
  begin(): void {
    this.next = new Map();
  }

  /** The check is complete: its results become the current ones. */
  commit(): void {
    this.older = this.current;
    this.current = this.next;
    this.next = new Map();
  }

  /** The check stopped midway: what it found joins the current results, for the next check. */
  keepPartial(): void {
    for (const [key, value] of this.next) this.current.set(key, value);
    this.next = new Map();
  }

  clear(): void {
    this.next.clear();
    this.current.clear();
    this.older.clear();
  }
}
