import { courseAttendance, courseEnd } from "./course.js";
import { defineModule } from "../core/module.js";
import { WORDS } from "./words.js";

/** The Courses module, as it declares itself (see `ModuleManifest`). */
export const MODULE = /* @__PURE__ */ defineModule({
  name: "courses",
  title: "Courses (`courseEnd`, `courseAttendance`)",
  functions: { courseEnd, courseAttendance },
  words: WORDS,
  bind: { courseEnd: { level: "preset" }, courseAttendance: { level: "preset" } },
});
