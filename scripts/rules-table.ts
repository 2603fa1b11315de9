// Writes the README's table of rule ids, per calculator, from RULES, and of issue codes from
// ISSUE_CODES: `npm run readme:rules`.
// The table sits between <!-- rules:start --> and <!-- rules:end -->; a test fails when it is stale.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ISSUE_CODES, RULES, SERVICE_LEVELS, SERVICE_LEVEL_CATALOGUE, type ServiceLevelKey } from "../src/index.js";
import { MODULES } from "../src/modules.js";

const START = "<!-- rules:start -->";
const END = "<!-- rules:end -->";

/** The markdown: one table per module (from MODULES), each rule id with its meaning. */
export function rulesMarkdown(): string {
  return MODULES.map((m) => {
    const rows = Object.keys(m.words).map((id) => `| \`${id}\` | ${RULES[id as keyof typeof RULES].meaning} |`);
    return [`<details><summary>${m.title} — ${rows.length} rule ids</summary>`, "", "| rule id | meaning |", "| --- | --- |", ...rows, "", "</details>"].join("\n");
  }).join("\n\n");
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

const LEVELS_START = "<!-- levels:start -->";
const LEVELS_END = "<!-- levels:end -->";

/** A row value in a few words: a figure, a rule, or the ids of a list of norms or periods. */
function short(value: unknown): string {
  if (Array.isArray(value)) return value.map((v) => (v !== null && typeof v === "object" && "id" in v ? String((v as { id: string }).id) : JSON.stringify(v))).join(", ") || "—";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** One table per shipped service level: every figure and rule it sets, by paragraph, with its period and section. */
export function levelsMarkdown(): string {
  return Object.values(SERVICE_LEVELS)
    .map((level) => {
      const keys = Object.keys(level.rules) as ServiceLevelKey[];
      const rows = keys.flatMap((k) =>
        (level.rules[k] ?? []).map((r) => `| ${SERVICE_LEVEL_CATALOGUE[k].paragraph} | \`${k}\` | ${short(r.value).replace(/\|/g, "\\|")} | ${r.from}–${r.until ?? ""} | ${r.section.replace(/\|/g, "\\|")} | ${SERVICE_LEVEL_CATALOGUE[k].usedBy.map((u) => `\`${u}\``).join(", ")} |`),
      );
      return [`<details><summary>${level.citation} (\`${level.name}\`) — ${rows.length} figures and rules</summary>`, "", "| paragraph | key | value | in force | section | used by |", "| --- | --- | --- | --- | --- | --- |", ...rows, "", "</details>"].join("\n");
    })
    .join("\n\n");
}

/** README text with the service-level block between its markers regenerated. */
export function withLevelsTable(readme: string): string {
  const start = readme.indexOf(LEVELS_START);
  const end = readme.indexOf(LEVELS_END);
  if (start < 0 || end < 0) throw new Error("README has no <!-- levels:start --> … <!-- levels:end --> block");
  return `${readme.slice(0, start + LEVELS_START.length)}\n${levelsMarkdown()}\n${readme.slice(end)}`;
}

const API_START = "<!-- api:start -->";
const API_END = "<!-- api:end -->";

/** One line per module: its title and its public functions, from MODULES. */
export function apiMarkdown(): string {
  return MODULES.filter((m) => Object.keys(m.functions).length > 0)
    .map((m) => `  - ${m.title.replace(/ \(`.*$/, "")}: ${Object.keys(m.functions).map((f) => `\`${f}\``).join(", ")}`)
    .join("\n");
}

/** README text with the API list between its markers regenerated. */
export function withApiList(readme: string): string {
  const start = readme.indexOf(API_START);
  const end = readme.indexOf(API_END);
  if (start < 0 || end < 0) throw new Error("README has no <!-- api:start --> … <!-- api:end --> block");
  return `${readme.slice(0, start + API_START.length)}\n${apiMarkdown()}\n${readme.slice(end)}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const path = new URL("../README.md", import.meta.url);
  writeFileSync(path, withApiList(withLevelsTable(withCodesTable(withRulesTable(readFileSync(path, "utf8"))))));
  console.log("README rules, issue-code and service-level tables written");
}
