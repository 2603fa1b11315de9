import { WORDS as BPA } from "../bpa/words.js";
import { WORDS as CALENDAR } from "../calendar/words.js";
import { WORDS as CASE } from "../case/words.js";
import { WORDS as COURSES } from "../courses/words.js";
import { WORDS as ESCORT } from "../escort/words.js";
import { WORDS as EXTRA_COST } from "../extra-cost/words.js";
import { WORDS as FOLLOW_UP } from "../follow-up/words.js";
import { WORDS as NORMS } from "../norms/words.js";
import { WORDS as PENSION } from "../pension/words.js";
import { WORDS as PRESETS } from "../presets/words.js";
import { WORDS as RESIDENTIAL_CARE } from "../residential-care/words.js";
import { WORDS as SHELTER } from "../shelter/words.js";
import { WORDS as SUPPORT } from "../support/words.js";
import { WORDS as TIME_LIMITS } from "../time-limits/words.js";
import { WORDS as TRANSPORT } from "../transport/words.js";

/** Every module's words, gathered: the catalogue `RULES`, `translateExplanation` and the README read them. */
export const ALL_WORDS = /* @__PURE__ */ (() => Object.freeze({ ...CASE, ...EXTRA_COST, ...NORMS, ...TIME_LIMITS, ...FOLLOW_UP, ...COURSES, ...TRANSPORT, ...CALENDAR, ...SHELTER, ...RESIDENTIAL_CARE, ...BPA, ...ESCORT, ...PENSION, ...PRESETS, ...SUPPORT }))();

/** A rule id: one per sentence of the explanation. */
export type RuleId = keyof typeof ALL_WORDS;
