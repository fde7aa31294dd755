import type { Lang } from "../types";
import { isApostrophe } from "./chars";
import { skipSpace } from "./scanContext";
import type { Token } from "./figureTokens";
import { wordTable } from "../text/wordTable";

// Currencies written before a number ("$", "US$", "USD", "£", "CHF") or after it ("€", "dollars",
// "de dollars", "d'euros", "livres sterling", "francs suisses", "US dollars").

export interface CurrencyRead {
  code: string;
  /** Token range of the currency itself, end exclusive ("de"/"d'" excluded). */
  startTok: number;
  endTok: number;
  kind: "symbol" | "code" | "word";
  /** A French "de"/"d'" linker precedes the currency word. */
  linkerTok?: number;
}

const SYMBOLS = wordTable<string>({ $: "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₣": "CHF" });

/** Letters glued before "$" or "¥": "US$", "C$", "HK$", "CN¥". */
const SYMBOL_QUALIFIERS = wordTable<string>({
  US$: "USD",
  C$: "CAD",
  CA$: "CAD",
  CAN$: "CAD",
  A$: "AUD",
  AU$: "AUD",
  HK$: "HKD",
  NZ$: "NZD",
  S$: "SGD",
  "CN¥": "CNY",
  "JP¥": "JPY",
  "RMB¥": "CNY",
});

const CODES = wordTable<string>({
  USD: "USD",
  EUR: "EUR",
  GBP: "GBP",
  JPY: "JPY",
  CNY: "CNY",
  RMB: "CNY",
  CHF: "CHF",
  CAD: "CAD",
  AUD: "AUD",
  HKD: "HKD",
  INR: "INR",
  KRW: "KRW",
  SEK: "SEK",
  NOK: "NOK",
  DKK: "DKK",
  NZD: "NZD",
  SGD: "SGD",
});

/** Currency words; the qualifiers that may follow or precede them are handled in readCurrencyWord. */
const WORDS = wordTable<string>({
  dollar: "USD",
  dollars: "USD",
  euro: "EUR",
  euros: "EUR",
  yen: "JPY",
  yens: "JPY",
  yuan: "CNY",
  yuans: "CNY",
  renminbi: "CNY",
  roupie: "INR",
  roupies: "INR",
  rupee: "INR",
  rupees: "INR",
  sterling: "GBP",
});

/** Adjectives after "dollars" (French) that change the currency. */
const DOLLAR_QUALIFIERS_AFTER = wordTable<string>({
  américain: "USD",
  américains: "USD",
  us: "USD",
  canadien: "CAD",
  canadiens: "CAD",
  australien: "AUD",
  australiens: "AUD",
});

/** Words before "dollars" (English). */
const DOLLAR_QUALIFIERS_BEFORE = wordTable<string>({
  us: "USD",
  american: "USD",
  canadian: "CAD",
  australian: "AUD",
  "hong kong": "HKD",
});

export function readPrefixCurrency(toks: Token[], i: number): CurrencyRead | null {
  const t = toks[i];
  if (!t) return null;
  if (t.kind === "punct" && SYMBOLS.has(t.text)) return { code: SYMBOLS.get(t.text)!, startTok: i, endTok: i + 1, kind: "symbol" };
  if (t.kind !== "word") return null;
  const sym = toks[i + 1];
  if (sym && sym.kind === "punct" && (sym.text === "$" || sym.text === "¥")) {
    const key = t.text + sym.text;
    if (SYMBOL_QUALIFIERS.has(key)) return { code: SYMBOL_QUALIFIERS.get(key)!, startTok: i, endTok: i + 2, kind: "symbol" };
  }
  if (CODES.has(t.text)) return { code: CODES.get(t.text)!, startTok: i, endTok: i + 1, kind: "code" };
  return null;
}

/** "livres sterling", "francs suisses", "dollars canadiens", "US dollars", "Swiss francs"... at i. */
function readCurrencyWord(toks: Token[], i: number, afterMagnitude: boolean): CurrencyRead | null {
  const t = toks[i];
  if (!t || t.kind !== "word") return null;
  const w = t.norm;
  const next = (k: number) => {
    const j = skipSpace(toks, k);
    return j > k && toks[j]?.kind === "word" ? j : -1;
  };
  if (DOLLAR_QUALIFIERS_BEFORE.has(w) || w === "hong" || w === "swiss") {
    // English order: "US dollars", "Canadian dollars", "Swiss francs".
    let j = next(i + 1);
    let code = DOLLAR_QUALIFIERS_BEFORE.get(w);
    if (w === "hong" && j >= 0 && toks[j].norm === "kong") {
      code = "HKD";
      j = next(j + 1);
    }
    if (j < 0) return null;
    const head = toks[j].norm;
    if (w === "swiss" && (head === "franc" || head === "francs")) return { code: "CHF", startTok: i, endTok: j + 1, kind: "word" };
    if (code && (head === "dollar" || head === "dollars")) return { code, startTok: i, endTok: j + 1, kind: "word" };
    return null;
  }
  if (w === "livre" || w === "livres" || w === "pound" || w === "pounds") {
    // "livres" alone are books and "pounds" alone may be weight: require "sterling" or a magnitude.
    const j = next(i + 1);
    if (j >= 0 && toks[j].norm === "sterling") return { code: "GBP", startTok: i, endTok: j + 1, kind: "word" };
    if (afterMagnitude && (w === "pound" || w === "pounds")) return { code: "GBP", startTok: i, endTok: i + 1, kind: "word" };
    return null;
  }
  if (w === "franc" || w === "francs") {
    const j = next(i + 1);
    if (j >= 0 && (toks[j].norm === "suisse" || toks[j].norm === "suisses"))
      return { code: "CHF", startTok: i, endTok: j + 1, kind: "word" };
    return null;
  }
  if (!WORDS.has(w)) return null;
  if (w === "dollar" || w === "dollars") {
    const j = next(i + 1);
    if (j >= 0 && DOLLAR_QUALIFIERS_AFTER.has(toks[j].norm)) {
      return { code: DOLLAR_QUALIFIERS_AFTER.get(toks[j].norm)!, startTok: i, endTok: j + 1, kind: "word" };
    }
  }
  return { code: WORDS.get(w)!, startTok: i, endTok: i + 1, kind: "word" };
}

/**
 * A currency after the number (and its magnitude) at i. `allowLinker`: French "de"/"d'" may come
 * first ("40 milliards de dollars", "2,5 millions d'euros").
 */
export function readSuffixCurrency(toks: Token[], i: number, allowLinker: boolean, afterMagnitude: boolean): CurrencyRead | null {
  const t = toks[i];
  if (!t) return null;
  if (t.kind === "punct" && SYMBOLS.has(t.text)) return { code: SYMBOLS.get(t.text)!, startTok: i, endTok: i + 1, kind: "symbol" };
  if (t.kind !== "word") return null;
  const pre = readPrefixCurrency(toks, i);
  if (pre && pre.kind === "symbol") return pre; // "100 US$"
  if (CODES.has(t.text)) return { code: CODES.get(t.text)!, startTok: i, endTok: i + 1, kind: "code" };
  if (allowLinker && (t.norm === "de" || t.norm === "d")) {
    let j = i + 1;
    if (t.norm === "d") {
      if (!toks[j] || toks[j].kind !== "punct" || !isApostrophe(toks[j].text)) return null;
      j++;
    } else {
      const k = skipSpace(toks, j);
      if (k === j) return null;
      j = k;
    }
    const word = readCurrencyWord(toks, j, afterMagnitude);
    return word ? { ...word, linkerTok: i } : null;
  }
  return readCurrencyWord(toks, i, afterMagnitude);
}

// Writing currencies back -------------------------------------------------------------------

const SYMBOL_OF = wordTable<string>({
  USD: "$",
  EUR: "€",
  GBP: "£",
  JPY: "¥",
  CNY: "CN¥",
  CAD: "C$",
  AUD: "A$",
  HKD: "HK$",
  INR: "₹",
  NZD: "NZ$",
  SGD: "S$",
});

/** Symbol of a currency, or undefined when it is written with its code ("CHF 5 million"). */
export function currencySymbol(code: string): string | undefined {
  return SYMBOL_OF.get(code);
}

const WORD_FR = wordTable<[string, string]>({
  USD: ["dollar", "dollars"],
  EUR: ["euro", "euros"],
  GBP: ["livre sterling", "livres sterling"],
  JPY: ["yen", "yens"],
  CNY: ["yuan", "yuans"],
  CHF: ["franc suisse", "francs suisses"],
  CAD: ["dollar canadien", "dollars canadiens"],
  AUD: ["dollar australien", "dollars australiens"],
  HKD: ["dollar de Hong Kong", "dollars de Hong Kong"],
  INR: ["roupie", "roupies"],
});

const WORD_EN = wordTable<[string, string]>({
  USD: ["dollar", "dollars"],
  EUR: ["euro", "euros"],
  GBP: ["pound", "pounds"],
  JPY: ["yen", "yen"],
  CNY: ["yuan", "yuan"],
  CHF: ["Swiss franc", "Swiss francs"],
  CAD: ["Canadian dollar", "Canadian dollars"],
  AUD: ["Australian dollar", "Australian dollars"],
  HKD: ["Hong Kong dollar", "Hong Kong dollars"],
  INR: ["rupee", "rupees"],
});

/** The currency as a word in a language; falls back to the code. */
export function currencyWord(code: string, lang: Lang, plural: boolean): string {
  const entry = (lang === "fr" ? WORD_FR : WORD_EN).get(code);
  return entry ? entry[plural ? 1 : 0] : code;
}
