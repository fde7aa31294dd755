// Keys shared by two concepts that are accepted on purpose, with the sense the lookup keeps.
// `lexiconCollisions()` lists every shared key; the tests fail on any not declared here.
// Most collisions were resolved in the data instead (exact "=" forms, or a word left out).
import type { DeclaredCollision } from "./types";

export const DECLARED_COLLISIONS: readonly DeclaredCollision[] = [
  { lang: "fr", key: "cession", keep: "sell", why: '"cessions" (we would stop, from cesser) is a rare conditional; "cession" is a sale' },
  {
    lang: "fr",
    key: "excedent",
    keep: "surplus",
    why: '"excèdent" (they exceed) folds to the noun "excédent"; the noun is far more frequent',
  },
  { lang: "fr", key: "pension", keep: "pension", why: '"pensions" (we think, from penser) is rare in news prose; the noun wins' },
  { lang: "fr", key: "violent", keep: "assault", why: '"violent" (they violate) is rare next to the adjective "violent"' },
];
