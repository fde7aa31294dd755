// stopwords-iso ships its lists as one JSON file without types: ISO 639-1 code → words.
declare module "stopwords-iso" {
  const lists: Readonly<Record<string, readonly string[]>>;
  export = lists;
}
