// After tsup: generates the Excel metadata (dist/excel/functions.json, from JSDoc @customfunction
// via custom-functions-metadata) and the Google Apps Script file (dist/apps-script/servicelov.gs),
// both from the one registry of spreadsheet functions.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { SHEET_DECLARATIONS } = await import(join(root, "dist/spreadsheet.js"));

const all = SHEET_DECLARATIONS;
const jsName = (f) => f.exportName;
const ident = (p) => p.name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/æ/g, "ae").replace(/ø/g, "oe").replace(/å/g, "aa").replace(/[^A-Za-z0-9_]/g, "_");
// FORKLARING's repeated arguments may be ranges: declared as matrices (Excel then passes 1×1 matrices for single cells).
const tsType = (p) => (p.range ? "any[][]" : p.repeating ? "any[][][]" : p.type === "any" ? "any" : p.type);

// 1. Excel: a declarations file whose JSDoc the metadata generator reads.
const excelSource = all
  .map((f) => {
    const params = f.params
      .map((p) => ` * @param {${tsType(p)}} ${p.optional ? `[${ident(p)}]` : p.repeating ? `${ident(p)}` : ident(p)} ${p.description}`)
      .join("\n");
    const sig = f.params.map((p) => `${p.repeating ? "..." : ""}${ident(p)}${p.optional ? "?" : ""}: ${tsType(p)}`).join(", ");
    const ret = f.result === "table" ? "any[][]" : f.result === "text" ? "string" : "number";
    return `/**\n * ${f.description}\n * @customfunction ${f.id} ${f.name}\n${params}\n * @returns {${ret}} ${f.returns ?? (f.result === "table" ? "En tabel" : "Beløbet")}\n */\nfunction ${jsName(f)}(${sig}): ${ret} {\n  throw new Error("declaration only");\n}\n`;
  })
  .join("\n");
const tmp = join(root, "node_modules/.cache/servicelov");
mkdirSync(tmp, { recursive: true });
const excelFile = join(tmp, "excel-functions.ts");
writeFileSync(excelFile, excelSource);
const result = await generateCustomFunctionsMetadata(excelFile, false);
if (result.errors.length > 0) {
  console.error(result.errors.join("\n"));
  process.exit(1);
}
mkdirSync(join(root, "dist/excel"), { recursive: true });
writeFileSync(join(root, "dist/excel/functions.json"), result.metadataJson);

// 2. Google Apps Script: the IIFE bundle plus one global function per spreadsheet function.
const bundlePath = join(root, "dist/apps-script/bundle.js");
const bundle = readFileSync(bundlePath, "utf8");
const globals = all
  .map((f) => {
    const params = f.params.filter((p) => !p.repeating);
    const doc = params.map((p) => ` * @param {${p.range ? "Array<Array<*>>" : "*"}} ${ident(p)} ${p.optional ? "(valgfri) " : ""}${p.description}`).join("\n");
    const names = params.map(ident);
    const rest = f.params.some((p) => p.repeating) ? `, ...${ident(f.params.at(-1))}` : "";
    const call = f.params.some((p) => p.repeating) ? `[${names.join(", ")}${rest}]` : `[${names.join(", ")}]`;
    return `/**\n * ${f.description} (${f.name})\n${doc}\n * @return ${f.returns ?? (f.result === "table" ? "En tabel" : "Beløbet")}\n * @customfunction\n */\nfunction ${jsName(f)}(${names.join(", ")}${rest}) {\n  return Servicelov.call(${JSON.stringify(f.id)}, ${call});\n}\n`;
  })
  .join("\n");
const header = `// servicelov for Google Sheets — paste this whole file into Extensions → Apps Script.\n// Functions: ${all.map((f) => `${jsName(f)} (${f.name})`).join(", ")}.\n// Licence: MPL-2.0. Bundles decimal.js (MIT) and zod (MIT).\n`;
writeFileSync(join(root, "dist/apps-script/servicelov.gs"), `${header}${bundle}\n${globals}`);
// The Apps Script project manifest: Danish time, the V8 runtime (for `clasp push` or pasting).
writeFileSync(
  join(root, "dist/apps-script/appsscript.json"),
  `${JSON.stringify({ timeZone: "Europe/Copenhagen", runtimeVersion: "V8", exceptionLogging: "STACKDRIVER" }, null, 2)}\n`,
);
rmSync(bundlePath);
console.log(`build-sheets: ${all.length} functions → dist/excel/functions.json, dist/apps-script/servicelov.gs`);
