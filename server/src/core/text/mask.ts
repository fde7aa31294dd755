// A same-length rewrite of a string: ranges are blanked to spaces, line terminators survive, so
// every offset of the result is the offset of the same place in the original.

export class Masker {
  private readonly chars: string[];
  private readonly kept = new Set<number>();
  private cached: string | undefined;

  constructor(text: string) {
    this.chars = text.split("");
  }

  get length(): number {
    return this.chars.length;
  }

  /** Blanks [start, end) except newlines, carriage returns and protected positions. */
  blank(start: number, end: number): void {
    const stop = Math.min(end, this.chars.length);
    for (let i = Math.max(0, start); i < stop; i++) {
      const ch = this.chars[i];
      if (ch !== "\n" && ch !== "\r" && ch !== " " && !this.kept.has(i)) {
        this.chars[i] = " ";
        this.cached = undefined;
      }
    }
  }

  /** Marks a position that later blanking must leave alone (an escaped character). */
  protect(index: number): void {
    this.kept.add(index);
  }

  isProtected(index: number): boolean {
    return this.kept.has(index);
  }

  /** The text as masked so far. */
  text(): string {
    if (this.cached === undefined) this.cached = this.chars.join("");
    return this.cached;
  }
}
