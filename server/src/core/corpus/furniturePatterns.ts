// Recognisers for single lines of site furniture, in French and English. They run on folded
// text (lower case, no accents, straight apostrophes) unless they need capitals (bylines).
import { countWords } from "../text/wordCount";

const foldedChars = new Map<string, string>([
  ["’", "'"], ["‘", "'"], ["`", "'"], ["´", "'"], ["\u00a0", " "], ["\u202f", " "], ["\u2009", " "],
]);

/** One non-ASCII character without its accents (memoised: NFD on every sentence is slow). */
function foldChar(ch: string): string {
  let folded = foldedChars.get(ch);
  if (folded === undefined) {
    folded = ch.normalize("NFD").replace(/\p{M}/gu, "");
    foldedChars.set(ch, folded);
  }
  return folded;
}

/** Lower case, accents removed, typographic apostrophes and spaces made plain. */
function fold(text: string): string {
  return text
    .toLowerCase()
    // eslint-disable-next-line no-control-regex -- \x00-\x7f is all of ASCII: everything else is folded
    .replace(/[^\x00-\x7f]|`/g, foldChar)
    .replace(/\s+/g, " ")
    .trim();
}

const LEADING_DECORATION = new Set([..." \t-–—•*#>|»›→"]);
const TRAILING_DECORATION = new Set([..." \t:：.…»›→*|-"]);

/** Markup and decoration around a line: list bullets, emphasis, arrows, trailing colons. */
function bare(folded: string): string {
  // Plain loops: a regex anchored at the end rescans every run of spaces in long lines.
  let start = 0;
  let end = folded.length;
  while (start < end && LEADING_DECORATION.has(folded[start])) start++;
  while (end > start && TRAILING_DECORATION.has(folded[end - 1])) end--;
  return folded.slice(start, end);
}

const RELATED_HEADER = new RegExp(
  "^(?:" +
    [
      "vous (?:pourriez|pouvez|aimerez|aimeriez|devriez)(?: aussi| egalement| peut-etre)*(?: aimer| lire| etre interesses?| apprecier)",
      "a lire (?:aussi|egalement|ensuite)",
      "lire (?:aussi|egalement|la suite|plus)",
      "a voir (?:aussi|egalement)",
      "voir aussi",
      "sur le meme (?:sujet|theme)",
      "dans la meme rubrique",
      "(?:nos )?articles? (?:similaires|lies|connexes|recommandes|associes)",
      "les plus (?:lus|populaires|partages|commentes)",
      "en vogue",
      "tendances?",
      "a la une",
      "dernieres? (?:actualites|nouvelles|infos|news|articles)",
      "plus d'(?:articles|actualites|infos)",
      "read (?:more|next|also)",
      "you (?:may|might|could|will) (?:also )?(?:like|enjoy|be interested in)",
      "related(?: (?:articles|posts|stories|news|content|reading|coverage|topics))?",
      "recommended(?: for you| articles| stories| reading)?",
      "more (?:from|on|stories|news|articles|like this)(?: [\\p{L} ]{0,30})?",
      "trending(?: now| news| topics| stories)?",
      "most (?:read|popular|viewed|shared)",
      "popular(?: posts| now| stories)?",
      "latest (?:news|stories|posts|articles)",
      "top stories",
      "see also",
      "further reading",
      "continue reading",
      "plus",
      "more",
    ].join("|") +
    ")$",
  "u",
);

/** "Vous pourriez aussi aimer", "Read more", "Trending": the header of a list of other articles. */
export function isRelatedHeader(text: string, folded?: string): boolean {
  if (text.length > 120) return false;
  return RELATED_HEADER.test(bare(folded ?? fold(text)));
}

const RELATED_LINK = /^(?:a lire (?:aussi|egalement)|lire (?:aussi|egalement)|a voir aussi|voir aussi|read (?:more|also|next)|see also|related|sur le meme sujet|also read)\s*[:>»→–—-]\s*\S/;

const DISCLAIMER_LEAD =
  /^(?:avertissement|clause de non-responsabilite|avis de non-responsabilite|non-responsabilite|decharge de responsabilite|disclaimer|disclosure|divulgation|mentions? legales?|note de la redaction|editor'?s note)\s*[:：\-–—]/;

const DISCLAIMER_PHRASE = new RegExp(
  [
    "ne constitue (?:pas|en aucun cas|nullement) (?:un |une |des )?(?:(?:conseils?|recommandations?) (?:en |d')?(?:investissements?|financiers?|juridiques?|fiscaux|fiscal|placement)|sollicitation)",
    "not (?:intended as |to be taken as )?(?:financial|investment|legal|tax) advice",
    "(?:does not|do not|doesn't|should not be considered to) constitute (?:financial |investment )?(?:advice|an offer|a recommendation)",
    "reflete(?:nt)? (?:uniquement |seulement |exclusivement )?(?:le point de vue|les opinions?|l'opinion|les vues|les idees) (?:de l'auteur|de son auteur|personnel)",
    "reflects? (?:only |solely )?(?:the )?(?:personal )?(?:views?|opinions?) of the author",
    "(?:views|opinions) expressed (?:in this (?:article|post) |here |herein )?are (?:solely |those )?(?:those )?of the author",
    "a (?:des fins|titre) (?:d'information|informatifs?|informative|d'illustration) (?:uniquement|seulement)",
    "(?:uniquement|seulement|purement) a (?:des fins|titre) (?:d'information|informatifs?|informative)",
    "for (?:informational|information|educational|general information) purposes only",
    "faites? (?:vos|votre) propres? recherches?",
    "do your own research",
    "\\bdyor\\b",
    "ne (?:represente|reflete|engage) (?:en aucun cas |pas |nullement )?(?:la position|l'opinion|la plateforme|le point de vue|la responsabilite)",
    "(?:pas|nullement) destine a (?:servir|etre utilise) (?:de|comme) (?:reference|conseil)",
    "not intended (?:to be used |to serve )?as (?:a )?(?:reference|advice|recommendation)",
    "may (?:earn|receive) (?:a )?(?:small )?(?:commission|compensation)",
    "liens? (?:affilies|d'affiliation|sponsorises)",
    "affiliate links?",
    "(?:contenu|article) (?:sponsorise|partenaire)",
    "sponsored (?:content|post|article)",
    "publi-?reportage",
  ].join("|"),
);

/** A disclaimer line or paragraph opener ("Avertissement : …", "Disclaimer: …"). */
export function isDisclaimerLead(text: string, folded?: string): boolean {
  return DISCLAIMER_LEAD.test(bare((folded ?? fold(text.slice(0, 80))).slice(0, 60)));
}

const COPYRIGHT = /^(?:©|copyright)\s|^\(c\)\s?\d{4}|(?:^|\s)©\s?\d{4}|all rights reserved|tous droits reserves|reproduction (?:strictement )?interdite|droits de reproduction reserves/;

const COOKIES =
  /^(?:nous utilisons|ce site (?:web )?utilise|notre site utilise|we use|this (?:web)?site uses|our (?:web)?site uses|en (?:poursuivant|continuant) (?:votre|la) navigation|by (?:continuing|using) (?:to browse|this (?:web)?site|our (?:web)?site)|accept(?:er)?(?: tout| tous| all)?(?: les)? cookies|(?:gerer|parametrer|refuser|personnaliser) (?:les |mes )?cookies|cookies? (?:settings|policy|preferences|consent)|(?:parametres|politique|gestion|preferences) (?:des|de|relative aux) cookies)/;

const ACCOUNT =
  /^(?:abonnez-vous|inscrivez-vous|s'abonner|s'inscrire|je m'abonne|subscribe|sign up|join our|deja abonne|already (?:a )?subscriber|se connecter|connectez-vous|log ?in|sign in|creer un compte|create an account|offre d'abonnement|essai gratuit|free trial)\b/;
const NEWSLETTER = /\bnewsletters?\b|lettre d'information|lettre d'info/;
const NEWSLETTER_ACTION = /abonn|inscri|subscribe|sign up|recevez|receive|recevoir|votre (?:adresse|e-?mail|boite)|your (?:email|inbox)|get (?:our|the)/;

const SHARE = /^(?:partager|partagez|share|tweet(?:er)?|imprimer|print|envoyer par e-?mail|email this|copier le lien|copy link|commentaires?|comments?|reagir|leave a comment|laisser un commentaire)(?: (?:cet article|this (?:article|story|post|page)|sur \S+|on \S+|via \S+|l'article|\(\d+\)|\d+))?$/;
const FOLLOW = /^(?:suivez-nous|follow us|retrouvez-nous|rejoignez-nous|join us on|suivez (?:\S+ )?sur)\b/;
const NETWORKS = /^(?:facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|telegram|instagram|youtube|tiktok|flipboard|threads|bluesky|mastodon|e-?mail|email|messenger|copier|copy|link|lien)$/;

const CREDIT =
  /^(?:\(?(?:photo|photos|photographie|credit(?:s)?(?: photo)?|photo credit|image|images|illustration|source image|video|legende|caption|visuel|copyright photo)\s*(?:\([^)]*\))?\s*[:：/©]\s*\S)/;
const AGENCY_CREDIT = /^\(?(?:photo|image|picture|illustration)s?\b.*(?:getty|afp|reuters|associated press|ap photo|shutterstock|unsplash|istock|bloomberg|epa|sipa|maxppp|hans lucas|abaca)\b/;

const READING_TIME = /^(?:temps de lecture|lecture|reading time)\s*:?\s*\d+\s*(?:min|minutes?|mn)\b|^\d+\s*(?:min|minutes?|mn)\s*(?:read|de lecture)$/;
const ADVERT = /^(?:publicite|advertisement|advertising|sponsored|sponsorise|annonce|pub|ad|partenaire|contenu partenaire)$/;
const DATE_LINE_PREFIX = /^(?:publie|mis a jour|mise a jour|modifie|posted|published|updated|last updated|date)(?: le| on| at| :)?\s*:?\s*/;
const DATE_WORDS =
  /\b(?:le|la|a|at|on|et|and|par|by|il y a|ago|am|pm|h|gmt|utc|cet|cest|heure|heures|hours?|minutes?|min|hier|yesterday|today|aujourd'hui|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|janv|fevr|avr|juil)\b/g;

const NAME = String.raw`\p{Lu}[\p{L}'’.-]+(?:\s+(?:de |van |von |da |du |le |la )?\p{Lu}[\p{L}'’.-]+){1,3}`;
const BYLINE = new RegExp(
  String.raw`^(?:Par|By|PAR|BY|Written by|Écrit par|Ecrit par|Rédigé par|Propos recueillis par|Reporting by|Text by|Texte)\s*:?\s+${NAME}(?:\s*(?:,|et|and|&)\s*${NAME})*\s*(?:$|[,|–—\-(/•·]|le\s|on\s|publié|mis à jour|updated|\d)`,
  "u",
);
const CORRESPONDENT = /^(?:de notre (?:correspondant|correspondante|envoye special|envoyee speciale)|from our (?:correspondent|reporter)|avec (?:afp|reuters|ap)|with (?:afp|reuters|ap))\b/;

const TICKER = /\b[A-Z0-9]{2,10}\s?\/\s?(?:USDT|USDC|USD|EUR|BTC|ETH|BUSD|FDUSD)\b|\b[A-Z0-9]{2,12}(?:USDT|USDC|PERP)\b/;
const PRICE_TOKEN = /^(?:[$€£¥]\s?[\d.,]+[kmb]?|[\d.,]+\s?[$€£¥%]|[+\-−]?[\d.,]+%|[A-Z0-9]{2,12}(?:\/[A-Z]{2,6})?|[+\-−]?[\d.,]+)$/;

/** A ticker symbol ("BTC/USDT", "AINUSDT") somewhere in the line. */
export function hasTicker(text: string): boolean {
  return TICKER.test(text);
}

/** A line of prices and symbols ("BTC $67,120 +2.1%"). */
function isPriceLine(text: string): boolean {
  // Checked first: a line without digits is never a price line, and most lines are prose.
  if (!/\d/.test(text)) return false;
  const tokens = text.trim().split(/\s+/);
  if (tokens.length > 12) return false;
  const priced = tokens.filter((t) => PRICE_TOKEN.test(t.replace(/[()]/g, ""))).length;
  return priced >= 2 && priced / tokens.length >= 0.6;
}

/** Bylines, dates and reading times above an article. */
function isByline(text: string, folded: string, words: number): boolean {
  // A byline with its dates and times runs to about twenty words ("Par X, publié le 14 mars 2025
  // à 18h42, mis à jour le 15 mars 2025 à 09h10").
  if (words > 24) return false;
  if (CORRESPONDENT.test(folded) || READING_TIME.test(folded)) return true;
  // Markdown emphasis around the line ("*Par Julien Morel — 21 novembre 2024*") is not part of it.
  text = text.replace(/^[\s*_]+|[\s*_]+$/g, "");
  const byline = BYLINE.exec(text.trim());
  if (byline) {
    // What follows the name must be a date, a place or an agency, not the rest of a sentence
    // ("Par Microsoft Azure, les données transitent." is prose).
    const rest = countWords(dateless(fold(text.trim().slice(byline[0].length))));
    if (rest <= 1 || (rest <= 4 && !/[.!?]["»”]?$/.test(text.trim()))) return true;
  }
  const date = DATE_LINE_PREFIX.exec(folded);
  if (!date || date[0].trim() === "") return false;
  return /\d/.test(folded) && countWords(dateless(folded.slice(date[0].length))) <= 2;
}

/** A folded string without its date and time words and digits. */
function dateless(folded: string): string {
  return folded
    .replace(/\b\d{1,2}\s?h\s?\d{0,2}\b/g, " ")
    .replace(/\b(?:mise? a jour|modifie|publie|updated|published|posted)\b/g, " ")
    .replace(DATE_WORDS, " ")
    .replace(/[\d\s/.:,;()|–—-]+/g, " ")
    .trim();
}

// A network name as a whole token of the line (tokens as isShareLine splits them): a line
// without one has no network token, so it is not a list of share buttons.
const NETWORK_TOKEN = new RegExp("(?:^|[\\s,|/•·])" + NETWORKS.source.replace(/^\^/, "").replace(/\$$/, "") + "(?=[\\s,|/•·]|$)");

function isShareLine(plain: string, words: number): boolean {
  if (words <= 6 && SHARE.test(plain)) return true;
  if (words <= 12 && FOLLOW.test(plain)) return true;
  if (!NETWORK_TOKEN.test(plain)) return false;
  const tokens = plain.split(/[\s,|/•·]+/).filter(Boolean);
  const networks = tokens.filter((t) => NETWORKS.test(t)).length;
  return networks >= 2 && networks / tokens.length >= 0.5;
}

/** Kinds of furniture recognisable from one line on its own. */
export type FurnitureKind = "related" | "disclaimer" | "copyright" | "cookies" | "account" | "share" | "byline" | "credit" | "advert" | "prices" | "breadcrumb";

/** What kind of furniture this line is, by itself; undefined for anything that may be prose. */
export function furnitureKind(text: string): FurnitureKind | undefined {
  const folded = fold(text);
  if (!folded) return undefined;
  const words = countWords(folded);
  if (isDisclaimerLead(text, folded) || DISCLAIMER_PHRASE.test(folded)) return "disclaimer";
  // Everything else is a short line; long sentences are prose.
  if (words > 40) return undefined;
  const plain = bare(folded);
  if (words <= 8 && isRelatedHeader(text, folded)) return "related";
  if (RELATED_LINK.test(plain)) return "related";
  if (COPYRIGHT.test(folded)) return "copyright";
  if (COOKIES.test(folded)) return "cookies";
  if (words <= 25 && (ACCOUNT.test(plain) || (NEWSLETTER.test(folded) && NEWSLETTER_ACTION.test(folded)))) return "account";
  if (isShareLine(plain, words)) return "share";
  if (isByline(text, folded, words)) return "byline";
  if (words <= 25 && (CREDIT.test(plain) || AGENCY_CREDIT.test(plain))) return "credit";
  if (words <= 3 && ADVERT.test(plain)) return "advert";
  if (isPriceLine(text)) return "prices";
  if (isBreadcrumb(text, words)) return "breadcrumb";
  return undefined;
}

/** "Accueil > Économie > Tech": three or more short parts joined by arrows or slashes. */
function isBreadcrumb(text: string, words: number): boolean {
  if (words > 12 || /[.!?]$/.test(text.trim())) return false;
  const parts = text.split(/\s+[>›»/|]\s+/);
  return parts.length >= 3 && parts.every((p) => countWords(p) >= 1 && countWords(p) <= 4);
}
