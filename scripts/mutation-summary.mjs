// Mutation score per module from reports/mutation/mutation.json (run `npm run mutation` first).
import { readFileSync } from "node:fs";

const report = JSON.parse(readFileSync(new URL("../reports/mutation/mutation.json", import.meta.url), "utf8"));
const byModule = new Map();
for (const [file, data] of Object.entries(report.files)) {
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
for (const [module, m] of [...byModule.entries()].sort()) {
  const detected = m.killed + m.timeout;
  const valid = detected + m.survived + m.noCoverage;
  console.log(`${module.padEnd(18)} score ${((detected / valid) * 100).toFixed(1)} %  (killed ${m.killed}, timeout ${m.timeout}, survived ${m.survived}, no coverage ${m.noCoverage}, compile errors/ignored ${m.other})`);
}
if (process.argv.includes("--survivors")) for (const [module, m] of byModule) for (const s of m.survivors) console.log(`  ${module}: ${s}`);
