import { statePensionAge } from "./age.js";
import { defineModule } from "../core/module.js";
import { FOLKEPENSIONSALDER, FOLKEPENSIONSDATO } from "./sheet.js";
import { WORDS } from "./words.js";
import { PENSION_ISSUES } from "./messages.js";

/** The State pension age module, as it declares itself (see `ModuleManifest`). */
export const MODULE = /* @__PURE__ */ defineModule({
  name: "pension",
  title: "State pension age (`statePensionAge`)",
  functions: { statePensionAge },
  words: WORDS,
  messages: PENSION_ISSUES,
  examples: {
    statePensionAge: [{ birthDate: "1960-05-20" }],
  },
  sheet: [FOLKEPENSIONSALDER, FOLKEPENSIONSDATO],
});
