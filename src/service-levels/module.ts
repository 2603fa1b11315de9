import { defineModule } from "../core/module.js";
import { WORDS } from "./words.js";

/** The service-level module (the step naming the service level every calculation uses), as it declares itself (see `ModuleManifest`). */
export const MODULE = /* @__PURE__ */ defineModule({
  name: "service-levels",
  title: "The service level in use (every calculator that takes one)",
  functions: {},
  words: WORDS,
});
