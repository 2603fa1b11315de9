// BPA § 96: a grant measured on the Aarhus wage basis (løntrin 11, Oct 2021) with Albertslund 2018 rules.
import { bpaGrant } from "../src/index.js";

const g = bpaGrant({
  section: "96",
  date: "2021-10-01",
  preset: "aarhus-lt11",
  weeklyHours: { day: 35, evening: 14, night: 7, saturday: 6, sunday: 6 },
  onCallWeeklyHours: 21,
  yearlyExtraHours: { training: 24, overlap: 52 },
  employer: "association",
  servicePreset: "albertslund-2018",
  helperExpensesMonthly: 900,
  allowances: { care: true },
});
console.log(`BPA § 96: ${g.yearly.total} kr. om året, ${g.monthly} kr. om måneden (${g.payment.timing})`);
for (const s of g.explanation) console.log(`  - ${s.text}`);
