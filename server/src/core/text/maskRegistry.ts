// maskMarkdown blanks the markers that show where headings, list items and table rows start,
// yet callers split sentences on the masked text. Remembering the last few (masked → original)
// pairs lets splitSentences look the markers up when it is given a mask it recognises.

const LIMIT = 8;
const recent = new Map<string, string>();

export function rememberMask(masked: string, original: string): void {
  if (masked === original) return;
  recent.delete(masked);
  recent.set(masked, original);
  if (recent.size > LIMIT) recent.delete(recent.keys().next().value!);
}

/** The original of a recent mask, if `masked` is one. */
export function originalOfMask(masked: string): string | undefined {
  return recent.get(masked);
}
