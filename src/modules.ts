import { deepFreeze } from "./core/freeze.js";
import { MODULE as EXTRA_COST } from "./extra-cost/module.js";
export * from "./extra-cost/index.js";
import { MODULE as ESCORT } from "./escort/module.js";
export * from "./escort/index.js";
import { MODULE as BPA } from "./bpa/module.js";
export * from "./bpa/index.js";
import { MODULE as RESIDENTIAL_CARE } from "./residential-care/module.js";
export * from "./residential-care/index.js";
import { MODULE as SHELTER } from "./shelter/module.js";
export * from "./shelter/index.js";
import { MODULE as CASE } from "./case/module.js";
export * from "./case/index.js";
import { MODULE as COURSES } from "./courses/module.js";
export * from "./courses/index.js";
import { MODULE as TRANSPORT } from "./transport/module.js";
export * from "./transport/index.js";
import { MODULE as FOLLOW_UP } from "./follow-up/module.js";
export * from "./follow-up/index.js";
import { MODULE as NORMS } from "./norms/module.js";
export * from "./norms/index.js";
import { MODULE as TIME_LIMITS } from "./time-limits/module.js";
export * from "./time-limits/index.js";
import { MODULE as SUPPORT } from "./support/module.js";
export * from "./support/index.js";
import { MODULE as PENSION } from "./pension/module.js";
export * from "./pension/index.js";
import { MODULE as CALENDAR } from "./calendar/module.js";
export * from "./calendar/index.js";
import { MODULE as SERVICE_LEVELS } from "./service-levels/module.js";

/**
 * Every module of the library, the one hand-kept list: a new module is its folder (with its
 * `module.ts` and `index.ts`) plus its lines here — the manifest imported, its public names
 * re-exported (the package entry re-exports this file), and its place in the list. The catalogue of rule ids (`RULES`), the calculators bound by
 * `withRates` / `withServiceLevel`, the README's rule tables, the mutation groups and the
 * tests' lists of public functions are derived from it.
 *
 * @example
 * MODULES.map((m) => m.name) //=> ["extra-cost", "escort", "bpa", …]
 */
export const MODULES = /* @__PURE__ */ (() => deepFreeze([EXTRA_COST, ESCORT, BPA, RESIDENTIAL_CARE, SHELTER, CASE, COURSES, TRANSPORT, FOLLOW_UP, NORMS, TIME_LIMITS, SUPPORT, PENSION, CALENDAR, SERVICE_LEVELS] as const))();
