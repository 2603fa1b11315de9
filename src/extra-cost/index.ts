export { extraCostSubsidy, type ExtraCostResult, type ExtraCostRule, type ExtraCostAlternatives } from "./subsidy.js";
export { extraCostOneOff, type ExtraCostOneOffResult, type OneOffCase } from "./one-off.js";
export { MERUDGIFT_LEVELS, KOMPENSATION_LEVELS, MEDICINE_CAPS, type MerudgiftLevel, type KompensationLevel } from "./rates.js";
export type { ExtraCostInput, ExtraCostOneOffInput, CostItem, ExtraCostRates, ExtraCostRatesInput, KompensationLevelInput, MerudgiftLevelInput } from "./schema.js";
export type { Regime } from "./regime.js";
export { extraCostPaymentPeriod, type PaymentPeriodResult, type PaymentPeriodInput } from "./payment-period.js";
export { extraCostSubsidyBatch, BATCH_RULES, REFUSED, type ExtraCostColumns, type ExtraCostBatchResult } from "./batch.js";
