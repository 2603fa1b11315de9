#!/usr/bin/env node
/**
 * `npx servicelov satser ÅÅÅÅ [--skabelon]` — which years each shipped rate table covers
 * through the given year, and a fill-in JSON template for that year's missing rows (to load
 * with `withRates`). The year is always given: no part of the package reads the clock, so the
 * same command prints the same answer on any day.
 */
import { rateCoverage, rateTemplate } from "./rates/index.js";
import { InputError } from "./core/errors.js";

const USAGE = `Brug: servicelov satser ÅÅÅÅ [--skabelon]
  satser 2026         satstabellerne: dækkede og manglende år til og med 2026
  satser 2027 --skabelon
                      skriver en JSON-skabelon med årets manglende satser (value: null)
                      til standard-output; udfyld den og indlæs den med withRates(...)`;

/** Runs the command; returns the exit code. Exported for tests. */
export function main(args: readonly string[], out: (s: string) => void, err: (s: string) => void): number {
  const [command, ...rest] = args;
  if (command !== "satser") {
    err(USAGE);
    return command === undefined || command === "--help" || command === "-h" ? 0 : 2;
  }
  const template = rest.includes("--skabelon") || rest.includes("--template");
  const words = rest.filter((a) => !a.startsWith("--"));
  const unknown = rest.filter((a) => a.startsWith("--") && a !== "--skabelon" && a !== "--template");
  if (unknown.length > 0 || words.length > 1 || (words[0] !== undefined && !/^\d{4}$/.test(words[0]))) {
    err(USAGE);
    return 2;
  }
  if (words[0] === undefined) {
    err(`Angiv året, fx: servicelov satser 2026${template ? " --skabelon" : ""} (satserne gælder pr. kalenderår; servicelov læser ikke dagens dato)`);
    return 2;
  }
  const year = Number(words[0]);
  try {
    if (template) {
      out(JSON.stringify(rateTemplate({ year }), null, 2));
      return 0;
    }
    const rows = rateCoverage({ through: year });
    const width = Math.max(...rows.map((r) => r.table.length));
    out(`Satstabeller i servicelov, dækning til og med ${year}:`);
    for (const r of rows) {
      const missing = r.missing.length === 0 ? "mangler: ingen" : `mangler: ${r.missing.join(", ")}`;
      out(`${r.table.padEnd(width)}  år: ${r.years.join(", ") || "ingen"}  ${missing}`);
    }
    const anyMissing = rows.some((r) => r.missing.length > 0);
    if (anyMissing) out(`\nManglende satser tilføjes med withRates(...); en skabelon: servicelov satser ${year} --skabelon`);
    return 0;
  } catch (e) {
    err(e instanceof InputError ? e.message : String(e));
    return 2;
  }
}

/* v8 ignore start -- the process entry point; main() is tested directly */
// Stryker disable all: the process entry point; main() is tested directly
const isEntry = typeof process !== "undefined" && Array.isArray(process.argv) && /cli\.(c?js|ts)$/.test(process.argv[1] ?? "");
if (isEntry) {
  process.exitCode = main(process.argv.slice(2), (s) => process.stdout.write(`${s}\n`), (s) => process.stderr.write(`${s}\n`));
}
// Stryker restore all
/* v8 ignore stop */
