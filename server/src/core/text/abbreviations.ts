// Word lists used by the sentence merge step. ICU breaks after any "word." followed by a capital;
// these lists say when such a break is wrong.

/** Abbreviations that stand before a name, number or reference and so never end a sentence. */
export const PREFIX_ABBREVIATIONS = new Set([
  // French titles and references
  "M.", "MM.", "Mme.", "Mmes.", "Mlle.", "Mlles.", "Mgr.", "Me.", "Pr.", "Dr.", "Drs.",
  "av.", "apr.", "env.", "cf.", "p.", "pp.", "vol.", "vols.", "n°", "n°.",
  "art.", "chap.", "ch.", "fig.", "éd.", "réf.", "tél.", "Tél.", "ex.", "resp.",
  // English titles and references
  "Mr.", "Mrs.", "Ms.", "Messrs.", "Prof.", "St.", "Ste.", "Mt.", "Gen.", "Gov.", "Sen.", "Rep.",
  "Rev.", "Capt.", "Lt.", "Col.", "Sgt.", "Cmdr.", "Adm.", "Hon.", "Pres.", "Supt.",
  "e.g.", "i.e.", "vs.", "v.", "approx.", "ca.", "viz.", "ref.", "eq.", "Fig.", "Vol.",
]);

/**
 * Abbreviations that can also end a sentence: the break is kept when the next sentence starts
 * with a capital, dropped when the text goes on in lower case or with a number.
 */
export const TRAILING_ABBREVIATIONS = new Set([
  // "No. 10" but "The answer is no."; "Art. 5" but "Museum of Modern Art."; "30 000 hab."
  "no.", "No.", "nos.", "Nos.", "Art.", "hab.",
  "etc.", "Inc.", "Ltd.", "Co.", "Corp.", "Jr.", "Sr.", "Bros.", "Cie.", "Ets.", "min.", "max.", "cm.",
  "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
  "janv.", "févr.", "fév.", "avr.", "juil.", "sept.", "oct.", "nov.", "déc.",
]);

/**
 * Words that commonly open a sentence. An initial ("B.") followed by one of these is more likely a
 * sentence end ("plan B. The…") than part of a name ("J. K. Rowling").
 */
export const SENTENCE_OPENERS = new Set([
  "Le", "La", "Les", "L", "Un", "Une", "Des", "Ce", "Cet", "Cette", "Ces", "Il", "Elle", "Ils", "Elles",
  "On", "Nous", "Vous", "Je", "Mais", "Et", "Or", "Donc", "Puis", "Ensuite", "Selon", "Dans", "En",
  "Pour", "Par", "Sur", "Avec", "Si", "Alors", "Après", "Avant", "Depuis", "Malgré", "Cependant",
  "The", "A", "An", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I", "You",
  "But", "And", "So", "Then", "In", "On", "At", "For", "With", "After", "Before", "Since", "If",
  "When", "While", "However", "According", "There", "Its", "His", "Her", "Their", "Our",
]);
