// Per-line expectations of the held-out drafts (test/fixtures/heldout/drafts/expectations.jsonl)
// and how a checker's findings are scored against them. Shared by the command-line scorer
// (score-drafts.mjs) and the unit test that runs the same drafts in-process.
import { readFileSync } from "node:fs";
import { z } from "zod";

const Expectation = z.object({
  file: z.string().min(1),
  line: z.number().int().min(0),
  label: z.enum(["supported", "conflict", "unsupported", "none"]),
  text: z.string().optional(),
  fix: z.array(z.string().min(1)).optional(),
  sources: z.array(z.string().min(1)).optional(),
  sources_disagree: z.boolean().optional(),
  tags: z.array(z.string().min(1)).default([]),
});

/** Reads and validates an expectations file: one JSON object per line. */
export function loadExpectations(path) {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l, i) => {
      const parsed = Expectation.safeParse(JSON.parse(l));
      if (!parsed.success) throw new Error(`${path}:${i + 1}: ${parsed.error.issues.map((x) => x.message).join("; ")}`);
      return parsed.data;
    });
}

/** The verdict a writer sees on a line: a conflict outranks unsupported, which outranks nothing. */
export function lineVerdict(findings) {
  const v = new Set(findings.map((f) => f.verdict));
  return v.has("conflict") ? "conflict" : v.has("unsupported") ? "unsupported" : "ok";
}

/** What the checker must say on a line: supported claims and non-claims get no flag. */
export function goldVerdict(label) {
  return label === "supported" || label === "none" ? "ok" : label;
}

const squash = (s) => s.toLowerCase().replace(/[\s\u00a0\u202f]/g, "");

/**
 * Scores findings against expectations. `findingsOf(file, line)` returns the findings whose range
 * starts on that line of that draft. Balanced accuracy is the mean recall of ok, conflict and
 * unsupported; conflict precision is the share of conflict verdicts given on lines labelled conflict.
 */
export function scoreExpectations(rows, findingsOf) {
  const classes = ["ok", "conflict", "unsupported"];
  const tally = new Map(classes.map((k) => [k, { n: 0, right: 0 }]));
  const tags = new Map();
  const misses = [];
  let saidConflict = 0,
    rightConflict = 0,
    fixN = 0,
    fixRight = 0,
    citeN = 0,
    citeRight = 0;
  for (const row of rows) {
    const findings = findingsOf(row.file, row.line);
    const got = lineVerdict(findings),
      want = goldVerdict(row.label);
    const right = got === want;
    const t = tally.get(want);
    t.n++;
    if (right) t.right++;
    if (got === "conflict") {
      saidConflict++;
      if (want === "conflict") rightConflict++;
    }
    for (const tag of row.tags.length ? row.tags : ["untagged"]) {
      const e = tags.get(tag) ?? { n: 0, right: 0, falseConflicts: 0 };
      e.n++;
      if (right) e.right++;
      if (got === "conflict" && want !== "conflict") e.falseConflicts++;
      tags.set(tag, e);
    }
    if (!right) misses.push({ row, got, kind: got === "conflict" ? "false conflict" : want === "ok" ? "false flag" : "missed" });
    if (want === "conflict" && got === "conflict" && row.fix) {
      fixN++;
      const texts = findings.filter((f) => f.verdict === "conflict").flatMap((f) => (f.fixes ?? []).map((x) => squash(x.newText ?? "")));
      if (row.fix.some((w) => texts.some((t) => t.includes(squash(w))))) fixRight++;
      else misses.push({ row, got, kind: `wrong fix ${JSON.stringify(texts)}` });
    }
    if (row.label === "supported" && row.sources && got === "ok") {
      const docs = findings
        .filter((f) => f.verdict === "supported")
        .flatMap((f) => (f.evidence ?? []).map((e) => e.document.split(/[\\/]/).pop()));
      if (docs.length) {
        citeN++;
        if (docs.some((d) => row.sources.some((s) => d.startsWith(s)))) citeRight++;
        else misses.push({ row, got, kind: `cites ${JSON.stringify(docs)}` });
      }
    }
  }
  const recall = (k) => {
    const t = tally.get(k);
    return t.n ? t.right / t.n : 1;
  };
  return {
    claims: rows.length,
    balanced: classes.reduce((s, k) => s + recall(k), 0) / classes.length,
    recall: new Map(classes.map((k) => [k, recall(k)])),
    tally,
    conflictPrecision: saidConflict ? rightConflict / saidConflict : 1,
    saidConflict,
    fix: { n: fixN, right: fixRight },
    cite: { n: citeN, right: citeRight },
    tags,
    misses,
  };
}
