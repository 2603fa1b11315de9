import type { InputIssue } from "../core/errors.js";
import { eachRow, plainAmount, readColumns, rowIndex, rowsError, type BatchOptions, type Column } from "../core/columns.js";
import { wholeOre } from "../core/ore.js";
import type { Step } from "../core/explain.js";
import { dateProblem } from "../core/period.js";
import { NO_BOUND_RATES, rowAt, type BoundRates } from "../core/rates.js";
import { BAND_RULE_NAMES, bandAmount, bandRule, groupsOre, kompensationOre, merudgiftOre, type KompensationOre, type MerudgiftOre } from "./ore-rules.js";
import type { ExtraCostInput } from "./schema.js";
import { KOMPENSATION_FROM, KOMPENSATION_TABLE, MERUDGIFT_LAST_DAY, MERUDGIFT_TABLE } from "./rates.js";
import { computeExtraCostSubsidy, type ExtraCostRule } from "./subsidy.js";


/** The columns of {@link extraCostSubsidyBatch}, named as the fields of `extraCostSubsidy`. */
export interface ExtraCostColumns {
  /** The date each row is computed for (`"YYYY-MM-DD"`): it picks the regime and the year's rates. */
  date: Column<string>;
  /** Probable extra costs per month in kroner (give this or `yearlyCosts`). */
  monthlyCosts?: Column<number>;
  /** Probable extra costs per year in kroner (give this or `monthlyCosts`). */
  yearlyCosts?: Column<number>;
  /** Merudgiftsydelse: the costs above band 2 are documented (`true`) — then the actual amount is paid. */
  documented?: Column<boolean>;
  /** Kompensationsydelse: documented listed costs per month (kroner), for group 2. */
  documentedListedMonthlyCosts?: Column<number>;
  /** The regime, when not the one the date gives: `"merudgift"` or `"kompensation"`. */
  regime?: Column<"merudgift" | "kompensation">;
  /** Kompensationsydelse: the group the citizen chose (1 or 2), when not the better one. */
  group?: Column<1 | 2>;
}

/** The rule codes of a batch's `rule` column, by number. */
export const BATCH_RULES: readonly (ExtraCostRule | "refused")[] = /* @__PURE__ */ Object.freeze([...BAND_RULE_NAMES, "group-1", "group-2", "refused"]);
/** The `rule` code of a refused row. */
export const REFUSED: number = /* @__PURE__ */ (() => BATCH_RULES.indexOf("refused"))();

/** The result of {@link extraCostSubsidyBatch}: one entry per row in each column, no object per row. */
export interface ExtraCostBatchResult {
  /** The number of rows. */
  readonly length: number;
  /** The monthly benefit of each row in øre, an exact integer (0 for a refused row). */
  readonly amountOre: Float64Array;
  /** The rule of each row, as an index into {@link BATCH_RULES} (`ruleOf(i)` gives its name). */
  readonly rule: Uint8Array;
  /** The refused rows, each with the same issues (codes and paths) the per-call function gives. Empty when every row computed. */
  readonly errors: readonly { readonly row: number; readonly issues: readonly InputIssue[] }[];
  /** The rule name of row `i`, e.g. `"band-2"`. */
  ruleOf(i: number): ExtraCostRule | "refused";
  /** The input of row `i`, as `extraCostSubsidy` takes it. */
  input(i: number): ExtraCostInput;
  /** The Danish explanation of row `i`: identical to what `extraCostSubsidy` gives for that input. */
  explain(i: number): Step[];
}

/** Each rule's code: its index in {@link BATCH_RULES} (derived; a band rule's number is its own code). */
const RULE_CODE = /* @__PURE__ */ (() => Object.fromEntries(BATCH_RULES.map((r, i) => [r, i])) as Record<ExtraCostRule | "refused", number>)();

/**
 * § 100 for a whole population at once: columns in, columns out. Each column is named as the
 * per-call field and is either one value for every row or one entry per row (an array or a typed
 * array; amounts in kroner as numbers). Every row is validated; the common shapes (an ISO date
 * text, amounts as numbers with at most two decimals) are checked and computed in integer øre
 * without a Decimal or an object per row, and any other row is computed — or refused, with the
 * same codes and messages — by the per-call `extraCostSubsidy` itself. The amounts equal the
 * per-call API to the øre (a property test checks every row, every band edge included), with the
 * same rates (shipped, or bound by `withRates`).
 *
 * @throws {InputError} with `onError: "throw"` (the default), naming every refused row; a column of the wrong length.
 * @example
 * const r = extraCostSubsidyBatch({ date: "2024-03-01", monthlyCosts: new Float64Array([607, 1800, 3000]), documented: [false, false, true] });
 * [...r.amountOre] //=> [0, 227700, 300000]
 * r.ruleOf(1) //=> "band-2"
 */
export function extraCostSubsidyBatch(columns: ExtraCostColumns, options: BatchOptions = {}): ExtraCostBatchResult {
  return computeExtraCostSubsidyBatch(columns, NO_BOUND_RATES, options);
}

/** {@link extraCostSubsidyBatch} with rate rows bound by `withRates`. */
export function computeExtraCostSubsidyBatch(columns: ExtraCostColumns, bound: BoundRates, options: BatchOptions = {}): ExtraCostBatchResult {
  return batch(columns, bound, options);
}

function batch(columns: ExtraCostColumns, bound: BoundRates, options: BatchOptions): ExtraCostBatchResult {
  const { n, onError, col: c } = readColumns(columns, options, ["date", "monthlyCosts", "yearlyCosts", "documented", "documentedListedMonthlyCosts", "regime", "group"]);
  const col = (k: keyof typeof c) => c[k];
  const date = col("date");
  const monthly = col("monthlyCosts");
  const yearly = col("yearlyCosts");
  const documented = col("documented");
  const listed = col("documentedListedMonthlyCosts");
  const regime = col("regime");
  const group = col("group");
  const input = (i: number): ExtraCostInput => {
    const out: Record<string, unknown> = { date: date(i) };
    const put = (k: string, v: unknown) => {
      if (v !== undefined) out[k] = v;
    };
    put("monthlyCosts", monthly(i));
    put("yearlyCosts", yearly(i));
    put("documented", documented(i));
    put("documentedListedMonthlyCosts", listed(i));
    put("regime", regime(i));
    put("group", group(i));
    return out as unknown as ExtraCostInput;
  };

  const amountOre = new Float64Array(n);
  const rule = new Uint8Array(n);
  const errors: { row: number; issues: readonly InputIssue[] }[] = [];
  // Per date: the regime and the year's limits in øre (most populations share a few dates).
  const byDate = new Map<string, { regime: "merudgift"; m: MerudgiftOre } | { regime: "kompensation"; k: KompensationOre } | null>();
  // Any other shape, and every refusal, is the per-call function's (its InputError refuses the row in eachRow).
  const slow = (i: number) => {
    const r = computeExtraCostSubsidy(input(i), bound);
    amountOre[i] = wholeOre(r.monthlyAmount);
    rule[i] = RULE_CODE[r.rule];
  };
  const row = (i: number): void => {
    const d = date(i);
    const m = monthly(i);
    const y = yearly(i);
    const doc = documented(i);
    const li = listed(i);
    const rg = regime(i);
    const g = group(i);
    // The fast path takes the common shapes only; anything else (and every refusal) is the per-call function's.
    if (typeof d !== "string" || (m === undefined) === (y === undefined) || (doc !== undefined && typeof doc !== "boolean") || (rg !== undefined && rg !== "merudgift" && rg !== "kompensation") || (g !== undefined && g !== 1 && g !== 2)) {
      slow(i);
      return;
    }
    const costs = m !== undefined ? m : y;
    if (!plainAmount(costs) || (li !== undefined && !plainAmount(li))) {
      slow(i);
      return;
    }
    let at = byDate.get(d);
    if (at === undefined) {
      at = null;
      if (dateProblem(d) === undefined) {
        const reg = d < KOMPENSATION_FROM ? "merudgift" : "kompensation";
        if (reg === "merudgift") {
          const row = rowAt(MERUDGIFT_TABLE, d, undefined, bound);
          const m = row && merudgiftOre(row);
          if (m) at = { regime: "merudgift", m };
        } else {
          const row = rowAt(KOMPENSATION_TABLE, d, undefined, bound);
          const k = row && kompensationOre(row);
          if (k) at = { regime: "kompensation", k };
        }
      }
      byDate.set(d, at);
    }
    // An asked regime other than the date's own, a field of the other regime, a missing rate: the per-call function decides.
    if (at === null || (rg !== undefined && (rg !== at.regime || (rg === "merudgift" && d > MERUDGIFT_LAST_DAY))) || (at.regime === "merudgift" && (li !== undefined || g !== undefined)) || (at.regime === "kompensation" && doc !== undefined)) {
      slow(i);
      return;
    }
    const c = wholeOre(costs);
    const yearlyOre = m !== undefined ? c * 12 : c;
    if (at.regime === "merudgift") {
      const r = bandRule(yearlyOre, doc === true, at.m);
      amountOre[i] = bandAmount(r, yearlyOre, m !== undefined ? c : undefined, at.m);
      rule[i] = r;
    } else {
      const k = groupsOre(yearlyOre, li === undefined ? 0 : wholeOre(li), at.k);
      const chosen = g ?? k.better ?? 1;
      const eligible = chosen === 1 ? k.g1 : k.g2;
      amountOre[i] = chosen === 1 ? k.g1Amount : k.g2Amount;
      rule[i] = RULE_CODE[eligible ? (chosen === 1 ? "group-1" : "group-2") : "below-threshold"];
    }
  };
  // A value that cannot be read, or is refused, refuses its row only, never the batch's other rows.
  eachRow(n, row, (i, issues) => {
    amountOre[i] = 0;
    rule[i] = REFUSED;
    errors.push({ row: i, issues });
  });
  if (errors.length > 0 && onError === "throw") throw rowsError(errors);
  return Object.freeze({
    length: n,
    amountOre,
    rule,
    errors: Object.freeze(errors.map((e) => Object.freeze(e))),
    ruleOf: (i: number) => BATCH_RULES[rule[rowIndex(i, n)] as number] as ExtraCostRule | "refused",
    input: (i: number) => input(rowIndex(i, n)),
    // Reads the columns when called: a column changed after the batch gives that row's new explanation.
    explain: (i: number) => computeExtraCostSubsidy(input(rowIndex(i, n)), bound).explanation,
  });
}
