// What changed between two checks of the same draft, so a caller in another thread or process
// sends the few findings of the edited paragraph instead of all of them. A paragraph whose text is
// unchanged keeps its findings (the same relative findings, by identity): in place they are the
// same findings; moved (text inserted above) they are the same findings shifted.
import type { Finding, Span } from "../types";
import type { PendingFinding } from "../verdicts/pendingFinding";

/** Where a finding comes from: its paragraph's result and where that paragraph starts in the draft. */
export interface FindingOrigin {
  /** The paragraph-relative finding it was made from (kept, by identity, while the paragraph's text is unchanged). */
  relative: PendingFinding;
  start: number;
  line: number;
  character: number;
}

/** The finding at this index of the previous list; moved when `offset`/`lines` are not zero. */
interface KeptFinding {
  from: number;
  offset: number;
  lines: number;
}

type DeltaEntry = KeptFinding | Finding;

export interface FindingDelta {
  /** The list this delta applies to (its `seq`), or -1 when every finding is sent in full. */
  basis: number;
  seq: number;
  entries: DeltaEntry[];
}

function isKept(entry: DeltaEntry): entry is KeptFinding {
  return typeof (entry as KeptFinding).from === "number";
}

/** The sending side: remembers what it sent last, and encodes each new result against it. */
export class DeltaEncoder {
  private last?: { seq: number; origins: FindingOrigin[] };
  private seq = 0;

  /** Forgets what was sent: the next delta sends every finding. */
  reset(): void {
    this.last = undefined;
  }

  encode(findings: readonly Finding[], origins: readonly FindingOrigin[]): FindingDelta {
    const previous = this.last;
    const seq = ++this.seq;
    this.last = { seq, origins: [...origins] };
    if (!previous || origins.length !== findings.length) return { basis: -1, seq, entries: [...findings] };
    // A paragraph may occur twice (the same text): its findings then have several places.
    const places = new Map<PendingFinding, number[]>();
    previous.origins.forEach((o, i) => {
      const list = places.get(o.relative);
      if (list) list.push(i);
      else places.set(o.relative, [i]);
    });
    const entries: DeltaEntry[] = findings.map((finding, i) => {
      const origin = origins[i]!;
      const from = places.get(origin.relative)?.shift();
      if (from === undefined) return finding;
      const before = previous.origins[from]!;
      // Positions move with the paragraph only when it starts a line (paragraphs follow a blank line).
      if (before.character !== 0 || origin.character !== 0) return finding;
      return { from, offset: origin.start - before.start, lines: origin.line - before.line };
    });
    return { basis: previous.seq, seq, entries };
  }
}

/** A finding moved by `offset` characters and `lines` lines (its paragraph starts a line, before and after). */
function shiftFinding(f: Finding, offset: number, lines: number): Finding {
  const span = (s: Span) => ({ start: s.start + offset, end: s.end + offset });
  const range = (r: Finding["range"]) => ({
    start: { line: r.start.line + lines, character: r.start.character },
    end: { line: r.end.line + lines, character: r.end.character },
  });
  return {
    ...f,
    range: range(f.range),
    span: span(f.span),
    sentence: span(f.sentence),
    fixes: f.fixes.map((x) => ({ ...x, range: range(x.range) })),
  };
}

export class DeltaMismatch extends Error {
  constructor(basis: number, have: number) {
    super(`finding delta against list ${basis}, but list ${have} is the last one received`);
  }
}

/** The receiving side: the last list received, and the delta that turns it into the next. */
export class DeltaDecoder {
  private seq = -1;
  private findings: Finding[] = [];

  reset(): void {
    this.seq = -1;
    this.findings = [];
  }

  /** The new list; kept findings in place are the same objects as before. Throws DeltaMismatch when out of step. */
  apply(delta: FindingDelta): Finding[] {
    if (delta.basis !== -1 && delta.basis !== this.seq) {
      const have = this.seq;
      this.reset();
      throw new DeltaMismatch(delta.basis, have);
    }
    const previous = this.findings;
    const next = delta.entries.map((entry) => {
      if (!isKept(entry)) return entry;
      const f = previous[entry.from];
      if (!f) throw new DeltaMismatch(delta.basis, this.seq);
      return entry.offset === 0 && entry.lines === 0 ? f : shiftFinding(f, entry.offset, entry.lines);
    });
    this.seq = delta.seq;
    this.findings = next;
    return next;
  }
}
