// One benchmark article: a title, paragraphs of facts, statements and connective prose, and in
// some articles the site furniture scrapers bring along (bylines, related links, share lines,
// disclaimers). Layouts vary as real corpora do: one paragraph per line, blank-line paragraphs,
// text hard-wrapped at 72 columns, Markdown with headings.
import type { Lang } from "./figures";
import { date } from "./figures";
import type { NamePools } from "./names";
import { Random, seedOf } from "./random";
import { FACT_METRICS, capitalise, factSentence, fillerSentence, macroSentence, statementSentence, type Scene } from "./sentences";
import { noun, type WordPool } from "./words";

export interface Article {
  /** Path relative to the corpus folder. */
  file: string;
  text: string;
  lang: Lang;
}

export interface Vocabulary {
  names: NamePools;
  words: Record<Lang, WordPool>;
}

type Layout = "lines" | "blank" | "wrapped" | "markdown";

export function generateArticle(seed: number, i: number, vocabulary: Vocabulary): Article {
  const random = new Random(seedOf(seed, i));
  const lang: Lang = random.chance(0.6) ? "fr" : "en";
  const names = vocabulary.names;
  const company = names.companyZipf.draw(random);
  let other = names.companyZipf.draw(random);
  if (other === company) other = (other + 1) % names.companies.length;
  const scene: Scene = { lang, random, names, words: vocabulary.words[lang], company, other, person: names.people[names.personZipf.draw(random)]! };
  const layout: Layout = random.pick(["lines", "lines", "lines", "blank", "blank", "wrapped", "markdown"] as const);

  const paragraphs: string[][] = [];
  const count = random.int(4, 14);
  for (let p = 0; p < count; p++) {
    const sentences: string[] = [];
    const length = random.int(1, 6);
    for (let s = 0; s < length; s++) sentences.push(sentence(scene));
    paragraphs.push(sentences);
  }
  const title = titleOf(scene);
  const lines: string[] = [];
  const markdown = layout === "markdown";
  lines.push(markdown ? `# ${title}` : title);
  if (random.chance(0.3)) lines.push(byline(scene));
  paragraphs.forEach((sentences, k) => {
    if (markdown && k > 0 && k % 3 === 0) lines.push(`## ${capitalise(noun(scene.words, random))} ${noun(scene.words, random)}`);
    const text = sentences.join(" ");
    lines.push(layout === "wrapped" ? wrap(text, 72) : text);
  });
  if (random.chance(0.35)) lines.push(...furniture(scene));
  const separator = layout === "lines" ? "\n" : "\n\n";
  const folder = `${lang}/${String(Math.floor(i / 1000)).padStart(2, "0")}`;
  const file = `${folder}/${String(i).padStart(5, "0")}.${markdown ? "md" : "txt"}`;
  return { file, text: lines.join(separator) + "\n", lang };
}

/** Sentence mix of news prose: about a third state figures. */
function sentence(scene: Scene): string {
  const { random } = scene;
  const roll = random.next();
  if (roll < 0.25) {
    const company = random.chance(0.7) ? scene.company : scene.names.companyZipf.draw(random);
    return factSentence(scene, { metric: random.int(0, FACT_METRICS - 1), company, other: scene.other });
  }
  if (roll < 0.33) return macroSentence(scene);
  if (roll < 0.55) return statementSentence(scene);
  return fillerSentence(scene);
}

function titleOf(scene: Scene): string {
  const { lang, random, names } = scene;
  const c = names.companies[scene.company]!;
  const o = names.companies[scene.other]!;
  const w = noun(scene.words, random);
  return lang === "fr"
    ? random.pick([`${c} et ${o} : la ${w} au cœur des tensions`, `Pourquoi ${c} mise sur la ${w}`, `${c} accélère dans la ${w}`])
    : random.pick([`${c} and ${o} clash over ${w}`, `Why ${c} is betting on ${w}`, `${c} speeds up its ${w} push`]);
}

function byline(scene: Scene): string {
  const { lang, random } = scene;
  const when = date(random.int(1, 28), random.int(1, 12), random.int(2018, 2025), lang);
  return lang === "fr" ? `Par ${scene.person} Publié le ${when} à ${random.int(6, 22)}h${random.int(10, 59)}` : `By ${scene.person} Published ${when}`;
}

function furniture(scene: Scene): string[] {
  const { lang, random, names } = scene;
  const headline = () => `${names.companies[names.companyZipf.draw(random)]} ${lang === "fr" ? "dévoile sa nouvelle" : "unveils its new"} ${noun(scene.words, random)}`;
  const out: string[] = [];
  if (random.chance(0.5)) {
    out.push(lang === "fr" ? "Avertissement : cet article est fourni à titre informatif uniquement et ne constitue pas un conseil en investissement." : "Disclaimer: this article is for informational purposes only and does not constitute investment advice.");
  }
  out.push(lang === "fr" ? "À lire aussi" : "Read more", headline(), headline(), headline());
  if (random.chance(0.5)) out.push(lang === "fr" ? "Partager cet article" : "Share this article");
  if (random.chance(0.5)) out.push(lang === "fr" ? `© ${random.int(2018, 2025)} Le Quotidien Éco. Tous droits réservés.` : `© ${random.int(2018, 2025)} Business Daily. All rights reserved.`);
  return out;
}

function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join("\n");
}
