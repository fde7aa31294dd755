// Which findings are shown, once checked: the same rule for the editor and the CLI, so both give
// the same findings for the same project file.
import type { AttestSettings } from "./settings";

interface FilterableFinding {
  verdict: "conflict" | "unsupported" | "supported";
  /** 0–1, how sure the verdict is; findings made before confidences existed count as sure. */
  confidence?: number;
}

/** Drops the unsupported findings below `minimumConfidence`. */
export function visibleFindings<F extends FilterableFinding>(findings: F[], settings: Pick<AttestSettings, "minimumConfidence">): F[] {
  const minimum = settings.minimumConfidence;
  if (minimum <= 0) return findings;
  return findings.filter((f) => f.verdict !== "unsupported" || (f.confidence ?? 1) >= minimum);
}
