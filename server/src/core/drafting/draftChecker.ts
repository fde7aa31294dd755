import { detectLanguage, passageLanguage } from "../corpus/language";
import { LineMap } from "../text/lineMap";
import type { Finding, Lang, Span } from "../types";
import { isClaim, knownNames, unknownNames, type KnownNames } from "../verdicts/claims";
import { disabledByFrontMatter } from "./frontMatter";
import type { CorpusReader } from "../index/corpusIndex";
import { draftParagraphs, maskDraft, inHeading, paragraphSentenceSpans, type DraftParagraph } from "./draftText";
import { ignoredRegions, isIgnored } from "../ignore/inlineMarkers";
import { readClaimSentence, type ClaimSentence } from "../verdicts/claimSentence";
import { checkFigure } from "../verdicts/figureVerdict";
import { messages, type MessageLocale } from "../verdicts/findingMessages";
import type { FindingOrigin } from "./findingDelta";
import type { PendingFinding } from "../verdicts/pendingFinding";
import { RecentResults } from "./recentResults";
import { checkStatement } from "../verdicts/textVerdict";
import { unifyLineEnds } from "../text/invisible";

export interface CheckOptions {
  /**
   * Language of the draft, every paragraph read in it. When absent, the draft's is detected, and
   * a paragraph clearly written in the other language is read in its own (passageLanguage).
   */
  lang?: Lang;
  /** Language of the messages. Default English. */
  locale?: MessageLocale;
  /** Names the writer declares known (the `names` setting): never reported as unknown to the sources. */
  names?: readonly string[];
  /** Polled before each paragraph that needs checking: true abandons the check (CheckCancelled). */
  shouldStop?: () => boolean;
  /**
   * Asked after each sentence checked anew: false when the reader answered part of that check
   * from data it did not hold yet (the archive's view, which fetches it and checks again). Such a
   * result is returned but not kept, so the next check does that sentence again.
   */
  settled?: () => boolean;
}

/** Thrown by DraftChecker.check when options.shouldStop asked it to stop (a newer edit came in). */
export class CheckCancelled extends Error {
  constructor() {
    super("check cancelled");
  }
}

export interface CheckResult {
  /** The draft's language (a paragraph may be read in the other one). */
  lang: Lang;
  findings: Finding[];
  /** Where each finding comes from, in the same order: lets a caller send only what changed (findingDelta.ts). */
  origins: FindingOrigin[];
}

/** A name no source mentions is a strong sign the sources do not state the claim, not a certainty (the writer may know more). */
const UNKNOWN_NAME_CONFIDENCE = 0.9;

/** Checks one sentence: each figure is a claim of its own; a sentence without figures is one claim. */
function checkSentence(
  sentence: ClaimSentence,
  index: CorpusReader,
  lang: Lang,
  locale: MessageLocale,
  known: KnownNames,
): PendingFinding[] {
  if (!isClaim(sentence)) return [];
  // Headings are titles in Title Case: their capitals say nothing of names.
  const unknown = sentence.heading ? [] : unknownNames(sentence, index, known.words);
  if (unknown.length) {
    // Facts about people or companies the sources never mention cannot be supported by them:
    // one finding, on the first such name. Its figures are still checked, but only a conflict
    // says more than that finding does (a value stated for someone else is no support).
    const first = unknown[0]!;
    const nameFinding: PendingFinding = {
      verdict: "unsupported",
      kind: sentence.figures.length ? "figure" : "text",
      span: { start: first.start, end: first.end },
      sentence: { start: sentence.start, end: sentence.end },
      message: messages.unknownNames(
        locale,
        unknown.map((t) => t.text),
      ),
      evidence: [],
      fixes: [],
      sourcesDisagree: false,
      confidence: UNKNOWN_NAME_CONFIDENCE,
      unknownNames: unknown.map((t) => t.text),
    };
    const conflicts = sentence.figures.map((f) => checkFigure(sentence, f, index, lang, locale)).filter((f) => f.verdict === "conflict");
    return [nameFinding, ...conflicts];
  }
  if (sentence.figures.length) return sentence.figures.map((f) => checkFigure(sentence, f, index, lang, locale));
  return [checkStatement(sentence, index, locale)];
}

function shift(f: PendingFinding, by: number): PendingFinding {
  const move = (s: Span) => ({ start: s.start + by, end: s.end + by });
  return { ...f, span: move(f.span), sentence: move(f.sentence), fixes: f.fixes.map((x) => ({ ...x, span: move(x.span) })) };
}

/**
 * Checks drafts and keeps each paragraph's findings, so that after an edit only the changed
 * paragraphs are checked again. One instance per open document.
 */
export class DraftChecker {
  /** Findings of each paragraph, relative to its start, by its text. */
  private readonly paragraphs = new RecentResults<PendingFinding[]>();
  /** Findings of each sentence, relative to its start: typing changes one sentence of a paragraph, and only that one is checked again. */
  private readonly sentences = new RecentResults<PendingFinding[]>();
  private indexVersion = -1;
  /** Whether a sentence of the paragraph being checked was not settled: the paragraph's findings are not kept either. */
  private unsettled = false;
  /** The known names the cached results were made with: other names, other results. */
  private known: KnownNames = knownNames([]);
  /** What the last check did: paragraphs checked anew and paragraphs whose findings were reused. */
  lastRun = { checked: 0, reused: 0 };
  /** The same for the sentences of the paragraphs checked anew. */
  lastSentences = { checked: 0, reused: 0 };

  constructor(private readonly index: CorpusReader) {}

  check(text: string, options: CheckOptions = {}): CheckResult {
    const steps = this.checkInSteps(text, options);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  /**
   * The same check, pausing after each paragraph and each sentence checked: the language server
   * runs other drafts' checks in the pauses. Abandoned midway (`return()`), it keeps what it found
   * for the next check of the draft, as a cancelled check does.
   */
  *checkInSteps(text: string, options: CheckOptions = {}): Generator<void, CheckResult, unknown> {
    if (this.indexVersion !== this.index.version) {
      this.paragraphs.clear();
      this.sentences.clear();
      this.indexVersion = this.index.version;
    }
    const known = knownNames(options.names ?? []);
    if (known.key !== this.known.key) {
      this.paragraphs.clear();
      this.sentences.clear();
    }
    this.known = known;
    // Lone CRs end lines as LFs do (headings, paragraphs); same length, so offsets are the text's.
    const unified = unifyLineEnds(text);
    const masked = maskDraft(unified);
    yield;
    const lang = options.lang ?? detectLanguage(masked);
    const locale = options.locale ?? "en";
    if (disabledByFrontMatter(unified)) return { lang, findings: [], origins: [] };
    const regions = ignoredRegions(unified);
    const lines = new LineMap(text);
    yield;
    this.paragraphs.begin();
    this.sentences.begin();
    const findings: Finding[] = [];
    const origins: FindingOrigin[] = [];
    this.lastRun = { checked: 0, reused: 0 };
    this.lastSentences = { checked: 0, reused: 0 };
    let complete = false;
    try {
      for (const paragraph of draftParagraphs(masked)) {
        const paragraphLang = options.lang ?? passageLanguage(paragraph.masked, lang);
        const key = `${paragraphLang}\u0000${locale}\u0000${paragraph.masked}`;
        let relative = this.paragraphs.get(key);
        if (relative) this.lastRun.reused++;
        else {
          if (options.shouldStop?.()) throw new CheckCancelled();
          this.unsettled = false;
          relative = (yield* this.checkParagraph(masked, unified, lines, paragraph, paragraphLang, locale, options.settled)).map((f) =>
            shift(f, -paragraph.start),
          );
          this.lastRun.checked++;
        }
        if (!this.unsettled) this.paragraphs.set(key, relative);
        const at = lines.positionAt(paragraph.start);
        for (const f of relative) {
          const pending = shift(f, paragraph.start);
          if (
            isIgnored(
              unified,
              pending.sentence,
              regions,
              // A text claim is named by its span too: an unknown name, for a marker naming that name.
              unified.slice(pending.span.start, pending.span.end),
            )
          )
            continue;
          findings.push(toFinding(pending, text, lines));
          origins.push({ relative: f, start: paragraph.start, line: at.line, character: at.character });
        }
        yield;
      }
      complete = true;
    } finally {
      if (complete) {
        this.paragraphs.commit();
        this.sentences.commit();
      } else {
        // Stopped midway: paragraphs and sentences checked so far stay cached for the next check.
        this.paragraphs.keepPartial();
        this.sentences.keepPartial();
      }
    }
    return { lang, findings, origins };
  }

  private *checkParagraph(
    masked: string,
    original: string,
    lines: LineMap,
    paragraph: DraftParagraph,
    lang: Lang,
    locale: MessageLocale,
    settled: (() => boolean) | undefined,
  ): Generator<void, PendingFinding[], unknown> {
    const out: PendingFinding[] = [];
    for (const span of paragraphSentenceSpans(masked, original, paragraph)) {
      const heading = inHeading(original, span.start, span.start - lines.positionAt(span.start).character);
      const key = `${lang}\u0000${locale}\u0000${heading ? "#" : ""}\u0000${masked.slice(span.start, span.end)}`;
      let relative = this.sentences.get(key);
      const reused = relative !== undefined;
      let keep = true;
      if (relative) this.lastSentences.reused++;
      else {
        const sentence = readClaimSentence(masked, span, lang, heading);
        relative = checkSentence(sentence, this.index, lang, locale, this.known).map((f) => shift(f, -span.start));
        this.lastSentences.checked++;
        keep = settled?.() ?? true;
      }
      if (keep) this.sentences.set(key, relative);
      else this.unsettled = true;
      for (const f of relative) out.push(shift(f, span.start));
      // A pause after each sentence checked, once its result is kept (a stop here keeps it).
      if (!reused) yield;
    }
    return out;
  }
}

function toFinding(f: PendingFinding, text: string, lines: LineMap): Finding {
  const range = (s: Span) => ({ start: lines.positionAt(s.start), end: lines.positionAt(s.end) });
  return {
    verdict: f.verdict,
    kind: f.kind,
    range: range(f.span),
    span: f.span,
    claim: text.slice(f.span.start, f.span.end),
    sentence: f.sentence,
    message: f.message,
    evidence: f.evidence,
    fixes: f.fixes.map((x) => ({ title: x.title, range: range(x.span), newText: x.newText })),
    sourcesDisagree: f.sourcesDisagree,
    confidence: f.confidence,
    ...(f.unknownNames ? { unknownNames: f.unknownNames } : {}),
  };
}

/** Checks a whole draft against the corpus. */
export function checkText(text: string, index: CorpusReader, options: CheckOptions = {}): CheckResult {
  return new DraftChecker(index).check(text, options);
}
