import { transportOwnPayment } from "./transport.js";
import { defineModule } from "../core/module.js";
import { WORDS } from "./words.js";

/** The Transport module, as it declares itself (see `ModuleManifest`). */
export const MODULE = /* @__PURE__ */ defineModule({
  name: "transport",
  title: "Transport (`transportOwnPayment`)",
  functions: { transportOwnPayment },
  words: WORDS,
  bind: { transportOwnPayment: { level: "preset" } },
});
