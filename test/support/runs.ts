/**
 * A property's number of runs: its own number, capped by `FC_NUM_RUNS` when that is set (mutation
 * testing sets it, so each mutant runs a few cases of every property instead of hundreds).
 *
 * @example
 * fc.assert(fc.property(arb, check), { numRuns: runs(300) });
 */
export const runs = (n: number): number => Math.min(n, Number(process.env.FC_NUM_RUNS ?? n));
