import { capitalize, numberInWords } from "./format";
import type { Figure } from "./types";
import { wordTable } from "../text/wordTable";

// Writing a percentage as a fraction or a ratio in words, the way the draft wrote its own:
// 33 % -> "un tiers" / "a third" / "one third" / "un Français sur trois" / "one in three".

/** Fractions a writer would put in words, with the share each stands for. */
const CLEAN: [num: number, den: number][] = [
  [1, 2],
  [1, 3],
  [2, 3],
  [1, 4],
  [3, 4],
  [1, 5],
  [1, 10],
];

/** The clean fraction within (strictly) one point of v, if any. */
function cleanFraction(v: number): [number, number] | undefined {
  for (const [n, d] of CLEAN) if (Math.abs(v - (100 * n) / d) < 1) return [n, d];
  return undefined;
}

const FR = wordTable<[indefinite: string, definite: string]>({
  "1/2": ["la moitié", "la moitié"],
  "1/3": ["un tiers", "le tiers"],
  "2/3": ["deux tiers", "les deux tiers"],
  "1/4": ["un quart", "le quart"],
  "3/4": ["trois quarts", "les trois quarts"],
  "1/5": ["un cinquième", "le cinquième"],
  "1/10": ["un dixième", "le dixième"],
});

const EN_DEN: Record<number, [singular: string, plural: string]> = {
  2: ["half", "halves"],
  3: ["third", "thirds"],
  4: ["quarter", "quarters"],
  5: ["fifth", "fifths"],
  10: ["tenth", "tenths"],
};

const NUMBER_ARTICLES = new Set(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]);

/** v as a fraction in the words and article style of `like`, or undefined when v is no clean fraction. */
export function fractionWords(v: number, like: Figure): string | undefined {
  const f = cleanFraction(v);
  if (!f) return undefined;
  const [n, d] = f;
  const st = like.style;
  const article = st.article ?? "";
  let out: string;
  if (st.lang === "fr") {
    const definite = article === "la" || article === "le" || article === "les";
    out = FR.get(`${n}/${d}`)![definite ? 1 : 0];
  } else if (n === 1 && d === 2) {
    out = article === "a" || article === "an" ? "a half" : article === "one" ? "one half" : "half";
  } else {
    const [sing, plur] = EN_DEN[d];
    const sep = st.hyphenated ? "-" : " ";
    if (n === 1) out = `${NUMBER_ARTICLES.has(article) ? "one" : "a"}${sep}${sing}`;
    else out = `${numberInWords(n, "en")}${sep}${plur}`;
  }
  return st.capitalized ? capitalize(out) : out;
}

/** v as a ratio ("un sur trois", "one in five") in the style of `like`, or undefined. */
export function ratioWords(v: number, like: Figure): string | undefined {
  const st = like.style;
  const fr = st.lang === "fr";
  const feminine = st.article === "une";
  for (let d = 2; d <= 10; d++) {
    for (let k = 1; k < d; k++) {
      if (Math.abs(v - (100 * k) / d) >= 1) continue;
      // A noun inside the ratio ("un Français sur trois") agrees with one: keep it only for k = 1.
      if (st.ratioNoun && k !== 1) return undefined;
      const num = st.ratioDigits ? String(k) : numberInWords(k, fr ? "fr" : "en", feminine)!;
      const den = st.ratioDigits ? String(d) : numberInWords(d, fr ? "fr" : "en")!;
      const connector = st.ratioConnector ?? (fr ? "sur" : "in");
      const out = st.ratioNoun && fr ? `${num} ${st.ratioNoun} ${connector} ${den}` : `${num} ${connector} ${den}`;
      return st.capitalized ? capitalize(out) : out;
    }
  }
  return undefined;
}
