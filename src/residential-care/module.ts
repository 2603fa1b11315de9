import { residentialCarePayment } from "./payment.js";
import { residentialCarePaymentBatch } from "./batch.js";
import { defineModule } from "../core/module.js";
import { BOTILBUD_BETALING } from "./sheet.js";
import { WORDS } from "./words.js";
import { RESIDENTIAL_CARE_ISSUES } from "./messages.js";

/** The § 107 module, as it declares itself (see `ModuleManifest`). */
export const MODULE = /* @__PURE__ */ defineModule({
  name: "residential-care",
  title: "§ 107 (`residentialCarePayment`)",
  functions: { residentialCarePayment, residentialCarePaymentBatch },
  words: WORDS,
  messages: RESIDENTIAL_CARE_ISSUES,
  examples: {
    residentialCarePayment: [{ month: "1994-12", days: { from: "1994-12-01", to: "1994-12-31" }, income: 9000, price: { housing: 3100 }, disposableAmount: 2000 }],
    residentialCarePaymentBatch: [{ income: [12000, 7000, 0], housing: 4000, services: 2500, disposableAmount: 2800 }],
  },
  bind: { residentialCarePayment: { level: "preset" }, residentialCarePaymentBatch: { level: "preset" } },
  sheet: [BOTILBUD_BETALING],
});
