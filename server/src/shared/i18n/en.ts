// Every user-facing string of Attest in English: the core's findings, the language server, the
// CLI and the VS Code extension. Ids say where a message is shown; fr.ts has the same ids.
// (package.nls.json keeps the strings of package.json contributions, as VS Code requires.)
import type { Message } from "./message";

export const en = {
  // Findings (core): one short line each, the quotes travel as evidence.
  "finding.figureSupported": "Sources give {value} ({place}).",
  "finding.figureConflict": "Sources give {sourceValue}, not {claimValue} ({place}).",
  "finding.figureUnsupported": "No source gives this figure ({claimValue}) for this fact.",
  "finding.figureOpposite": 'Sources say the opposite of "{word}" ({place}).',
  "finding.actorSwap": "Sources give this to {sourceName}, not {claimName} ({place}).",
  "finding.rolesReversed": "Sources say it the other way round: the roles are swapped ({place}).",
  "finding.textSupported": "Supported by {place}.",
  "finding.textConflict": "Sources say the opposite ({place}).",
  "finding.textUnsupported": "No source states this.",
  "finding.unknownNames": "No source mentions {names}.",
  "finding.sourcesDisagree": "Sources disagree: {values}.",
  "finding.valueSeparator": "; ",
  "finding.moreValues": "{values} and {count} more",
  "finding.fixTitle": "Replace with {value}",
  /** Where a source sentence is: lines counted from 1, as people do. */
  "place.line": "{document}, line {line}",
  "place.page": "{document}, p. {page}",
  /** The marker line of a PDF page break in a source shown as text. */
  "source.pageBreak": "p. {page}",

  // Counts, shared by the CLI summary, the status bar, the report and the notifications.
  "count.claimsChecked": { one: "{count} claim checked", other: "{count} claims checked" },
  "count.conflicts": { one: "{count} conflict", other: "{count} conflicts" },
  "count.unsupported": { one: "{count} unsupported", other: "{count} unsupported" },
  "count.supported": { one: "{count} supported", other: "{count} supported" },
  "count.files": { one: "{count} file", other: "{count} files" },
  "count.documents": { one: "{count} document", other: "{count} documents" },
  "count.sentences": { one: "{count} sentence", other: "{count} sentences" },
  "count.sources": { one: "{count} source", other: "{count} sources" },

  // Language server: hover, code actions, notifications.
  "hover.confidence": "confidence {percent} %",
  "hover.conflict": "Attest: Conflicts with the sources",
  "hover.unsupported": "Attest: Not found in the sources",
  "hover.supported": "Attest: Supported by the sources",
  "hover.sourcesDisagree": "The sources disagree:",
  "hover.sourcedValue": "sourced value: {value}",
  "action.ignoreInline": "Ignore this claim (inline comment)",
  "action.ignoreInWorkspace": "Ignore this claim in the workspace (.attest/ignore.json)",
  "action.showSources": "Show sources",
  "action.addToNames": "Add {names} to names (.attest/config.json)",
  "server.ignoredInWorkspace": "Attest: “{claim}” is ignored in this workspace (.attest/ignore.json).",
  "server.undo": "Undo",
  "server.namesAdded": "Attest: {names} added to names in {file}.",
  "command.sourceQuote": "{place}: {quote}",
  "server.problem": "Attest: {problem}",
  "server.noWorkspaceForIgnore": "Attest: no workspace folder to hold .attest/ignore.json.",
  "server.indexingCorpus": "Attest: indexing the corpus",
  "server.draftTooLarge": "Attest: this draft is {size}, over attest.maxFileSize ({limit}): not checked.",
  "server.draftFileTooLarge": "the file is {size}, over attest.maxFileSize ({limit}): skipped",
  "server.draftSkipped": "{reason}: skipped",
  "server.notChecked": "Attest: not checked, the archive cannot be reached. Checks resume when it answers.",
  "server.moreDiagnostics": {
    one: "Attest: one more finding not shown (the first {shown} are).",
    other: "Attest: {count} more findings not shown (the first {shown} are).",
  },
  "server.corpusEmpty": "Attest: the corpus is empty ({roots}). Claims will all be reported as unsupported.",
  "server.corpusWarnings": {
    one: "Attest: one corpus problem: {first} (details in the output).",
    other: "Attest: {count} corpus problems, e.g. {first} (details in the output).",
  },
  "server.settingsUnreadable": "could not read the settings from the client ({reason}); keeping the previous ones",
  "settings.invalid": 'Invalid setting "{setting}": {problem}.',
  "settings.usingDefault": "{reason}; got {got}, using the default {fallback}",
  "settings.at": "{reason} (at {path})",
  "settings.notAnObject": "expected an object of settings, got {got}; using the defaults",
  "settings.emptyEntry": "an entry must not be empty",
  "settings.badExtension": "extensions must be among {extensions} (no dot)",
  "settings.nothing": "nothing",
  "corpus.untrustedPathSkipped": "corpus path {path} is outside the workspace and the bundled corpus: not read in an untrusted workspace",
  "corpus.unreadable": "the corpus could not be read: {reason}",
  "corpus.indexingCancelled": {
    one: "indexing cancelled: {indexed} of {count} file indexed",
    other: "indexing cancelled: {indexed} of {count} files indexed",
  },

  // Command line (`attest check`).
  "cli.conflict": "conflict",
  "cli.unsupported": "unsupported",
  "cli.supported": "supported",
  "cli.fixNote": "[fix: {fixes}]",
  "cli.summary": "{claims} in {files}: {conflicts}, {unsupported}, {supported}",
  "cli.warning": "attest: warning: {message}",
  "cli.error": "attest: {message}",
  "cli.internalError": "attest: internal error: {detail}",
  "cli.unknownCommand": 'unknown command "{command}" (try: attest --help)',
  "cli.unknownOption": "unknown option {option} (try: attest --help)",
  "cli.optionNeedsValue": "option {option} needs a value",
  "cli.badArguments": "invalid arguments (try: attest --help)",
  "cli.corpusNeedsFolder": "--corpus needs a folder",
  "cli.badFormat": "--format must be text, json, sarif or html",
  "cli.badMinConfidence": "--min-confidence must be from 0 to 1",
  "cli.configMissing": "cannot read --config {path}: no such file",
  "cli.configNeedsFile": "--config needs a file",
  "cli.dbNeedsUrl": "--db needs a postgresql:// URL or service=NAME",
  "cli.dbAndCorpus": "--db and --corpus exclude each other: the archive is the corpus",
  "cli.badLang": "--lang must be fr or en",
  "cli.badLocale": "--locale must be fr or en",
  "cli.badExtensions": "--extensions takes {extensions}",
  "cli.badMaxFileSize": "--max-file-size must be a number of bytes",
  "cli.noDraft": "no draft given: attest check [options] FILE...",
  "cli.help": `attest — check a draft against its source articles

Usage:
  attest check [options] FILE...     check drafts (Markdown or text; "-" reads standard input)
  attest lsp --stdio                 run the language server (for Neovim, Emacs, Helix, Zed…)
  attest index --db URL DIR...       load source folders into a PostgreSQL archive (incremental)
  attest db migrate --db URL         create or update the archive's schema
  attest --help | --version

Options of check:
  -c, --corpus DIR      a folder (or file) of source articles; repeat for several.
                        Default: the corpus bundled with Attest.
      --db URL          check against a PostgreSQL archive instead (postgresql://user@host/db
                        or service=NAME; the password from PGPASSWORD, ~/.pgpass or the service)
  -f, --format FORMAT   text (default): file:line:col: verdict: message, one per finding
                        json: the JSON report (version 1), supported claims included
                        sarif: SARIF 2.1.0, for CI code-scanning views
                        html: a self-contained report to send (no script), as
                        the editor's report view exports it
      --lang fr|en      language of the drafts (default: detected, paragraph
                        by paragraph where a draft mixes them)
      --locale fr|en    language of the messages (default: from LANG, else English)
      --show-supported  text format: list supported claims too
      --color, --no-color
                        colour the text format (default: when writing to a terminal)
      --max-file-size N skip corpus files larger than N bytes (default 5 MiB)
      --min-confidence C  hide unsupported findings whose confidence is below C (0 to 1;
                        default 0, or minimumConfidence in the project file)
      --exclude GLOB    leave out corpus files matching GLOB; repeat for several
      --extensions LIST read only corpus files with these extensions, comma-separated
                        (default: {extensions})
      --config FILE     the project file to use (default: .attest/config.json, found
                        from the first draft's folder upwards). Options given on the
                        command line win over it.

Exit status: 0 no conflict, 1 at least one conflict, 2 usage or input error.

Examples:
  attest check draft.md
  attest check --corpus ~/sources --format json draft.md > report.json
  attest check --format sarif drafts/*.md > attest.sarif
  attest check --format html draft.md > report.html
  attest index --db postgresql://writer@db.newsroom/attest ~/sources
  attest check --db postgresql://reader@db.newsroom/attest draft.md
`,
  "cli.noSourceArticle": "no source article ({extensions}) found in {paths}",
  "cli.noSuchFile": "cannot read {path}: no such file",
  "cli.isFolder": "cannot read {path}: it is a folder",
  "cli.unreadable": "cannot read {path}: {reason}",
  "cli.draftNotText": "cannot check {path}: {reason}",
  "cli.draftTooLarge": "cannot check {path}: it is {size}, over the {limit} limit (--max-file-size)",

  // VS Code extension.
  "client.statusName": "Attest",
  "client.statusIndexing": "Attest: indexing",
  "client.statusIndexingTooltip": "Attest is indexing the corpus",
  "client.corpusTooltip": "Attest corpus: {documents}, {sentences}",
  "client.documentTooltip": "This document: {conflicts}, {unsupported}, {supported}",
  "client.clickToCheck": "Click to fact-check the document",
  "client.error": "Attest: {message}",
  "client.notACorpusSource": "Attest: {file} is not a source of the corpus, or cannot be read.",
  "client.serverNotRunning": "The Attest language server is not running.",
  "client.openDraft": "Attest: open a draft to fact-check it.",
  "client.cannotCheck": "Attest cannot check this document.",
  "client.noDraft": "Attest: no draft found in the workspace.",
  "client.checkingDrafts": "Attest: fact-checking {drafts}",
  "client.workspaceChecked": "Attest: {drafts}: {conflicts}, {unsupported}, {supported}.",
  "client.couldNotCheck": "Attest could not check {uri}: {reason}",
  "client.reloadingCorpus": "Attest: reloading the corpus",
  "client.corpusReloaded": "Attest: corpus reloaded, {documents}, {sentences}.",
  "client.whichCorpusFolder": "Which corpus folder?",
  "client.noCorpusFolder": "Attest: no corpus folder is configured.",
  "client.archiveUnreachable": "Attest: archive unreachable",
  "client.archiveRetry": "Checks resume when the archive answers",
  "client.everyDraft": "every draft",
  "client.ignoredInWorkspace": "Ignored in the workspace (.attest/ignore.json)",
  "client.ignoredInline": "Ignored by an inline comment",
  "client.goTo": "Go to",
  "client.reportTitle": "Attest: Fact-check",
  "client.reportTitleOf": "Attest: {name}",
  "client.reportSaved": "Attest: report saved to {file}",
  "client.reportCopied": "Attest: report copied as Markdown.",
  "client.useAsSources": "Use as sources",
  "client.chooseSourcesTitle": "Attest: choose the folder of your source articles",
  "client.checkingAgainst": "Attest: checking drafts against {sources}.",
  "client.invalidProjectFile": "{file} is not valid JSON: fix it first.",
  "client.checkBeforeExport": "Attest: run “Fact-check Document” first, then export its report.",
  "client.exportAs": "Export the report as",
  "client.offerChoose":
    "Attest: most claims of this draft name things the sources never mention. Choose the folder of your source articles?",
  "client.useIt": "Use it",
  "client.chooseFolder": "Choose a folder…",
  "client.dontAskAgain": "Don't ask again",
  "client.offerFolder": {
    one: "Attest: use “{name}” (one article) as the sources to check your drafts against?",
    other: "Attest: use “{name}” ({count} articles) as the sources to check your drafts against?",
  },
  "count.drafts": { one: "{count} draft", other: "{count} drafts" },
  "count.draftsChecked": { one: "{count} draft checked", other: "{count} drafts checked" },
  // The fact-check report (view, exports, attest check --format html).
  "report.title": "Fact-check report",
  "report.summary": "{claims} against {documents} ({sentences}).",
  "report.conflict": "Conflict",
  "report.unsupported": "Unsupported",
  "report.supported": "Supported",
  "report.legendConflict": { one: "Conflict", other: "Conflicts" },
  "report.legendUnsupported": { one: "Unsupported", other: "Unsupported" },
  "report.legendSupported": { one: "Supported", other: "Supported" },
  "report.claim": "Claim",
  "report.verdict": "Verdict",
  "report.sources": "Sources",
  "report.line": "line",
  "report.correction": "Sourced value:",
  "report.sourcesDisagree": "The sources disagree.",
  "report.noSource": "No source found",
  "report.noClaims": "No checkable claim in this document.",
  "report.show": "Show:",
  "report.stale": "The corpus changed: this report is out of date until the draft is checked again.",
  "report.copy": "Copy",
  "report.exportHtml": "Export HTML",
  "report.exportMarkdown": "Export Markdown",
  "count.sourceDocuments": { one: "{count} source document", other: "{count} source documents" },

  // Warnings of the corpus loader, its format readers and the archive (core/warnings.ts): a
  // `warning.*` message is one line; a `warningPart.*` message is a piece set into one of them.
  "warning.corpusPathNotFound": "{path}: corpus path not found ({code}), skipped",
  "warning.notASourceFile": "{path}: not a {extensions} file, skipped",
  "warning.outsideWorkspace": "{file}: outside the workspace (a link to {target}), not read in an untrusted workspace",
  "warning.tooLarge": "{file}: {size} is over the {limit} limit, skipped",
  "warning.fileSkipped": "{file}: {reason}, skipped",
  "warning.fileNote": "{file}: {note}",
  "warning.noText": "{file}: no text, skipped",
  "warning.cannotRead": "{file}: cannot read ({code}), skipped",
  "warning.cannotReadFolder": "{path}: cannot read folder ({code}), skipped",
  "warning.cannotReread": "cannot re-read corpus file {path}: {detail}",
  "warning.cacheNotWritten": "index cache not written to {file}: {detail}",
  "warning.filesSkipped": { one: "{count} corpus file skipped", other: "{count} corpus files skipped" },
  "warning.databaseUntrusted": "attest.corpus.database is not used in an untrusted workspace",
  "warning.archiveUnreachable": "archive {url} unreachable: {reason}",
  "warning.archiveSchemaOld": "the archive's schema is at version {version}, this Attest needs {needed}: run attest db migrate",
  "warning.internalError": "internal error: {detail}",
  "warning.passwordInUrl": "--db carries a password, which other users of this machine can see; use PGPASSWORD, ~/.pgpass or service=NAME",
  "warningPart.mebibytes": "{size} MiB",
  "warningPart.kibibytes": "{size} KiB",
  "warningPart.notRegularFile": "not a regular file (a {kind})",
  "warningPart.kindFile": "file",
  "warningPart.kindFolder": "folder",
  "warningPart.kindFifo": "named pipe (FIFO)",
  "warningPart.kindSocket": "socket",
  "warningPart.kindCharacterDevice": "character device",
  "warningPart.kindBlockDevice": "block device",
  "warningPart.kindLink": "link",
  "warningPart.kindSpecial": "special file",
  "warningPart.linkLoops": "link that loops",
  "warningPart.linkToMissingFile": "link to a missing file",
  "warningPart.linkUnfollowable": "link that cannot be followed ({code})",
  "warningPart.emptyFile": "empty file",
  "warningPart.binaryNulBytes": "binary file (NUL bytes)",
  "warningPart.binaryControlBytes": "binary file (control characters)",
  "warningPart.binaryInvalidUtf8": "binary file (mostly invalid UTF-8)",
  "warningPart.binaryNulCharacters": "binary file (NUL characters in {encoding})",
  "warningPart.binaryControlCharacters": "binary file (control characters in {encoding})",
  "warningPart.binaryInvalidText": "binary file (mostly invalid {encoding})",
  "warningPart.readAs": "read as {encoding}",
  "warningPart.readAsWindows1252": {
    one: "not valid UTF-8 ({count} invalid sequence), read as Windows-1252",
    other: "not valid UTF-8 ({count} invalid sequences), read as Windows-1252",
  },
  "warningPart.textCut": { one: "extracted text cut at {count} character", other: "extracted text cut at {count} characters" },
  "warningPart.pdfReaderUnavailable": "PDF reader unavailable ({detail})",
  "warningPart.pdfNoPageInTime": "no page read within {seconds} s",
  "warningPart.pdfPagesCapped": "{pages} pages, only the first {max} read",
  "warningPart.pdfStoppedInTime": "stopped after {read} of {pages} pages (over {seconds} s)",
  "warningPart.pdfNoTextLayer": "no text layer: run OCR first",
  "warningPart.pdfEncrypted": "encrypted PDF (password needed)",
  "warningPart.pdfCorrupt": "not a readable PDF (corrupt file)",
  "warningPart.pdfUnreadable": "unreadable PDF ({detail})",
  "warningPart.wordUnreadable": "not a readable Word document ({reason})",
  "warningPart.wordNoDocument": "not a Word document (no word/document.xml)",
  "warningPart.wordNoText": "no text in the Word document",
  "warningPart.odtUnreadable": "not a readable OpenDocument file ({reason})",
  "warningPart.odtNoContent": "not an OpenDocument text (no content.xml)",
  "warningPart.odtNoText": "no text in the OpenDocument file",
  "warningPart.htmlTooManyElements": "web page of {elements} elements, over the {max} limit",
  "warningPart.htmlNotRead": "web page not read ({detail})",
  "warningPart.htmlNoArticle": "no article found in the web page",
  "warningPart.zipNotZip": "not a ZIP archive",
  "warningPart.zip64": "ZIP64 archive not supported",
  "warningPart.zipTooManyEntries": "{count} entries in the archive, over {max}",
  "warningPart.zipDamagedDirectory": "damaged ZIP directory",
  "warningPart.zipDamagedEntry": "damaged entry {entry}",
  "warningPart.zipMethod": "{entry}: compression method {method} not supported",
  "warningPart.zipDeclaredTooBig": "unpacks to {size} bytes, over the {budget}-byte limit (zip bomb?)",
  "warningPart.zipEntryTooBig": "{entry} unpacks past the limit of {budget} bytes (zip bomb?)",
  // `attest index --db`, `attest db migrate`, the archive's credentials, and the server's log of
  // corpus loads (the client's output channel).
  "cli.helpIndex": `attest index — load source folders into a PostgreSQL archive

Usage:
  attest index --db URL [options] DIR...

New and changed files are indexed, unchanged ones skipped, and files gone from the folders
removed; the other folders' documents stay. One transaction per batch of up to 200 files: an
interrupted run keeps the batches it committed, and the next one goes on.

Options:
      --db URL                a postgresql:// URL or service=NAME (the password from
                              PGPASSWORD, ~/.pgpass or the service)
      --max-file-size N       skip files larger than N bytes (default 5 MiB)
      --exclude GLOB          leave out files matching GLOB; repeat for several
      --statement-timeout MS  bound on each statement of the archive (default 15000)
  -q, --quiet                 the summary only, no progress
      --locale fr|en          language of the messages (default: from LANG, else English)
`,
  "cli.helpDb": `attest db migrate — create or update the archive's schema

Usage:
  attest db migrate --db URL [options]

Applies the migrations the archive lacks, in order; running it again does nothing.

Options:
      --db URL                a postgresql:// URL or service=NAME
      --statement-timeout MS  bound on each statement of the archive (default 15000)
      --locale fr|en          language of the messages (default: from LANG, else English)
`,
  "cli.badStatementTimeout": "--statement-timeout must be a number of milliseconds",
  "cli.noFolder": "no folder given: attest index --db URL DIR...",
  "cli.noDbCommand": "no db command given (try: attest db migrate --db URL)",
  "cli.unknownDbCommand": 'unknown db command "{command}" (try: attest db migrate --db URL)',
  "cli.unexpectedArgument": 'unexpected argument "{argument}" (try: attest db --help)',
  "cli.dbUnusable": "--db {db}: {reason}",
  "cli.archiveRefused": "archive {url}: {reason} ({code})",
  "cli.archiveEmpty": "the archive {url} holds no source article: attest index --db URL DIR",
  "cli.indexProgress": { one: "attest: {done}/{count} file", other: "attest: {done}/{count} files" },
  "cli.indexSummary": "attest: {url}: {files}, {added}, {updated}, {unchanged}, {removed}, {skipped}",
  "cli.migrationsApplied": { one: "attest: {url}: migration {versions} applied", other: "attest: {url}: migrations {versions} applied" },
  "cli.schemaUpToDate": "attest: {url}: schema up to date",
  "count.filesAdded": { one: "{count} added", other: "{count} added" },
  "count.filesUpdated": { one: "{count} updated", other: "{count} updated" },
  "count.filesUnchanged": { one: "{count} unchanged", other: "{count} unchanged" },
  "count.filesRemoved": { one: "{count} removed", other: "{count} removed" },
  "count.filesSkipped": { one: "{count} skipped", other: "{count} skipped" },
  "warning.serviceNotFound": 'service "{name}" not found in {files}',
  "warning.serviceInvalid": 'service "{name}" in {file}: invalid {field}',
  "warning.serviceUnnamed": "service= names no service, and PGSERVICE is not set",
  "server.archiveUnavailable": "corpus: {reason}; the drafts' claims are marked not checked and checked again when it answers",
  "server.archiveBack": "corpus: the archive answers again",
  "server.corpusFromArchive": "corpus: {documents}, {sentences} from the archive {url}",
  "server.corpusFromFiles": "corpus: {documents}, {sentences} from {paths}",
  "server.corpusFromFilesTimed": "corpus: {documents}, {sentences} from {paths} ({fromCache} from cache, {indexed} indexed, {ms} ms)",
  "server.noCorpusPath": "nothing",
  "server.languageModelLoaded": "language detection: fastText model loaded",
  "server.languageModelMissing": "language detection: function-word counts (fastText model not loaded)",
  "server.watchingUnavailable": "file watching unavailable: {reason}",
  "server.corpusChangesFailed": "cannot apply corpus changes: {reason}",
  // The project file and the workspace ignore list, when they cannot be used (CLI, server, extension).
  "project.unreadable": "{file} cannot be read ({reason}); using the defaults.",
  "project.notJson": "{file} is not valid JSON ({reason}); using the defaults.",
  "project.notAnObject": "{file} must hold an object, e.g. {example}; using the defaults.",
  "project.unknownSetting": '{file} has no setting "{setting}" (known: {known}); using the defaults.',
  "project.badValue": '{file} "{setting}": {problem}; using the defaults.',
  "settings.betweenZeroAndOne": "must be between 0 and 1",
  "warning.ignoreFileLink": "{file} is a link; Attest reads it only as a file",
  "warning.ignoreFileUnreadable": "cannot read {file}: {reason}",
  "warning.ignoreFileNotJson": "{file} is not valid JSON: {reason}",
  "warning.ignoreFileNotAnObject": "{file} must hold an object, e.g. {example}",
  "warning.ignoreFileBadEntry": "{file}: {path}: not a valid value",
  // The server's log (the client's output channel) and its answers to requests it cannot serve.
  // A `{detail}` is the error worded, then its stack trace as it is (not prose).
  "server.requestRejected": "{request}: {problem}",
  "server.requestMalformed": "{request}: malformed request: {problem}",
  "server.requestFailed": "{request} failed: {detail}",
  "server.startupFailed": "start-up failed: {detail}",
  "server.settingsFailed": "settings could not be applied: {detail}",
  "server.watchedFilesFailed": "changed files could not be taken into account: {detail}",
  "server.checkFailed": "checking {uri} failed: {detail}",
  "server.engineFailed": "engine thread: {detail}",
  "server.engineExited": "the engine thread exited (code {code})",
  "server.unexpectedError": "unexpected error: {detail}",
  "server.unexpectedRejection": "unexpected rejection: {detail}",
  "server.brokenInput": "attest: broken language-server input: {cause}; exiting so that the client restarts the server",
  "server.unreadableMessage": "attest: unreadable message skipped: {reason}",
  "framing.badHeaderByte": "byte 0x{byte} in a message header (garbage on stdin?)",
  "framing.headerTooLong": "no end of header within {max} bytes (garbage on stdin?)",
  "framing.truncatedBody": "input ended inside a message body ({missing} bytes missing: truncated)",
  "framing.truncatedHeader": "input ended inside a message header (truncated)",
  "framing.lfAlone": "a header line ends with LF alone (headers end with CR LF)",
  "framing.zeroLength": "Content-Length is 0 (an empty message)",
  "framing.badHeaderLine": "malformed header line {line}",
  "framing.badLength": "Content-Length is not a whole number: {value}",
  "framing.lengthOverLimit": "Content-Length {length} is over the {max}-byte limit",
  "framing.noLength": "a message header has no Content-Length",
  // What is wrong with a request's parameters (the server's answer, and its log).
  "params.notAString": "params.{field} must be a string",
  "params.notAnArray": "params.{field} must be an array",
  "params.badPosition": "params.position must be an object with the numbers line and character",
  "params.badCodeActionKinds": "params.context.only must be an array of code action kinds (strings)",
  "params.noSuchFile": "params.uri names no file: {uri}",
  "params.notADraft": "params.uri names a folder or special file, not a draft: {uri}",
  "params.notACorpusFile": "params.path must be the absolute path of a corpus file",
  "params.unknownCommand": "unknown command {command}",
  "params.badArguments": "{command}: bad arguments ({problem})",
  "params.notInitialized": "the server has not been initialized",
  // Edits of the project file and the ignore list that cannot be made (a window message, the CLI).
  "warning.projectFileNotJson": "{file} is not valid JSON; fix it before adding names",
  "warning.projectFileNotAnObject": "{file} must hold an object to add names to it",
  "warning.migrationFailed": "migration {version} ({name}) failed: {reason}",
  "warning.fileNotWritten": "{file} not written: {reason}",
  "warningPart.writeOutside": "{path} is outside {root}",
  "warningPart.writeResolvesOutside": "{path} resolves to {real}, outside {root}",
  "warningPart.writeThroughLink": "{path} is a link; Attest does not write through links",
  "warningPart.writeNotAFolder": "{path} is not a folder",
  "warningPart.writeNotAFile": "{path} is not a regular file",
  // The extension's own output channel.
  "client.restarting": "Restarting the language server: {reason}",
  "client.languagesChanged": "attest.languages changed",
  "client.workspaceTrusted": "the workspace is now trusted",
  "client.cannotStart": "Cannot start the Attest language server: {detail}",
  "client.serverNotFound": "Attest language server not found (looked for {file})",
  // The rules of `attest check --format sarif`, shown by code-scanning views.
  "sarif.conflictRule": "The sources state another value or the opposite for this fact.",
  "sarif.unsupportedRule": "No source states this fact.",
  "sarif.supportedRule": "A source states this fact.",
} as const satisfies Record<string, Message>;

export type MessageId = keyof typeof en;
