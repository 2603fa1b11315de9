// A worked § 100 case, as a caseworker would meet it. Run: npm run example
import { extraCostSubsidy } from "../src/index.js";

const result = extraCostSubsidy({
  date: "2024-03-01",
  items: [
    { label: "Medicin (egenbetaling)", yearly: 6000, kind: "medicine" },
    { label: "Ekstra tøjvask", monthly: 250 },
    { label: "Befordring i fritiden", monthly: 600 },
  ],
});

console.log("§ 100 merudgiftsydelse, marts 2024");
console.log(`  regel: ${result.rule}, satsniveau ${result.rateLevel}`);
console.log(`  månedlig ydelse: ${result.monthlyAmount} kr. (årligt ${result.yearlyAmount} kr.)`);
for (const line of result.explanation) console.log(`  - ${line.text}${line.source ? `  [${line.source}]` : ""}`);

const komp = extraCostSubsidy({ date: "2025-10-01", monthlyCosts: 2600, documentedListedMonthlyCosts: 2150 });
console.log("\n§ 100 kompensationsydelse, oktober 2025");
console.log(`  gruppe 1: ${komp.alternatives?.group1.monthlyAmount} kr., gruppe 2: ${komp.alternatives?.group2.monthlyAmount} kr.`);
for (const line of komp.explanation) console.log(`  - ${line.text}`);
