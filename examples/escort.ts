// § 97 escort ledger: a citizen saves hours over the summer and uses them on a trip in October.
import { escortLedger } from "../src/index.js";

const ledger = escortLedger({
  from: "2024-06",
  to: "2024-12",
  usage: [
    { month: "2024-06", hours: 5 },
    { date: "2024-10-12", hours: 48 },
    { month: "2024-11", hours: 10 },
  ],
});
console.log("§ 97 ledsageordning, juni–december 2024");
console.log("måned    bevilget brugt bortfaldet overforbrug til rådighed (ved udgang)");
for (const m of ledger.months) {
  console.log(`${m.month}  ${String(m.granted).padStart(8)} ${String(m.used).padStart(5)} ${String(m.lapsed).padStart(10)} ${String(m.overuse).padStart(11)} ${String(m.availableAtEnd).padStart(13)}`);
}
for (const s of ledger.explanation) console.log(`  - ${s.text}`);
