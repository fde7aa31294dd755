// Sentences of the benchmark articles and draft. Facts ("Velora holds 49 % of Torium") take their
// values from the companies involved, so every article that states a fact states the same
// figure, and a draft can restate it, get it wrong, or state facts no source has.
import { CITIES_EN, CITIES_FR, COUNTRIES_EN, COUNTRIES_FR, INSTITUTIONS_EN, INSTITUTIONS_FR, type NamePools } from "./names";
import { count, date, hedge, money, monthYear, percent, quarter, type Lang } from "./figures";
import { seedOf, type Random } from "./random";
import { adjective, noun, verb, type WordPool } from "./words";

export interface Scene {
  lang: Lang;
  random: Random;
  names: NamePools;
  words: WordPool;
  /** The article's main company and a second one, as indices into names.companies. */
  company: number;
  other: number;
  person: string;
}

/** Deterministic facts of a company (or a pair): values in plausible ranges. */
function factNumber(company: number, other: number, metric: number, lo: number, hi: number): number {
  const h = seedOf(company * 7919 + other, metric) / 4294967296;
  return lo + Math.floor(h * (hi - lo + 1));
}

export interface Fact {
  metric: number;
  company: number;
  other: number;
}

export const FACT_METRICS = 10;

/** A sentence stating `fact`; `wrong` shifts its figure (a draft's error). */
export function factSentence(scene: Scene, fact: Fact, wrong = false): string {
  const { lang, random, names } = scene;
  const c = names.companies[fact.company]!;
  const o = names.companies[fact.other]!;
  const n = (lo: number, hi: number, salt = 0) => {
    const v = factNumber(fact.company, fact.other, fact.metric * 10 + salt, lo, hi);
    return wrong && salt === 0 ? v + Math.max(1, Math.round(v * 0.2)) : v;
  };
  const year = 2015 + factNumber(fact.company, fact.other, fact.metric * 10 + 9, 0, 10);
  const fr = lang === "fr";
  const h = hedge(lang, random);
  switch (fact.metric) {
    case 0:
      return fr
        ? `Le chiffre d'affaires de ${c} a atteint ${h}${money(n(50, 90000), lang, random)} en ${year}.`
        : `${c}'s revenue reached ${h}${money(n(50, 90000), lang, random)} in ${year}.`;
    case 1:
      return fr ? `${c} détient ${h}${percent(n(3, 95), lang, random)} du capital de ${o}.` : `${c} holds ${h}${percent(n(3, 95), lang, random)} of ${o}.`;
    case 2:
      return fr
        ? `${c} prévoit de supprimer ${h}${count(n(40, 12000), lang)} postes d'ici ${year + 2}.`
        : `${c} plans to cut ${h}${count(n(40, 12000), lang)} jobs by ${year + 2}.`;
    case 3:
      return fr
        ? `Les ventes de ${c} ont progressé de ${percent(n(1, 40), lang, random)} au ${quarter(n(1, 4, 1), year, lang)}.`
        : `${c}'s sales rose ${percent(n(1, 40), lang, random)} in the ${quarter(n(1, 4, 1), year, lang)}.`;
    case 4:
      return fr
        ? `${c} va investir ${money(n(20, 5000), lang, random)} à ${random.pick(CITIES_FR)} sur ${n(2, 10, 2)} ans.`
        : `${c} will invest ${money(n(20, 5000), lang, random)} in ${random.pick(CITIES_EN)} over ${n(2, 10, 2)} years.`;
    case 5:
      return fr
        ? `${c} a annoncé le ${date(n(1, 28, 1), n(1, 12, 2), year, lang)} le rachat de ${o} pour ${money(n(100, 40000), lang, random)}.`
        : `On ${date(n(1, 28, 1), n(1, 12, 2), year, lang)}, ${c} agreed to buy ${o} for ${money(n(100, 40000), lang, random)}.`;
    case 6:
      return fr
        ? `Le groupe ${c} emploie ${h}${count(n(200, 250000), lang)} salariés dans ${n(2, 60, 1)} pays.`
        : `${c} employs ${h}${count(n(200, 250000), lang)} people in ${n(2, 60, 1)} countries.`;
    case 7:
      return fr ? `Fondée en ${n(1950, 2020)}, ${c} est installée à ${random.pick(CITIES_FR)}.` : `Founded in ${n(1950, 2020)}, ${c} is based in ${random.pick(CITIES_EN)}.`;
    case 8:
      return fr
        ? `${c} contrôle ${h}${percent(n(2, 70), lang, random)} du marché européen de la ${noun(scene.words, random)}.`
        : `${c} controls ${h}${percent(n(2, 70), lang, random)} of the European ${noun(scene.words, random)} market.`;
    default:
      return fr
        ? `En ${monthYear(n(1, 12, 1), year, lang)}, ${c} a levé ${money(n(5, 3000), lang, random)} auprès de ${o}.`
        : `In ${monthYear(n(1, 12, 1), year, lang)}, ${c} raised ${money(n(5, 3000), lang, random)} from ${o}.`;
  }
}

/** Macro-economic figures attributed to institutions (not tied to a company). */
export function macroSentence(scene: Scene): string {
  const { lang, random } = scene;
  const year = random.int(2015, 2025);
  const month = random.int(1, 12);
  const value = random.int(1, 90) / 10;
  if (lang === "fr") {
    return random.pick([
      `Selon ${random.pick(INSTITUTIONS_FR)}, l'inflation a atteint ${percent(value, lang, random)} en ${monthYear(month, year, lang)}.`,
      `Le taux de chômage en ${random.pick(COUNTRIES_FR).replace(/^(la|le|les|l') ?/, "")} est passé à ${percent(value + 3, lang, random)} au ${quarter(random.int(1, 4), year, lang)}.`,
      `${capitalise(random.pick(INSTITUTIONS_FR))} table sur une croissance de ${percent(value / 3, lang, random)} en ${year}.`,
    ]);
  }
  return random.pick([
    `According to ${random.pick(INSTITUTIONS_EN)}, inflation reached ${percent(value, lang, random)} in ${monthYear(month, year, lang)}.`,
    `Unemployment in ${random.pick(COUNTRIES_EN)} rose to ${percent(value + 3, lang, random)} in the ${quarter(random.int(1, 4), year, lang)}.`,
    `${capitalise(random.pick(INSTITUTIONS_EN))} expects growth of ${percent(value / 3, lang, random)} in ${year}.`,
  ]);
}

/** Statements without figures: who said or did what. */
export function statementSentence(scene: Scene): string {
  const { lang, random, names, words } = scene;
  const c = names.companies[scene.company]!;
  const o = names.companies[scene.other]!;
  const p = scene.person;
  const w = () => noun(words, random);
  const a = () => adjective(words, random);
  if (lang === "fr") {
    return elide(random.pick([
      `${p}, directeur général de ${c}, n'a pas souhaité commenter ces informations.`,
      `${c} a conclu un partenariat avec ${o} dans le domaine de la ${w()} ${a()}.`,
      `Les négociations entre ${c} et ${o} se poursuivent à ${random.pick(CITIES_FR)}.`,
      `${c} a démenti toute intention de quitter ${random.pick(COUNTRIES_FR)}.`,
      `${p} a annoncé sa démission après des désaccords sur la ${w()} du groupe.`,
      `Les analystes restent prudents sur les perspectives de la ${w()} ${a()}.`,
      `${capitalise(random.pick(INSTITUTIONS_FR))} a ouvert une enquête sur les pratiques de ${c}.`,
      `Selon ${p}, la ${w()} de ${c} ${verb(words, random)} la ${w()} ${a()} du secteur.`,
      `${c} refuse d'approuver la ${w()} proposée par ${o}.`,
    ]), lang);
  }
  return random.pick([
    `${p}, chief executive of ${c}, declined to comment on the reports.`,
    `${c} signed a partnership with ${o} covering ${a()} ${w()}.`,
    `Talks between ${c} and ${o} are continuing in ${random.pick(CITIES_EN)}.`,
    `${c} denied any plan to leave ${random.pick(COUNTRIES_EN)}.`,
    `${p} resigned after disagreements over the group's ${w()}.`,
    `Analysts remain cautious about the outlook for ${a()} ${w()}.`,
    `${capitalise(random.pick(INSTITUTIONS_EN))} opened an investigation into ${c}'s practices.`,
    `According to ${p}, ${c}'s ${w()} ${verb(words, random)} the sector's ${a()} ${w()}.`,
    `${c} refused to approve the ${w()} proposed by ${o}.`,
  ]);
}

/** Connective prose with the long-tail vocabulary: most sentences of real articles are this. */
export function fillerSentence(scene: Scene): string {
  const { lang, random, words } = scene;
  const parts: string[] = [];
  const clauses = random.int(1, 3);
  for (let i = 0; i < clauses; i++) {
    if (lang === "fr") {
      parts.push(
        `${random.pick(["la", "cette", "une", "leur", "sa"])} ${noun(words, random)} ${adjective(words, random)} ${verb(words, random)} ${random.pick(["la", "une", "toute la", "davantage la"])} ${noun(words, random)} ${random.pick(["de la", "pour la", "face à la", "sans la", "dans la"])} ${noun(words, random)}`,
      );
    } else {
      parts.push(
        `${random.pick(["the", "this", "a", "their", "its"])} ${adjective(words, random)} ${noun(words, random)} ${verb(words, random)} ${random.pick(["the", "a", "more", "much of the"])} ${noun(words, random)} ${random.pick(["of the", "for the", "against the", "without the", "in the"])} ${noun(words, random)}`,
      );
    }
  }
  const joiner = lang === "fr" ? random.pick([", et ", ", mais ", " tandis que ", ", alors que "]) : random.pick([", and ", ", but ", " while ", ", as "]);
  return elide(capitalise(parts.join(joiner)) + ".", lang);
}

/** French elision before a vowel ("la agriculture" -> "l'agriculture"), as a writer would. */
function elide(text: string, lang: Lang): string {
  return lang === "fr" ? text.replace(/\b([Ll]a|[Ll]e|[Dd]e) (?=[aeiouéèêàâh])/g, (_m, w: string) => w.charAt(0) + "'") : text;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
