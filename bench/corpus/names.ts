// Entity pools of the benchmark corpus: companies, people, places and institutions. Built from
// syllables with a fixed seed, so thousands of distinct names exist, drawn with Zipf frequencies
// (a few groups are in every other article, most appear a handful of times).
import { Random, Zipf } from "./random";

const HEADS = ["Vel", "Mar", "Tor", "Quin", "Lum", "Aster", "Nov", "Cor", "Dal", "Fen", "Gar", "Hel", "Ix", "Jor", "Kel", "Lor", "Mor", "Nex", "Orb", "Pra", "Syl", "Tri", "Ul", "Ver", "Wex", "Zan", "Bri", "Cal", "Dor", "Elv", "Fal", "Gol", "Hal", "Iri", "Kor", "Lyr", "Mag", "Nor", "Ost", "Pel"];
const MIDS = ["", "a", "o", "i", "e", "an", "or", "el", "is", "ar"];
const TAILS = ["ia", "ex", "on", "is", "ora", "ant", "ium", "tech", "gen", "corp", "line", "soft", "Bank", "AI", "Labs", "Motors", "Pharma", "Data", "Energy", "Com"];
const FIRST_FR = ["Claire", "Julien", "Sophie", "Thomas", "Camille", "Nicolas", "Léa", "Antoine", "Manon", "Hugo", "Chloé", "Mathieu", "Inès", "Pierre", "Élise", "François", "Amélie", "Olivier", "Céline", "Rémi", "Hélène", "Benoît", "Agnès", "Yves", "Margaux", "Sébastien", "Nathalie", "Grégoire", "Laure", "Étienne"];
const FIRST_EN = ["James", "Sarah", "Michael", "Emily", "David", "Laura", "Robert", "Hannah", "Daniel", "Olivia", "Andrew", "Grace", "Kevin", "Rachel", "Brian", "Megan", "Steven", "Alice", "Peter", "Susan", "Mark", "Helen", "Jason", "Karen", "Ryan", "Nina", "Adam", "Julia", "Paul", "Diana"];
const LAST = ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Laurent", "Garnier", "Rousseau", "Fontaine", "Chevalier", "Smith", "Johnson", "Walker", "Harris", "Clarke", "Turner", "Parker", "Collins", "Morgan", "Bennett", "Nakamura", "Okafor", "Kowalski", "Ferreira", "Novak", "Schmidt", "Rossi", "García", "Lindqvist", "Haddad", "Mercier", "Perrin", "Blanchard", "Gauthier", "Roussel", "Hughes", "Reed", "Foster", "Price", "Ward"];

export const CITIES_FR = ["Paris", "Lyon", "Marseille", "Toulouse", "Bordeaux", "Lille", "Nantes", "Strasbourg", "Bruxelles", "Genève", "Londres", "Berlin", "Francfort", "Madrid", "Milan", "New York", "Washington", "Pékin", "Tokyo", "Séoul", "Singapour", "Dubaï", "Montréal", "Casablanca", "Dakar"];
export const CITIES_EN = ["London", "Paris", "Berlin", "Frankfurt", "New York", "Washington", "San Francisco", "Seattle", "Chicago", "Boston", "Toronto", "Tokyo", "Seoul", "Singapore", "Beijing", "Shanghai", "Dubai", "Sydney", "Mumbai", "Brussels", "Geneva", "Madrid", "Milan", "Dublin", "Austin"];
export const COUNTRIES_FR = ["la France", "l'Allemagne", "l'Espagne", "l'Italie", "la Chine", "le Japon", "les États-Unis", "le Royaume-Uni", "le Canada", "l'Inde", "le Brésil", "la Corée du Sud", "la Pologne", "les Pays-Bas", "la Suède"];
export const COUNTRIES_EN = ["France", "Germany", "Spain", "Italy", "China", "Japan", "the United States", "Britain", "Canada", "India", "Brazil", "South Korea", "Poland", "the Netherlands", "Sweden"];
export const INSTITUTIONS_FR = ["la Banque centrale européenne", "la Commission européenne", "l'Insee", "Bercy", "l'Autorité de la concurrence", "la Cour des comptes", "le FMI", "l'OCDE", "l'Arcep", "la CNIL", "l'AMF", "le Sénat"];
export const INSTITUTIONS_EN = ["the European Central Bank", "the European Commission", "the Federal Reserve", "the Treasury", "the competition regulator", "the IMF", "the OECD", "the SEC", "the Bank of England", "Congress", "the Senate", "the Office for National Statistics"];

export interface NamePools {
  companies: string[];
  people: string[];
  companyZipf: Zipf;
  personZipf: Zipf;
}

/** The entity pools; the same for every article so names recur across the corpus. */
export function namePools(seed: number, companyCount = 4000, personCount = 6000): NamePools {
  const random = new Random(seed);
  const companies = new Set<string>();
  while (companies.size < companyCount) {
    const base = random.pick(HEADS) + random.pick(MIDS) + random.pick(TAILS);
    const name = base.length < 5 ? base + "ex" : base;
    // A few groups carry a second word ("Velora Capital", "Torium Énergie").
    companies.add(random.chance(0.15) ? `${name} ${random.pick(["Capital", "Group", "Industries", "Holding", "Énergie", "Systems", "Santé", "Finance"])}` : name);
  }
  const people = new Set<string>();
  while (people.size < personCount) {
    const first = random.chance(0.5) ? random.pick(FIRST_FR) : random.pick(FIRST_EN);
    people.add(`${first} ${random.pick(LAST)}${random.chance(0.3) ? "-" + random.pick(LAST) : ""}`);
  }
  return { companies: [...companies], people: [...people], companyZipf: new Zipf(companyCount, 1.05), personZipf: new Zipf(personCount, 0.9) };
}
