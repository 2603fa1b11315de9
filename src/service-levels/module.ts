import { defineModule } from "../core/module.js";
import { WORDS } from "./words.js";
import { SERVICE_LEVEL_ISSUES } from "./messages.js";

/** The service-level module (the step naming the service level every calculation uses), as it declares itself (see `ModuleManifest`). */
export const MODULE = /* @__PURE__ */ defineModule({
  name: "service-levels",
  title: "The service level in use (every calculator that takes one)",
  functions: {},
  words: WORDS,
  messages: SERVICE_LEVEL_ISSUES,
});
