#!/usr/bin/env bash
# Package checks: publint, arethetypeswrong, and a real consumer of the packed tarball that
# imports it from ESM, from CJS and from a strict TypeScript file. Run after `npm run build`.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
npx publint --strict
# node10 resolution cannot see subpath exports; servicelov needs Node ≥ 20, so node16+ and bundlers are checked.
npx attw --pack . --profile node16
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
tarball="$(npm pack --silent --pack-destination "$tmp" | tail -n 1)"
echo "packed $tarball"
contents="$(tar -tzf "$tmp/$tarball" | sed 's#^package/##' | sort)"
unexpected="$(echo "$contents" | grep -vE '^(dist/.*|schema/service-level\.schema\.json|README\.md|CHANGELOG\.md|LICENSE|package\.json)$' || true)"
if [ -n "$unexpected" ]; then echo "unexpected files in the tarball:"; echo "$unexpected"; exit 1; fi
for f in README.md CHANGELOG.md LICENSE schema/service-level.schema.json dist/index.js dist/index.cjs dist/index.d.ts dist/index.d.cts dist/spreadsheet.js dist/excel/functions.json dist/apps-script/servicelov.gs; do
  echo "$contents" | grep -qx "$f" || { echo "missing from the tarball: $f"; exit 1; }
done
mkdir -p "$tmp/consumer" && cd "$tmp/consumer"
cat > package.json <<'JSON'
{ "name": "consumer", "private": true, "type": "module" }
JSON
npm install --no-audit --no-fund --prefer-offline "$tmp/$tarball" >/dev/null
cat > esm.mjs <<'JS'
import { extraCostSubsidy, shelterFee } from "servicelov";
import { MERUDGIFT } from "servicelov/spreadsheet";
if (extraCostSubsidy({ date: "2024-03-01", monthlyCosts: 1800 }).monthlyAmount !== "2277.00") throw new Error("ESM § 100");
if (shelterFee({ section: "109", arrival: "2024-03-01T14:00", departure: "2024-03-03T13:00" }).amount !== "194.60") throw new Error("ESM § 109");
if (MERUDGIFT(1800, 45352) !== 2277) throw new Error("ESM spreadsheet");
import { createRequire } from "node:module";
const schema = createRequire(import.meta.url)("servicelov/service-level.schema.json");
if (!schema.properties?.rules) throw new Error("servicelov/service-level.schema.json");
console.log("consumer ESM ok");
JS
cat > cjs.cjs <<'JS'
const { extraCostSubsidy, InputError } = require("servicelov");
const { LEDSAGE } = require("servicelov/spreadsheet");
if (extraCostSubsidy({ date: "2024-03-01", monthlyCosts: 1800 }).monthlyAmount !== "2277.00") throw new Error("CJS § 100");
try { extraCostSubsidy({ date: "nope", monthlyCosts: 1 }); throw new Error("no error"); } catch (e) { if (!(e instanceof InputError)) throw e; }
if (!Array.isArray(LEDSAGE([["2024-01", 2]], "2024-01", "2024-02"))) throw new Error("CJS spreadsheet");
console.log("consumer CJS ok");
JS
cat > strict.ts <<'TS'
import { bpaGrant, escortLedger, extraCostSubsidy, InputError, presets, residentialCarePayment, type ExtraCostResult, type Step } from "servicelov";
import { registerHyperFormula, type SheetValue } from "servicelov/spreadsheet";
const r: ExtraCostResult = extraCostSubsidy({ date: "2024-03-01", monthlyCosts: 1800 });
const s: Step[] = r.explanation;
const months: string[] = escortLedger({ from: "2024-01", to: "2024-02" }).months.map((m) => m.month);
const total: string = bpaGrant({ section: "96", date: "2021-10-01", preset: "aarhus-lt11", employer: "citizen", weeklyHours: { day: 40 } }).yearly.total;
const pay: string = residentialCarePayment({ income: 9000, price: { housing: 4000 }, preset: "holbaek-2024" }).payment;
const d: string | undefined = presets.holbaek2024.residentialCare?.disposableAmount;
const v: SheetValue = [[1, "a"]];
const e: InputError | undefined = undefined;
// @ts-expect-error — monthlyCosts must be a number or a string
extraCostSubsidy({ date: "2024-03-01", monthlyCosts: true });
export { s, months, total, pay, d, v, e, registerHyperFormula };
TS
cat > tsconfig.json <<'JSON'
{ "compilerOptions": { "strict": true, "noEmit": true, "module": "NodeNext", "moduleResolution": "NodeNext", "target": "ES2022", "skipLibCheck": false, "types": [] }, "files": ["strict.ts"] }
JSON
node esm.mjs
node cjs.cjs
# The command through the installed bin, exactly as the README writes it (npm's bin link is a
# symlink, so the entry check must compare real paths; issue 23.11): it must print, not exit silently.
out="$(npx --no-install servicelov satser 2026)"
echo "$out" | grep -q "^Satstabeller i servicelov, dækning til og med 2026:" || { echo "npx servicelov satser 2026 printed: $out"; exit 1; }
tpl="$(npx --no-install servicelov satser 2026 --skabelon)"
node -e 'const t = JSON.parse(process.argv[1]); if (!t.SHELTER_109_RATES) throw new Error("template lacks SHELTER_109_RATES")' "$tpl"
./node_modules/.bin/servicelov satser 2026 | grep -q "^SHELTER_109_RATES" || { echo "node_modules/.bin/servicelov printed nothing"; exit 1; }
./node_modules/.bin/servicelov --help | grep -q "^Brug: servicelov satser" || { echo "--help printed nothing on standard output"; exit 1; }
if ./node_modules/.bin/servicelov satser 2026 > /dev/full 2> err.txt; then echo "writing to /dev/full must fail"; exit 1; fi
grep -q "^servicelov: kunne ikke skrive" err.txt || { echo "no Danish message when standard output fails:"; cat err.txt; exit 1; }
echo "consumer bin ok (npx servicelov satser 2026, --skabelon, node_modules/.bin, --help, /dev/full)"
"$root/node_modules/.bin/tsc" -p tsconfig.json
echo "consumer strict TypeScript ok"
