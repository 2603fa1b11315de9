import { MODULE as EXTRA_COST } from "./extra-cost/module.js";
import { MODULE as ESCORT } from "./escort/module.js";
import { MODULE as BPA } from "./bpa/module.js";
import { MODULE as RESIDENTIAL_CARE } from "./residential-care/module.js";
import { MODULE as SHELTER } from "./shelter/module.js";
import { MODULE as CASE } from "./case/module.js";
import { MODULE as COURSES } from "./courses/module.js";
import { MODULE as TRANSPORT } from "./transport/module.js";
import { MODULE as FOLLOW_UP } from "./follow-up/module.js";
import { MODULE as NORMS } from "./norms/module.js";
import { MODULE as TIME_LIMITS } from "./time-limits/module.js";
import { MODULE as SUPPORT } from "./support/module.js";
import { MODULE as PENSION } from "./pension/module.js";
import { MODULE as CALENDAR } from "./calendar/module.js";
import { MODULE as PRESETS } from "./presets/module.js";

/**
 * Every module of the library, the one hand-kept list: a new module is its folder (with its
 * `module.ts`) plus one line here. The catalogue of rule ids (`RULES`), the calculators bound by
 * `withRates` / `withServiceLevel`, the README's rule tables, the mutation groups and the
 * tests' lists of public functions are derived from it.
 *
 * @example
 * MODULES.map((m) => m.name) //=> ["extra-cost", "escort", "bpa", …]
 */
export const MODULES = [EXTRA_COST, ESCORT, BPA, RESIDENTIAL_CARE, SHELTER, CASE, COURSES, TRANSPORT, FOLLOW_UP, NORMS, TIME_LIMITS, SUPPORT, PENSION, CALENDAR, PRESETS] as const;
