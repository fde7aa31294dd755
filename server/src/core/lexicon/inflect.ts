import { wordTable } from "../text/wordTable";
// Inflected forms the Snowball stemmers do not bring back to the base form.
// French: Snowball leaves most irregular verbs and many -re/-ir forms apart ("détient" vs
// "détenir", "vend" vs "vendre", "réduit" vs "réduire"), so verbs marked "~" in the data are
// conjugated here and every form is indexed. English: strong verbs and irregular plurals.
// Over-generation is harmless: an invented form only adds a key of the same concept, and the
// collision test reports any that lands on another concept's key.

/** Endings replacing a suffix of the infinitive (prefix + ending = form). */
interface Family {
  suffix: string;
  endings: string[];
}

// Irregular families, matched on the longest suffix of the infinitive.
const FR_FAMILIES: Family[] = [
  { suffix: "tenir", endings: ["tenir", "tiens", "tient", "tenons", "tenez", "tiennent", "tenais", "tenait", "tenions", "teniez", "tenaient", "tins", "tint", "tinrent", "tiendrai", "tiendra", "tiendrons", "tiendront", "tiendrait", "tiendraient", "tienne", "tiennes", "tenu", "tenue", "tenus", "tenues", "tenant"] },
  { suffix: "venir", endings: ["venir", "viens", "vient", "venons", "venez", "viennent", "venais", "venait", "venaient", "vins", "vint", "vinrent", "viendra", "viendront", "viendrait", "viendraient", "vienne", "venu", "venue", "venus", "venues", "venant"] },
  { suffix: "prendre", endings: ["prendre", "prends", "prend", "prenons", "prenez", "prennent", "prenais", "prenait", "prenaient", "pris", "prise", "prises", "prit", "prirent", "prendra", "prendront", "prendrait", "prendraient", "prenne", "prenant"] },
  { suffix: "mettre", endings: ["mettre", "mets", "met", "mettons", "mettez", "mettent", "mettais", "mettait", "mettaient", "mis", "mise", "mises", "mit", "mirent", "mettra", "mettront", "mettrait", "mettraient", "mette", "mettant"] },
  { suffix: "faire", endings: ["faire", "fais", "fait", "faisons", "faites", "font", "faisais", "faisait", "faisaient", "fit", "firent", "fera", "feront", "ferait", "feraient", "fasse", "fassent", "faisant", "faite", "faits"] },
  { suffix: "dire", endings: ["dire", "dis", "dit", "disons", "dites", "disez", "disent", "disais", "disait", "disaient", "dise", "disent", "dirent", "dira", "diront", "dirait", "diraient", "disant", "dite", "dits"] },
  { suffix: "duire", endings: ["duire", "duis", "duit", "duisons", "duisez", "duisent", "duisais", "duisait", "duisaient", "duisit", "duisirent", "duira", "duiront", "duirait", "duiraient", "duise", "duisant", "duite", "duits", "duites"] },
  { suffix: "struire", endings: ["struire", "struis", "struit", "struisons", "struisez", "struisent", "struisait", "struisaient", "struisit", "struisirent", "struira", "struiront", "struirait", "struise", "struisant", "struite", "struits", "struites"] },
  { suffix: "crire", endings: ["crire", "cris", "crit", "crivons", "crivez", "crivent", "crivait", "crivaient", "crivit", "crivirent", "crira", "criront", "crirait", "crive", "crivant", "crite", "crits", "crites"] },
  { suffix: "aindre", endings: ["aindre", "ains", "aint", "aignons", "aignez", "aignent", "aignait", "aignaient", "aignit", "aignirent", "aindra", "aindront", "aindrait", "aigne", "aignant", "ainte", "aints", "aintes"] },
  { suffix: "eindre", endings: ["eindre", "eins", "eint", "eignons", "eignez", "eignent", "eignait", "eignaient", "eignit", "eignirent", "eindra", "eindront", "eindrait", "eigne", "eignant", "einte", "eints", "eintes"] },
  { suffix: "oindre", endings: ["oindre", "oins", "oint", "oignons", "oignez", "oignent", "oignait", "oignaient", "oignit", "oignirent", "oindra", "oindront", "oindrait", "oigne", "oignant", "ointe", "oints", "ointes"] },
  { suffix: "naître", endings: ["naître", "nais", "naît", "naissons", "naissent", "naissait", "naquit", "naquirent", "naîtra", "naîtrait", "naisse", "naissant", "né", "née", "nés", "nées"] },
  { suffix: "aître", endings: ["aître", "ais", "aît", "aissons", "aissez", "aissent", "aissait", "aissaient", "ut", "urent", "aîtra", "aîtront", "aîtrait", "aisse", "aissant", "u", "ue", "us", "ues"] },
  { suffix: "croître", endings: ["croître", "croîs", "croît", "croissons", "croissez", "croissent", "croissait", "croissaient", "crut", "crurent", "croîtra", "croîtront", "croîtrait", "croisse", "croissant", "cru", "crue", "crus", "crues"] },
  { suffix: "battre", endings: ["battre", "bats", "bat", "battons", "battez", "battent", "battait", "battaient", "battit", "battirent", "battra", "battront", "battrait", "batte", "battant", "battu", "battue", "battus", "battues"] },
  { suffix: "suivre", endings: ["suivre", "suis", "suit", "suivons", "suivez", "suivent", "suivait", "suivaient", "suivit", "suivirent", "suivra", "suivront", "suivrait", "suive", "suivant", "suivi", "suivie", "suivis", "suivies"] },
  { suffix: "vivre", endings: ["vivre", "vis", "vit", "vivons", "vivez", "vivent", "vivait", "vivaient", "vécut", "vécurent", "vivra", "vivront", "vivrait", "vive", "vivant", "vécu", "vécue", "vécus"] },
  { suffix: "soudre", endings: ["soudre", "sous", "sout", "solvons", "solvez", "solvent", "solvait", "solvaient", "solut", "solurent", "soudra", "soudront", "soudrait", "solve", "solvant", "solu", "solue", "solus", "soute"] },
  { suffix: "clure", endings: ["clure", "clus", "clut", "cluons", "cluez", "cluent", "cluait", "cluaient", "clurent", "clura", "cluront", "clurait", "clue", "cluant", "clu", "clues", "cluse", "cluses"] },
  { suffix: "rompre", endings: ["rompre", "romps", "rompt", "rompons", "rompez", "rompent", "rompait", "rompaient", "rompit", "rompirent", "rompra", "rompront", "romprait", "rompe", "rompant", "rompu", "rompue", "rompus"] },
  { suffix: "vaincre", endings: ["vaincre", "vaincs", "vainc", "vainquons", "vainquez", "vainquent", "vainquait", "vainquit", "vainquirent", "vaincra", "vaincront", "vaincrait", "vainque", "vainquant", "vaincu", "vaincue", "vaincus"] },
  { suffix: "lire", endings: ["lire", "lis", "lit", "lisons", "lisez", "lisent", "lisait", "lisaient", "lut", "lurent", "lira", "liront", "lirait", "lise", "lisant", "lu", "lue", "lus", "lues"] },
  { suffix: "croire", endings: ["croire", "crois", "croit", "croyons", "croyez", "croient", "croyait", "croyaient", "crut", "crurent", "croira", "croiront", "croirait", "croie", "croyant", "cru", "crue", "crus"] },
  { suffix: "cevoir", endings: ["cevoir", "çois", "çoit", "cevons", "cevez", "çoivent", "cevait", "cevaient", "çut", "çurent", "cevra", "cevront", "cevrait", "çoive", "cevant", "çu", "çue", "çus", "çues"] },
  { suffix: "voir", endings: ["voir", "vois", "voit", "voyons", "voyez", "voient", "voyait", "voyaient", "vit", "virent", "verra", "verront", "verrait", "voira", "voiront", "voirait", "voie", "voyant", "vu", "vue", "vus", "vues"] },
  { suffix: "valoir", endings: ["valoir", "vaux", "vaut", "valons", "valez", "valent", "valait", "valaient", "valut", "valurent", "vaudra", "vaudront", "vaudrait", "vaille", "valant", "valu"] },
  { suffix: "vouloir", endings: ["vouloir", "veux", "veut", "voulons", "voulez", "veulent", "voulait", "voulaient", "voulut", "voulurent", "voudra", "voudront", "voudrait", "voudraient", "veuille", "voulant", "voulu"] },
  { suffix: "pouvoir", endings: ["pouvoir", "peux", "peut", "pouvons", "pouvez", "peuvent", "pouvait", "pouvaient", "put", "purent", "pourra", "pourront", "pourrait", "pourraient", "puisse", "puissent", "pouvant", "pu"] },
  { suffix: "devoir", endings: ["devoir", "dois", "doit", "devons", "devez", "doivent", "devait", "devaient", "dut", "durent", "devra", "devront", "devrait", "devraient", "doive", "devant", "dû", "due", "dus"] },
  { suffix: "savoir", endings: ["savoir", "sais", "sait", "savons", "savez", "savent", "savait", "savaient", "sut", "surent", "saura", "sauront", "saurait", "sache", "sachant", "su"] },
  { suffix: "vrir", endings: ["vrir", "vre", "vres", "vrent", "vrons", "vrez", "vrait", "vraient", "vrit", "vrirent", "vrira", "vriront", "vrirait", "vrant", "vert", "verte", "verts", "vertes"] },
  { suffix: "frir", endings: ["frir", "fre", "fres", "frent", "frons", "frez", "frait", "fraient", "frit", "frirent", "frira", "friront", "frirait", "frant", "fert", "ferte", "ferts", "fertes"] },
  { suffix: "courir", endings: ["courir", "cours", "court", "courons", "courez", "courent", "courait", "couraient", "courut", "coururent", "courra", "courront", "courrait", "coure", "courant", "couru", "courue", "courus"] },
  { suffix: "mourir", endings: ["mourir", "meurs", "meurt", "mourons", "mourez", "meurent", "mourait", "mouraient", "mourut", "moururent", "mourra", "mourront", "mourrait", "meure", "mourant", "mort", "morte", "morts", "mortes"] },
  { suffix: "quérir", endings: ["quérir", "quiers", "quiert", "quérons", "quérez", "quièrent", "quérait", "quéraient", "quit", "quirent", "querra", "querront", "querrait", "quière", "quérant", "quis", "quise", "quises"] },
  { suffix: "fuir", endings: ["fuir", "fuis", "fuit", "fuyons", "fuyez", "fuient", "fuyait", "fuyaient", "fuirent", "fuira", "fuiront", "fuirait", "fuie", "fuyant", "fui", "fuies"] },
  { suffix: "aller", endings: ["aller", "vais", "va", "allons", "allez", "vont", "allait", "allaient", "alla", "allèrent", "ira", "iront", "irait", "aille", "allant", "allé", "allée", "allés", "allées"] },
  { suffix: "être", endings: ["être", "suis", "est", "sommes", "êtes", "sont", "était", "étaient", "fut", "furent", "sera", "seront", "serait", "seraient", "soit", "soient", "étant", "été"] },
  { suffix: "avoir", endings: ["avoir", "ai", "as", "a", "avons", "avez", "ont", "avait", "avaient", "eut", "eurent", "aura", "auront", "aurait", "auraient", "ait", "aient", "ayant", "eu", "eue", "eus"] },
  { suffix: "asseoir", endings: ["asseoir", "assied", "assoit", "asseyent", "assoient", "asseyait", "assit", "assirent", "assiéra", "assoira", "assis", "assise"] },
  { suffix: "plaire", endings: ["plaire", "plais", "plaît", "plaisons", "plaisent", "plaisait", "plut", "plurent", "plaira", "plairait", "plaise", "plaisant", "plu"] },
  { suffix: "taire", endings: ["taire", "tais", "tait", "taisons", "taisent", "taisait", "tut", "turent", "taira", "tairait", "taise", "taisant", "tu", "tue", "tus"] },
  { suffix: "rire", endings: ["rire", "ris", "rit", "rions", "riez", "rient", "riait", "riaient", "rirent", "rira", "riront", "rirait", "rie", "riant", "ri"] },
  { suffix: "boire", endings: ["boire", "bois", "boit", "buvons", "buvez", "boivent", "buvait", "but", "burent", "boira", "boirait", "boive", "buvant", "bu", "bue"] },
];

/** Ordinary -er verbs; the stem-changing variants (lève, cède, jette, appelle, emploie) are added too. */
function erForms(inf: string): string[] {
  const r = inf.slice(0, -2);
  const endings = ["er", "e", "es", "ent", "ons", "ez", "ais", "ait", "aient", "ions", "iez", "a", "as", "âmes", "èrent", "erai", "era", "eras", "erons", "erez", "eront", "erait", "eraient", "é", "ée", "és", "ées", "ant", "ât"];
  const out = endings.map((e) => r + e);
  // lancer -> lançons, lança; manger -> mangeons, mangea.
  if (r.endsWith("c")) for (const e of ["ons", "a", "ait", "aient", "ant", "ais"]) out.push(r.slice(0, -1) + "ç" + e);
  if (r.endsWith("g")) for (const e of ["ons", "a", "ait", "aient", "ant", "ais"]) out.push(r + "e" + e);
  // Stressed forms: lever -> lève, céder -> cède, jeter -> jette, appeler -> appelle, employer -> emploie.
  const stressed: string[] = [];
  const m = /^(.*)([eé])([^aeiouyéèê]+)$/.exec(r);
  if (m) {
    stressed.push(m[1] + "è" + m[3]);
    if (m[2] === "e" && /^[lt]$/.test(m[3])) stressed.push(m[1] + "e" + m[3] + m[3]);
  }
  if (r.endsWith("y")) stressed.push(r.slice(0, -1) + "i");
  for (const s of stressed) for (const e of ["e", "es", "ent", "era", "eront", "erait", "eraient"]) out.push(s + e);
  return out;
}

/** Regular -ir verbs (finir); -tir/-vir/-mir verbs also get the partir/servir/dormir forms. */
function irForms(inf: string): string[] {
  const r = inf.slice(0, -2);
  const endings = ["ir", "is", "it", "issons", "issez", "issent", "issais", "issait", "issaient", "i", "ie", "ies", "irent", "ira", "iront", "irait", "iraient", "isse", "issant", "ons", "ez", "ent", "ait", "aient", "e", "ant"];
  const out = endings.map((e) => r + e);
  if (/[tvm]$/.test(r)) out.push(r.slice(0, -1) + "s", r.slice(0, -1) + "t");
  return out;
}

/** Regular -re verbs (vendre, rendre, perdre, répondre). */
function reForms(inf: string): string[] {
  const r = inf.slice(0, -2);
  const endings = ["re", "s", "", "ons", "ez", "ent", "ais", "ait", "aient", "u", "ue", "us", "ues", "it", "irent", "ra", "ront", "rait", "raient", "e", "ant"];
  return endings.map((e) => r + e);
}

/** All forms of a French infinitive (including the infinitive). */
export function frenchVerbForms(inf: string): string[] {
  let best: Family | undefined;
  for (const f of FR_FAMILIES) {
    if (inf.endsWith(f.suffix) && (!best || f.suffix.length > best.suffix.length)) best = f;
  }
  if (best) {
    const prefix = inf.slice(0, inf.length - best.suffix.length);
    return best.endings.map((e) => prefix + e);
  }
  if (inf.endsWith("er")) return erForms(inf);
  if (inf.endsWith("ir")) return irForms(inf);
  if (inf.endsWith("re")) return reForms(inf);
  return [inf];
}

/**
 * Feminine and plural forms of a French noun or adjective the stemmer may leave apart
 * ("public"/"publique", "étranger"/"étrangère", "nouveau"/"nouvelle").
 */
export function frenchNominalForms(w: string): string[] {
  const out = [w, w + "s", w + "e", w + "es"];
  const rules: [RegExp, string[]][] = [
    [/al$/, ["aux", "ale", "ales"]],
    [/ail$/, ["aux"]],
    [/eau$/, ["eaux", "elle", "elles"]],
    [/eu$/, ["eux"]],
    [/er$/, ["ère", "ères"]],
    [/eux$/, ["euse", "euses"]],
    [/if$/, ["ive", "ives"]],
    [/c$/, ["que", "ques"]],
    [/el$/, ["elle", "elles"]],
    [/en$/, ["enne", "ennes"]],
    [/on$/, ["onne", "onnes"]],
    [/et$/, ["ette", "ettes"]],
    [/g$/, ["gue", "gues"]],
    [/eur$/, ["euse", "euses", "rice", "rices"]],
  ];
  for (const [re, ends] of rules) {
    if (re.test(w)) {
      const base = w.replace(re, "");
      // "eau" itself must not become "elle".
      if (base.length < 2) continue;
      for (const e of ends) out.push(base + e);
    }
  }
  return out;
}

// English strong verbs and irregular plurals: base -> forms Snowball cannot relate to it.
// Forms that are also common unrelated words are left out on purpose: "found" (find; found a
// company), "left" (leave; the political left), "lay" (lie), "saw" (see), "bound" (bind),
// "fell" (fall; to fell), "rose" (rise; the flower), "lead" the metal is not an issue.
const EN_IRREGULAR = wordTable<string[]>({
  arise: ["arose", "arisen"], awake: ["awoke", "awoken"], bear: ["bore", "borne"], beat: ["beaten"],
  become: ["became"], begin: ["began", "begun"], bend: ["bent"], bet: [], bid: [], bite: ["bit", "bitten"],
  bleed: ["bled"], blow: ["blew", "blown"], break: ["broke", "broken"], breed: ["bred"], bring: ["brought"],
  broadcast: [], build: ["built"], burn: ["burnt"], burst: [], buy: ["bought"], cast: [], catch: ["caught"],
  choose: ["chose", "chosen"], cling: ["clung"], come: ["came"], cost: [], creep: ["crept"], cut: [],
  deal: ["dealt"], dig: ["dug"], do: ["did", "done"], draw: ["drew", "drawn"], dream: ["dreamt"],
  drink: ["drank", "drunk"], drive: ["drove", "driven"], eat: ["ate", "eaten"], feed: ["fed"],
  feel: ["felt"], fight: ["fought"], flee: ["fled"], fly: ["flew", "flown"], forbid: ["forbade", "forbidden"],
  forecast: [], foresee: ["foresaw", "foreseen"], forget: ["forgot", "forgotten"], forgive: ["forgave", "forgiven"],
  freeze: ["froze", "frozen"], get: ["got", "gotten"], give: ["gave", "given"], go: ["went", "gone"],
  grow: ["grew", "grown"], hang: ["hung"], hear: ["heard"], hide: ["hid", "hidden"], hit: [],
  hold: ["held"], hurt: [], keep: ["kept"], know: ["knew", "known"], lay: ["laid"], lead: ["led"],
  lend: ["lent"], let: [], light: ["lit"], lose: ["lost"], make: ["made"], mean: ["meant"], meet: ["met"],
  mislead: ["misled"], outgrow: ["outgrew", "outgrown"], overcome: ["overcame"], oversee: ["oversaw", "overseen"],
  overtake: ["overtook", "overtaken"], overthrow: ["overthrew", "overthrown"], pay: ["paid"], prove: ["proven"],
  put: [], quit: [], read: [], rebuild: ["rebuilt"], repay: ["repaid"], rethink: ["rethought"],
  rewrite: ["rewrote", "rewritten"], ride: ["rode", "ridden"], ring: ["rang", "rung"], rise: ["risen"],
  run: ["ran"], say: ["said"], seek: ["sought"], sell: ["sold"], send: ["sent"], set: [], shake: ["shook", "shaken"],
  shed: [], shine: ["shone"], shoot: ["shot"], shrink: ["shrank", "shrunk"], shut: [], sing: ["sang", "sung"],
  sink: ["sank", "sunk"], sit: ["sat"], sleep: ["slept"], slide: ["slid"], speak: ["spoke", "spoken"],
  spend: ["spent"], spread: [], stand: ["stood"], steal: ["stole", "stolen"], stick: ["stuck"], sting: ["stung"],
  strike: ["struck", "stricken"], swear: ["swore", "sworn"], sweep: ["swept"], swim: ["swam", "swum"],
  take: ["took", "taken"], teach: ["taught"], tear: ["tore", "torn"], tell: ["told"], think: ["thought"],
  throw: ["threw", "thrown"], undergo: ["underwent", "undergone"], understand: ["understood"],
  undertake: ["undertook", "undertaken"], upset: [], uphold: ["upheld"], wake: ["woke", "woken"],
  wear: ["wore", "worn"], weep: ["wept"], win: ["won"], withdraw: ["withdrew", "withdrawn"],
  withhold: ["withheld"], withstand: ["withstood"], write: ["wrote", "written"], outsell: ["outsold"],
  outbid: [], offset: [], overrun: ["overran"], override: ["overrode", "overridden"], overhear: ["overheard"],
  beset: [], mistake: ["mistook", "mistaken"], sue: [], slay: ["slew", "slain"], forgo: ["forwent", "forgone"],
  // Nouns.
  child: ["children"], woman: ["women"], man: ["men"], person: ["people"], crisis: ["crises"],
  analysis: ["analyses"], thesis: ["theses"], diagnosis: ["diagnoses"], phenomenon: ["phenomena"],
  criterion: ["criteria"], datum: ["data"], medium: ["media"], mouse: ["mice"], foot: ["feet"],
  tooth: ["teeth"], life: ["lives"], wife: ["wives"], knife: ["knives"], leaf: ["leaves"], thief: ["thieves"],
  shelf: ["shelves"], wolf: ["wolves"], basis: ["bases"], hypothesis: ["hypotheses"],
  nucleus: ["nuclei"], stimulus: ["stimuli"], index: ["indices"], appendix: ["appendices"], axis: ["axes"],
});

/** Irregular forms of an English word (empty when regular). */
export function englishIrregularForms(w: string): string[] {
  return EN_IRREGULAR.get(w) ?? [];
}
