import assert from "node:assert/strict";
import { extractFigures, type Figure, type Lang } from "../../server/src/core/figures";

// Properties that hold for any input: figures sorted and disjoint, offsets exact, hedges outside
// the figure span, no exception on arbitrary text, linear time on adversarial input.

const KINDS = new Set(["money", "percent", "count", "year", "month", "date", "quarter"]);

function checkInvariants(text: string, figs: Figure[]): void {
  let lastEnd = 0;
  for (const f of figs) {
    const where = `${JSON.stringify(f.text)} in ${JSON.stringify(text.slice(0, 200))}`;
    assert.ok(KINDS.has(f.kind), `kind ${where}`);
    assert.ok(Number.isFinite(f.value), `value ${where}`);
    assert.ok(f.start < f.end, `empty span ${where}`);
    assert.equal(text.slice(f.start, f.end), f.text, `text ${where}`);
    assert.ok(f.start >= lastEnd, `overlap or order ${where}`);
    if (f.hedgeSpan) {
      const h = f.hedgeSpan;
      assert.ok(h.start < h.end, `empty hedge ${where}`);
      assert.ok(h.end <= f.start || h.start >= f.end, `hedge inside the figure ${where}`);
      assert.ok(h.start >= lastEnd, `hedge overlaps the previous figure ${where}`);
      assert.notEqual(f.hedge, "exact", `hedge span without hedge ${where}`);
    }
    if (f.max !== undefined) assert.ok(f.max > f.value, `range order ${where}`);
    lastEnd = Math.max(f.end, f.hedgeSpan ? f.hedgeSpan.end : 0);
  }
}

/** A small deterministic generator, so a failure can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const PIECES = [
  "1",
  "2",
  "19",
  "2025",
  "300",
  "000",
  "1,3",
  "1.5",
  " ",
  " ",
  "\u00a0",
  "\u202f",
  ",",
  ".",
  "-",
  "\u2212",
  "+",
  "%",
  "$",
  "€",
  "£",
  "milliard",
  "milliards",
  "de",
  "d'",
  "dollars",
  "euros",
  "bn",
  "m",
  "M",
  "Md",
  "k",
  "million",
  "billion",
  "près",
  "plus",
  "moins",
  "environ",
  "about",
  "over",
  "since",
  "depuis",
  "jusqu'en",
  "en",
  "in",
  "juin",
  "June",
  "May",
  "mars",
  "janv.",
  "Q",
  "T",
  "trimestre",
  "quarter",
  "second",
  "deuxième",
  "la",
  "moitié",
  "un",
  "une",
  "tiers",
  "quart",
  "half",
  "a",
  "third",
  "sur",
  "trois",
  "one",
  "entre",
  "et",
  "between",
  "and",
  "à",
  "to",
  "\n",
  "er",
  "st",
  "s",
  "'",
  "’",
  "h",
  "GPT",
  "Windows",
  "dizaine",
  "dozen",
  "salariés",
  "employees",
  "😀",
  "https://x.org/2024/05",
  "p.",
  "n°",
  "(",
  ")",
  "/",
  ":",
];

describe("extractFigures invariants", () => {
  it("holds on a long mixed document", () => {
    const text = [
      "Fondée en 2015, Acme a levé près de 1,3 milliard de dollars (soit 49 % de son capital) depuis le 1er janvier 2020.",
      "In Q3 2024, Nordis sold over 1.8 million phones, up 12% from $2.5bn, between 10 and 20% of the market.",
      "Un Français sur trois, plus de la moitié des élus et une dizaine de pays ; GPT-4, Windows 11, à 14h30.",
      "La ville de Montbrison vote 2,5 millions d'euros pour 2026, entre 2019 et 2021, de 10 à 20 %, -3 % et +2,5 %.",
    ].join("\n");
    for (const lang of ["fr", "en"] as const) {
      const figs = extractFigures(text, lang);
      assert.ok(figs.length >= 18, `expected many figures, got ${figs.length}`);
      checkInvariants(text, figs);
    }
  });

  it("holds on random text and never throws", () => {
    const next = rng(20250603);
    for (let n = 0; n < 2000; n++) {
      const len = 1 + Math.floor(next() * 25);
      let text = "";
      for (let k = 0; k < len; k++) {
        text += PIECES[Math.floor(next() * PIECES.length)];
        if (next() < 0.5) text += " ";
      }
      const lang: Lang = next() < 0.5 ? "fr" : "en";
      checkInvariants(text, extractFigures(text, lang));
    }
  });

  it("keeps UTF-16 offsets right after astral characters", () => {
    const text = "😀😀 Acme détient 49 % 😀 de Nordis depuis 2019.";
    const figs = extractFigures(text, "fr");
    assert.deepEqual(
      figs.map((f) => text.slice(f.start, f.end)),
      ["49 %", "2019"],
    );
  });

  it("returns nothing for empty or blank text", () => {
    assert.deepEqual(extractFigures("", "fr"), []);
    assert.deepEqual(extractFigures(" \n\t", "en"), []);
  });

  it("does not join figures across a line break", () => {
    const figs = extractFigures("Acme a levé 40\nmilliards de dollars en 2019.", "fr");
    assert.deepEqual(
      figs.map((f) => f.text),
      ["40", "2019"],
    );
  });

  it("stays correct on adversarial input: long runs of figure shapes", function () {
    this.timeout(10000);
    const parts = [
      "1 000 ",
      "1,2,3,4,5 ",
      "un ",
      "entre ",
      "près de ",
      "12 345 678 901 ",
      "Q2 ",
      "la moitié ",
      "1.2.3.4.5 ",
      "10-20-30-40 ",
    ];
    const big = parts.map((p) => p.repeat(8000)).join("");
    const figs = extractFigures(big, "fr");
    checkInvariants(big, figs);
  });
});
