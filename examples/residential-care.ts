// § 107: Holbæk 2024 service level — the payment is capped so the disposable amount is left.
import { residentialCarePayment } from "../src/index.js";

const r = residentialCarePayment({
  month: "2024-03",
  income: [{ label: "Førtidspension efter skat", monthly: "9850.00" }],
  price: { housing: 4200, services: { food: 2600, laundry: 250, cleaning: 180 } },
  preset: "holbaek-2024",
});
console.log(`§ 107 midlertidigt botilbud: egenbetaling ${r.payment} kr. (${r.reason}); tilbage: ${r.disposableLeft} kr.`);
for (const s of r.explanation) console.log(`  - ${s.text}`);
