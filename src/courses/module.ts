import { courseAttendance, courseEnd } from "./course.js";
import { defineModule } from "../core/module.js";
import { WORDS } from "./words.js";
import { COURSES_ISSUES } from "./messages.js";

/** The Courses module, as it declares itself (see `ModuleManifest`). */
export const MODULE = /* @__PURE__ */ defineModule({
  name: "courses",
  title: "Courses (`courseEnd`, `courseAttendance`)",
  functions: { courseEnd, courseAttendance },
  words: WORDS,
  messages: COURSES_ISSUES,
  examples: {
    courseEnd: [{ kind: "individual", start: "2024-08-31", preset: "ballerup" }],
    courseAttendance: [{ preset: "ballerup", lastAttendance: "2024-03-01", asOf: "2024-03-29" }],
  },
  bind: { courseEnd: { level: "preset" }, courseAttendance: { level: "preset" } },
});
