// Function words that are frequent in one language and rare in the other, for telling French
// from English in texts too short for the statistical model. Words shared by both ("a", "on",
// "plus", "six") are left out on purpose.

const FRENCH = new Set(
  ("le la les un une des du de au aux en et est sont était été ont avait il elle ils elles nous vous " +
    "je ce cette ces cet qui que qu quoi dont où pas ne plus mais ou donc car pour par sur dans avec " +
    "sans sous chez entre vers selon depuis leur leurs son sa ses mon ma mes ton ta tes notre nos votre " +
    "vos lui eux y aussi très tout tous toute toutes comme être avoir fait faire peut cela ça même " +
    "encore déjà alors après avant aujourd hui lors afin ainsi cependant toutefois " +
    // elided forms: "l'entreprise", "d'OpenAI", "c'est", "qu'il", "n'a"
    "l d c j n qu")
    .split(" ")
    .filter((w) => w !== "plus"),
);

const ENGLISH = new Set(
  ("the of and to in is are was were be been being has have had it its this that these those with " +
    "for from by at which who whom whose what when where why how not but or if than then there their " +
    "they them he she his her we our you your i my me will would can could should may might must " +
    "about after before into over under also very all some any more most other such only just said " +
    "says according while because between through during against").split(" "),
);

// Letters that English words almost never carry.
const FRENCH_LETTERS = /[éèêëàâîïôûùüçœæ]/i;

/** Counts of words (and accented words) that vote for each language. */
export function languageVotes(text: string): { fr: number; en: number } {
  let fr = 0;
  let en = 0;
  for (const raw of text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (!raw) continue;
    if (FRENCH.has(raw)) fr++;
    else if (ENGLISH.has(raw)) en++;
    else if (FRENCH_LETTERS.test(raw)) fr++;
  }
  return { fr, en };
}
