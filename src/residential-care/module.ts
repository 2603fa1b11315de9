import { residentialCarePayment } from "./payment.js";
import { residentialCarePaymentBatch } from "./batch.js";
import { defineModule } from "../core/module.js";
import { WORDS } from "./words.js";

/** The § 107 module, as it declares itself (see `ModuleManifest`). */
export const MODULE = /* @__PURE__ */ defineModule({
  name: "residential-care",
  title: "§ 107 (`residentialCarePayment`)",
  functions: { residentialCarePayment, residentialCarePaymentBatch },
  words: WORDS,
  bind: { residentialCarePayment: { level: "preset" }, residentialCarePaymentBatch: { level: "preset" } },
  sheet: ["BOTILBUD.BETALING"],
});
