import { defineModule } from "../core/module.js";
import { WORDS } from "./words.js";

/** The Every calculator with a municipal service level module, as it declares itself (see `ModuleManifest`). */
export const MODULE = /* @__PURE__ */ defineModule({
  name: "presets",
  title: "Every calculator with a municipal service level",
  functions: {  },
  words: WORDS,
});
