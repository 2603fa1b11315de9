// Issue 24 § 2: arrows point down only. `core` imports no module (and so no module's words); a
// module never imports `src/presets/` (the public gathering of presets) nor a door
// (`src/spreadsheet/`, `src/cli.ts`); the service-level layer imports no calculator module.
// Read from the import statements of every file.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve, dirname } from "node:path";
import { describe, expect, it } from "vitest";
import { MODULES } from "../src/modules.js";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
}

/** Every relative import of a file, as a path under src/ (type-only imports included). */
function imports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:import|export)\s[^;]*?from\s+"(\.[^"]+)"/g)].map((m) => relative("src", resolve(dirname(file), m[1] as string)).replace(/\.js$/, ".ts"));
}

const top = (path: string) => path.split("/")[0] as string;
const calculatorModules: ReadonlySet<string> = new Set(MODULES.map((m) => m.name as string).filter((n) => n !== "service-levels"));

describe("layers: arrows point down only", () => {
  const all = files("src").map((f) => ({ file: relative("src", f), imports: imports(f) }));
  it("core imports no module, no words, no door", () => {
    const bad = all.filter((f) => top(f.file) === "core").flatMap((f) => f.imports.filter((i) => !["core", "explain"].includes(top(i)) || i.endsWith("words.ts")).map((i) => `${f.file} → ${i}`));
    // core/explain.ts names the catalogue's RuleId type (erased at build): the one allowed type-level arrow.
    expect(bad.filter((b) => !b.startsWith("core/explain.ts → explain/catalogue.ts") && !b.startsWith("core/module.ts → core/") && !b.includes("→ explain/render.ts"))).toEqual([]);
  });
  it("no module imports src/presets/, a door, or the top-level list", () => {
    const bad = all
      .filter((f) => calculatorModules.has(top(f.file)) || top(f.file) === "service-levels")
      .flatMap((f) => f.imports.filter((i) => ["presets", "spreadsheet"].includes(top(i)) || ["cli.ts", "index.ts", "modules.ts"].includes(i)).map((i) => `${f.file} → ${i}`));
    expect(bad).toEqual([]);
  });
  it("the service-level layer imports no calculator module", () => {
    const bad = all.filter((f) => top(f.file) === "service-levels").flatMap((f) => f.imports.filter((i) => calculatorModules.has(top(i))).map((i) => `${f.file} → ${i}`));
    expect(bad).toEqual([]);
  });
});
