import { addWorkingDays, danishHolidays, isWorkingDay } from "./working-days.js";
import { defineModule } from "../core/module.js";
import { WORDS } from "./words.js";

/** The Working days module, as it declares itself (see `ModuleManifest`). */
export const MODULE = /* @__PURE__ */ defineModule({
  name: "calendar",
  title: "Working days (`isWorkingDay`, `addWorkingDays`, `danishHolidays`)",
  functions: { isWorkingDay, addWorkingDays, danishHolidays },
  words: WORDS,
  examples: {
    isWorkingDay: ["2024-03-28"],
    addWorkingDays: ["2024-03-27", 3],
    danishHolidays: [2024],
  },
  sheet: ["ARBEJDSDAGE.LAEG.TIL"],
});
