// Word lists that decide what a number means from its neighbours.

/**
 * Function words of both languages: never the unit noun of a count ("10 de ses employés" has no
 * unit), and never a product name ("Windows 11" is a name, "En 2019" is not).
 */
export const FUNCTION_WORDS = new Set(
  (
    "le la les l un une des du de d au aux à a en dans pour par sur avec sans sous entre vers chez contre selon " +
    "et ou mais donc or ni car que qu qui quoi dont où ce cet cette ces ça cela ceci son sa ses leur leurs notre nos votre vos " +
    "mon ma mes il elle ils elles on nous vous je tu se s ne n pas plus moins très trop peu bien est sont était étaient " +
    "sera seront serait seraient fut été être avoir ont avait avaient aura auront aurait ai as y soit " +
    "depuis dès après avant pendant durant environ près presque déjà encore aussi ainsi alors puis si comme lors " +
    "dont chaque tout tous toute toutes autre autres même mêmes quelque quelques plusieurs certains certaines " +
    "fois dernier dernière derniers dernières prochain prochaine prochains premier première premiers seul seule seuls " +
    "the a an and or but nor of in on at to for from by with without under over about into onto than that this these those " +
    "which who whom whose what when where why how it its they their them he she his her we our you your i me my " +
    "is are was were be been being has have had will would can could should may might must shall do does did " +
    "not no so as also only just more less most least per each every all some any both either neither such up down out off " +
    "then there here ago later earlier before after since until during while if whether too very times other another " +
    "first last next same own"
  ).split(" "),
);

/** Words after which a four-digit number is a year even before a noun ("en 2019 les ventes", "by 2030 revenue"). */
export const YEAR_CONTEXT = new Set(
  (
    "en in depuis since through until till by fin début mi courant dès avant après before after early late mid " +
    "from an année années entre between vers around circa été printemps automne hiver summer spring autumn " +
    "fall winter fiscal exercice year during pendant durant ici starting beginning end jusqu the"
  ).split(" "),
);

/** Words before a number that make it a reference, not a quantity ("p. 12", "article 3", "n° 5"). */
export const REFERENCE_WORDS = new Set(
  (
    "p pp page pages n no nº numéro numéros number num art article articles chapitre chapter section sections fig figure " +
    "tableau table tome vol volume version v ligne line step étape saison season épisode episode niveau level annexe " +
    "appendix note paragraphe paragraph alinéa rue avenue boulevard bd route autoroute highway street lot acte act " +
    "loi session salle room porte gate vol flight"
  ).split(" "),
);
