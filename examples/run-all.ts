// Runs every example in this folder, in order.
import { readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname, join } from "node:path";

const here = dirname(fileURLToPath(import.meta.url));
for (const file of readdirSync(here).filter((f) => f.endsWith(".ts") && f !== "run-all.ts").sort()) {
  console.log(`\n=== examples/${file} ===`);
  await import(pathToFileURL(join(here, file)).href);
}
