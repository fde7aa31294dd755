// Names are written differently across languages and sources: transliterated from another
// alphabet ("Kokoshin" / "Kokochine", "Zelensky" / "Zelenski"), with or without a final e, with
// doubled letters or not. A spelling key folds those differences, so two spellings of one name
// meet; accents are already folded away in a token's norm.

const RULES: readonly [RegExp, string][] = [
  [/sch|sh|ch/g, "c"],
  [/kh/g, "h"],
  [/ph/g, "f"],
  [/ck|k|q/g, "c"],
  [/ou/g, "u"],
  [/w/g, "v"],
  [/[yj]/g, "i"],
  [/(.)\1+/g, "$1"],
  [/e$/g, ""],
  [/h$/g, ""],
];

/** The spelling key of a folded name: equal keys are taken for one name ("kokoshin", "kokochine" -> "cococin"). */
export function spellingKey(norm: string): string {
  let key = norm;
  for (const [pattern, replacement] of RULES) key = key.replace(pattern, replacement);
  return key;
}
