// Mutation score per module from the group reports in reports/mutation/ (run `npm run mutation`
// first; a plain `npx stryker run` writes reports/mutation/mutation.json, also read).
// `--survivors` lists every surviving or uncovered mutant.
import { existsSync, readdirSync, readFileSync } from "node:fs";

const dir = new URL("../reports/mutation/", import.meta.url);
const reports = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".json") && !f.endsWith(".stryker.json")) : [];
if (reports.length === 0) {
  console.error("no mutation report in reports/mutation/: run `npm run mutation` first");
  process.exit(1);
}
const files = {};
for (const f of reports) Object.assign(files, JSON.parse(readFileSync(new URL(f, dir), "utf8")).files);
const byModule = new Map();
for (const [file, data] of Object.entries(files)) {
  const module = file.replace(/^src\//, "").split("/")[0];
  const m = byModule.get(module) ?? { killed: 0, survived: 0, timeout: 0, noCoverage: 0, other: 0, survivors: [] };
  for (const mutant of data.mutants) {
    if (mutant.status === "Killed") m.killed++;
    else if (mutant.status === "Timeout") m.timeout++;
    else if (mutant.status === "Survived") {
      m.survived++;
      m.survivors.push(`${file}:${mutant.location.start.line} ${mutant.mutatorName} ${JSON.stringify(mutant.replacement ?? "").slice(0, 60)}`);
    } else if (mutant.status === "NoCoverage") {
      m.noCoverage++;
      m.survivors.push(`${file}:${mutant.location.start.line} ${mutant.mutatorName} (no coverage)`);
    } else m.other++;
  }
  byModule.set(module, m);
}
const score = (m) => {
  const detected = m.killed + m.timeout;
  const valid = detected + m.survived + m.noCoverage;
  return valid === 0 ? "  n/a" : `${((detected / valid) * 100).toFixed(1).padStart(5)} %`;
};
const all = { killed: 0, timeout: 0, survived: 0, noCoverage: 0, other: 0 };
for (const [module, m] of [...byModule.entries()].sort()) {
  for (const k of Object.keys(all)) all[k] += m[k];
  console.log(`${module.padEnd(18)} score ${score(m)}  (killed ${m.killed}, timeout ${m.timeout}, survived ${m.survived}, no coverage ${m.noCoverage}, compile errors/ignored ${m.other})`);
}
console.log(`${"all".padEnd(18)} score ${score(all)}  (killed ${all.killed}, timeout ${all.timeout}, survived ${all.survived}, no coverage ${all.noCoverage}, compile errors/ignored ${all.other})`);
if (process.argv.includes("--survivors")) for (const [module, m] of byModule) for (const s of m.survivors) console.log(`  ${module}: ${s}`);
