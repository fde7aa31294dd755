import { tokenize, type Token } from "../analysis/wordTokens";
import { spellingKey } from "../analysis/nameForms";

// One entity written several ways: in full and abbreviated ("RJ Reynolds" / "RJR", "Banque
// centrale européenne" / "BCE"), in part ("Eddie Howe" / "Howe"), transliterated ("Kokoshin" /
// "Kokochine"). Before a claim's name is called another actor than the source's, these forms are
// taken for the same one: when the checker cannot tell, the claim is not a conflict.

/** Words inside a name that its acronym passes over ("Organisation des Nations unies" -> ONU, "Bank of England" -> BoE). */
const NAME_LINKS = new Set(["de", "du", "des", "d'", "la", "le", "les", "l'", "of", "the", "and", "et", "for", "pour", "&"]);

/** Titles before a name: two people may share one ("Me Martin", "Me Durand"), so it says nothing of who is who. */
const TITLES = new Set(["m", "mme", "mlle", "me", "mr", "mrs", "ms", "dr", "pr", "sir", "dame", "lord", "mgr"]);

/** Whether a word is a title before a name ("Me", "Dr", "Mme"). */
export function isTitle(token: Pick<Token, "norm">): boolean {
  return TITLES.has(token.norm);
}

/** Spelling keys are compared for words this long: shorter ones meet too easily ("Li" / "Lee"). */
const MIN_SPELLING = 4;

/** An acronym as written: two to six capitals (digits allowed after the first), "RJR", "BCE", "G7". */
function isAcronym(token: Pick<Token, "text">): boolean {
  return /^\p{Lu}[\p{Lu}\p{N}&]{1,5}$/u.test(token.text);
}

/** Whether the words from `at` spell the acronym (folded letters): initials, a shorter acronym's letters, link words skipped. */
function spellsAt(acronym: string, tokens: readonly Token[], at: number): boolean {
  let i = 0;
  let words = 0;
  for (let j = at; j < tokens.length && i < acronym.length; j++) {
    const t = tokens[j]!;
    const letters = t.norm;
    if (isAcronym(t) && acronym.startsWith(letters, i)) {
      i += letters.length;
      words++;
    } else if (letters[0] === acronym[i] && !NAME_LINKS.has(letters)) {
      i++;
      words++;
    } else if (NAME_LINKS.has(letters) && words > 0) continue;
    else return false;
  }
  return i === acronym.length && words >= 2;
}

/** Whether the tokens write out the acronym in full somewhere, from a capitalised word. */
export function spelledOutIn(acronym: Token, tokens: readonly Token[]): boolean {
  if (!isAcronym(acronym)) return false;
  const letters = acronym.norm;
  return tokens.some((t, at) => t.capitalized && t !== acronym && spellsAt(letters, tokens, at));
}

/** Whether two words are one name's word: the same folded form ("Guerin", "Guérin") or spelling ("Kokoshin", "Kokochine"). */
export function sameNameWord(a: Pick<Token, "norm">, b: Pick<Token, "norm">): boolean {
  if (a.norm === b.norm) return true;
  return a.norm.length >= MIN_SPELLING && b.norm.length >= MIN_SPELLING && spellingKey(a.norm) === spellingKey(b.norm);
}

/**
 * Whether a claim's name and a source's name may be one entity: they share a word (a partial
 * name, "Howe" in "Eddie Howe", or a spelling), or one is the other's acronym in the sentence it
 * stands in. Conservative on purpose: "Air Canada" and "Air France" share a word and are not
 * told apart, so neither is called the other's swap.
 */
export function mayBeSameEntity(
  claimName: readonly Token[],
  claimSentence: readonly Token[],
  sourceName: readonly Token[],
  sourceSentence: readonly Token[],
): boolean {
  if (claimName.some((c) => !isTitle(c) && sourceName.some((s) => sameNameWord(c, s)))) return true;
  if (claimName.some((c) => spelledOutIn(c, sourceSentence))) return true;
  return sourceName.some((s) => spelledOutIn(s, claimSentence));
}

/** A document as these checks read it: its text. */
interface NamedDocument {
  readonly text: string;
}

interface DocumentWords {
  tokens: Token[];
  norms: Set<string>;
  spellings: Set<string>;
}

// A document's words are read once per document for the name checks of its evidence.
const documentWordCache = new WeakMap<NamedDocument, DocumentWords>();

function documentWords(doc: NamedDocument): DocumentWords {
  let words = documentWordCache.get(doc);
  if (!words) {
    const tokens = tokenize(doc.text, 0, doc.text.length);
    const norms = new Set<string>();
    const spellings = new Set<string>();
    for (const t of tokens) {
      norms.add(t.norm);
      if (t.capitalized && t.norm.length >= MIN_SPELLING) spellings.add(spellingKey(t.norm));
    }
    documentWordCache.set(doc, (words = { tokens, norms, spellings }));
  }
  return words;
}

/**
 * Whether the document writes the word in another form: spelt another way ("Kokochine" for
 * "Kokoshin"), or, for an acronym, in full ("RJ Reynolds" for "RJR"). The document's words are
 * read only for a word that could have such a form.
 */
export function documentWritesOtherForm(doc: NamedDocument, word: Token): boolean {
  const spelt = word.norm.length >= MIN_SPELLING;
  if (!spelt && !isAcronym(word)) return false;
  const words = documentWords(doc);
  return words.norms.has(word.norm) || (spelt && words.spellings.has(spellingKey(word.norm))) || spelledOutIn(word, words.tokens);
}
