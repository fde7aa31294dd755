// The long draft of the benchmark: a Markdown article of about 5,000 words, half of whose
// sentences carry figures. Its facts are about companies of the first 1,000 articles (so both
// corpus sizes can support them): some restated, some with a wrong figure, some about companies
// no source mentions.
import type { Vocabulary } from "./article";
import type { Lang } from "./figures";
import { Random, seedOf } from "./random";
import { FACT_METRICS, capitalise, factSentence, fillerSentence, macroSentence, statementSentence, type Scene } from "./sentences";
import { noun } from "./words";

export interface DraftOptions {
  words: number;
  lang: Lang;
  /** Articles whose companies the draft writes about. */
  articles: number;
}

export function generateDraft(seed: number, vocabulary: Vocabulary, options: DraftOptions): string {
  const random = new Random(seedOf(seed, 0xd4af7));
  const { names } = vocabulary;
  const lang = options.lang;
  const sceneFor = (): Scene => {
    // The company pair of a random article among the first `articles`, drawn the way article.ts draws them.
    const r = new Random(seedOf(seed, random.int(0, options.articles - 1)));
    r.next(); // the article's language roll
    const company = names.companyZipf.draw(r);
    let other = names.companyZipf.draw(r);
    if (other === company) other = (other + 1) % names.companies.length;
    return { lang, random, names, words: vocabulary.words[lang], company, other, person: names.people[names.personZipf.draw(random)]! };
  };

  const blocks: string[] = [lang === "fr" ? "# Les grands groupes face à la nouvelle donne" : "# Big groups and the new deal"];
  let words = 0;
  let paragraphs = 0;
  while (words < options.words) {
    if (paragraphs > 0 && paragraphs % 6 === 0) blocks.push(`## ${capitalise(noun(vocabulary.words[lang], random))}`);
    const scene = sceneFor();
    const sentences: string[] = [];
    const length = random.int(3, 6);
    for (let s = 0; s < length; s++) {
      // Half the sentences carry figures.
      sentences.push(s % 2 === 0 ? figureSentence(scene, random) : plainSentence(scene, random));
    }
    const paragraph = sentences.join(" ");
    words += paragraph.split(/\s+/).length;
    blocks.push(paragraph);
    paragraphs++;
  }
  return blocks.join("\n\n") + "\n";
}

function figureSentence(scene: Scene, random: Random): string {
  const roll = random.next();
  const metric = random.int(0, FACT_METRICS - 1);
  if (roll < 0.15) return macroSentence(scene);
  const fact = { metric, company: scene.company, other: scene.other };
  if (roll < 0.55) return factSentence(scene, fact);
  if (roll < 0.8) return factSentence(scene, fact, true);
  // A company no source mentions: the names pool never ends in "-quor".
  const unknown = { ...scene, names: { ...scene.names, companies: scene.names.companies.map((c) => c.split(" ")[0] + "quor") } };
  return factSentence(unknown, fact);
}

function plainSentence(scene: Scene, random: Random): string {
  const roll = random.next();
  if (roll < 0.5) return statementSentence(scene);
  if (roll < 0.85) return fillerSentence(scene);
  return scene.lang === "fr"
    ? random.pick(["Nous y reviendrons plus loin.", "Voici pourquoi cela compte.", "Reste à savoir combien de temps cela durera."])
    : random.pick(["We will come back to this.", "Here is why it matters.", "Whether it lasts is another question."]);
}
