// npm run bench — each calculator through its public function vs a plain-number baseline of the
// same rule, in the same run. Prints a table and writes bench/results.json. Not part of the tests.
import { writeFileSync } from "node:fs";
import { Bench } from "tinybench";
// The built package is measured (what users run); its types are the source's.
const distPath = "../dist/index.js";
const { bpaGrant, escortLedger, extraCostSubsidy, extraCostSubsidyBatch, residentialCarePayment, shelterFee } = (await import(distPath)) as typeof import("../src/index.js");
import { baselineBpa, baselineEscort, baselineExtraCost, baselineResidential, baselineShelter } from "./baselines.js";
import { publicodesExtraCost, publicodesResidential } from "./peers.js";

let sink: unknown;
const usage120 = Array.from({ length: 120 }, (_, i) => ({ month: `${2015 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`, hours: (i * 7) % 31 }));
const usageNumbers = usage120.map((u) => u.hours);
const bpaInput = {
  section: "96" as const,
  date: "2021-10-01",
  preset: "aarhus-lt11" as const,
  weeklyHours: { day: 35, evening: 14, night: 7, saturday: 6, sunday: 6 },
  onCallWeeklyHours: 21,
  employer: "association" as const,
  servicePreset: "albertslund-2018" as const,
  helperExpensesMonthly: 1000,
  allowances: { care: true },
};

const pairs: [string, () => void, () => void, number][] = [
  ["§ 100 single month", () => (sink = extraCostSubsidy({ date: "2024-03-01", monthlyCosts: 1800 })), () => (sink = baselineExtraCost(1800)), 100_000],
  ["§ 97 ledger, 10 years, monthly use", () => (sink = escortLedger({ from: "2015-01", to: "2024-12", usage: usage120 })), () => (sink = baselineEscort(usageNumbers)), 5_000],
  ["BPA grant, all hour kinds", () => (sink = bpaGrant(bpaInput)), () => (sink = baselineBpa({ day: 35, evening: 14, night: 7, saturday: 6, sunday: 6, onCall: 21 }, 135.6)), 20_000],
  ["§ 107 payment", () => (sink = residentialCarePayment({ month: "2024-03", income: 8000, price: { housing: 4000, services: { food: 2500 } }, preset: "holbaek-2024" })), () => (sink = baselineResidential(8000, 481, 2078, 6500)), 100_000],
  ["§§ 109–110 fee, 90 days across new year", () => (sink = shelterFee({ section: "109", arrival: "2023-11-15T14:00", departure: "2024-02-13T10:00" })), () => (sink = baselineShelter(Date.UTC(2023, 10, 15, 14), Date.UTC(2024, 1, 13, 10), { 2023: 93.38, 2024: 97.3 })), 50_000],
];

const bench = new Bench({ time: 800, warmupTime: 200 });
for (const [name, lib, base] of pairs) {
  bench.add(`${name} — servicelov`, lib);
  bench.add(`${name} — baseline`, base);
}
await bench.run();

const hz = (name: string): number => {
  const result = bench.tasks.find((t) => t.name === name)?.result as { throughput?: { mean?: number } } | undefined;
  return result?.throughput?.mean ?? Number.NaN;
};
const rows = pairs.map(([name, , , target]) => {
  const lib = hz(`${name} — servicelov`);
  const base = hz(`${name} — baseline`);
  return { case: name, opsPerSecond: Math.round(lib), baselineOpsPerSecond: Math.round(base), ratio: Number((base / lib).toFixed(1)), target, meetsTarget: lib >= target };
});

// A national recalculation: 100.000 citizens through the public API, timed end to end.
const citizens = Array.from({ length: 100_000 }, (_, i) => ({ date: "2024-03-01", monthlyCosts: ((i * 37) % 400_000) / 100, documented: i % 3 === 0 }));
const t0 = performance.now();
for (const c of citizens) sink = extraCostSubsidy(c);
const batchMs = performance.now() - t0;
const t1 = performance.now();
for (const c of citizens) sink = baselineExtraCost(c.monthlyCosts);
const baseMs = performance.now() - t1;
rows.push({ case: "§ 100 batch of 100.000 citizens (ms)", opsPerSecond: Math.round(100_000 / (batchMs / 1000)), baselineOpsPerSecond: Math.round(100_000 / (baseMs / 1000)), ratio: Number((batchMs / baseMs).toFixed(1)), target: 50_000, meetsTarget: batchMs < 2000 });

console.table(rows);
console.log(`batch: ${batchMs.toFixed(0)} ms for 100.000 citizens (target < 2000 ms)`);

// Issue 26: the whole country at once. 1.200.000 varied citizens (dates in merudgift 2024 and
// kompensation 2025-10, costs across every band, some documented, some with listed costs) through
// extraCostSubsidyBatch, against a plain typed-array loop over the same columns in the same run
// (the physical floor: the 2024 bands and the 2025 groups as numbers, no validation).
const N = 1_200_000;
const dates: string[] = new Array(N);
const monthlyCol = new Float64Array(N);
const listedCol: (number | undefined)[] = new Array(N);
const documentedCol: (boolean | undefined)[] = new Array(N);
for (let i = 0; i < N; i++) {
  const kompensation = i % 4 === 0;
  dates[i] = kompensation ? "2025-10-01" : "2024-03-01";
  monthlyCol[i] = ((i * 7919) % 500_000) / 100;
  listedCol[i] = kompensation && i % 8 === 0 ? ((i * 131) % 400_000) / 100 : undefined;
  documentedCol[i] = kompensation ? undefined : i % 3 === 0;
}
const plainLoop = (): Float64Array => {
  const out = new Float64Array(N);
  for (let i = 0; i < N; i++) {
    const m = monthlyCol[i] as number;
    if (dates[i] === "2024-03-01") out[i] = m * 12 < 7296 ? 0 : m <= 1707 ? 1138 : m <= 2846 || !documentedCol[i] ? 2277 : m;
    else {
      const l = listedCol[i] ?? 0;
      const g1 = m * 12 >= 6660 ? 1105 : 0;
      const g2 = l * 12 > 24000 ? l + 500 : 0;
      out[i] = Math.max(g1, g2);
    }
  }
  return out;
};
plainLoop();
const t2 = performance.now();
const floor = plainLoop();
const floorMs = performance.now() - t2;
const rss0 = process.memoryUsage().rss;
const t3 = performance.now();
const big = extraCostSubsidyBatch({ date: dates, monthlyCosts: monthlyCol, documentedListedMonthlyCosts: listedCol, documented: documentedCol }, { onError: "collect" });
const bigMs = performance.now() - t3;
const rss1 = process.memoryUsage().rss;
// Spot-check against the per-call API (the property test checks every row on random inputs).
for (let i = 0; i < N; i += 100_003) if (big.amountOre[i] !== Math.round(Number(extraCostSubsidy(big.input(i)).monthlyAmount) * 100)) throw new Error(`batch row ${i} differs from the per-call API`);
sink = floor;
rows.push({ case: "§ 100 batch of 1.200.000 citizens (ms)", opsPerSecond: Math.round(N / (bigMs / 1000)), baselineOpsPerSecond: Math.round(N / (floorMs / 1000)), ratio: Number((bigMs / floorMs).toFixed(1)), target: 20, meetsTarget: bigMs / floorMs <= 20 });
console.log(`country batch: ${bigMs.toFixed(0)} ms for 1.200.000 citizens; plain loop ${floorMs.toFixed(1)} ms; ratio ${(bigMs / floorMs).toFixed(1)} (target ≤ 20); ${big.errors.length} refused; RSS +${((rss1 - rss0) / 1e6).toFixed(0)} MB during the batch (output columns ${((big.amountOre.byteLength + big.rule.byteLength) / 1e6).toFixed(1)} MB)`);

// Issue 26 § 3: per call against the loop-timed floor. tinybench times each call with
// performance.now(), which caps a plain baseline near the timer's own overhead; here each side runs
// over many varied inputs between two clock reads. The library's calls build and read their Danish
// explanation (every step's text). Publicodes, the peer, runs the same rules on the same inputs,
// and its amounts must equal the library's in øre.
/** Nanoseconds per call of `f` over `inputs`, timed as one loop between two clock reads (after a warm-up loop). */
function perCall<T>(inputs: readonly T[], f: (x: T) => unknown, rounds = 5): number {
  for (const x of inputs) sink = f(x);
  const t = performance.now();
  for (let r = 0; r < rounds; r++) for (const x of inputs) sink = f(x);
  return ((performance.now() - t) * 1e6) / (rounds * inputs.length);
}
const read = (r: { explanation: readonly { text: string }[] }) => {
  let n = 0;
  for (const step of r.explanation) n += step.text.length;
  return n;
};
const costs = Array.from({ length: 20_000 }, (_, i) => ((i * 7919) % 400_000) / 100);
const incomes = Array.from({ length: 20_000 }, (_, i) => (300_000 + ((i * 7919) % 1_200_000)) / 100);
const pcExtra = publicodesExtraCost();
const pcResidential = publicodesResidential();
// The amounts agree in øre on every input before anything is timed.
for (const m of costs) if (pcExtra(m) !== Math.round(Number(extraCostSubsidy({ date: "2024-03-01", monthlyCosts: m }).monthlyAmount) * 100)) throw new Error(`publicodes § 100 differs at ${m}`);
for (const inc of incomes.slice(0, 2000)) if (pcResidential(inc, 6500) !== Math.round(Number(residentialCarePayment({ month: "2024-03", income: inc, price: { housing: 4000, services: { food: 2500 } }, preset: "holbaek-2024" }).payment) * 100)) throw new Error(`publicodes § 107 differs at ${inc}`);
const usageSets = Array.from({ length: 200 }, (_, k) => usage120.map((u, i) => ({ month: u.month, hours: (i * 7 + k) % 31 })));
const hourSets = Array.from({ length: 2000 }, (_, k) => ({ day: 30 + (k % 10), evening: 14, night: 7, saturday: 6, sunday: 6 }));
const loops = [
  { case: "§ 100 single month", lib: perCall(costs, (m) => read(extraCostSubsidy({ date: "2024-03-01", monthlyCosts: m }))), floor: perCall(costs, baselineExtraCost, 200), peer: perCall(costs.slice(0, 2000), pcExtra, 1) },
  { case: "§ 107 payment", lib: perCall(incomes.slice(0, 5000), (inc) => read(residentialCarePayment({ month: "2024-03", income: inc, price: { housing: 4000, services: { food: 2500 } }, preset: "holbaek-2024" }))), floor: perCall(incomes, (inc) => baselineResidential(inc, 481, 2078, 6500), 200), peer: perCall(incomes.slice(0, 2000), (inc) => pcResidential(inc, 6500), 1) },
  { case: "§ 97 ledger, 10 years, monthly use", lib: perCall(usageSets, (u) => read(escortLedger({ from: "2015-01", to: "2024-12", usage: u })), 2), floor: perCall(usageSets.map((u) => u.map((x) => x.hours)), baselineEscort, 20), peer: Number.NaN },
  { case: "BPA grant, all hour kinds", lib: perCall(hourSets.slice(0, 500), (h) => read(bpaGrant({ ...bpaInput, weeklyHours: h })), 2), floor: perCall(hourSets, (h) => baselineBpa({ ...h, onCall: 21 }, 135.6), 50), peer: Number.NaN },
];
const perCallRows = loops.map((l) => ({ case: l.case, libNs: Math.round(l.lib), floorNs: Number(l.floor.toFixed(1)), ratioToFloor: Math.round(l.lib / l.floor), publicodesNs: Number.isNaN(l.peer) ? null : Math.round(l.peer), publicodesOverLib: Number.isNaN(l.peer) ? null : Number((l.peer / l.lib).toFixed(1)) }));
console.table(perCallRows);
console.log("per call (loop-timed, explanation built and read): ns per call of the library, of the plain floor, and of publicodes on the same inputs (amounts equal in øre).");
writeFileSync(new URL("./results.json", import.meta.url), `${JSON.stringify({ node: process.version, date: new Date().toISOString().slice(0, 10), batchMs: Math.round(batchMs), countryBatchMs: Math.round(bigMs), countryFloorMs: Number(floorMs.toFixed(1)), rows, perCall: perCallRows }, null, 2)}\n`);
if (sink === undefined) console.log("");
