// Fixed expressions that contain a lexicon word in another sense. They are matched like
// concept expressions (longest first) but yield no concept, so the word inside is not read
// in its news sense: "en train de" is not about trains, "pour sa part" not about stakes,
// "deal with" not about deals.
import type { Lang } from "./types";

export const BLOCKERS: Record<Lang, readonly string[]> = {
  fr: [
    "en train de", "en train d'", "à part", "à part entière", "de la part de", "de la part d'", "pour sa part", "pour leur part", "pour ma part",
    "pour notre part", "pour votre part", "d'une part", "d'autre part", "de part et d'autre", "faire part", "part belle",
    "à peine", "la peine de", "vaut la peine", "~valoir la peine", "peu importe", "n'importe", "importe quel", "importe quelle",
    "dans le cadre de", "dans le cadre du", "dans le cadre d'", "à propos de", "à propos du", "à propos d'", "en effet", "en aval", "à partir de", "à partir du",
    "à partir d'", "par ailleurs", "en revanche", "tout à fait", "de fait", "en fait", "au fait", "en tout cas", "au cas où", "le cas échéant",
    "à l'intérieur", "quant à", "au lieu de", "en vue de", "à terme", "en termes de", "de toute façon", "sur place", "à la place",
    "par exemple", "en outre", "de plus en plus", "de moins en moins", "tout de même", "en même temps", "à la fois",
    "en matière de", "en ce qui concerne", "au sein de", "au sein du", "ainsi que", "bien que", "même si", "alors que", "tant que",
    "c'est-à-dire", "compte tenu", "~tenir compte", "~se rendre compte", "en fin de compte", "mettre en avant", "en avant", "à l'avenir",
    "en face", "face à", "droit devant", "tout droit", "de droite à gauche", "bien entendu", "bien sûr", "en tête",
    "au point de", "point de départ", "mise en place", "~mettre en place", "de même", "en direction de", "prise de conscience",
    "prise de parole", "à l'heure où", "d'ores et déjà", "chef-d'œuvre", "pas mal",
    // Single words: adverbs and forms whose stem belongs to an unrelated concept word.
    "fermement", "fermeté", "au courant", "sous réserve", "sans réserve", "intéresser", "intéressant", "fondement", "fondamental", "attention", "influence", "option",
    "passer", "passera", "passe", "conserver", "moyen", "moyens", "commune", "communes",
  ],
  en: [
    "in order to", "in order", "as well as", "in terms of", "on behalf of", "take into account", "taking into account", "on account of",
    "in spite of", "as far as", "by far", "in fact", "of course", "at all", "for instance", "for example",
    "on the other hand", "in addition", "even so", "in the end", "at the end of the day", "deal with", "dealt with", "dealing with",
    "make sure", "all right", "as long as", "so-called", "kind of", "sort of", "at the same time", "right away", "right after",
    "right before", "right here", "right now", "turn out", "turned out", "in charge of", "take charge", "free of", "as a result",
    "set up shop", "point out", "pointed out", "the bottom of", "in the face of", "on the face of it", "face value", "at stake",
    "stake out", "hold on", "held up", "hold up", "close by", "closely", "no matter", "matter of", "work out", "worked out",
    "look forward", "going forward", "per se", "mind you", "the rest of",
  ],
};
