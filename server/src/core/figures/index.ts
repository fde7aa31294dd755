// The figure extractor of the checking core: finds figures in French or English text, compares
// them and writes them back in a draft's style. Pure TypeScript, no dependencies.
export * from "./types";
export type { Lang } from "../types";
export { extractFigures } from "./extract";
export { renderFigure } from "./render";
export { describeAgainst, describeClaim, describeFigure, withHedge } from "./describe";
export { unitAgreementFix } from "./unitNumber";
export { compatible, isCalendarKind, sameDimension } from "./compare";
export { unitOfMeasure } from "./measureUnits";
