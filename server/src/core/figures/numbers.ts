import type { Lang } from "../types";
import { isNarrowSpace } from "./chars";
import type { Token } from "./figureTokens";

// Reads a number written with digits, deciding with the language what "," "." and spaces mean:
// French "1,3" = 1.3 and "1 300" / "1.300" = 1300; English "1,300" = 1300 and "1.3" = 1.3.
// When the other language's convention is unambiguous it is accepted too ("1.5" in French).

export interface DigitNumber {
  value: number;
  /** Token range of the number, end exclusive. */
  startTok: number;
  endTok: number;
  /** Digits after the decimal separator. */
  decimals: number;
  /** Digits of the integer part as written, grouping removed. */
  intDigits: number;
  groupSep?: string;
  decimalSep?: string;
  /** Followed by another separator and digits ("2.1.3", "192.168.0.1"): a version, not a number. */
  versionLike: boolean;
}

function spaceClass(s: string): boolean {
  return s === " " || isNarrowSpace(s);
}

/** The separator text between two digit runs, when it can be one ("," "." or a single space). */
function separatorAt(toks: Token[], j: number): string | undefined {
  const t = toks[j];
  if (!t) return undefined;
  if (t.kind === "punct" && (t.text === "," || t.text === ".")) return t.text;
  if (t.kind === "space" && t.text.length === 1 && !t.nl && spaceClass(t.text)) return t.text;
  return undefined;
}

function threeDigitsAt(toks: Token[], j: number): boolean {
  const t = toks[j];
  return !!t && t.kind === "num" && t.text.length === 3;
}

function isGroupSeparator(sep: string, lang: Lang, toks: Token[], j: number): boolean {
  if (sep === " ") return lang === "fr";
  if (isNarrowSpace(sep)) return true;
  const native = lang === "fr" ? "." : ",";
  if (sep === native) return true;
  // The decimal separator of the language is a thousands separator only when nobody would read
  // it as a decimal: ",000" exactly, or repeated groups ("1,300,000" in a French text).
  if (toks[j + 1].text === "000") return true;
  return separatorAt(toks, j + 2) === sep && threeDigitsAt(toks, j + 3);
}

export function readDigits(toks: Token[], i: number, lang: Lang): DigitNumber | null {
  const first = toks[i];
  if (!first || first.kind !== "num") return null;
  let intPart = first.text;
  let j = i + 1;
  let groupSep: string | undefined;
  // Thousands groups: the first group has 1 to 3 digits, every next group exactly 3.
  while (true) {
    const sep = separatorAt(toks, j);
    if (sep === undefined || !threeDigitsAt(toks, j + 1)) break;
    if (groupSep === undefined) {
      if (first.text.length > 3 || first.text.startsWith("0")) break;
      if (!isGroupSeparator(sep, lang, toks, j)) break;
      groupSep = sep;
    } else if (sep !== groupSep && !(spaceClass(sep) && spaceClass(groupSep))) {
      break;
    }
    intPart += toks[j + 1].text;
    j += 2;
  }
  // A group must not continue with more digits glued ("1 3000").
  let decimals = 0;
  let decPart = "";
  let decimalSep: string | undefined;
  const sep = toks[j];
  const next = toks[j + 1];
  if (sep && sep.kind === "punct" && next && next.kind === "num" && sep.text !== groupSep) {
    const native = lang === "fr" ? "," : ".";
    if (sep.text === native || sep.text === "." || (sep.text === "," && lang === "en" && next.text.length <= 2 && !groupSep)) {
      decimalSep = sep.text;
      decPart = next.text;
      decimals = next.text.length;
      j += 2;
    }
  }
  let versionLike = false;
  const after = toks[j];
  if (after && after.kind === "punct" && (after.text === "." || after.text === ",") && toks[j + 1]?.kind === "num") {
    // "2.1.3" or "1,5,7": more separated digits follow the decimal part.
    if (decimalSep !== undefined) versionLike = true;
  }
  const value = Number(decPart ? `${intPart}.${decPart}` : intPart);
  return { value, startTok: i, endTok: j, decimals, intDigits: intPart.length, groupSep, decimalSep, versionLike };
}
