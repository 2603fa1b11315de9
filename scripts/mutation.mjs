// Mutation testing, one module group at a time (`npm run mutation`, or `npm run mutation -- shelter
// core` for some groups). Each group is one Stryker run with the settings of stryker.config.json,
// its own incremental file (mutation/incremental/<group>.json, committed: a run re-tests only the
// mutants whose code or covering tests changed since it was written) and its own report
// (reports/mutation/<group>.json, read by `npm run mutation:summary`). A group below the break
// threshold (90 %) fails the whole command; the others still run, so one run shows every score.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";

const base = JSON.parse(readFileSync(new URL("../stryker.config.json", import.meta.url), "utf8"));
const excluded = base.mutate.filter((g) => g.startsWith("!"));

/**
 * The groups, together covering every file stryker.config.json mutates: one per folder under
 * src/ (read from the folders, so a new module is mutation-tested without editing a list), and
 * the files at the top of src/ (`cli.ts`, `modules.ts`, `index.ts`).
 */
export const GROUPS = Object.fromEntries([
  ...readdirSync(new URL("../src/", import.meta.url), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => [d.name, [`src/${d.name}/**/*.ts`]]),
  ["top", ["src/*.ts"]],
]);

if (import.meta.url === `file://${process.argv[1]}`) {
  const asked = process.argv.slice(2);
  const unknown = asked.filter((g) => !(g in GROUPS));
  if (unknown.length > 0) {
    console.error(`unknown group(s): ${unknown.join(", ")}; groups: ${Object.keys(GROUPS).join(", ")}`);
    process.exit(2);
  }
  const groups = asked.length > 0 ? asked : Object.keys(GROUPS);
  mkdirSync("reports/mutation", { recursive: true });
  mkdirSync("mutation/incremental", { recursive: true });
  const outcome = [];
  for (const group of groups) {
    const config = {
      ...base,
      mutate: [...GROUPS[group], ...excluded],
      incremental: true,
      incrementalFile: `mutation/incremental/${group}.json`,
      jsonReporter: { fileName: `reports/mutation/${group}.json` },
      htmlReporter: { fileName: `reports/mutation/${group}.html` },
      // One sandbox directory per group (the others are left out of its copy), so two groups may run at once from two shells.
      tempDirName: `.stryker-tmp-${group}`,
    };
    const file = `reports/mutation/${group}.stryker.json`;
    writeFileSync(file, JSON.stringify(config, null, 2));
    const started = Date.now();
    console.log(`\n=== mutation: ${group} (${GROUPS[group].join(", ")}) ===`);
    const r = spawnSync("npx", ["stryker", "run", file], { stdio: "inherit" });
    outcome.push({ group, status: r.status, minutes: (Date.now() - started) / 60_000 });
  }
  console.log("\ngroup              exit  minutes");
  for (const o of outcome) console.log(`${o.group.padEnd(18)} ${String(o.status).padStart(4)}  ${o.minutes.toFixed(1)}`);
  console.log(`total                    ${outcome.reduce((s, o) => s + o.minutes, 0).toFixed(1)}`);
  process.exit(outcome.every((o) => o.status === 0) ? 0 : 1);
}
