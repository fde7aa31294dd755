import assert from "node:assert/strict";
import { countWords } from "../../server/src/core/text/wordCount";

// countWords replaces split-and-filter in the boilerplate and heading rules: same count always.
const reference = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

describe("countWords", () => {
  it("counts like splitting on whitespace and keeping pieces with a letter or digit", () => {
    const samples = [
      "",
      "   ",
      "Le rachat d'Acme, annoncé jeudi.",
      "  — • ->  12 %  ",
      "Prix\u00a0: 1\u202f300 €\tet\u2003plus\u3000encore\ufeffici",
      "Line\nbreaks\r\nand\u2028separators\u2029too",
      "emoji 🚀 only 🚀🚀 and 𝐀𝐁 (math letters) 𝟏",
      "lone \ud800 high and \udc00 low surrogates, \ud83d",
      "日本語のテキスト 与 中文",
      "--- *** ___ ... !!!",
      "l'été à Montréal — 3e trimestre",
    ];
    for (const s of samples) assert.equal(countWords(s), reference(s), JSON.stringify(s));
  });

  it("agrees on random strings of tricky characters", () => {
    const alphabet = [
      "a",
      "É",
      "7",
      " ",
      "\u00a0",
      "\t",
      "\n",
      "-",
      ".",
      "🚀",
      "𝐀",
      "\ud800",
      "\udc00",
      "\u2009",
      "\ufeff",
      "中",
      "\u0301",
      "'",
    ];
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let k = 0; k < 5000; k++) {
      const s = Array.from({ length: random(20) }, () => alphabet[random(alphabet.length)]).join("");
      assert.equal(countWords(s), reference(s), JSON.stringify(s));
    }
  });
});
