import type { InputIssue } from "../core/errors.js";
import type { Step } from "../core/explain.js";
import { eachRow, plainAmount, readColumns, rowIndex, rowsError, type BatchOptions, type Column } from "../core/columns.js";
import { wholeOre } from "../core/ore.js";
import { decidePayment, residentialCarePayment, type ResidentialCareReason } from "./payment.js";
import { ORE } from "../core/arith.js";
import { boundLevel, withBoundLevel } from "../service-levels/scope.js";
import type { ResidentialCareInput } from "./input.js";

/** The columns of {@link residentialCarePaymentBatch}, named as the fields of `residentialCarePayment`. */
export interface ResidentialCareColumns {
  /** Income after tax per month, kroner. */
  income: Column<number>;
  /** The price of housing per month (`price.housing`), kroner. */
  housing: Column<number>;
  /** The price of services per month — food, laundry, cleaning, … together (`price.services.other`), kroner. */
  services?: Column<number>;
  /** Approved fixed expenses per month, their total (`approvedExpenses`), kroner. */
  approvedExpenses?: Column<number>;
  /** The disposable amount that must be left per month (`disposableAmount`), kroner; or a `preset` that sets it. */
  disposableAmount?: Column<number>;
  /** The monthly cost of an own home kept during the stay (`ownDwelling.monthlyCost`), kroner. */
  ownDwellingCost?: Column<number>;
  /** The month computed (`"YYYY-MM"`), required with a service level that dates its figures. */
  month?: Column<string>;
  /** The service level whose figures apply, e.g. `"holbaek-2024"`. */
  preset?: Column<string>;
}

/** The reason codes of a batch's `reason` column, by number. */
export const RESIDENTIAL_BATCH_REASONS: readonly (ResidentialCareReason | "refused")[] = /* @__PURE__ */ Object.freeze(["full-price", "capped", "no-income", "nothing-to-pay", "refused"]);

/** The result of {@link residentialCarePaymentBatch}: one entry per row in each column. */
export interface ResidentialCareBatchResult {
  readonly length: number;
  /** The monthly payment of each row in øre, an exact integer (0 for a refused row). */
  readonly paymentOre: Float64Array;
  /** The reason of each row, as an index into {@link RESIDENTIAL_BATCH_REASONS}. */
  readonly reason: Uint8Array;
  /** `paymentOre` under the name every batch gives its amounts (the same array). */
  readonly amountOre: Float64Array;
  /** `reason` under the name every batch gives its rule codes (the same array). */
  readonly rule: Uint8Array;
  /** The refused rows, each with the issues the per-call function gives. */
  readonly errors: readonly { readonly row: number; readonly issues: readonly InputIssue[] }[];
  /** The reason name of row `i`. */
  reasonOf(i: number): ResidentialCareReason | "refused";
  /** `reasonOf` under the name every batch gives it. */
  ruleOf(i: number): ResidentialCareReason | "refused";
  /** The input of row `i`, as `residentialCarePayment` takes it. */
  input(i: number): ResidentialCareInput;
  /** The Danish explanation of row `i`: identical to what `residentialCarePayment` gives for that input. */
  explain(i: number): Step[];
}

/** Each reason's code: its index in {@link RESIDENTIAL_BATCH_REASONS} (derived, never kept twice). */
const REASON = /* @__PURE__ */ (() => Object.fromEntries(RESIDENTIAL_BATCH_REASONS.map((r, i) => [r, i])) as Record<ResidentialCareReason | "refused", number>)();
const REFUSED = /* @__PURE__ */ (() => REASON.refused)();

/**
 * § 107 for every resident at once: the monthly own payment so that the disposable amount is
 * always left, computed over columns in integer øre (a full month, the disposable amount given)
 * and by the per-call `residentialCarePayment` for any other shape (a service level, a month) and
 * for every refusal, with the same codes. Equal to the per-call API on every row (property-tested).
 *
 * @throws {InputError} with `onError: "throw"` (the default), naming every refused row.
 * @example
 * const r = residentialCarePaymentBatch({ income: [12000, 7000, 0], housing: 4000, services: 2500, disposableAmount: 2800 });
 * [...r.paymentOre] //=> [650000, 420000, 0]
 */
export function residentialCarePaymentBatch(columns: ResidentialCareColumns, options: BatchOptions = {}): ResidentialCareBatchResult {
  // A service level bound for this call (withServiceLevel) still applies when a row is explained later.
  const level = boundLevel();
  const under = <T>(run: () => T): T => (level === undefined ? run() : withBoundLevel(level, run));
  const { n, onError, col } = readColumns(columns, options, ["income", "housing", "services", "approvedExpenses", "disposableAmount", "ownDwellingCost", "month", "preset"]);
  const input = (i: number): ResidentialCareInput => {
    const out: Record<string, unknown> = { income: col.income(i) };
    const services = col.services(i);
    out.price = services === undefined ? { housing: col.housing(i) } : { housing: col.housing(i), services: { other: services } };
    const expenses = col.approvedExpenses(i);
    if (expenses !== undefined) out.approvedExpenses = [{ label: "Godkendte faste udgifter", monthly: expenses }];
    const disposable = col.disposableAmount(i);
    if (disposable !== undefined) out.disposableAmount = disposable;
    const own = col.ownDwellingCost(i);
    if (own !== undefined) out.ownDwelling = { monthlyCost: own };
    const month = col.month(i);
    if (month !== undefined) out.month = month;
    const preset = col.preset(i);
    if (preset !== undefined) out.preset = preset;
    return out as unknown as ResidentialCareInput;
  };
  const paymentOre = new Float64Array(n);
  const reason = new Uint8Array(n);
  const errors: { row: number; issues: readonly InputIssue[] }[] = [];
  // Any other shape, and every refusal, is the per-call function's (its InputError refuses the row in eachRow).
  const slow = (i: number) => {
    const r = residentialCarePayment(input(i));
    paymentOre[i] = wholeOre(r.payment);
    reason[i] = REASON[r.reason];
  };
  const row = (i: number): void => {
    const income = col.income(i);
    const housing = col.housing(i);
    const services = col.services(i);
    const expenses = col.approvedExpenses(i);
    const disposable = col.disposableAmount(i);
    const own = col.ownDwellingCost(i);
    // The fast path: a full month with every figure given as a plain amount; anything else is the per-call function's.
    // A service level — named in the row, or bound for the call — is the per-call function's to read.
    if (col.month(i) !== undefined || col.preset(i) !== undefined || level !== undefined || !plainAmount(income) || !plainAmount(housing) || !plainAmount(disposable) || (services !== undefined && !plainAmount(services)) || (expenses !== undefined && !plainAmount(expenses)) || (own !== undefined && !plainAmount(own))) {
      slow(i);
      return;
    }
    const incomeOre = wholeOre(income);
    const deductions = (expenses === undefined ? 0 : wholeOre(expenses)) + (own === undefined ? 0 : wholeOre(own));
    const capacity = incomeOre - deductions - wholeOre(disposable);
    // An own home with a cost waives the housing (SEL § 163, stk. 2); with no cost it does not.
    const charge = (own !== undefined && own > 0 ? 0 : wholeOre(housing)) + (services === undefined ? 0 : wholeOre(services));
    const decided = decidePayment(ORE, incomeOre, charge, capacity);
    paymentOre[i] = decided.amount;
    reason[i] = REASON[decided.reason];
  };
  // A value that cannot be read, or is refused, refuses its row only, never the batch's other rows.
  eachRow(n, row, (i, issues) => {
    paymentOre[i] = 0;
    reason[i] = REFUSED;
    errors.push({ row: i, issues });
  });
  if (errors.length > 0 && onError === "throw") throw rowsError(errors);
  const reasonOf = (i: number) => RESIDENTIAL_BATCH_REASONS[reason[rowIndex(i, n)] as number] as ResidentialCareReason | "refused";
  return Object.freeze({
    length: n,
    paymentOre,
    reason,
    // The names every batch uses (issue 26 § 1: amountOre, rule), for the same columns.
    amountOre: paymentOre,
    rule: reason,
    errors: Object.freeze(errors.map((e) => Object.freeze(e))),
    reasonOf,
    ruleOf: reasonOf,
    input: (i: number) => input(rowIndex(i, n)),
    // Reads the columns when called: a column changed after the batch gives that row's new explanation.
    explain: (i: number) => under(() => residentialCarePayment(input(rowIndex(i, n))).explanation),
  });
}
