import type { PresetName } from "../service-levels/index.js";
import type { DateInput } from "../core/period.js";
import type { MoneyInput } from "../core/money.js";

/** An amount per month with its label. */
export interface LabelledAmount {
  /** What it is, shown in the explanation, e.g. `"Pension"`. */
  label: string;
  /** Kroner per month. */
  monthly: MoneyInput;
}

/**
 * What callers pass to `residentialCarePayment`: a month of a temporary stay (§ 107).
 *
 * @example
 * const input: ResidentialCareInput = { income: 15000, price: { housing: 4000 }, preset: "holbaek-2024" };
 */
export interface ResidentialCareInput {
  /** The month, `"YYYY-MM"` (required with `days`). */
  month?: string | undefined;
  /** For part of a month: the first and last day of the stay in `month`. */
  days?: { from: DateInput; to: DateInput } | undefined;
  /** Income after tax per month: an amount, or a list of `{ label, monthly }`. */
  income: MoneyInput | LabelledAmount[];
  /** The price of the stay per month: housing, and services. */
  price: {
    /** Housing (bolig), kroner per month. */
    housing: MoneyInput;
    /** Services, kroner per month each. */
    services?:
      | {
          food?: MoneyInput | undefined;
          laundry?: MoneyInput | undefined;
          cleaning?: MoneyInput | undefined;
          windowCleaning?: MoneyInput | undefined;
          other?: MoneyInput | undefined;
        }
      | undefined;
  };
  /** Approved fixed expenses per month, deducted before the payment (a preset's list when left out). */
  approvedExpenses?: LabelledAmount[] | undefined;
  /** An own home kept during the stay: its cost per month (a cost > 0 waives the housing part). */
  ownDwelling?: { monthlyCost: MoneyInput } | undefined;
  /** A concrete discharge plan: debt repayment and savings per month, deducted. */
  dischargePlan?: { debtRepayment?: MoneyInput | undefined; savings?: MoneyInput | undefined } | undefined;
  /** The disposable amount the citizen keeps per month (a preset's when left out). */
  disposableAmount?: MoneyInput | undefined;
  /** A municipality's service level that supplies the disposable amount and expenses, e.g. `"holbaek-2024"`. */
  preset?: PresetName | undefined;
}
