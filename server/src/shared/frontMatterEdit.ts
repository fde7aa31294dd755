// "Disable for This File" / "Enable for This File": the edit that writes or removes
// `attest: false` in the draft's front matter (read by the core, so the CLI honours it too).

export interface TextReplacement {
  start: number;
  end: number;
  newText: string;
}

const FRONT_MATTER = /^(\uFEFF?---[ \t]*\r?\n)([\s\S]*?)(^(?:---|\.\.\.)[ \t]*$)/m;
const ATTEST_LINE = /^attest[ \t]*:.*(?:\r?\n|$)/m;

/** The edit that turns Attest off (`disable`) or back on for this text; undefined when there is nothing to change. */
export function attestFrontMatterEdit(text: string, disable: boolean): TextReplacement | undefined {
  const match = FRONT_MATTER.exec(text);
  const front = match && match.index === 0 ? match : undefined;
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  if (!front) return disable ? { start: 0, end: 0, newText: `---${eol}attest: false${eol}---${eol}` } : undefined;
  const bodyStart = front[1]!.length;
  const body = front[2]!;
  const line = ATTEST_LINE.exec(body);
  if (disable) {
    if (line) return { start: bodyStart + line.index, end: bodyStart + line.index + line[0].length, newText: `attest: false${eol}` };
    return { start: bodyStart, end: bodyStart, newText: `attest: false${eol}` };
  }
  if (!line) return undefined;
  // Front matter that only held the flag goes entirely.
  if (body.trim() === line[0].trim()) {
    const end = front[0].length + (text.slice(front[0].length).match(/^\r?\n/)?.[0].length ?? 0);
    return { start: 0, end, newText: "" };
  }
  return { start: bodyStart + line.index, end: bodyStart + line.index + line[0].length, newText: "" };
}
