// Writes the README's rates table from rateCoverage(): `npm run readme:rates`.
// The table sits between <!-- rates:start through=YYYY --> and <!-- rates:end -->; the year in
// the marker is kept, so adding a later year's row changes nothing here until it is moved on.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { rateCoverage } from "../src/index.js";

const START = /<!-- rates:start through=(\d{4}) -->/;
const END = "<!-- rates:end -->";

/** The markdown table of every shipped rate table's coverage through `through`. */
export function ratesMarkdown(through: number): string {
  const rows = rateCoverage({ through }).map(
    (t) => `| \`${t.table}\` | ${t.law} | ${t.years.join(", ") || "—"} | ${t.missing.join(", ") || "—"} |`,
  );
  return ["| table | law | years with figures | missing (not found) |", "| --- | --- | --- | --- |", ...rows].join("\n");
}

/** README text with the block between the markers regenerated. */
export function withRatesTable(readme: string): string {
  const m = START.exec(readme);
  const end = readme.indexOf(END);
  if (!m || end < 0) throw new Error("README has no <!-- rates:start through=YYYY --> … <!-- rates:end --> block");
  const head = readme.slice(0, m.index + m[0].length);
  return `${head}\n${ratesMarkdown(Number(m[1]))}\n${readme.slice(end)}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const path = new URL("../README.md", import.meta.url);
  writeFileSync(path, withRatesTable(readFileSync(path, "utf8")));
  console.log("README rates table written");
}
