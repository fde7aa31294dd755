export { en, type MessageId } from "./en";
export { LOCALES, localeOf, type Locale, type Message } from "./message";
export { catalogues, translator, type ParamsOf, type Translate, type Wording } from "./translate";
export { WordedError } from "./wordedError";
