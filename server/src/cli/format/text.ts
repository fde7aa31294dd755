import type { Verdict } from "../../core";
import { translator, type Locale } from "../../shared/i18n";
import type { FileReport } from "../report";

const COLORS: Record<Verdict, string> = { conflict: "\x1b[31m", unsupported: "\x1b[33m", supported: "\x1b[32m" };
const RESET = "\x1b[0m";
const DIM = "\x1b[2m";
const VERDICT_WORDS: ReadonlyMap<Verdict, "cli.conflict" | "cli.unsupported" | "cli.supported"> = new Map([
  ["conflict", "cli.conflict"],
  ["unsupported", "cli.unsupported"],
  ["supported", "cli.supported"],
]);

/**
 * Text from drafts and sources as one safe terminal line: control characters (line breaks, ESC,
 * C1 controls, bidirectional overrides) become visible escapes, so a file name or quote can neither
 * forge a finding line nor drive the terminal.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- the control characters are what this escapes
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0);
    if (c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    if (c === "\t") return "\\t";
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

function shorten(quote: string): string {
  return quote.length > 160 ? quote.slice(0, 157).trimEnd() + "…" : quote;
}

/** One line per finding, like a compiler: file:line:col: verdict: message (lines and columns from 1). */
export function formatText(reports: FileReport[], options: { color: boolean; showSupported: boolean; locale?: Locale }): string {
  const t = translator(options.locale ?? "en");
  const paint = (verdict: Verdict, s: string) => (options.color ? `${COLORS[verdict]}${s}${RESET}` : s);
  const dim = (s: string) => (options.color ? `${DIM}${s}${RESET}` : s);
  const lines: string[] = [];
  const counts: Record<Verdict, number> = { conflict: 0, unsupported: 0, supported: 0 };
  for (const report of reports) {
    for (const f of report.findings) {
      counts[f.verdict]++;
      if (f.verdict === "supported" && !options.showSupported) continue;
      const where = `${printable(report.path)}:${f.range.start.line + 1}:${f.range.start.character + 1}`;
      let line = `${where}: ${paint(f.verdict, t(VERDICT_WORDS.get(f.verdict)!))}: ${printable(f.message)}`;
      if (f.fixes.length) line += " " + dim(t("cli.fixNote", { fixes: f.fixes.map((x) => printable(x.newText)).join(" | ") }));
      lines.push(line);
      // The quote goes on a note line, as compilers print context under an error.
      const [first] = f.evidence;
      // A PDF's lines are those of its extracted text: its page is what a reader can find.
      const place = first && (first.page !== undefined ? ` (p. ${first.page})` : `:${first.range.start.line + 1}`);
      if (first) lines.push(dim(`    ${printable(first.document)}${place}: "${printable(shorten(first.quote))}"`));
    }
  }
  const claims = counts.conflict + counts.unsupported + counts.supported;
  lines.push(
    t("cli.summary", {
      claims: t("count.claimsChecked", { count: claims }),
      files: t("count.files", { count: reports.length }),
      conflicts: paint("conflict", t("count.conflicts", { count: counts.conflict })),
      unsupported: paint("unsupported", t("count.unsupported", { count: counts.unsupported })),
      supported: paint("supported", t("count.supported", { count: counts.supported })),
    }),
  );
  return lines.join("\n");
}
