// An error whose text is worded where it is shown, in the reader's locale: raised where the
// locale is unknown (a request's parameters checked before the server knows its client's
// language, a parser on its own), worded by whoever reports it (errorText, shared/errorText.ts).
import { translator, type Wording } from "./translate";

export class WordedError extends Error {
  constructor(readonly wording: Wording) {
    // English for stacks and for code that only reads `message`.
    super(wording(translator("en")));
  }
}
