#!/usr/bin/env node
/**
 * `npx servicelov satser ÅÅÅÅ [--skabelon]` — which years each shipped rate table covers
 * through the given year, and a fill-in JSON template for that year's missing rows (to load
 * with `withRates`). The year is always given: no part of the package reads the clock, so the
 * same command prints the same answer on any day.
 *
 * `npx servicelov serviceniveau --skabelon` — a fill-in service-level document listing every
 * figure and rule the library can use, grouped by paragraph (to load with `withServiceLevel`).
 */
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { rateCoverage, rateTemplate } from "./rates/index.js";
import { serviceLevelTemplate } from "./service-levels/template.js";

const USAGE = `Brug: servicelov satser ÅÅÅÅ [--skabelon]
       servicelov serviceniveau --skabelon
  satser 2026         satstabellerne: dækkede og manglende år til og med 2026
  satser 2027 --skabelon
                      skriver en JSON-skabelon med årets manglende satser (value: null)
                      til standard-output; udfyld den og indlæs den med withRates(...)
  serviceniveau --skabelon
                      skriver et udfyldningsdokument med alle tal og regler, biblioteket
                      kan bruge fra en kommunes serviceniveau, ordnet efter paragraf, hver
                      med betydning, enhed og de beregninger, der bruger den; udfyld det,
                      slet de punkter, jeres dokument ikke fastsætter, og indlæs det med
                      withServiceLevel(...)`;

/** The years the rate tables can be asked about. */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

/** What the user typed, cut so a long argument cannot flood the terminal. */
function echo(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

/** Runs the command; returns the exit code. Exported for tests. */
export function main(args: readonly string[], out: (s: string) => void, err: (s: string) => void): number {
  const [command, ...rest] = args;
  if (command === undefined || command === "--help" || command === "-h" || command === "hjælp") {
    out(USAGE);
    return 0;
  }
  if (command === "serviceniveau") return serviceLevelCommand(rest, out, err);
  if (command !== "satser") {
    err(`Ukendt kommando «${echo(command)}».\n${USAGE}`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    out(USAGE);
    return 0;
  }
  const template = rest.includes("--skabelon") || rest.includes("--template");
  const words = rest.filter((a) => !a.startsWith("--"));
  const unknown = rest.filter((a) => a.startsWith("--") && a !== "--skabelon" && a !== "--template");
  if (unknown.length > 0) {
    err(`Ukendt tilvalg «${echo(unknown[0] as string)}» (kun --skabelon).\n${USAGE}`);
    return 2;
  }
  if (words.length > 1) {
    err(`Angiv ét år, ikke ${words.length} (${words.map(echo).join(", ")}).\n${USAGE}`);
    return 2;
  }
  const word = words[0];
  if (word === undefined) {
    err(`Angiv året, fx: servicelov satser 2026${template ? " --skabelon" : ""} (satserne gælder pr. kalenderår; servicelov læser ikke dagens dato)`);
    return 2;
  }
  if (!/^\d{4}$/.test(word)) {
    err(`«${echo(word)}» er ikke et årstal: angiv året med fire cifre, fx servicelov satser 2026${template ? " --skabelon" : ""}.`);
    return 2;
  }
  const year = Number(word);
  if (year < FIRST_YEAR || year > LAST_YEAR) {
    err(`Året ${word} ligger uden for ${FIRST_YEAR}–${LAST_YEAR}: angiv et år fra ${FIRST_YEAR} til ${LAST_YEAR}, fx servicelov satser 2026.`);
    return 2;
  }
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
}

/** `servicelov serviceniveau --skabelon`: the fill-in service-level document on stdout. */
function serviceLevelCommand(rest: readonly string[], out: (s: string) => void, err: (s: string) => void): number {
  if (rest.includes("--help") || rest.includes("-h")) {
    out(USAGE);
    return 0;
  }
  const other = rest.filter((a) => a !== "--skabelon" && a !== "--template");
  if (other.length > 0) {
    err(`Ukendt ${other[0]?.startsWith("--") ? "tilvalg" : "ord"} «${echo(other[0] as string)}» (serviceniveau tager kun --skabelon).\n${USAGE}`);
    return 2;
  }
  if (rest.length === 0) {
    err(`Angiv --skabelon: servicelov serviceniveau --skabelon > serviceniveau.json\n${USAGE}`);
    return 2;
  }
  out(JSON.stringify(serviceLevelTemplate(), null, 2));
  return 0;
}

/**
 * Is this module the program node was started with? Compared on real paths, so it holds when
 * the command runs through npm's bin link (`node_modules/.bin/servicelov`, `npx servicelov`),
 * a symlink of its own.
 */
export function isEntry(argv1: string | undefined, moduleUrl: string): boolean {
  if (argv1 === undefined) return false;
  try {
    return realpathSync(argv1) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}

/** The message when standard output cannot be written (a full disk, a broken device). */
export const WRITE_FAILED = "servicelov: kunne ikke skrive resultatet (standard-output kan ikke skrives, fx fordi disken er fuld).";

/**
 * Runs the command as a process: writes through `write`, and if writing fails — at once or
 * later, as an 'error' event of the stream — says so in one Danish line on standard error and
 * exits 1, never with a stack trace.
 */
export function runProcess(args: readonly string[], io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream; exit: (code: number) => void }): void {
  let failed = false;
  const onFail = (e?: unknown) => {
    if (failed) return;
    failed = true;
    // A reader that stopped reading (`servicelov satser 2026 | head -1`) is not an error.
    if ((e as { code?: unknown } | undefined)?.code === "EPIPE") {
      io.exit(0);
      return;
    }
    try {
      io.stderr.write(`${WRITE_FAILED}\n`);
    } catch {
      // standard error cannot be written either: the exit code says it
    }
    io.exit(1);
  };
  io.stdout.on("error", onFail);
  io.stderr.on("error", () => io.exit(1));
  let code: number;
  try {
    code = main(args, (s) => io.stdout.write(`${s}\n`), (s) => io.stderr.write(`${s}\n`));
  } catch (e) {
    onFail(e);
    return;
  }
  if (!failed) process.exitCode = code;
}

/* v8 ignore start -- the process entry point; main() and runProcess() are tested directly, the bin through the packed tarball */
// Stryker disable all: the process entry point
if (typeof process !== "undefined" && Array.isArray(process.argv) && isEntry(process.argv[1], import.meta.url)) {
  runProcess(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, exit: (c) => process.exit(c) });
}
// Stryker restore all
/* v8 ignore stop */
