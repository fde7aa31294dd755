// A same-length rewrite of a string: ranges are blanked to spaces, line terminators survive, so
// every offset of the result is the offset of the same place in the original. The UTF-16 code
// units live in a typed array (a draft is masked on every keystroke: an array of one-character
// strings and its join cost more than the masking itself).

const SPACE = 0x20;
const LF = 0x0a;
const CR = 0x0d;
/** Code units turned back into a string per call (String.fromCharCode takes them as arguments). */
const CHUNK = 8192;

export class Masker {
  private readonly units: Uint16Array;
  private readonly kept = new Set<number>();
  private cached: string | undefined;

  constructor(original: string) {
    this.units = new Uint16Array(original.length);
    for (let i = 0; i < original.length; i++) this.units[i] = original.charCodeAt(i);
    this.cached = original;
  }

  get length(): number {
    return this.units.length;
  }

  /** Blanks [start, end) except newlines, carriage returns and protected positions. */
  blank(start: number, end: number): void {
    const units = this.units;
    const stop = Math.min(end, units.length);
    for (let i = Math.max(0, start); i < stop; i++) {
      const unit = units[i]!;
      if (unit !== LF && unit !== CR && unit !== SPACE && !(this.kept.size && this.kept.has(i))) {
        units[i] = SPACE;
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
    if (this.cached === undefined) {
      // Code units, not characters: a lone surrogate of the original stays as it is.
      let out = "";
      for (let at = 0; at < this.units.length; at += CHUNK) out += String.fromCharCode(...this.units.subarray(at, at + CHUNK));
      this.cached = out;
    }
    return this.cached;
  }
}
