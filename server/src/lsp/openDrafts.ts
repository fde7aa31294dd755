// One state per open draft: its DraftChecker (so an edit re-checks only changed paragraphs), the
// debounce timer, and the last findings of every verdict (hover and code actions read these).
import type { TextDocument } from "vscode-languageserver-textdocument";
import { DeltaDecoder, DeltaMismatch, type Finding } from "../core";
import { DocumentCountsNotification } from "../shared/protocol";
import type { AttestSettings } from "../shared/settings";
import { capDiagnostics, countVerdicts, draftText, notCheckedDiagnostic, toDiagnostics, tooLargeDiagnostic } from "./adapter";
import { translator } from "../shared/i18n";
import { errorReport } from "../shared/errorText";
import type { CorpusService } from "./corpusService";
import { filePath, type IgnoreService } from "./ignoreService";
import type { OpenDocuments, ServerConnection } from "./serverConnection";
import { sendNotification } from "./typedMessages";
import type { EngineCheckOptions, UncheckedClaim } from "./engine/protocol";
import { visibleFindings } from "../shared/findingFilter";
import { isDraftPath } from "../shared/draftGlobs";
import type { Warning } from "../core/warnings";

/** Pause after the last keystroke before re-checking: checks are cheap, but not free per keystroke. */
const DEBOUNCE_MS = 250;

export interface CheckOutcome {
  lang: string;
  findings: Finding[];
}

interface DraftState {
  lang: string;
  findings: Finding[];
  checkedVersion?: number;
  /** Version of the check in flight on the engine thread, if any. */
  requestedVersion?: number;
  /** The latest check asked for: an answer to an older one is not published (it would be stale). */
  latestCheck: number;
  /** When the writer last opened or edited the draft (a counter): re-checks go most recent first. */
  lastActivity: number;
  /** The next check starts from a fresh checker (the index was replaced). */
  fresh: boolean;
  /** The engine's findings as last received (before ignore filtering): answers are deltas against them. */
  received: DeltaDecoder;
  timer?: NodeJS.Timeout;
}

export interface DraftChecksDeps {
  connection: Pick<ServerConnection, "sendDiagnostics" | "sendNotification">;
  documents: OpenDocuments;
  corpus: CorpusService;
  ignore: IgnoreService;
  settings: () => AttestSettings;
  locale: "en" | "fr";
  log: (message: string) => void;
  /** Told after each check whether the archive answered (undefined) or why it did not. */
  onArchive?: (unavailable: Warning | undefined) => void;
  /** Pause after the last edit before checking (default DEBOUNCE_MS). */
  debounceMs?: number;
}

/** Priority of a check the writer is waiting for (opened, edited, saved, asked for); re-checks come after. */
const TYPING = 0;

export class DraftChecks {
  private readonly states = new Map<string, DraftState>();
  private checksAsked = 0;
  private activity = 0;
  /** Closed drafts checked by "Fact-check Workspace": their diagnostics stay in Problems. */
  private readonly fromDisk = new Map<string, Finding[]>();

  constructor(private readonly deps: DraftChecksDeps) {}

  /**
   * Whether Attest checks this document: one of `attest.languages` (Neovim calls plain text
   * `text`), and not a corpus file (sources are not drafts).
   */
  isDraft(doc: Pick<TextDocument, "uri" | "languageId">): boolean {
    const languages = this.deps.settings().languages;
    const language = doc.languageId === "text" ? "plaintext" : doc.languageId;
    if (!languages.includes(doc.languageId) && !languages.includes(language)) return false;
    const file = filePath(doc.uri);
    if (file && this.deps.corpus.isCorpusFile(file)) return false;
    return isDraftPath(this.deps.ignore.relativePath(doc.uri), this.deps.settings().drafts);
  }

  /** Checks after a pause; each new edit restarts the pause. */
  schedule(doc: TextDocument): void {
    const state = this.stateFor(doc.uri);
    state.lastActivity = ++this.activity;
    if (state.timer) clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      state.timer = undefined;
      const current = this.deps.documents.get(doc.uri);
      if (current) void this.check(current);
    }, this.deps.debounceMs ?? DEBOUNCE_MS);
  }

  /**
   * Checks an open document now (on the engine thread) and publishes; resolves to all its
   * findings. A newer check of the same document supersedes this one, which then resolves to
   * the last findings without publishing. `priority`: 0 (the default) when the writer waits for
   * it; re-checks of all drafts pass more, so edits and opened drafts go first.
   */
  async check(doc: TextDocument, priority = TYPING): Promise<CheckOutcome> {
    const state = this.stateFor(doc.uri);
    const token = ++this.checksAsked;
    state.latestCheck = token;
    if (priority === TYPING) state.lastActivity = ++this.activity;
    if (state.timer) {
      clearTimeout(state.timer);
      state.timer = undefined;
    }
    const text = doc.getText();
    const version = doc.version;
    // Over attest.maxFileSize: not checked (minutes of work and a flood of diagnostics), one note instead.
    const limit = this.deps.settings().maxFileSize;
    const bytes = text.length > limit / 3 ? Buffer.byteLength(text, "utf8") : text.length;
    if (bytes > limit) {
      // A check of an earlier version still running would publish over the note.
      if (state.requestedVersion !== undefined) this.deps.corpus.engine.cancel(doc.uri);
      state.requestedVersion = undefined;
      state.findings = [];
      state.received.reset();
      state.fresh = true;
      state.checkedVersion = version;
      void this.deps.connection.sendDiagnostics({
        uri: doc.uri,
        version,
        diagnostics: [tooLargeDiagnostic(bytes, limit, translator(this.deps.locale))],
      });
      return { lang: state.lang, findings: [] };
    }
    const fresh = state.fresh;
    state.fresh = false;
    state.requestedVersion = version;
    try {
      let answer = await this.deps.corpus.engine.check(doc.uri, text, { ...this.checkOptions(), priority }, fresh);
      if (answer.cancelled) {
        // An unreachable archive: the claims are marked "not checked" (no flood of "unsupported",
        // no findings left from another text), and the draft is checked again once it answers.
        if (answer.unavailable) {
          state.fresh = fresh;
          this.deps.onArchive?.(answer.unavailable);
          if (this.states.get(doc.uri) === state && state.requestedVersion === version) {
            state.findings = [];
            state.checkedVersion = version;
            state.requestedVersion = undefined;
            this.publishNotChecked(doc.uri, answer.unchecked ?? [], version);
          }
        }
        return { lang: state.lang, findings: state.findings };
      }
      this.deps.onArchive?.(undefined);
      let findings: Finding[];
      try {
        findings = state.received.apply(answer.delta);
      } catch (error) {
        if (!(error instanceof DeltaMismatch)) throw error;
        if (state.latestCheck !== token) {
          // A newer check is on its way; it asks for the whole list itself if it must.
          state.received.reset();
          return { lang: state.lang, findings: state.findings };
        }
        // Out of step with the engine (a failed check in between): ask for the whole list.
        answer = await this.deps.corpus.engine.check(doc.uri, text, { ...this.checkOptions(), priority }, false, true);
        if (answer.cancelled) return { lang: state.lang, findings: state.findings };
        findings = state.received.apply(answer.delta);
      }
      // Finished just before a newer check was asked for: the delta is applied (the next ones
      // build on it) but neither kept nor shown; the newer check publishes.
      if (state.latestCheck !== token) return { lang: state.lang, findings: state.findings };
      state.lang = answer.lang;
      state.findings = visibleFindings(this.deps.ignore.filter(doc.uri, text, findings), this.deps.settings());
    } catch (error) {
      const detail = errorReport(error, this.deps.locale);
      this.deps.log(translator(this.deps.locale)("server.checkFailed", { uri: doc.uri, detail }));
      state.received.reset();
      state.findings = [];
    }
    if (this.states.get(doc.uri) !== state) return { lang: state.lang, findings: state.findings }; // closed meanwhile
    if (state.latestCheck !== token) return { lang: state.lang, findings: state.findings }; // failed, and superseded
    state.checkedVersion = version;
    if (state.requestedVersion === version) state.requestedVersion = undefined;
    this.publish(doc.uri, text, state.findings, version);
    return { lang: state.lang, findings: state.findings };
  }

  /** Checks a draft that is not open (workspace check) and publishes its diagnostics. */
  async checkClosed(uri: string, languageId: string, text: string): Promise<CheckOutcome> {
    const result = await this.deps.corpus.engine.checkOnce(text, this.checkOptions());
    const findings = visibleFindings(this.deps.ignore.filter(uri, text, result.findings), this.deps.settings());
    this.fromDisk.set(uri, findings);
    this.publish(uri, text, findings, undefined, languageId);
    return { lang: result.lang, findings };
  }

  /** Checked at this version, or being checked. */
  isUpToDate(doc: TextDocument): boolean {
    const state = this.states.get(doc.uri);
    return state?.checkedVersion === doc.version || state?.requestedVersion === doc.version;
  }

  findings(uri: string): Finding[] {
    return this.states.get(uri)?.findings ?? [];
  }

  /** The language of an open draft's last check, undefined when it was never checked. */
  checkedLang(uri: string): string | undefined {
    const state = this.states.get(uri);
    return state?.checkedVersion !== undefined ? state.lang : undefined;
  }

  /**
   * Checks every open draft again; `freshCheckers` after the whole index was replaced. The drafts
   * last opened or edited go first, each behind any edit made meanwhile (which supersedes its own).
   */
  recheckAll(options: { freshCheckers?: boolean; onlyIfChecked?: boolean } = {}): void {
    const drafts: TextDocument[] = [];
    for (const doc of this.deps.documents.all()) {
      if (!this.isDraft(doc)) continue;
      const state = this.states.get(doc.uri);
      if (options.onlyIfChecked && state?.checkedVersion === undefined) continue;
      if (options.freshCheckers && state) state.fresh = true;
      drafts.push(doc);
    }
    const activity = (doc: TextDocument) => this.states.get(doc.uri)?.lastActivity ?? 0;
    drafts.sort((a, b) => activity(b) - activity(a));
    drafts.forEach((doc, rank) => void this.check(doc, TYPING + 1 + rank));
  }

  /** Forgets a closed document; its diagnostics go unless a workspace check reported on it. */
  close(uri: string): void {
    const state = this.states.get(uri);
    if (state?.timer) clearTimeout(state.timer);
    this.states.delete(uri);
    this.deps.corpus.engine.close(uri);
    if (!this.fromDisk.has(uri)) void this.deps.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Clears the diagnostics of a document Attest no longer handles (e.g. its language was removed). */
  clear(uri: string): void {
    this.close(uri);
    this.fromDisk.delete(uri);
    void this.deps.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private checkOptions(): EngineCheckOptions {
    return { locale: this.deps.locale, names: this.deps.settings().names };
  }

  private stateFor(uri: string): DraftState {
    let state = this.states.get(uri);
    if (!state) {
      state = { lang: "", findings: [], fresh: false, received: new DeltaDecoder(), latestCheck: 0, lastActivity: 0 };
      this.states.set(uri, state);
    }
    return state;
  }

  private publishNotChecked(uri: string, claims: UncheckedClaim[], version: number): void {
    const t = translator(this.deps.locale);
    void this.deps.connection.sendDiagnostics({ uri, version, diagnostics: claims.map((c) => notCheckedDiagnostic(c, t)) });
    sendNotification(this.deps.connection, DocumentCountsNotification, { uri, counts: countVerdicts([]) });
  }

  private publish(uri: string, text: string, findings: Finding[], version: number | undefined, languageId = "markdown"): void {
    const draft = draftText(uri, text, languageId);
    const diagnostics = capDiagnostics(toDiagnostics(findings, draft, this.deps.settings()), translator(this.deps.locale));
    void this.deps.connection.sendDiagnostics({ uri, version, diagnostics });
    sendNotification(this.deps.connection, DocumentCountsNotification, { uri, counts: countVerdicts(findings) });
  }
}
