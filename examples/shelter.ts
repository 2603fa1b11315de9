// §§ 109–110: a stay at a crisis centre across the new year, per started døgn.
import { shelterFee } from "../src/index.js";

const r = shelterFee({ section: "109", arrival: "2023-12-20T15:30", departure: "2024-01-10T11:00" });
console.log(`§ 109 krisecenter: ${r.days} døgn, egenbetaling ${r.amount} kr.`);
for (const m of r.months) console.log(`  ${m.month}: ${m.days} døgn, ${m.amount} kr.`);
for (const s of r.explanation) console.log(`  - ${s.text}`);
