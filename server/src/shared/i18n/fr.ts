// Every user-facing string of Attest in French, with the ids of en.ts (the compiler rejects a
// missing or an extra id; test/unit/i18n.test.ts also checks placeholders and plural forms).
import type { MessageId } from "./en";
import type { Message } from "./message";

export const fr = {
  "finding.figureSupported": "Les sources donnent {value} ({place}).",
  "finding.figureConflict": "Les sources donnent {sourceValue}, pas {claimValue} ({place}).",
  "finding.figureUnsupported": "Aucune source ne donne ce chiffre ({claimValue}) pour ce fait.",
  "finding.figureOpposite": "Les sources disent le contraire de « {word} » ({place}).",
  "finding.actorSwap": "Les sources attribuent ce fait à {sourceName}, pas à {claimName} ({place}).",
  "finding.rolesReversed": "Les sources disent l'inverse : les rôles sont intervertis ({place}).",
  "finding.textSupported": "Confirmé par {place}.",
  "finding.textConflict": "Les sources disent le contraire ({place}).",
  "finding.textUnsupported": "Aucune source n'affirme cela.",
  "finding.unknownNames": "Aucune source ne mentionne {names}.",
  "finding.sourcesDisagree": "Les sources divergent : {values}.",
  "finding.valueSeparator": " ; ",
  "finding.moreValues": { one: "{values} et {count} autre", other: "{values} et {count} autres" },
  "finding.fixTitle": "Remplacer par {value}",
  "place.line": "{document}, ligne {line}",
  "place.page": "{document}, p. {page}",
  "source.pageBreak": "p. {page}",

  "count.claimsChecked": { one: "{count} affirmation vérifiée", other: "{count} affirmations vérifiées" },
  "count.conflicts": { one: "{count} contradiction", other: "{count} contradictions" },
  "count.unsupported": { one: "{count} non sourcée", other: "{count} non sourcées" },
  "count.supported": { one: "{count} confirmée", other: "{count} confirmées" },
  "count.files": { one: "{count} fichier", other: "{count} fichiers" },
  "count.documents": { one: "{count} document", other: "{count} documents" },
  "count.sentences": { one: "{count} phrase", other: "{count} phrases" },
  "count.sources": { one: "{count} source", other: "{count} sources" },

  "hover.confidence": "confiance {percent} %",
  "hover.conflict": "Attest : En contradiction avec les sources",
  "hover.unsupported": "Attest : Introuvable dans les sources",
  "hover.supported": "Attest : Confirmé par les sources",
  "hover.sourcesDisagree": "Les sources divergent :",
  "hover.sourcedValue": "valeur sourcée : {value}",
  "action.ignoreInline": "Ignorer cette affirmation (commentaire en ligne)",
  "action.ignoreInWorkspace": "Ignorer cette affirmation dans l'espace de travail (.attest/ignore.json)",
  "action.showSources": "Afficher les sources",
  "action.addToNames": "Ajouter {names} aux noms (.attest/config.json)",
  "server.ignoredInWorkspace": "Attest : « {claim} » est ignoré dans cet espace de travail (.attest/ignore.json).",
  "server.undo": "Annuler",
  "server.namesAdded": "Attest : {names} ajouté aux noms dans {file}.",
  "command.sourceQuote": "{place} : {quote}",
  "server.problem": "Attest : {problem}",
  "server.noWorkspaceForIgnore": "Attest : aucun dossier d'espace de travail pour .attest/ignore.json.",
  "server.indexingCorpus": "Attest : indexation du corpus",
  "server.draftTooLarge": "Attest : ce brouillon fait {size}, plus que attest.maxFileSize ({limit}) : non vérifié.",
  "server.draftFileTooLarge": "le fichier fait {size}, plus que attest.maxFileSize ({limit}) : ignoré",
  "server.draftSkipped": "{reason} : ignoré",
  "server.notChecked": "Attest : non vérifié, l'archive est injoignable. Les vérifications reprendront dès qu'elle répondra.",
  "server.moreDiagnostics": {
    one: "Attest : un constat de plus non affiché (les {shown} premiers le sont).",
    other: "Attest : {count} constats de plus non affichés (les {shown} premiers le sont).",
  },
  "server.corpusEmpty": "Attest : le corpus est vide ({roots}). Toutes les affirmations seront signalées comme non sourcées.",
  "server.corpusWarnings": {
    one: "Attest : un problème de corpus : {first} (détails dans la sortie).",
    other: "Attest : {count} problèmes de corpus, par ex. {first} (détails dans la sortie).",
  },
  "server.settingsUnreadable": "impossible de lire les réglages du client ({reason}) ; les précédents sont conservés",
  "settings.invalid": "Réglage « {setting} » non valide : {problem}.",
  "settings.usingDefault": "{reason} ; reçu {got}, valeur par défaut {fallback} utilisée",
  "settings.at": "{reason} (en {path})",
  "settings.notAnObject": "un objet de réglages est attendu, reçu {got} ; valeurs par défaut utilisées",
  "settings.emptyEntry": "une entrée ne doit pas être vide",
  "settings.badExtension": "les extensions sont à choisir parmi {extensions} (sans point)",
  "settings.nothing": "rien",
  "corpus.untrustedPathSkipped":
    "le chemin de corpus {path} est hors de l'espace de travail et du corpus fourni : non lu dans un espace non approuvé",
  "corpus.unreadable": "impossible de lire le corpus : {reason}",
  "corpus.indexingCancelled": {
    one: "indexation annulée : {indexed} fichier sur {count} indexé",
    other: "indexation annulée : {indexed} fichiers sur {count} indexés",
  },

  "cli.conflict": "contradiction",
  "cli.unsupported": "non sourcée",
  "cli.supported": "confirmée",
  "cli.fixNote": "[correction : {fixes}]",
  "cli.summary": "{claims} dans {files} : {conflicts}, {unsupported}, {supported}",
  "cli.warning": "attest : avertissement : {message}",
  "cli.error": "attest : {message}",
  "cli.internalError": "attest : erreur interne : {detail}",
  "cli.unknownCommand": "commande inconnue « {command} » (voir : attest --help)",
  "cli.unknownOption": "option inconnue {option} (voir : attest --help)",
  "cli.optionNeedsValue": "l'option {option} attend une valeur",
  "cli.badArguments": "arguments non valides (voir : attest --help)",
  "cli.corpusNeedsFolder": "--corpus attend un dossier",
  "cli.badFormat": "--format vaut text, json, sarif ou html",
  "cli.badMinConfidence": "--min-confidence va de 0 à 1",
  "cli.configMissing": "impossible de lire --config {path} : fichier introuvable",
  "cli.configNeedsFile": "--config attend un fichier",
  "cli.dbNeedsUrl": "--db attend une URL postgresql:// ou service=NOM",
  "cli.dbAndCorpus": "--db et --corpus s'excluent : l'archive est le corpus",
  "cli.badLang": "--lang vaut fr ou en",
  "cli.badLocale": "--locale vaut fr ou en",
  "cli.badExtensions": "--extensions prend {extensions}",
  "cli.badMaxFileSize": "--max-file-size attend un nombre d'octets",
  "cli.noDraft": "aucun brouillon donné : attest check [options] FICHIER...",
  "cli.help": `attest — vérifie un brouillon d'après ses articles sources

Utilisation :
  attest check [options] FICHIER...  vérifie des brouillons (Markdown ou texte ; « - » lit l'entrée standard)
  attest lsp --stdio                 lance le serveur de langage (pour Neovim, Emacs, Helix, Zed…)
  attest index --db URL DOSSIER...   charge des dossiers sources dans une archive PostgreSQL (incrémental)
  attest db migrate --db URL         crée ou met à jour le schéma de l'archive
  attest --help | --version

Options de check :
  -c, --corpus DOSSIER  un dossier (ou un fichier) d'articles sources ; à répéter pour plusieurs.
                        Par défaut : le corpus fourni avec Attest.
      --db URL          vérifie plutôt avec une archive PostgreSQL (postgresql://utilisateur@hôte/base
                        ou service=NOM ; le mot de passe vient de PGPASSWORD, ~/.pgpass ou du service)
  -f, --format FORMAT   text (par défaut) : fichier:ligne:colonne: verdict: message, un par constat
                        json : le rapport JSON (version 1), affirmations confirmées comprises
                        sarif : SARIF 2.1.0, pour les vues d'analyse de code des CI
                        html : un rapport autonome à envoyer (sans script), tel que
                        la vue du rapport de l'éditeur l'exporte
      --lang fr|en      langue des brouillons (par défaut : détectée, paragraphe
                        par paragraphe si un brouillon les mêle)
      --locale fr|en    langue des messages (par défaut : celle de LANG, sinon l'anglais)
      --show-supported  format text : liste aussi les affirmations confirmées
      --color, --no-color
                        colore le format text (par défaut : quand la sortie est un terminal)
      --max-file-size N ignore les fichiers du corpus de plus de N octets (5 Mio par défaut)
      --min-confidence C  masque les affirmations non sourcées de confiance inférieure à C (0 à 1 ;
                        0 par défaut, ou minimumConfidence du fichier de projet)
      --exclude MOTIF   écarte du corpus les fichiers qui correspondent au MOTIF ; à répéter pour plusieurs
      --extensions LISTE ne lit que les fichiers du corpus de ces extensions, séparées par des virgules
                        (par défaut : {extensions})
      --config FICHIER  le fichier de projet à utiliser (par défaut : .attest/config.json,
                        cherché depuis le dossier du premier brouillon en remontant). Les
                        options de la ligne de commande l'emportent sur lui.

Code de sortie : 0 aucune contradiction, 1 au moins une contradiction, 2 erreur d'utilisation ou d'entrée.

Exemples :
  attest check brouillon.md
  attest check --corpus ~/sources --format json brouillon.md > rapport.json
  attest check --format sarif brouillons/*.md > attest.sarif
  attest check --format html brouillon.md > rapport.html
  attest index --db postgresql://redaction@db.newsroom/attest ~/sources
  attest check --db postgresql://lecteur@db.newsroom/attest brouillon.md
`,
  "cli.noSourceArticle": "aucun article source ({extensions}) dans {paths}",
  "cli.noSuchFile": "impossible de lire {path} : fichier introuvable",
  "cli.isFolder": "impossible de lire {path} : c'est un dossier",
  "cli.unreadable": "impossible de lire {path} : {reason}",
  "cli.draftNotText": "impossible de vérifier {path} : {reason}",
  "cli.draftTooLarge": "impossible de vérifier {path} : le fichier fait {size}, au-delà de la limite de {limit} (--max-file-size)",

  "client.statusName": "Attest",
  "client.statusIndexing": "Attest : indexation",
  "client.statusIndexingTooltip": "Attest indexe le corpus",
  "client.corpusTooltip": "Corpus Attest : {documents}, {sentences}",
  "client.documentTooltip": "Ce document : {conflicts}, {unsupported}, {supported}",
  "client.clickToCheck": "Cliquer pour vérifier le document",
  "client.error": "Attest : {message}",
  "client.notACorpusSource": "Attest : {file} n'est pas une source du corpus, ou ne peut pas être lu.",
  "client.serverNotRunning": "Le serveur de langage Attest n'est pas démarré.",
  "client.openDraft": "Attest : ouvrez un brouillon pour le vérifier.",
  "client.cannotCheck": "Attest ne peut pas vérifier ce document.",
  "client.noDraft": "Attest : aucun brouillon trouvé dans l'espace de travail.",
  "client.checkingDrafts": "Attest : vérification de {drafts}",
  "client.workspaceChecked": "Attest : {drafts} : {conflicts}, {unsupported}, {supported}.",
  "client.couldNotCheck": "Attest n'a pas pu vérifier {uri} : {reason}",
  "client.reloadingCorpus": "Attest : rechargement du corpus",
  "client.corpusReloaded": "Attest : corpus rechargé, {documents}, {sentences}.",
  "client.whichCorpusFolder": "Quel dossier de corpus ?",
  "client.noCorpusFolder": "Attest : aucun dossier de corpus n'est configuré.",
  "client.archiveUnreachable": "Attest : archive injoignable",
  "client.archiveRetry": "Les vérifications reprendront dès que l'archive répondra",
  "client.everyDraft": "tous les brouillons",
  "client.ignoredInWorkspace": "Ignorée dans l'espace de travail (.attest/ignore.json)",
  "client.ignoredInline": "Ignorée par un commentaire en ligne",
  "client.goTo": "Atteindre",
  "client.reportTitle": "Attest : vérification",
  "client.reportTitleOf": "Attest : {name}",
  "client.reportSaved": "Attest : rapport enregistré dans {file}",
  "client.reportCopied": "Attest : rapport copié en Markdown.",
  "client.useAsSources": "Utiliser comme sources",
  "client.chooseSourcesTitle": "Attest : choisissez le dossier de vos articles sources",
  "client.checkingAgainst": "Attest : les brouillons sont vérifiés avec {sources}.",
  "client.invalidProjectFile": "{file} n'est pas un JSON valide : corrigez-le d'abord.",
  "client.checkBeforeExport": "Attest : lancez d'abord « Vérifier le document », puis exportez son rapport.",
  "client.exportAs": "Exporter le rapport en",
  "client.offerChoose":
    "Attest : la plupart des affirmations de ce brouillon citent des noms absents des sources. Choisir le dossier de vos articles sources ?",
  "client.useIt": "L'utiliser",
  "client.chooseFolder": "Choisir un dossier…",
  "client.dontAskAgain": "Ne plus demander",
  "client.offerFolder": {
    one: "Attest : utiliser « {name} » (un article) comme sources pour vérifier vos brouillons ?",
    other: "Attest : utiliser « {name} » ({count} articles) comme sources pour vérifier vos brouillons ?",
  },
  "count.drafts": { one: "{count} brouillon", other: "{count} brouillons" },
  "count.draftsChecked": { one: "{count} brouillon vérifié", other: "{count} brouillons vérifiés" },
  // The fact-check report (view, exports, attest check --format html).
  "report.title": "Rapport de vérification",
  "report.summary": "{claims} dans {documents} ({sentences}).",
  "report.conflict": "Contradiction",
  "report.unsupported": "Non sourcée",
  "report.supported": "Confirmée",
  "report.legendConflict": { one: "Contradiction", other: "Contradictions" },
  "report.legendUnsupported": { one: "Non sourcée", other: "Non sourcées" },
  "report.legendSupported": { one: "Confirmée", other: "Confirmées" },
  "report.claim": "Affirmation",
  "report.verdict": "Verdict",
  "report.sources": "Sources",
  "report.line": "ligne",
  "report.correction": "Valeur sourcée :",
  "report.sourcesDisagree": "Les sources divergent.",
  "report.noSource": "Aucune source trouvée",
  "report.noClaims": "Aucune affirmation vérifiable dans ce document.",
  "report.show": "Afficher :",
  "report.stale": "Le corpus a changé : ce rapport n'est plus à jour tant que le brouillon n'est pas revérifié.",
  "report.copy": "Copier",
  "report.exportHtml": "Exporter en HTML",
  "report.exportMarkdown": "Exporter en Markdown",
  "count.sourceDocuments": { one: "{count} document source", other: "{count} documents sources" },

  "warning.corpusPathNotFound": "{path} : chemin de corpus introuvable ({code}), ignoré",
  "warning.notASourceFile": "{path} : pas un fichier {extensions}, ignoré",
  "warning.outsideWorkspace": "{file} : hors de l'espace de travail (un lien vers {target}), non lu dans un espace non approuvé",
  "warning.tooLarge": "{file} : {size} dépasse la limite de {limit}, ignoré",
  "warning.fileSkipped": "{file} : {reason}, ignoré",
  "warning.fileNote": "{file} : {note}",
  "warning.noText": "{file} : aucun texte, ignoré",
  "warning.cannotRead": "{file} : lecture impossible ({code}), ignoré",
  "warning.cannotReadFolder": "{path} : lecture du dossier impossible ({code}), ignoré",
  "warning.cannotReread": "relecture impossible du fichier de corpus {path} : {detail}",
  "warning.cacheNotWritten": "cache de l'index non écrit dans {file} : {detail}",
  "warning.filesSkipped": { one: "{count} fichier de corpus ignoré", other: "{count} fichiers de corpus ignorés" },
  "warning.databaseUntrusted": "attest.corpus.database n'est pas utilisé dans un espace de travail non approuvé",
  "warning.archiveUnreachable": "archive {url} injoignable : {reason}",
  "warning.archiveSchemaOld":
    "le schéma de l'archive est en version {version}, cet Attest demande la version {needed} : lancez attest db migrate",
  "warning.internalError": "erreur interne : {detail}",
  "warning.passwordInUrl":
    "--db contient un mot de passe, que les autres utilisateurs de cette machine peuvent voir ; utilisez PGPASSWORD, ~/.pgpass ou service=NOM",
  "warningPart.mebibytes": "{size} Mio",
  "warningPart.kibibytes": "{size} Kio",
  "warningPart.notRegularFile": "pas un fichier ordinaire (un {kind})",
  "warningPart.kindFile": "fichier",
  "warningPart.kindFolder": "dossier",
  "warningPart.kindFifo": "tube nommé (FIFO)",
  "warningPart.kindSocket": "connecteur (socket)",
  "warningPart.kindCharacterDevice": "périphérique caractère",
  "warningPart.kindBlockDevice": "périphérique bloc",
  "warningPart.kindLink": "lien",
  "warningPart.kindSpecial": "fichier spécial",
  "warningPart.linkLoops": "lien qui boucle",
  "warningPart.linkToMissingFile": "lien vers un fichier absent",
  "warningPart.linkUnfollowable": "lien impossible à suivre ({code})",
  "warningPart.emptyFile": "fichier vide",
  "warningPart.binaryNulBytes": "fichier binaire (octets NUL)",
  "warningPart.binaryControlBytes": "fichier binaire (caractères de contrôle)",
  "warningPart.binaryInvalidUtf8": "fichier binaire (UTF-8 presque entièrement invalide)",
  "warningPart.binaryNulCharacters": "fichier binaire (caractères NUL en {encoding})",
  "warningPart.binaryControlCharacters": "fichier binaire (caractères de contrôle en {encoding})",
  "warningPart.binaryInvalidText": "fichier binaire ({encoding} presque entièrement invalide)",
  "warningPart.readAs": "lu en {encoding}",
  "warningPart.readAsWindows1252": {
    one: "UTF-8 non valide ({count} séquence invalide), lu en Windows-1252",
    other: "UTF-8 non valide ({count} séquences invalides), lu en Windows-1252",
  },
  "warningPart.textCut": { one: "texte extrait coupé à {count} caractère", other: "texte extrait coupé à {count} caractères" },
  "warningPart.pdfReaderUnavailable": "lecteur PDF indisponible ({detail})",
  "warningPart.pdfNoPageInTime": "aucune page lue en {seconds} s",
  "warningPart.pdfPagesCapped": "{pages} pages, seules les {max} premières lues",
  "warningPart.pdfStoppedInTime": "arrêt après {read} pages sur {pages} (plus de {seconds} s)",
  "warningPart.pdfNoTextLayer": "pas de couche texte : passez d'abord une reconnaissance de caractères (OCR)",
  "warningPart.pdfEncrypted": "PDF chiffré (mot de passe requis)",
  "warningPart.pdfCorrupt": "PDF illisible (fichier corrompu)",
  "warningPart.pdfUnreadable": "PDF illisible ({detail})",
  "warningPart.wordUnreadable": "document Word illisible ({reason})",
  "warningPart.wordNoDocument": "pas un document Word (pas de word/document.xml)",
  "warningPart.wordNoText": "aucun texte dans le document Word",
  "warningPart.odtUnreadable": "fichier OpenDocument illisible ({reason})",
  "warningPart.odtNoContent": "pas un texte OpenDocument (pas de content.xml)",
  "warningPart.odtNoText": "aucun texte dans le fichier OpenDocument",
  "warningPart.htmlTooManyElements": "page web de {elements} éléments, au-delà de la limite de {max}",
  "warningPart.htmlNotRead": "page web non lue ({detail})",
  "warningPart.htmlNoArticle": "aucun article trouvé dans la page web",
  "warningPart.zipNotZip": "pas une archive ZIP",
  "warningPart.zip64": "archive ZIP64 non prise en charge",
  "warningPart.zipTooManyEntries": "{count} entrées dans l'archive, au-delà de {max}",
  "warningPart.zipDamagedDirectory": "répertoire ZIP endommagé",
  "warningPart.zipDamagedEntry": "entrée {entry} endommagée",
  "warningPart.zipMethod": "{entry} : méthode de compression {method} non prise en charge",
  "warningPart.zipDeclaredTooBig": "se décompresse en {size} octets, au-delà de la limite de {budget} octets (bombe ZIP ?)",
  "warningPart.zipEntryTooBig": "{entry} se décompresse au-delà de la limite de {budget} octets (bombe ZIP ?)",
  "cli.helpIndex": `attest index — charge des dossiers sources dans une archive PostgreSQL

Utilisation :
  attest index --db URL [options] DOSSIER...

Les fichiers nouveaux ou modifiés sont indexés, ceux qui n'ont pas changé sont passés, et ceux
qui ont quitté les dossiers sont retirés ; les documents des autres dossiers restent. Une
transaction par lot de 200 fichiers au plus : une exécution interrompue garde les lots qu'elle a
validés, la suivante reprend.

Options :
      --db URL                une URL postgresql:// ou service=NOM (le mot de passe vient de
                              PGPASSWORD, ~/.pgpass ou du service)
      --max-file-size N       ignore les fichiers de plus de N octets (5 Mio par défaut)
      --exclude MOTIF         écarte les fichiers qui correspondent au MOTIF ; à répéter pour plusieurs
      --statement-timeout MS  durée maximale de chaque requête à l'archive (15000 par défaut)
  -q, --quiet                 le bilan seul, sans la progression
      --locale fr|en          langue des messages (par défaut : celle de LANG, sinon l'anglais)
`,
  "cli.helpDb": `attest db migrate — crée ou met à jour le schéma de l'archive

Utilisation :
  attest db migrate --db URL [options]

Applique dans l'ordre les migrations qui manquent à l'archive ; relancée, la commande ne fait rien.

Options :
      --db URL                une URL postgresql:// ou service=NOM
      --statement-timeout MS  durée maximale de chaque requête à l'archive (15000 par défaut)
      --locale fr|en          langue des messages (par défaut : celle de LANG, sinon l'anglais)
`,
  "cli.badStatementTimeout": "--statement-timeout attend un nombre de millisecondes",
  "cli.noFolder": "aucun dossier donné : attest index --db URL DOSSIER...",
  "cli.noDbCommand": "aucune commande db donnée (voir : attest db migrate --db URL)",
  "cli.unknownDbCommand": "commande db inconnue « {command} » (voir : attest db migrate --db URL)",
  "cli.unexpectedArgument": "argument inattendu « {argument} » (voir : attest db --help)",
  "cli.dbUnusable": "--db {db} : {reason}",
  "cli.archiveRefused": "archive {url} : {reason} ({code})",
  "cli.archiveEmpty": "l'archive {url} ne contient aucun article source : attest index --db URL DOSSIER",
  "cli.indexProgress": { one: "attest : {done}/{count} fichier", other: "attest : {done}/{count} fichiers" },
  "cli.indexSummary": "attest : {url} : {files}, {added}, {updated}, {unchanged}, {removed}, {skipped}",
  "cli.migrationsApplied": {
    one: "attest : {url} : migration {versions} appliquée",
    other: "attest : {url} : migrations {versions} appliquées",
  },
  "cli.schemaUpToDate": "attest : {url} : schéma à jour",
  "count.filesAdded": { one: "{count} ajouté", other: "{count} ajoutés" },
  "count.filesUpdated": { one: "{count} mis à jour", other: "{count} mis à jour" },
  "count.filesUnchanged": { one: "{count} inchangé", other: "{count} inchangés" },
  "count.filesRemoved": { one: "{count} retiré", other: "{count} retirés" },
  "count.filesSkipped": { one: "{count} ignoré", other: "{count} ignorés" },
  "warning.serviceNotFound": "service « {name} » introuvable dans {files}",
  "warning.serviceInvalid": "service « {name} » dans {file} : {field} non valide",
  "warning.serviceUnnamed": "service= ne nomme aucun service, et PGSERVICE n'est pas défini",
  "server.archiveUnavailable":
    "corpus : {reason} ; les affirmations des brouillons sont marquées non vérifiées et seront vérifiées de nouveau quand elle répondra",
  "server.archiveBack": "corpus : l'archive répond de nouveau",
  "server.corpusFromArchive": "corpus : {documents}, {sentences} de l'archive {url}",
  "server.corpusFromFiles": "corpus : {documents}, {sentences} de {paths}",
  "server.corpusFromFilesTimed": "corpus : {documents}, {sentences} de {paths} (cache : {fromCache}, indexés : {indexed}, {ms} ms)",
  "server.noCorpusPath": "nulle part",
  "server.languageModelLoaded": "détection de la langue : modèle fastText chargé",
  "server.languageModelMissing": "détection de la langue : décompte des mots grammaticaux (modèle fastText non chargé)",
  "server.watchingUnavailable": "surveillance des fichiers indisponible : {reason}",
  "server.corpusChangesFailed": "impossible d'appliquer les changements du corpus : {reason}",
  "project.unreadable": "{file} ne peut pas être lu ({reason}) ; réglages par défaut utilisés.",
  "project.notJson": "{file} n'est pas du JSON valide ({reason}) ; réglages par défaut utilisés.",
  "project.notAnObject": "{file} doit contenir un objet, par exemple {example} ; réglages par défaut utilisés.",
  "project.unknownSetting": "{file} n'a pas de réglage « {setting} » (réglages connus : {known}) ; réglages par défaut utilisés.",
  "project.badValue": "{file} « {setting} » : {problem} ; réglages par défaut utilisés.",
  "settings.betweenZeroAndOne": "doit être compris entre 0 et 1",
  "warning.ignoreFileLink": "{file} est un lien ; Attest ne le lit que s'il est un fichier",
  "warning.ignoreFileUnreadable": "impossible de lire {file} : {reason}",
  "warning.ignoreFileNotJson": "{file} n'est pas du JSON valide : {reason}",
  "warning.ignoreFileNotAnObject": "{file} doit contenir un objet, par exemple {example}",
  "warning.ignoreFileBadEntry": "{file} : {path} : valeur non valide",
  "server.requestRejected": "{request} : {problem}",
  "server.requestMalformed": "{request} : requête mal formée : {problem}",
  "server.requestFailed": "échec de {request} : {detail}",
  "server.startupFailed": "échec au démarrage : {detail}",
  "server.settingsFailed": "réglages non appliqués : {detail}",
  "server.watchedFilesFailed": "fichiers modifiés non pris en compte : {detail}",
  "server.checkFailed": "échec de la vérification de {uri} : {detail}",
  "server.engineFailed": "fil du moteur : {detail}",
  "server.engineExited": "le fil du moteur s'est arrêté (code {code})",
  "server.unexpectedError": "erreur inattendue : {detail}",
  "server.unexpectedRejection": "rejet inattendu : {detail}",
  "server.brokenInput": "attest : entrée du serveur de langage corrompue : {cause} ; arrêt, pour que le client redémarre le serveur",
  "server.unreadableMessage": "attest : message illisible ignoré : {reason}",
  "framing.badHeaderByte": "octet 0x{byte} dans un en-tête de message (données parasites sur stdin ?)",
  "framing.headerTooLong": "pas de fin d'en-tête en {max} octets (données parasites sur stdin ?)",
  "framing.truncatedBody": "l'entrée s'arrête au milieu d'un message ({missing} octets manquants : tronqué)",
  "framing.truncatedHeader": "l'entrée s'arrête au milieu d'un en-tête de message (tronqué)",
  "framing.lfAlone": "une ligne d'en-tête finit par LF seul (les en-têtes finissent par CR LF)",
  "framing.zeroLength": "Content-Length vaut 0 (un message vide)",
  "framing.badHeaderLine": "ligne d'en-tête mal formée {line}",
  "framing.badLength": "Content-Length n'est pas un nombre entier : {value}",
  "framing.lengthOverLimit": "Content-Length {length} dépasse la limite de {max} octets",
  "framing.noLength": "un en-tête de message n'a pas de Content-Length",
  "params.notAString": "params.{field} doit être une chaîne",
  "params.notAnArray": "params.{field} doit être un tableau",
  "params.badPosition": "params.position doit être un objet aux nombres line et character",
  "params.badCodeActionKinds": "params.context.only doit être un tableau de types d'action de code (chaînes)",
  "params.noSuchFile": "params.uri ne désigne aucun fichier : {uri}",
  "params.notADraft": "params.uri désigne un dossier ou un fichier spécial, pas un brouillon : {uri}",
  "params.notACorpusFile": "params.path doit être le chemin absolu d'un fichier du corpus",
  "params.unknownCommand": "commande inconnue {command}",
  "params.badArguments": "{command} : arguments non valides ({problem})",
  "params.notInitialized": "le serveur n'a pas été initialisé",
  "warning.projectFileNotJson": "{file} n'est pas du JSON valide ; corrigez-le avant d'y ajouter des noms",
  "warning.projectFileNotAnObject": "{file} doit contenir un objet pour qu'on y ajoute des noms",
  "warning.migrationFailed": "échec de la migration {version} ({name}) : {reason}",
  "warning.fileNotWritten": "{file} non écrit : {reason}",
  "warningPart.writeOutside": "{path} est hors de {root}",
  "warningPart.writeResolvesOutside": "{path} mène à {real}, hors de {root}",
  "warningPart.writeThroughLink": "{path} est un lien ; Attest n'écrit pas à travers les liens",
  "warningPart.writeNotAFolder": "{path} n'est pas un dossier",
  "warningPart.writeNotAFile": "{path} n'est pas un fichier ordinaire",
  "client.restarting": "Redémarrage du serveur de langage : {reason}",
  "client.languagesChanged": "attest.languages a changé",
  "client.workspaceTrusted": "l'espace de travail est désormais approuvé",
  "client.cannotStart": "Impossible de démarrer le serveur de langage d'Attest : {detail}",
  "client.serverNotFound": "Serveur de langage d'Attest introuvable (cherché : {file})",
  "sarif.conflictRule": "Les sources donnent une autre valeur ou le contraire pour ce fait.",
  "sarif.unsupportedRule": "Aucune source n'énonce ce fait.",
  "sarif.supportedRule": "Une source énonce ce fait.",
} as const satisfies Record<MessageId, Message>;
