import { addWorkingDays, danishHolidays, isWorkingDay } from "./working-days.js";
import { defineModule } from "../core/module.js";
import { WORDS } from "./words.js";

/** The Working days module, as it declares itself (see `ModuleManifest`). */
export const MODULE = /* @__PURE__ */ defineModule({
  name: "calendar",
  title: "Working days (`isWorkingDay`, `addWorkingDays`, `danishHolidays`)",
  functions: { isWorkingDay, addWorkingDays, danishHolidays },
  words: WORDS,
  sheet: ["ARBEJDSDAGE.LAEG.TIL"],
});
