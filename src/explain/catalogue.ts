import { MODULES } from "../modules.js";

/** The union of a list's types as one intersection (the words of every module as one object type). */
type Intersect<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** Every module's words as one object type. */
type AllWords = Intersect<(typeof MODULES)[number]["words"]>;

/** Every module's words, gathered from `MODULES`: the catalogue `RULES`, `translateExplanation` and the README read them. */
export const ALL_WORDS: Readonly<AllWords> = /* @__PURE__ */ (() => Object.freeze(Object.assign({}, ...MODULES.map((m) => m.words)) as AllWords))();

/** A rule id: one per sentence of the explanation. */
export type RuleId = keyof AllWords & string;
