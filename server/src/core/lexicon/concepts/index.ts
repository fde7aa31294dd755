// All concept data, one file per domain. Order matters only for undeclared collisions (the
// first concept wins), which the tests forbid anyway.
import type { Concept } from "../types";
import { ECONOMY } from "./economy";
import { TECHNOLOGY } from "./technology";
import { POLITICS } from "./politics";
import { JUSTICE } from "./justice";
import { WAR } from "./war";
import { HEALTH } from "./health";
import { CLIMATE } from "./climate";
import { SOCIETY } from "./society";
import { VERBS } from "./verbs";
import { TIME } from "./time";
import { ATTRIBUTES } from "./attributes";
import { GEOGRAPHY } from "./geography";

export const DOMAINS = {
  economy: ECONOMY,
  technology: TECHNOLOGY,
  politics: POLITICS,
  justice: JUSTICE,
  war: WAR,
  health: HEALTH,
  climate: CLIMATE,
  society: SOCIETY,
  verbs: VERBS,
  time: TIME,
  attributes: ATTRIBUTES,
  geography: GEOGRAPHY,
} satisfies Record<string, readonly Concept[]>;

export const ALL_CONCEPTS: readonly Concept[] = Object.values(DOMAINS).flat();
