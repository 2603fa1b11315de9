// Writes the README's table of rule ids, per calculator, from RULES, and of issue codes from
// ISSUE_CODES: `npm run readme:rules`.
// The table sits between <!-- rules:start --> and <!-- rules:end -->; a test fails when it is stale.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ISSUE_CODES, RULES } from "../src/index.js";

const START = "<!-- rules:start -->";
const END = "<!-- rules:end -->";

/** The calculator a rule id belongs to, by its prefix. */
const GROUPS: [string, string][] = [
  ["extra-cost.period", "§ 100 payment period (`extraCostPaymentPeriod`)"],
  ["extra-cost.one-off", "§ 100 one-off expense (`extraCostOneOff`)"],
  ["extra-cost", "§ 100 extra costs (`extraCostSubsidy`)"],
  ["escort.age", "§ 97 age rule (`escortAgeRule`)"],
  ["escort.trip", "§ 97 trips (`escortTripHours`)"],
  ["escort.expense", "§ 97 expenses (`escortExpenseSupplement`)"],
  ["escort", "§ 97 ledger (`escortLedger`)"],
  ["bpa.settlement", "BPA settlement (`bpaSettlement`)"],
  ["bpa", "BPA §§ 95–96 (`bpaGrant`)"],
  ["residential-care", "§ 107 (`residentialCarePayment`)"],
  ["shelter.psychology", "§ 109 psychologist (`shelterChildPsychology`)"],
  ["shelter", "§§ 109–110 (`shelterFee`, `shelterDays`)"],
  ["case", "Deadlines (`caseDeadline`, `appealDeadline`, `bpaNoticeDate`)"],
  ["course", "Courses (`courseEnd`, `courseAttendance`)"],
  ["follow-up", "Follow-ups (`followUpDates`)"],
  ["norms", "Extent norms (`serviceNorms`)"],
  ["limits", "Time limits and contact deadlines (`timeLimits`)"],
  ["transport", "Transport (`transportOwnPayment`)"],
  ["support", "Support packages (`supportPackage`)"],
  ["pension", "State pension age (`statePensionAge`)"],
  ["preset", "Every calculator with a municipal preset"],
  ["calendar", "Spreadsheet `ARBEJDSDAGE.LÆG.TIL`"],
];

/** The markdown: one table per calculator, each rule id with its meaning. */
export function rulesMarkdown(): string {
  const ids = Object.keys(RULES);
  const byGroup = new Map<string, string[]>();
  for (const id of ids) {
    const group = GROUPS.find(([p]) => id === p || id.startsWith(`${p}.`) || id.startsWith(`${p}-`));
    if (!group) throw new Error(`rule id ${id} belongs to no calculator in scripts/rules-table.ts`);
    byGroup.set(group[1], [...(byGroup.get(group[1]) ?? []), id]);
  }
  return GROUPS.filter(([, title]) => byGroup.has(title))
    .map(([, title]) => {
      const rows = (byGroup.get(title) as string[]).map((id) => `| \`${id}\` | ${RULES[id as keyof typeof RULES].meaning} |`);
      return [`<details><summary>${title} — ${rows.length} rule ids</summary>`, "", "| rule id | meaning |", "| --- | --- |", ...rows, "", "</details>"].join("\n");
    })
    .join("\n\n");
}

/** README text with the block between the markers regenerated. */
export function withRulesTable(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < 0) throw new Error("README has no <!-- rules:start --> … <!-- rules:end --> block");
  return `${readme.slice(0, start + START.length)}\n${rulesMarkdown()}\n${readme.slice(end)}`;
}

const CODES_START = "<!-- codes:start -->";
const CODES_END = "<!-- codes:end -->";

/** The markdown table of every issue code (ISSUE_CODES): code, meaning, example. */
export function codesMarkdown(): string {
  const rows = Object.entries(ISSUE_CODES).map(([code, d]) => `| \`${code}\` | ${d.meaning} | ${d.example.replace(/\|/g, "\\|")} |`);
  return ["| code | meaning | example |", "| --- | --- | --- |", ...rows].join("\n");
}

/** README text with the issue-code block between its markers regenerated. */
export function withCodesTable(readme: string): string {
  const start = readme.indexOf(CODES_START);
  const end = readme.indexOf(CODES_END);
  if (start < 0 || end < 0) throw new Error("README has no <!-- codes:start --> … <!-- codes:end --> block");
  return `${readme.slice(0, start + CODES_START.length)}\n${codesMarkdown()}\n${readme.slice(end)}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const path = new URL("../README.md", import.meta.url);
  writeFileSync(path, withCodesTable(withRulesTable(readFileSync(path, "utf8"))));
  console.log("README rules and issue-code tables written");
}
